/* Reading the code | symbol | description table out of a Markdown document
   with cmark-gfm and its table extension.  */
#include <config.h>

#include "table.h"
#include "cell_text.h"
#include "diag.h"
#include "front_matter.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <stdlib.h>
#include <string.h>

/* Where the cells of a table row start in its source line, found by the
   rule GFM splits rows by (an unescaped pipe), since cmark-gfm pads a short
   row and drops extra cells without a word.  */
struct row_layout
{
  size_t cells;
  size_t start[COLUMN_COUNT + 1];    /* byte offsets of the first cells */
  size_t end_of_line;                /* offset of the end of the line */
};

static void
split_row (const struct source *src, unsigned line, struct row_layout *lay)
{
  size_t len;
  const char *text = source_line (src, line, &len);
  size_t base = (size_t) (text - src->text);
  size_t i = 0;
  while (i < len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  size_t end = len;
  while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  lay->cells = 0;
  lay->end_of_line = base + end;
  if (i < end && text[i] == '|')
    i++;
  for (;;)
    {
      size_t cell = i;
      while (cell < end && (text[cell] == ' ' || text[cell] == '\t'))
        cell++;
      if (lay->cells < COLUMN_COUNT + 1)
        lay->start[lay->cells] = base + cell;
      lay->cells++;
      while (i < end && text[i] != '|')
        i += text[i] == '\\' && i + 1 < end ? 2 : 1;
      if (i >= end)
        break;
      i++;                           /* past the pipe */
      if (i >= end)
        break;                       /* a closing pipe starts no cell */
    }
}

static bool
is_table_node (cmark_node *node, const char *what)
{
  const char *type = cmark_node_get_type_string (node);
  return type != NULL && strcmp (type, what) == 0;
}

static bool
add_row (struct table *t, struct table_row *row)
{
  if (t->row_count == t->row_cap)
    {
      size_t cap = t->row_cap ? t->row_cap * 2 : 256;
      struct table_row *rows = realloc (t->rows, cap * sizeof *rows);
      if (rows == NULL)
        return false;
      t->rows = rows;
      t->row_cap = cap;
    }
  t->rows[t->row_count++] = *row;
  return true;
}

static bool
read_row (struct table *t, cmark_node *row_node, struct diag *d)
{
  const struct source *src = &t->src;
  struct table_row row = { .line = (unsigned) cmark_node_get_start_line (row_node) };
  struct row_layout lay;
  split_row (src, row.line, &lay);
  if (lay.cells != COLUMN_COUNT)
    {
      size_t at = lay.cells > COLUMN_COUNT ? lay.start[COLUMN_COUNT]
                                           : lay.end_of_line;
      diag_error (d, src->path, row.line, source_column_of (src, at),
                  "row has %zu cell%s; expected %d (code | symbol | description)",
                  lay.cells, lay.cells == 1 ? "" : "s", COLUMN_COUNT);
    }
  int column = 0;
  for (cmark_node *cell = cmark_node_first_child (row_node);
       cell != NULL && column < COLUMN_COUNT;
       cell = cmark_node_next (cell), column++)
    {
      row.cell[column] = cell_text (cell);
      if (row.cell[column] == NULL)
        goto no_memory;
      row.column[column] = source_column_of (src, column < (int) lay.cells
                                             ? lay.start[column]
                                             : lay.end_of_line);
    }
  for (; column < COLUMN_COUNT; column++)
    {
      row.cell[column] = strdup ("");
      if (row.cell[column] == NULL)
        goto no_memory;
      row.column[column] = source_column_of (src, lay.end_of_line);
    }
  if (add_row (t, &row))
    return true;
no_memory:
  for (int i = 0; i < COLUMN_COUNT; i++)
    free (row.cell[i]);
  diag_error (d, src->path, row.line, 1, "out of memory");
  return false;
}

static bool
read_table (struct table *t, cmark_node *table, struct diag *d)
{
  const struct source *src = &t->src;
  unsigned line = (unsigned) cmark_node_get_start_line (table);
  uint16_t columns = cmark_gfm_extensions_get_table_columns (table);
  t->header_line = line;
  if (columns != COLUMN_COUNT)
    {
      diag_error (d, src->path, line, 1,
                  "table has %u column%s; expected %d (code | symbol | description)",
                  columns, columns == 1 ? "" : "s", COLUMN_COUNT);
      return false;
    }
  bool ok = true;
  for (cmark_node *row = cmark_node_first_child (table); row != NULL;
       row = cmark_node_next (row))
    if (is_table_node (row, "table_row")
        && !cmark_gfm_extensions_get_table_row_is_header (row))
      ok = read_row (t, row, d) && ok;
  return ok;
}

/* A row written right under the table but indented by a tab or four
   spaces is a code block to GFM: its row would be lost without a word.  */
static bool
stray_row_after (const struct source *src, cmark_node *table, struct diag *d)
{
  unsigned line = (unsigned) cmark_node_get_end_line (table) + 1;
  size_t len, i = 0;
  const char *text = source_line (src, line, &len);
  while (i < len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  if (line > src->line_count || i == len || text[i] != '|')
    return false;
  diag_error (d, src->path, line, source_column_of (src, (size_t) (text + i
                                                               - src->text)),
              "row not part of the table above (indented: a code block)");
  return true;
}

static cmark_parser *
new_parser (void)
{
  cmark_gfm_core_extensions_ensure_registered ();
  cmark_parser *parser = cmark_parser_new (CMARK_OPT_DEFAULT);
  cmark_syntax_extension *ext = cmark_find_syntax_extension ("table");
  if (parser != NULL && ext != NULL
      && cmark_parser_attach_syntax_extension (parser, ext))
    return parser;
  if (parser != NULL)
    cmark_parser_free (parser);
  return NULL;
}

static bool
read_document (struct table *t, struct diag *d)
{
  const struct source *src = &t->src;
  cmark_parser *parser = new_parser ();
  if (parser == NULL)
    {
      diag_error (d, src->path, 0, 0, "cannot start the Markdown parser");
      return false;
    }
  cmark_parser_feed (parser, src->text, src->len);
  cmark_node *doc = cmark_parser_finish (parser);
  bool ok = doc != NULL, found = false;
  for (cmark_node *node = doc ? cmark_node_first_child (doc) : NULL;
       node != NULL; node = cmark_node_next (node))
    {
      if (!is_table_node (node, "table"))
        continue;
      if (found)
        {
          diag_error (d, src->path, (unsigned) cmark_node_get_start_line (node),
                      1, "a second table (the first is on line %u); "
                      "a document holds one error table", t->header_line);
          ok = false;
          continue;
        }
      found = true;
      ok = read_table (t, node, d) && ok;
      ok = !stray_row_after (src, node, d) && ok;
    }
  if (doc != NULL && !found)
    {
      unsigned last = (unsigned) src->line_count;
      if (last > 1 && src->line_start[last - 1] == src->len)
        last--;                      /* the text ends with a line break */
      diag_error (d, src->path, last, 1,
                  "no table found; expected a GFM table with the columns "
                  "code | symbol | description");
      ok = false;
    }
  if (doc != NULL)
    cmark_node_free (doc);
  cmark_parser_free (parser);
  return ok;
}

/* cmark-gfm 0.29.0.gfm.6 takes time quadratic in some inputs: the cells of
   a long row or delimiter row, the padding of short rows under a wide
   header, and links after many image openers ('![') in one paragraph.
   No error table comes near these limits; past them the input is refused
   before the parser sees it.  */
enum
{
  MAX_LINE_BYTES = 65536,
  MAX_PIPES_PER_LINE = 32,
  MAX_IMAGES_PER_PARAGRAPH = 64
};

static bool
check_limits (const struct source *src, struct diag *d)
{
  bool ok = true;
  unsigned images = 0;               /* in the current run of lines */
  for (unsigned line = 1; line <= src->line_count; line++)
    {
      size_t len;
      const char *text = source_line (src, line, &len);
      size_t base = (size_t) (text - src->text);
      unsigned pipes = 0;
      bool blank = true, pipes_reported = false;
      if (len > MAX_LINE_BYTES)
        {
          diag_error (d, src->path, line,
                      source_column_of (src, base + MAX_LINE_BYTES),
                      "line too long (%zu bytes; at most %d)", len,
                      MAX_LINE_BYTES);
          ok = false;
          continue;
        }
      for (size_t i = 0; i < len; i++)
        {
          char c = text[i];
          blank = blank && (c == ' ' || c == '\t');
          if (c == '\\')
            i++;                     /* an escaped character counts for nothing */
          else if (c == '|' && ++pipes > MAX_PIPES_PER_LINE && !pipes_reported)
            {
              diag_error (d, src->path, line, source_column_of (src, base + i),
                          "too many '|' in one line (more than %d)",
                          MAX_PIPES_PER_LINE);
              pipes_reported = true;
              ok = false;
            }
          else if (c == '!' && i + 1 < len && text[i + 1] == '['
                   && ++images == MAX_IMAGES_PER_PARAGRAPH + 1)
            {
              diag_error (d, src->path, line, source_column_of (src, base + i),
                          "too many images ('![') in one paragraph "
                          "(more than %d)", MAX_IMAGES_PER_PARAGRAPH);
              ok = false;
            }
        }
      if (blank)
        images = 0;
    }
  return ok;
}

bool
table_read_text (struct table *t, const char *path, char *text, size_t len,
                 struct diag *d)
{
  *t = (struct table) { .name = path };
  return source_init (&t->src, path, text, len, d)
    && front_matter_take (t, d) && check_limits (&t->src, d)
    && read_document (t, d);
}

bool
table_read_file (struct table *t, const char *path, struct diag *d)
{
  *t = (struct table) { .name = path };
  return source_read_file (&t->src, path, d)
    && front_matter_take (t, d) && check_limits (&t->src, d)
    && read_document (t, d);
}

void
table_free (struct table *t)
{
  for (size_t i = 0; i < t->row_count; i++)
    for (int c = 0; c < COLUMN_COUNT; c++)
      free (t->rows[i].cell[c]);
  free (t->rows);
  free (t->language);
  free (t->title);
  free (t->date);
  source_free (&t->src);
  *t = (struct table) { 0 };
}
