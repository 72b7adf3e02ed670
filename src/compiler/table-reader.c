/* SPDX-License-Identifier: MIT */
/* The error table of a Markdown document, and the notes (at the end).
   cmark-gfm's table extension is the one authority on tables and cells:
   this walks its tree, takes the tables with the three columns and turns
   each cell's position into a line and column of the source.  */
#include <config.h>

#include "omerrc.h"
#include "utf8.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <strings.h>
#include <time.h>

/* The column (from 1, in characters) of byte I of LINE.  */
static unsigned
column_of (const char *line, size_t i)
{
  unsigned column = 1;
  while (i > 0)
    column += ((unsigned char) line[--i] & 0xC0) != 0x80;
  return column;
}

/* source_read_file for TEXT (LEN bytes and a spare one, malloc'd).  */
static bool
source_init (struct source *src, const char *path, char *text, size_t len,
             struct diag *d)
{
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    memmove (text, text + 3, len -= 3);
  text[len] = '\0';
  size_t cap = 1024, *start = mem_realloc (NULL, cap * sizeof *start), n = 1;
  start[0] = 0;
  /* Lines end at LF, CRLF or a lone CR, as cmark-gfm counts them.
     strcspn finds them many bytes at a time (a NUL ends no line).  */
  const char *ends = memchr (text, '\r', len) ? "\r\n" : "\n";
  for (size_t i = strcspn (text, ends); i < len;
       i += 1 + strcspn (text + i + 1, ends))
    if (text[i] != '\0' && (text[i] != '\r' || text[i + 1] != '\n'))
      {
        if (n == cap)
          start = mem_realloc (start, (cap *= 2) * sizeof *start);
        start[n++] = i + 1;
      }
  *src = (struct source) { path, text, len, start, n };
  /* One diagnostic per bad line, its first problem.  */
  bool ok = true;
  for (size_t line = 1, bad; line <= n; line++)
    {
      size_t at = start[line - 1], end = line < n ? start[line] : len;
      const char *nul = memchr (text + at, '\0', end - at);
      size_t stop = nul != NULL ? (size_t) (nul - text) : end;
      if (omerr_utf8_valid (text + at, stop - at, &bad))
        bad = stop - at;
      if (at + bad == end)
        continue;
      ok = false;
      unsigned column = column_of (text + at, bad);
      unsigned c = (unsigned char) text[at + bad];
      if (c == 0)
        diag_error (d, path, (unsigned) line, column, "NUL byte in text");
      else
        diag_error (d, path, (unsigned) line, column,
                    "invalid UTF-8 (byte 0x%02X)", c);
    }
  return ok;
}

bool
source_read_file (struct source *src, const char *path, struct diag *d)
{
  *src = (struct source) { .path = path };
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return diag_error (d, path, 0, 0, "cannot open: %m");
  size_t cap = 65536, len = 0;
  char *text = mem_realloc (NULL, cap);
  while ((len += fread (text + len, 1, cap - len - 1, f)) == cap - 1)
    text = mem_realloc (text, cap *= 2);
  int error = ferror (f) ? errno : 0;
  fclose (f);
  if (error == 0)
    return source_init (src, path, text, len, d);
  free (text);
  errno = error;
  return diag_error (d, path, 0, 0, "cannot read: %m");
}

void
source_free (struct source *src)
{
  free (src->text);
  free (src->line_start);
}

/* Line LINE without its terminator.  */
static const char *
source_line (const struct source *src, unsigned line, size_t *len)
{
  if (line == 0 || line > src->line_count)
    return *len = 0, src->text + src->len;
  size_t start = src->line_start[line - 1];
  size_t end = line < src->line_count ? src->line_start[line] - 1 : src->len;
  end -= end > start && src->text[end - 1] == '\r';
  *len = end - start;
  return src->text + start;
}

/* cmark-gfm 0.29.0.gfm.6 takes quadratic time on the cells of a long row,
   on short rows padded under a wide header and on links after many '!['
   in a paragraph.  No error table comes near these limits; past them the
   input is refused before the parser sees it.  */
enum { MAX_LINE_BYTES = 65536, MAX_PIPES_PER_LINE = 32, MAX_IMAGES = 64 };

/* S with each run of blanks made one space, ends trimmed, in place.  */
static char *
table_collapse_blanks (char *s)
{
  static const char blanks[] = " \t\n\r\f\v";
  size_t len = 0;
  for (const char *p = s + strspn (s, blanks); *p != '\0';
       p += strspn (p, blanks))
    {
      size_t word = strcspn (p, blanks);
      if (len > 0)
        s[len++] = ' ';
      memmove (s + len, p, word);
      len += word, p += word;
    }
  s[len] = '\0';
  return s;
}

/* A cell or heading as plain text (cmark-gfm decoded the entities).  */
static char *
cell_text (cmark_node *cell)
{
  char *out = NULL;
  size_t len = 0;
  cmark_iter *iter = cmark_iter_new (cell);
  while (cmark_iter_next (iter) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      /* Inline HTML is dropped; emphasis, links and the like give their
         text children, visited next.  */
      const char *s = type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE
        ? cmark_node_get_literal (node) : type == CMARK_NODE_SOFTBREAK
        || type == CMARK_NODE_LINEBREAK ? " " : "";
      size_t n = strlen (s);
      if (n > 0)
        memcpy ((out = mem_realloc (out, len + n + 1)) + len, s, n + 1);
      len += n;
    }
  cmark_iter_free (iter);
  return out != NULL ? table_collapse_blanks (out) : mem_strdup ("");
}

static size_t
skip_blanks (const char *s, size_t i, size_t end)
{
  while (i < end && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

static size_t
trimmed (const char *s, size_t len)
{
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  return len;
}

/* The value of "KEY: value" on LINE (trimmed), unquoted, or NULL.  */
static char *
value_of (const char *line, size_t len, const char *key)
{
  size_t klen = strlen (key);
  if (len <= klen || memcmp (line, key, klen) != 0 || line[klen] != ':')
    return NULL;
  const char *v = line + skip_blanks (line, klen + 1, len);
  size_t n = (size_t) (line + len - v);
  bool quoted = n >= 2 && (*v == '"' || *v == '\'') && v[n - 1] == *v;
  return mem_strndup (v + quoted, n - 2 * quoted);
}

/* ms.date, MM/DD/YYYY (M/D/YYYY too), as a PO header dates; NULL when
   DOCS_DATE is no such day.  */
static char *
iso_date (const char *docs_date)
{
  int month = 0, day = 0, year = 0, at = 0, end = 0;
  /* Digits and slashes alone: sscanf would take blanks and signs too.  */
  bool ok = docs_date[strspn (docs_date, "0123456789/")] == '\0'
    && sscanf (docs_date, "%2d/%2d/%n%4d%n", &month, &day, &at, &year,
               &end) == 3 && end - at == 4 && docs_date[end] == '\0';
  struct tm tm = { .tm_year = year - 1900, .tm_mon = month - 1,
                   .tm_mday = day };
  /* timegm moves a day the month has not (02/30) into the next.  */
  return !ok || month < 1 || month > 12 || day < 1
    || timegm (&tm) == (time_t) -1 || tm.tm_mday != day ? NULL
    : mem_printf ("%04d-%02d-%02d 00:00+0000", year, month, day);
}

/* Front matter (a '---' line up to '---' or '...'): ms.contentlocale and
   ms.date go into T and the block is blanked, line breaks kept, for the
   parser never to see it.  */
static bool
take_front_matter (struct table *t, struct diag *d)
{
  struct source *src = &t->src;
  size_t len;
  const char *line = source_line (src, 1, &len);
  if (src->line_count < 2 || trimmed (line, len) != 3 || memcmp (line, "---", 3))
    return true;
  unsigned last = 2;
  for (char *v; last <= src->line_count; last++)
    {
      line = source_line (src, last, &len);
      len = trimmed (line, len);
      if (len == 3 && (!memcmp (line, "---", 3) || !memcmp (line, "...", 3)))
        break;
      bool date = (v = value_of (line, len, "ms.date")) != NULL;
      if (!date && (v = value_of (line, len, "ms.contentlocale")) == NULL)
        continue;
      char **to = date ? &t->date : &t->language;
      free (*to);
      if ((*to = date ? iso_date (v) : language_of_page (v)) == NULL)
        diag_error (d, src->path, last, 1, "%s '%s' is not %s",
                    date ? "ms.date" : "ms.contentlocale", v,
                    date ? "a date as MM/DD/YYYY" : "a language tag");
      free (v);
    }
  if (last > src->line_count)
    return diag_error (d, src->path, 1, 1,
                       "front matter opened here is never closed with '---'");
  size_t end = last < src->line_count ? src->line_start[last] : src->len;
  for (size_t i = 0; i < end; i++)
    if (src->text[i] != '\n' && src->text[i] != '\r')
      src->text[i] = ' ';
  return true;
}

struct reader
{
  struct table *t;
  struct diag *d;
  char *name[COLUMN_COUNT];  /* header names of the columns, NULL: unknown */
  int at[COLUMN_COUNT];      /* their cells in the current table, -1: none */
  const struct table *like;  /* the master of a translation, or NULL */
  unsigned tables;           /* error tables read */
  unsigned other, other_columns; /* the first other table: line, columns */
  const char *group;         /* the heading above */
};

/* cmark-gfm counts a cell's byte columns from the table's start, as if
   the row began there; it begins at its first non-blank byte.  */
static void
read_row (struct reader *r, cmark_node *row, int columns, int table_column)
{
  struct table *t = r->t;
  struct table_row tr = { .group = r->group };
  tr.line = (unsigned) cmark_node_get_start_line (row);
  size_t len;
  const char *text = source_line (&t->src, tr.line, &len);
  size_t base = skip_blanks (text, 0, len);
  size_t end = base + trimmed (text + base, len - base);
  cmark_node *cell[MAX_PIPES_PER_LINE + 1];
  int n = 0, real = 0;
  for (cmark_node *c = cmark_node_first_child (row); c != NULL && n < columns;
       c = cmark_node_next (c))
    real += cmark_node_get_start_column (cell[n++] = c) > 0;
  /* A short row is padded with cells at column 0; extra cells are dropped,
     so anything past the pipe that ends the last cell is one.  */
  size_t extra = end;
  if (real == columns)
    {
      extra = base + 1 + (size_t) (cmark_node_get_end_column (cell[n - 1])
                                   - table_column);
      extra = skip_blanks (text, extra + (extra < end && text[extra] == '|'),
                           end);
    }
  const char *which = columns == 3 ? " (code | symbol | description)" : "";
  if (real < columns)
    diag_error (r->d, t->src.path, tr.line, column_of (text, end),
                "row has %d cell%s; expected %d%s", real, real == 1 ? "" : "s",
                columns, which);
  else if (extra < end)
    diag_error (r->d, t->src.path, tr.line, column_of (text, extra),
                "row has more than %d cells; expected %d%s", columns, columns,
                which);
  for (int c = 0; c < COLUMN_COUNT; c++)
    {
      int column = cmark_node_get_start_column (cell[r->at[c]]);
      size_t start = column > 0 ? skip_blanks (text, base + (size_t) (column
                                               - table_column), end) : end;
      tr.column[c] = column_of (text, start);
      tr.cell[c] = cell_text (cell[r->at[c]]);
    }
  if (t->row_count == t->row_cap)
    t->rows = mem_realloc (t->rows, (t->row_cap = t->row_cap * 2 + 256)
                           * sizeof *t->rows);
  t->rows[t->row_count++] = tr;
}

/* Sets R->at from the header of the table on LINE; false for a table
   that is not an error table.  Without --columns, the first three-column
   table names the columns.  */
static bool
find_columns (struct reader *r, cmark_node *header, int columns, unsigned line)
{
  bool first = r->name[0] == NULL && columns == COLUMN_COUNT;
  struct table *t = r->t;
  size_t place = t->place_count;
  r->at[0] = r->at[1] = r->at[2] = -1;
  int n = 0;
  for (cmark_node *c = cmark_node_first_child (header); c != NULL && n < columns;
       c = cmark_node_next (c), n++)
    {
      char *name = cell_text (c);
      for (int k = 0; k < COLUMN_COUNT; k++)
        if (first ? k == n : r->name[k] != NULL && r->at[k] < 0
            && strcasecmp (name, r->name[k]) == 0)
          r->at[k] = n;
      if (first)
        r->name[n] = name;
      else
        free (name);
    }
  const int *at = r->like && place < r->like->place_count
    ? r->like->places[place] : NULL;
  if (r->at[0] < 0 && at != NULL && at[0] >= 0 && at[0] < columns
      && at[1] < columns && at[2] < columns)
    memcpy (r->at, at, sizeof r->at);
  if (r->at[0] < 0 && r->other == 0)
    r->other = line, r->other_columns = (unsigned) columns;
  /* A prose table elsewhere on the page is no error; a table with the code
     column and not the others is a broken error table.  */
  for (int c = 1; r->at[0] >= 0 && c < COLUMN_COUNT; c++)
    if (r->at[c] < 0)
      {
        diag_error (r->d, t->src.path, line, 1, "table has the column '%s' "
                    "but no column '%s'", r->name[0], r->name[c]);
        r->at[0] = -1;
      }
  t->places = mem_realloc (t->places, ++t->place_count * sizeof *t->places);
  memcpy (t->places[place], r->at, sizeof r->at);
  return r->at[0] >= 0;
}

static void
read_table (struct reader *r, cmark_node *table)
{
  int columns = cmark_gfm_extensions_get_table_columns (table);
  cmark_node *header = cmark_node_first_child (table);
  cmark_node *row = cmark_node_next (header);
  /* The header is two lines above the first row, or above the end.  */
  unsigned line = (unsigned) (row != NULL ? cmark_node_get_start_line (row) - 2
                              : cmark_node_get_end_line (table) - 1);
  if (find_columns (r, header, columns, line) && r->tables++ == 0)
    r->t->header_line = line;
  for (; r->at[0] >= 0 && row != NULL; row = cmark_node_next (row))
    read_row (r, row, columns, cmark_node_get_start_column (table));
  /* A row right under a table but indented by four is a code block to
     GFM: it would be lost without a word.  */
  size_t len, i;
  line = (unsigned) cmark_node_get_end_line (table) + 1;
  const char *text = source_line (&r->t->src, line, &len);
  if ((i = skip_blanks (text, 0, len)) < len && text[i] == '|')
    diag_error (r->d, r->t->src.path, line, column_of (text, i),
                "row not part of the table above (indented: a code block)");
}

/* cmark-gfm's own allocator aborts when memory runs out.  */
static void *
tree_calloc (size_t n, size_t size)
{
  return mem_checked (calloc (n ? n : 1, size ? size : 1));
}
static cmark_mem tree_mem = { tree_calloc, mem_realloc, free };

/* The headings and tables of the document, parsed whole (its tree costs
   some 3.7 KB per table row: README "Performance", "Compiler").  */
static void
read_document (struct reader *r)
{
  struct table *t = r->t;
  cmark_gfm_core_extensions_ensure_registered ();
  cmark_parser *parser = cmark_parser_new_with_mem (CMARK_OPT_DEFAULT,
                                                    &tree_mem);
  cmark_parser_attach_syntax_extension
    (parser, cmark_find_syntax_extension ("table"));
  cmark_parser_feed (parser, t->src.text, t->src.len);
  cmark_node *doc = cmark_parser_finish (parser);
  for (cmark_node *node = cmark_node_first_child (doc); node != NULL;
       node = cmark_node_next (node))
    if (cmark_node_get_type (node) == CMARK_NODE_HEADING
        && cmark_node_get_heading_level (node) <= 3)
      {
        /* A title (#) starts no group; ## and ### each start one.  */
        r->group = NULL;
        if (cmark_node_get_heading_level (node) == 1)
          continue;
        t->groups = mem_realloc (t->groups, ++t->group_count * sizeof *t->groups);
        r->group = t->groups[t->group_count - 1] = cell_text (node);
      }
    else if (strcmp (cmark_node_get_type_string (node), "table") == 0)
      read_table (r, node);
  cmark_node_free (doc);
  cmark_parser_free (parser);
}

/* The limits above.  */
static bool
check_limits (struct reader *r)
{
  const struct source *src = &r->t->src;
  size_t errors = r->d->errors;
  unsigned images = 0;               /* in the current run of lines */
  for (unsigned line = 1; line <= src->line_count; line++)
    {
      size_t len;
      const char *text = source_line (src, line, &len);
      size_t lead = skip_blanks (text, 0, len);
      unsigned pipes = 0;
      if (len > MAX_LINE_BYTES)
        diag_error (r->d, src->path, line, column_of (text, MAX_LINE_BYTES),
                    "line too long (%zu bytes; at most %d)", len,
                    MAX_LINE_BYTES);
      images = lead == len ? 0 : images;
      for (size_t i = 0; i < len && len <= MAX_LINE_BYTES; i++)
        if (text[i] == '\\')
          i++;                       /* an escaped character counts for nothing */
        else if (text[i] == '|' && ++pipes == MAX_PIPES_PER_LINE + 1)
          diag_error (r->d, src->path, line, column_of (text, i),
                      "too many '|' in one line (more than %d)",
                      MAX_PIPES_PER_LINE);
        else if (text[i] == '!' && i + 1 < len && text[i + 1] == '['
                 && ++images == MAX_IMAGES + 1)
          diag_error (r->d, src->path, line, column_of (text, i),
                      "too many images ('![') in one paragraph "
                      "(more than %d)", MAX_IMAGES);
    }
  return r->d->errors == errors;
}

static bool
read_tables (struct table *t, const char *columns, const struct table *like,
             struct diag *d)
{
  struct reader r = { .t = t, .d = d, .like = like };
  /* main.c checked --columns has three fields: only memory can fail.  */
  if (columns != NULL && sscanf (columns, "%m[^,],%m[^,],%m[^,]", &r.name[0],
                                 &r.name[1], &r.name[2]) != COLUMN_COUNT)
    mem_exhausted ();
  size_t errors = d->errors;
  bool ok = take_front_matter (t, d) && check_limits (&r);
  if (ok)
    read_document (&r);
  /* No error table: said once, unless a broken one was reported.  */
  if (ok && r.tables == 0 && d->errors == errors)
    {
      unsigned last = (unsigned) t->src.line_count;
      last -= last > 1 && t->src.line_start[last - 1] == t->src.len;
      if (r.other != 0 && r.name[0] == NULL)
        diag_error (d, t->src.path, r.other, 1, "table has %u column%s; "
                    "expected 3 (code | symbol | description)", r.other_columns,
                    r.other_columns == 1 ? "" : "s");
      else if (r.other != 0)
        diag_error (d, t->src.path, r.other, 1, "table has no column '%s' "
                    "(--columns)", r.name[0]);
      else
        diag_error (d, t->src.path, last, 1, "no table found; expected a GFM "
                    "table with the columns %s | %s | %s", r.name[0]
                    ? r.name[0] : "code", r.name[0] ? r.name[1] : "symbol",
                    r.name[0] ? r.name[2] : "description");
    }
  /* A header row alone is a table of nothing, not an empty table file.  */
  else if (ok && t->row_count == 0 && d->errors == errors)
    diag_error (d, t->src.path, t->header_line, 1,
                "table has no rows; expected at least one code");
  /* Groups tell one table of the page from another; one table has none.  */
  for (size_t i = 0; r.tables < 2 && i < t->row_count; i++)
    t->rows[i].group = NULL;
  for (int c = 0; c < COLUMN_COUNT; c++)
    free (r.name[c]);
  return ok && r.tables > 0;
}

bool
table_read (struct table *t, const char *path, char *text, size_t len,
            const char *columns, const struct table *like, struct diag *d)
{
  *t = (struct table) { .name = path };
  return (text != NULL ? source_init (&t->src, path, text, len, d)
          : source_read_file (&t->src, path, d))
    && read_tables (t, columns, like, d);
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
  for (size_t i = 0; i < t->group_count; i++)
    free (t->groups[i]);
  free (t->groups);
  free (t->places);
  free (t->rows);
  free (t->by_code);
  free (t->by_symbol);
  free (t->language);
  free (t->date);
  source_free (&t->src);
  *t = (struct table) { 0 };
}

/* The notes: "- 0xCODE: text" items, continued on lines indented by two
   spaces; '#' headings, one-line <!-- comments --> and blank lines.
   TEXT, malloc'd, the note on LINE, goes to the row of CODE.  */
static void
finish (struct table *master, char *text, uint32_t code, unsigned line,
        const char *path, struct diag *d)
{
  struct table_row *row = table_find_code (master, code);
  if (row == NULL)
    diag_error (d, path, line, 3, "note for 0x%08X, a code that is not in "
                "the master table %s", (unsigned) code, master->src.path);
  else if (row->note != NULL)
    diag_error (d, path, line, 3, "a second note for 0x%08X (%s)",
                (unsigned) code, row->cell[COLUMN_SYMBOL]);
  else if (*text == '\0')
    diag_error (d, path, line, 14, "the note for 0x%08X is empty",
                (unsigned) code);
  else if (table_line_ends_in_backslash (text))
    diag_error (d, path, line, 3, "the note for 0x%08X ends in a backslash, "
                "which gettext's PO reader would join with the next line of "
                "the catalog", (unsigned) code);
  else
    {
      row->note = text;
      return;
    }
  free (text);
}

void
notes_attach (struct table *master, const char *path, struct diag *d)
{
  struct source src;
  if (!source_read_file (&src, path, d))
    return;
  for (unsigned line = 1; line <= src.line_count; line++)
    {
      size_t n;
      const char *s = source_line (&src, line, &n);
      const char *colon = memchr (s, ':', n);
      uint32_t code;
      if (n == 0 || s[0] == '#' || (n >= 4 && memcmp (s, "<!--", 4) == 0))
        continue;
      if (n <= 2 || s[0] != '-' || s[1] != ' ' || colon == NULL
          || !table_parse_code (s + 2, (size_t) (colon - s - 2), &code))
        {
          diag_error (d, path, line, 1, "expected a note, '- 0xCODE: text' "
                      "(or its continuation indented by two spaces), a "
                      "'#' heading, a <!-- comment --> or a blank line");
          continue;
        }
      /* The text runs on over the continuations, whose line breaks and
         indents become spaces.  */
      unsigned item_line = line;
      const char *end = s + n;
      for (; line < src.line_count; line++)
        {
          const char *next = source_line (&src, line + 1, &n);
          if (n <= 2 || next[0] != ' ' || next[1] != ' ')
            break;
          end = next + n;
        }
      char *text = mem_strndup (colon + 1, (size_t) (end - colon - 1));
      finish (master, table_collapse_blanks (text), code, item_line, path, d);
    }
  source_free (&src);
}
