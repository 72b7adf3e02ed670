/* Reading the code | symbol | description table out of a Markdown document
   with cmark-gfm and its table extension.  */
#include <config.h>

#include "table.h"
#include "cell_text.h"
#include "diag.h"
#include "front_matter.h"
#include "parse_arena.h"
#include "table_view.h"

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
read_row (struct table *t, cmark_node *row_node, unsigned line, struct diag *d)
{
  const struct source *src = &t->src;
  struct table_row row = { .line = line };
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

/* One pass over the document: its tables as cmark-gfm parsed VIEW.  REDO
   is set when the view turned out not to fit the document (a long run of
   '|' lines that is not one table's rows): the caller parses it whole.  */
struct reader
{
  struct table *t;
  struct diag *d;
  struct table_view *view;
  bool redo;
};

static cmark_node *parse (const char *text, size_t len, cmark_mem *mem);

/* The left-out lines of RUN, rows of the table whose header is on line
   HEADER, chunk by chunk: read into the table if KEEP, else only checked
   to be rows (a table reported as a second one).  */
static bool
read_run (struct reader *r, struct table_run *run, unsigned header, bool keep)
{
  const struct source *src = &r->t->src;
  bool ok = true;
  for (unsigned first = run->first + 3; !r->redo && first <= run->last;
       first += table_view_chunk_lines)
    {
      unsigned last = first + table_view_chunk_lines - 1;
      if (last > run->last)
        last = run->last;
      struct table_view chunk;
      cmark_node *doc = table_view_chunk (&chunk, src, header, first, last)
        ? parse (chunk.text, chunk.len, parse_arena ()) : NULL;
      cmark_node *table = doc ? cmark_node_first_child (doc) : NULL;
      /* The chunk must be one table, every line of it a row.  */
      size_t rows = 0;
      if (table != NULL && is_table_node (table, "table")
          && cmark_node_next (table) == NULL
          && (unsigned) cmark_node_get_end_line (table) == chunk.lines)
        for (cmark_node *row = cmark_node_first_child (table); row != NULL;
             row = cmark_node_next (row))
          if (is_table_node (row, "table_row")
              && !cmark_gfm_extensions_get_table_row_is_header (row))
            {
              unsigned line = table_view_source_line
                (&chunk, (unsigned) cmark_node_get_start_line (row));
              if (keep)
                ok = read_row (r->t, row, line, r->d) && ok;
              rows++;
            }
      r->redo = rows != last - first + 1;
      table_view_chunks_read += !r->redo;
      parse_arena_reset ();
      table_view_free (&chunk);
    }
  run->read = !r->redo;
  parse_arena_release ();
  return ok;
}

static bool
read_table (struct reader *r, cmark_node *table)
{
  struct table *t = r->t;
  unsigned line = table_view_source_line
    (r->view, (unsigned) cmark_node_get_start_line (table));
  uint16_t columns = cmark_gfm_extensions_get_table_columns (table);
  t->header_line = line;
  if (columns != COLUMN_COUNT)
    {
      diag_error (r->d, t->src.path, line, 1,
                  "table has %u column%s; expected %d (code | symbol | description)",
                  columns, columns == 1 ? "" : "s", COLUMN_COUNT);
      return false;
    }
  bool ok = true;
  for (cmark_node *row = cmark_node_first_child (table);
       row != NULL && !r->redo; row = cmark_node_next (row))
    if (is_table_node (row, "table_row")
        && !cmark_gfm_extensions_get_table_row_is_header (row))
      {
        unsigned row_line = table_view_source_line
          (r->view, (unsigned) cmark_node_get_start_line (row));
        ok = read_row (t, row, row_line, r->d) && ok;
        struct table_run *run = table_view_run_ending (r->view, row_line);
        if (run != NULL && run->first == t->header_line)
          ok = read_run (r, run, t->header_line, true) && ok;
      }
  return ok;
}

/* A row written right under the table but indented by a tab or four
   spaces is a code block to GFM: its row would be lost without a word.  */
static bool
stray_row_after (const struct source *src, const struct table_view *view,
                 cmark_node *table, struct diag *d)
{
  unsigned end = table_view_source_line
    (view, (unsigned) cmark_node_get_end_line (table));
  struct table_run *run = table_view_run_ending (view, end);
  unsigned line = (run != NULL && run->read ? run->last : end) + 1;
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
new_parser (cmark_mem *mem)
{
  cmark_gfm_core_extensions_ensure_registered ();
  cmark_parser *parser = cmark_parser_new_with_mem (CMARK_OPT_DEFAULT, mem);
  cmark_syntax_extension *ext = cmark_find_syntax_extension ("table");
  if (parser != NULL && ext != NULL
      && cmark_parser_attach_syntax_extension (parser, ext))
    return parser;
  if (parser != NULL)
    cmark_parser_free (parser);
  return NULL;
}

static cmark_node *
parse (const char *text, size_t len, cmark_mem *mem)
{
  cmark_parser *parser = new_parser (mem);
  if (parser == NULL)
    return NULL;
  cmark_parser_feed (parser, text, len);
  cmark_node *doc = cmark_parser_finish (parser);
  cmark_parser_free (parser);
  return doc;
}

static bool
read_tree (struct reader *r, cmark_node *doc)
{
  struct table *t = r->t;
  const struct source *src = &t->src;
  bool ok = true, found = false;
  for (cmark_node *node = cmark_node_first_child (doc);
       node != NULL && !r->redo; node = cmark_node_next (node))
    {
      if (!is_table_node (node, "table"))
        continue;
      if (found)
        {
          unsigned line = table_view_source_line
            (r->view, (unsigned) cmark_node_get_start_line (node));
          diag_error (r->d, src->path, line, 1, "a second table (the first "
                      "is on line %u); a document holds one error table",
                      t->header_line);
          /* Its left-out rows are not read, but must be rows.  */
          struct table_run *run = table_view_run_ending (r->view, line + 2);
          if (run != NULL && run->first == line)
            read_run (r, run, line, false);
          ok = false;
          continue;
        }
      found = true;
      ok = read_table (r, node) && ok;
      ok = !stray_row_after (src, r->view, node, r->d) && ok;
    }
  /* Every left-out run must have been rows of the table.  */
  for (size_t i = 0; i < r->view->run_count; i++)
    r->redo = r->redo || !r->view->runs[i].read;
  if (!found && !r->redo)
    {
      unsigned last = (unsigned) src->line_count;
      if (last > 1 && src->line_start[last - 1] == src->len)
        last--;                      /* the text ends with a line break */
      diag_error (r->d, src->path, last, 1,
                  "no table found; expected a GFM table with the columns "
                  "code | symbol | description");
      ok = false;
    }
  return ok;
}

static void
forget_rows (struct table *t)
{
  for (size_t i = 0; i < t->row_count; i++)
    for (int c = 0; c < COLUMN_COUNT; c++)
      free (t->rows[i].cell[c]);
  t->row_count = 0;
  t->header_line = 0;
}

static bool
read_document (struct table *t, struct diag *d)
{
  const struct source *src = &t->src;
  struct table_view view;
  if (!table_view_build (&view, src))
    {
      diag_error (d, src->path, 0, 0, "out of memory");
      return false;
    }
  struct reader r = { t, d, &view, false };
  size_t diagnostics = d->count, errors = d->errors;
  /* A whole document's tree can live in the arena too, since no chunk
     will reset it; the view's must not.  */
  cmark_mem *mem = cmark_get_default_mem_allocator ();
  cmark_node *doc = view.text ? parse (view.text, view.len, mem)
                              : parse (src->text, src->len, parse_arena ());
  bool ok = doc != NULL && read_tree (&r, doc);
  if (doc != NULL && view.text != NULL)
    cmark_node_free (doc);
  if (r.redo)
    {
      /* The shortcut did not fit this document: read it whole.  */
      diag_rewind (d, diagnostics, errors);
      forget_rows (t);
      table_view_free (&view);
      r = (struct reader) { t, d, &view, false };
      doc = parse (src->text, src->len, parse_arena ());
      ok = doc != NULL && read_tree (&r, doc);
    }
  if (doc == NULL)
    diag_error (d, src->path, 0, 0, "cannot start the Markdown parser");
  table_view_free (&view);
  parse_arena_release ();
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
      for (size_t i = 0; i < len && blank; i++)
        blank = text[i] == ' ' || text[i] == '\t';
      for (size_t i = 0; i < len; i++)
        {
          char c = text[i];
          if (c != '\\' && c != '|' && c != '!')
            continue;
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
    {
      for (int c = 0; c < COLUMN_COUNT; c++)
        free (t->rows[i].cell[c]);
      free (t->rows[i].note);
    }
  free (t->rows);
  free (t->by_code);
  free (t->by_symbol);
  free (t->language);
  free (t->title);
  free (t->date);
  source_free (&t->src);
  *t = (struct table) { 0 };
}
