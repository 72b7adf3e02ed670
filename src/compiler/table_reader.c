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

bool
table_read_text (struct table *t, const char *path, char *text, size_t len,
                 struct diag *d)
{
  *t = (struct table) { .name = path };
  return source_init (&t->src, path, text, len, d)
    && front_matter_take (t, d) && read_document (t, d);
}

bool
table_read_file (struct table *t, const char *path, struct diag *d)
{
  *t = (struct table) { .name = path };
  return source_read_file (&t->src, path, d)
    && front_matter_take (t, d) && read_document (t, d);
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
