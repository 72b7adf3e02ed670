#include <config.h>

#include "table_view.h"
#include "source.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

unsigned table_view_min_run = 64;
unsigned table_view_chunk_lines = 32;
unsigned long table_view_chunks_read;

enum { KEPT_LINES = 3 };

static bool
has_pipe (const char *text, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\\')
      i++;
    else if (text[i] == '|')
      return true;
  return false;
}

static bool
blank (const char *text, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return false;
  return true;
}

/* A run starts at a line with a '|' and goes on to the next blank line:
   inside a table every such line is a row, pipes or not.  */
static bool
find_runs (struct table_view *v, const struct source *src)
{
  size_t cap = 0;
  unsigned start = 0;
  for (unsigned line = 1; line <= src->line_count + 1; line++)
    {
      size_t len = 0;
      const char *text = line <= src->line_count
        ? source_line (src, line, &len) : NULL;
      if (text != NULL && (start != 0 ? !blank (text, len)
                           : has_pipe (text, len)))
        {
          if (start == 0)
            start = line;
          continue;
        }
      if (start != 0 && line - start >= table_view_min_run)
        {
          if (v->run_count == cap)
            {
              cap = cap ? cap * 2 : 4;
              struct table_run *runs = realloc (v->runs, cap * sizeof *runs);
              if (runs == NULL)
                return false;
              v->runs = runs;
            }
          v->runs[v->run_count++] = (struct table_run) { start, line - 1,
                                                         false };
        }
      start = 0;
    }
  return true;
}

/* Appends source lines FIRST..LAST (with their line breaks) to the view.  */
static bool
append_lines (struct table_view *v, struct strbuf *text, size_t *map_cap,
              const struct source *src, unsigned first, unsigned last)
{
  if (first > last)
    return true;
  size_t from = src->line_start[first - 1];
  size_t to = last < src->line_count ? src->line_start[last] : src->len;
  if (!strbuf_append (text, src->text + from, to - from)
      || (to == src->len && !strbuf_putc (text, '\n')))
    return false;
  if (v->lines + (last - first + 1) > *map_cap)
    {
      size_t cap = (*map_cap ? *map_cap * 2 : 64) + (last - first + 1);
      unsigned *map = realloc (v->map, cap * sizeof *map);
      if (map == NULL)
        return false;
      v->map = map;
      *map_cap = cap;
    }
  for (unsigned line = first; line <= last; line++)
    v->map[v->lines++] = line;
  return true;
}

bool
table_view_build (struct table_view *v, const struct source *src)
{
  *v = (struct table_view) { 0 };
  if (!find_runs (v, src))
    return false;
  if (v->run_count == 0)
    return true;
  struct strbuf text = STRBUF_INIT;
  size_t map_cap = 0;
  unsigned next = 1;
  bool ok = true;
  for (size_t i = 0; ok && i < v->run_count; i++)
    {
      ok = append_lines (v, &text, &map_cap, src, next,
                         v->runs[i].first + KEPT_LINES - 1);
      next = v->runs[i].last + 1;
    }
  ok = ok && append_lines (v, &text, &map_cap, src, next,
                           (unsigned) src->line_count);
  v->len = text.len;
  v->text = strbuf_release (&text);
  return ok && v->text != NULL;
}

void
table_view_free (struct table_view *v)
{
  free (v->text);
  free (v->map);
  free (v->runs);
  *v = (struct table_view) { 0 };
}

unsigned
table_view_source_line (const struct table_view *v, unsigned line)
{
  return v->map == NULL || line == 0 || line > v->lines ? line
    : v->map[line - 1];
}

struct table_run *
table_view_run_ending (const struct table_view *v, unsigned line)
{
  /* Runs are in source order: a binary search, since this is asked for
     every row.  */
  size_t lo = 0, hi = v->run_count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      unsigned kept_last = v->runs[mid].first + KEPT_LINES - 1;
      if (kept_last == line)
        return &v->runs[mid];
      if (kept_last < line)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

bool
table_view_chunk (struct table_view *v, const struct source *src,
                  unsigned header, unsigned first, unsigned last)
{
  struct strbuf text = STRBUF_INIT;
  size_t map_cap = 0;
  *v = (struct table_view) { 0 };
  bool ok = append_lines (v, &text, &map_cap, src, header, header + 1)
    && append_lines (v, &text, &map_cap, src, first, last);
  v->len = text.len;
  v->text = strbuf_release (&text);
  return ok && v->text != NULL;
}
