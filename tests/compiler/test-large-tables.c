/* SPDX-License-Identifier: MIT */
/* Long documents are parsed in pieces cut inside a table
   (src/compiler/table-reader.c): whatever the document, the rows and
   diagnostics are exactly those of a parse of the whole document.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "omerrc.h"
#include "fixture.h"

struct result
{
  struct table t;
  char *diagnostics;
  bool ok;
};

static void
read_with (struct result *res, const char *doc, unsigned piece)
{
  unsigned default_piece = table_piece_lines;
  table_piece_lines = piece;
  size_t len = strlen (doc);
  char *text = malloc (len + 1);
  memcpy (text, doc, len);
  struct diag d = DIAG_INIT;
  res->ok = table_read_text (&res->t, "doc.md", text, len, NULL, NULL, &d);
  if (res->ok)
    table_validate (&res->t, &d);
  size_t size;
  FILE *mem = open_memstream (&res->diagnostics, &size);
  diag_flush (&d, mem);
  fclose (mem);
  diag_free (&d);
  table_piece_lines = default_piece;
}

/* DOC read in pieces of PIECE lines equals DOC read whole.  Returns how
   many pieces were parsed.  */
static unsigned long
assert_same_as_whole (const char *doc, unsigned piece, size_t expected_rows)
{
  struct result whole, chunked;
  table_pieces_parsed = 0;
  read_with (&whole, doc, (unsigned) -1);
  assert_int_equal (table_pieces_parsed, 1);
  table_pieces_parsed = 0;
  read_with (&chunked, doc, piece);
  unsigned long chunks = table_pieces_parsed;
  assert_int_equal (chunked.ok, whole.ok);
  assert_string_equal (chunked.diagnostics, whole.diagnostics);
  assert_int_equal (chunked.t.row_count, whole.t.row_count);
  assert_int_equal (whole.t.row_count, expected_rows);
  assert_int_equal (chunked.t.header_line, whole.t.header_line);
  for (size_t i = 0; i < whole.t.row_count; i++)
    {
      const struct table_row *a = &whole.t.rows[i], *b = &chunked.t.rows[i];
      assert_int_equal (b->line, a->line);
      for (int c = 0; c < COLUMN_COUNT; c++)
        {
          assert_string_equal (b->cell[c], a->cell[c]);
          assert_int_equal (b->column[c], a->column[c]);
        }
    }
  table_free (&whole.t);
  table_free (&chunked.t);
  free (whole.diagnostics);
  free (chunked.diagnostics);
  return chunks;
}

/* A table of ROWS rows with every kind of cell, and a few broken rows.  */
static void
append_table (FILE *doc, unsigned rows, unsigned base)
{
  fputs ("|Code|Symbol|Description|\n|---|:--|--:|\n", doc);
  for (unsigned i = 0; i < rows; i++)
    switch (i % 7)
      {
      case 0: fprintf (doc, "|**0x%08X**|OM_E_R%u|Plain **bold** &#42; text %u.|\n", base + i, i, i); break;
      case 1: fprintf (doc, "0x%08X|OM_E_R%u|no outer pipes \\| escaped\n", base + i, i); break;
      case 2: fprintf (doc, "|0x%08X|OM_E_R%u|代理程式  無法 `code|span`|\n", base + i, i); break;
      case 3: fprintf (doc, "| 0x%08X | OM_E_R%u | [link](http://x) <b>html</b> |\n", base + i, i); break;
      case 4: fprintf (doc, "|0x%08X|OM_E_R%u|\n", base + i, i); break;
      case 5: fprintf (doc, "|0x%08X|OM_E_R%u|Text|extra|\n", base + i, i); break;
      default: fprintf (doc, "|0x%08X|OM_E_R%u|Last kind of row %u.|\n", base + (i / 2), i, i); break;
      }
}

static void
long_table_in_chunks (void **state)
{
  (void) state;
  char *text;
  FILE *doc = mem_open (&text);
  fputs ("---\nms.contentlocale: en\n---\n# Title\n\nProse.\n\n", doc);
  append_table (doc, 1000, 0x80CF0000);
  fputs ("\nAfter the table.\n", doc);
  mem_close (doc);
  /* 1012 lines (header on line 8, rows 10..1009) in pieces of 7, 1 and
     999 lines.  A piece that does not end in the table is parsed again,
     twice as long: 7 and 14 lines; 1, 2, 4, 8 and 16.  Then one piece per
     7 (or 1) rows, and the end after the table takes one piece (or 3:
     1 line, 2, then the rest).  */
  assert_int_equal (assert_same_as_whole (text, 7, 1000), 145);
  assert_int_equal (assert_same_as_whole (text, 1, 1000), 1001);
  assert_int_equal (assert_same_as_whole (text, 999, 1000), 2);
  free (text);
}

static void
table_ending_the_document (void **state)
{
  (void) state;
  char *text;
  FILE *doc = mem_open (&text);
  append_table (doc, 300, 0x80CF0000);
  mem_close (doc);
  text[strlen (text) - 1] = '\0';             /* no final line break */
  assert_int_equal (assert_same_as_whole (text, 13, 300), 24);
  free (text);
}

static void
second_long_table_is_read (void **state)
{
  (void) state;
  char *text;
  FILE *doc = mem_open (&text);
  append_table (doc, 200, 0x80CF0000);
  fputs ("\n", doc);
  append_table (doc, 200, 0x80CF1000);
  mem_close (doc);
  assert_true (assert_same_as_whole (text, 11, 400) > 36);
  free (text);
}

/* Runs of '|' lines that are not all rows of one table: the shortcut does
   not fit, and the document is read whole.  */
static void
runs_that_are_not_table_rows (void **state)
{
  (void) state;
  char *text;
  /* Pipes in a fenced code block before the table.  */
  FILE *doc = mem_open (&text);
  fputs ("```\n", doc);
  for (int i = 0; i < 50; i++)
    fprintf (doc, "|code|line|%d|\n", i);
  fputs ("```\n\n", doc);
  append_table (doc, 100, 0x80CF0000);
  mem_close (doc);
  assert_same_as_whole (text, 9, 100);
  free (text);

  /* A quotation line inside the run ends the table.  */
  doc = mem_open (&text);
  append_table (doc, 60, 0x80CF0000);
  fputs ("> a quote | with a pipe\n", doc);
  for (int i = 0; i < 40; i++)
    fprintf (doc, "|0x%08X|OM_E_Q%d|Quoted.|\n", 0x80CF2000 + i, i);
  mem_close (doc);
  assert_same_as_whole (text, 9, 60);
  free (text);

  /* Paragraph lines with pipes just above the header.  */
  doc = mem_open (&text);
  fputs ("a | b\nc | d\ne | f\ng | h\n", doc);
  append_table (doc, 80, 0x80CF0000);
  mem_close (doc);
  struct result whole;
  read_with (&whole, text, (unsigned) -1);
  size_t rows = whole.t.row_count;
  table_free (&whole.t);
  free (whole.diagnostics);
  assert_same_as_whole (text, 9, rows);
  free (text);
}

/* A link reference defined at the end of the page is seen by every cell
   that uses it: such a document is parsed whole.  */
static void
link_references_across_pieces (void **state)
{
  (void) state;
  char *text;
  FILE *doc = mem_open (&text);
  fputs ("|Code|Symbol|Description|\n|---|---|---|\n", doc);
  for (unsigned i = 0; i < 100; i++)
    fprintf (doc, "|0x%08X|OM_E_L%u|See [the notes][notes].|\n",
             0x80CF0000 + i, i);
  fputs ("\n[notes]: https://example.org/notes\n", doc);
  mem_close (doc);
  assert_int_equal (assert_same_as_whole (text, 8, 100), 1);
  struct result r;
  read_with (&r, text, 8);
  assert_string_equal (r.t.rows[99].cell[COLUMN_TEXT], "See the notes.");
  table_free (&r.t);
  free (r.diagnostics);
  free (text);
}

/* The published tables: one piece at the default size (a 209-row table
   is parsed whole), and the same rows in pieces of 16 lines.  */
static void
bundled_tables_in_chunks (void **state)
{
  (void) state;
  const char *paths[] = { MASTER_TABLE, ZH_TW_TABLE };
  for (size_t i = 0; i < 2; i++)
    {
      char *doc = read_file (paths[i], NULL);
      assert_non_null (doc);
      assert_int_equal (assert_same_as_whole (doc, table_piece_lines, 209), 1);
      assert_true (assert_same_as_whole (doc, 16, 209) > 10);
      free (doc);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (long_table_in_chunks),
    cmocka_unit_test (table_ending_the_document),
    cmocka_unit_test (second_long_table_is_read),
    cmocka_unit_test (runs_that_are_not_table_rows),
    cmocka_unit_test (link_references_across_pieces),
    cmocka_unit_test (bundled_tables_in_chunks),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
