/* Large tables read in bounded pieces.  cmark-gfm keeps a whole document
   in one tree (about 3.7 KB per table row), so a long run of table lines is
   left out of the document the parser sees, all but its first three lines
   (header, delimiter, first row); the rest is parsed afterwards in chunks,
   each behind a copy of the header and delimiter lines, so cmark-gfm still
   decides what every cell holds.  */
#ifndef OMERRC_TABLE_VIEW_H
#define OMERRC_TABLE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

struct source;

/* Source lines FIRST..LAST: a run of non-blank lines, the first holding
   a '|'; lines FIRST + 3 .. LAST are left out of the view.  */
struct table_run
{
  unsigned first;
  unsigned last;
  bool read;             /* its left-out lines were read as table rows */
};

struct table_view
{
  char *text;            /* what the parser sees; NULL: the whole source */
  size_t len;
  unsigned *map;         /* view line N is source line map[N - 1] */
  unsigned lines;
  struct table_run *runs;
  size_t run_count;
};

/* Runs shorter than this are parsed in place; chunks hold this many rows.
   Variables so that tests can make them small.  */
extern unsigned table_view_min_run;
extern unsigned table_view_chunk_lines;
/* How many chunks were read as rows so far (for the tests).  */
extern unsigned long table_view_chunks_read;

/* Builds the view of SRC (no runs long enough: the whole source).  */
bool table_view_build (struct table_view *v, const struct source *src);
void table_view_free (struct table_view *v);
/* The source line of view line LINE.  */
unsigned table_view_source_line (const struct table_view *v, unsigned line);
/* The run whose last line in the view is source line LINE, or NULL.  */
struct table_run *table_view_run_ending (const struct table_view *v,
                                         unsigned line);
/* Makes V the view of lines FIRST..LAST (some of a run's left-out lines)
   behind the table's header and delimiter lines (HEADER, HEADER + 1), a
   document of its own.  */
bool table_view_chunk (struct table_view *v, const struct source *src,
                       unsigned header, unsigned first, unsigned last);

#endif
