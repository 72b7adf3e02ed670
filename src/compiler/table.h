/* SPDX-License-Identifier: MIT */
/* An error table as read from one Markdown document (one table, or every
   table of a many-table page with the three columns): rows of code,
   symbol and description, each with the position it came from; and the
   document itself, held in memory with the positions of its lines, so
   that a diagnostic can name the line and column of anything found in
   it (the notes and the header notice are read the same way).  */
#ifndef OMERRC_TABLE_H
#define OMERRC_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct diag;

struct source
{
  const char *path;        /* as named on the command line, for diagnostics */
  char *text;              /* the bytes, NUL-terminated, UTF-8 BOM removed */
  size_t len;
  size_t *line_start;      /* byte offset of each line; line N is [N - 1] */
  size_t line_count;
};

/* Reads PATH whole; checks it is UTF-8 without NUL bytes, reporting every
   bad line to D: false when the text cannot be used.  */
bool source_read_file (struct source *src, const char *path, struct diag *d);
void source_free (struct source *src);
/* The bytes of line LINE without its line terminator.  */
const char *source_line (const struct source *src, unsigned line, size_t *len);

enum table_column { COLUMN_CODE, COLUMN_SYMBOL, COLUMN_TEXT, COLUMN_COUNT };

struct table_row
{
  char *cell[COLUMN_COUNT];           /* rendered plain text */
  unsigned line;
  unsigned column[COLUMN_COUNT];      /* where each cell starts */
  uint32_t code;                      /* valid once validated */
  /* The heading of the row's table in a document of many tables, or NULL
     (kept in struct table's groups).  */
  const char *group;
  char *note;              /* on the published text (data/ notes), or NULL */
};

struct table
{
  struct source src;
  const char *name;          /* how outputs refer to the file (may be a
                                path relative to the source tree) */
  char *language;            /* gettext form (zh_TW), NULL if unknown */
  char *date;                /* front matter ms.date as YYYY-MM-DD, or NULL */
  unsigned header_line;      /* line of the first table's header row, 0: none */
  struct table_row *rows;
  size_t row_count, row_cap;
  char **groups;             /* the headings rows point to */
  size_t group_count;
  /* Each error table's place among the page's tables and the cells of its
     three columns: where a translation's tables, whose headers are
     translated, find theirs.  */
  struct table_place { unsigned table; int at[COLUMN_COUNT]; } *places;
  size_t place_count;
  /* Row indices sorted by code and by symbol, which validation computes
     anyway; NULL until then (or when not every row had a valid key).  The
     outputs read them: they are only made of valid tables.  */
  size_t *by_code, *by_symbol;
};

/* Reads the table of PATH (or of the TEXT given, LEN bytes, malloc'd with a
   spare byte, taken over).  COLUMNS names the header cells of the code,
   symbol and description columns ("Error code,Message,Description"); NULL:
   they are the three columns of the first three-column table.  A table
   whose header names none of them takes the columns of the table at its
   place in the page LIKE (a translation's master; NULL: none).  Problems
   go to D; false when the document could not be read as a table at all.  */
bool table_read_file (struct table *t, const char *path, const char *columns,
                      const struct table *like, struct diag *d);
bool table_read_text (struct table *t, const char *path, char *text,
                      size_t len, const char *columns,
                      const struct table *like, struct diag *d);
void table_free (struct table *t);
/* Lines of a piece of a long document (a variable: tests make it small),
   and how many pieces were parsed so far.  */
extern unsigned table_piece_lines;
extern unsigned long table_pieces_parsed;

/* S with its runs of blanks (spaces, tabs, line breaks) made one space
   and its ends trimmed, in place: a cell's, a heading's or a note's text.  */
char *table_collapse_blanks (char *s);
/* Whether S (N bytes) is a code, "0x" and 8 hexadecimal digits; if so,
   its value in CODE.  */
bool table_parse_code (const char *s, size_t n, uint32_t *code);
/* Why SYMBOL cannot name a code (not [A-Z][A-Z0-9_]*, or a name C or
   its library uses), or NULL when it can.  */
const char *table_symbol_problem (const char *symbol);
/* Whether a line of S (up to a newline or the end) ends in a backslash:
   at the end of a line of a PO comment ("#. English: ...", "#. Note:
   ...") gettext's reader takes it for a line continuation.  */
bool table_line_ends_in_backslash (const char *s);
/* Checks the rows one by one and against each other; sets each row's code.
   A row repeating an earlier one (code, symbol and text) is dropped.  */
void table_validate (struct table *t, struct diag *d);
/* Checks that TRANSLATION has exactly MASTER's codes, each with the same
   symbol.  Both must be validated.  */
void table_check_against_master (const struct table *translation,
                                 const struct table *master, struct diag *d);
/* The row of CODE in a valid T, or NULL.  */
const struct table_row *table_find_code (const struct table *t, uint32_t code);
/* Reads the notes on the published text in PATH (data/NAME.notes.md, the
   format in data/README.md: what a translator should know of a row whose
   published text is wrong, kept apart so that the table stays as
   published) and gives each to its row of the validated MASTER as
   row->note.  A note for a code MASTER does not have, a second note for
   one code and a line of no known form are errors (FILE:LINE:COLUMN in
   D); returns false if there was any.  */
bool notes_attach (struct table *master, const char *path, struct diag *d);

#endif
