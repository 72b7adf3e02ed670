/* SPDX-License-Identifier: MIT */
/* omerrc's reading of Markdown tables: the real tables and the rendering
   of cells to plain text.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "omerrc.h"
#include "fixture.h"

static const struct table_row *
row_with_code (const struct table *t, uint32_t code)
{
  for (size_t i = 0; i < t->row_count; i++)
    if (t->rows[i].code == code)
      return &t->rows[i];
  return NULL;
}

static void
zh_tw_table_has_209_rows (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, ZH_TW_TABLE));
  assert_int_equal (t.row_count, 209);
  assert_string_equal (t.language, "zh_TW");
  assert_string_equal (t.date, "2019-05-29 00:00+0000");
  assert_int_equal (t.rows[0].code, 0x00CF0001);
  assert_string_equal (t.rows[0].cell[COLUMN_SYMBOL], "OM_S_SERVICE_STOP");
  assert_int_equal (t.rows[0].line, 34);
  assert_int_equal (t.rows[208].code, 0x80AF0006);
  assert_null (t.rows[0].group);
  assert_string_equal (t.rows[208].cell[COLUMN_SYMBOL],
                       "OMC_E_DOWNLOAD_CANCELLED");
  table_free (&t);
}

static void
zh_tw_cells_are_plain_text (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, ZH_TW_TABLE));
  /* Bold removed and &#42; decoded.  */
  assert_string_equal (row_with_code (&t, 0x80CF4007)->cell[COLUMN_TEXT],
                       "與 SOAPCLIENT_SOAPFAULT 相同。 SOAP 用戶端失敗，因為發生 "
                       "OM_E_PT_SOAP_* 錯誤碼類型的 SOAP 錯誤。");
  assert_string_equal (row_with_code (&t, 0x80CF2FFF)->cell[COLUMN_TEXT],
                       "另一個 OM_E_UH_* 代碼未涵蓋更新處理常式錯誤。");
  /* Two spaces in the source become one.  */
  assert_string_equal (row_with_code (&t, 0x80CF4008)->cell[COLUMN_TEXT],
                       "與 SOAPCLIENT_PARSEFAULT_ERROR 相同。 SOAP 用戶端無法剖析 "
                       "SOAP 錯誤。");
  /* The code cell is plain text too: **0x80cf0001** -> 0x80cf0001.  */
  assert_string_equal (row_with_code (&t, 0x80CF0001)->cell[COLUMN_CODE],
                       "0x80cf0001");
  table_free (&t);
}

static void
master_matches_zh_tw (void **state)
{
  (void) state;
  struct table en, zh;
  assert_true (read_valid_table (&en, MASTER_TABLE));
  assert_true (read_valid_table (&zh, ZH_TW_TABLE));
  assert_string_equal (en.language, "en");
  assert_int_equal (en.row_count, zh.row_count);
  for (size_t i = 0; i < en.row_count; i++)
    {
      assert_int_equal (en.rows[i].code, zh.rows[i].code);
      assert_string_equal (en.rows[i].cell[COLUMN_SYMBOL],
                           zh.rows[i].cell[COLUMN_SYMBOL]);
      assert_true (strlen (en.rows[i].cell[COLUMN_TEXT]) > 0);
    }
  struct diag d = DIAG_INIT;
  table_check_against_master (&zh, &en, &d);
  assert_int_equal (d.errors, 0);
  diag_free (&d);
  table_free (&en);
  table_free (&zh);
}

/* Reads DOC (a whole document) and returns its only row's description.  */
static char *
description_of (const char *doc)
{
  struct table t;
  struct diag d = DIAG_INIT;
  size_t len = strlen (doc);
  char *text = malloc (len + 1);
  memcpy (text, doc, len);
  assert_true (table_read (&t, "inline.md", text, len, NULL, NULL, &d));
  assert_int_equal (d.errors, 0);
  assert_int_equal (t.row_count, 1);
  char *s = strdup (t.rows[0].cell[COLUMN_TEXT]);
  table_free (&t);
  diag_free (&d);
  return s;
}

static void
assert_description (const char *cell, const char *expected)
{
  char doc[1024];
  snprintf (doc, sizeof doc, "|c|s|d|\n|-|-|-|\n|0x80cf0001|OM_E_X|%s|\n", cell);
  char *got = description_of (doc);
  assert_string_equal (got, expected);
  free (got);
}

static void
markup_is_removed (void **state)
{
  (void) state;
  assert_description ("**bold** and *em* and _em_", "bold and em and em");
  assert_description ("a [link](http://example.org) here", "a link here");
  assert_description ("`code span` stays", "code span stays");
  assert_description ("x <b>html</b> y", "x html y");
  assert_description ("![alt text](i.png)", "alt text");
  /* A link reference defined after the table, at the end of the page.  */
  char *got = description_of ("|c|s|d|\n|-|-|-|\n|0x80cf0001|OM_E_X|See "
                              "[the notes][notes].|\n\n[notes]: "
                              "https://example.org/notes\n");
  assert_string_equal (got, "See the notes.");
  free (got);
}

static void
entities_are_decoded (void **state)
{
  (void) state;
  assert_description ("a &#42; b &amp; c &lt;d&gt; &#x4E2D;", "a * b & c <d> 中");
  assert_description ("escaped \\| pipe", "escaped | pipe");
}

static void
whitespace_is_collapsed (void **state)
{
  (void) state;
  assert_description ("  lead  and\ttrail   ", "lead and trail");
  assert_description ("a  **b**   c", "a b c");
}

static void
odd_but_valid_documents_read (void **state)
{
  (void) state;
  /* BOM, CRLF line endings and no outer pipes.  */
  char *got = description_of ("\xEF\xBB\xBF" "c|s|d\r\n-|-|-\r\n"
                              "0x80cf0001|OM_E_X|CRLF text\r\n");
  assert_string_equal (got, "CRLF text");
  free (got);
}

/* A page of many tables, as the Windows Update error reference is shaped:
   one table of the three columns per section, a prose table between them,
   symbols as code spans, codes in either case, a row listed twice.  */
static void
many_tables_are_one_table (void **state)
{
  (void) state;
  struct table t;
  struct diag d = DIAG_INIT;
  assert_true (table_read (&t, TOP_SRCDIR
                           "/tests/malformed/valid/many-tables.md", NULL, 0,
                           NULL, NULL, &d));
  assert_int_equal (t.row_count, 5);
  assert_int_equal (t.header_line, 16);
  assert_string_equal (t.rows[0].cell[COLUMN_SYMBOL], "XA_E_SCHED_BUSY");
  assert_string_equal (t.rows[0].group, "Scheduler errors");
  assert_string_equal (t.rows[1].group, "Scheduler errors");
  assert_string_equal (t.rows[2].group, "Download errors");
  assert_string_equal (t.rows[2].cell[COLUMN_SYMBOL],
                       "XA_E_DL_REDIRECTOR_S_FALSE");
  assert_int_equal (t.rows[2].line, 34);
  assert_int_equal (t.rows[2].column[COLUMN_SYMBOL], 16);
  assert_string_equal (t.rows[4].group, "Download success codes");
  table_validate (&t, &d);
  assert_int_equal (d.errors, 0);
  /* The row listed again, whole, is taken once: the first one stays.  */
  assert_int_equal (t.row_count, 4);
  assert_int_equal (t.rows[0].code, 0x8024A101);
  assert_int_equal (t.rows[0].line, 18);
  assert_int_equal (t.rows[3].code, 0x0024B002);
  assert_non_null (t.by_code);
  assert_non_null (t.by_symbol);
  table_free (&t);
  diag_free (&d);
}

/* A group's name from a heading written over two lines (setext): the
   line break is a space, as in any cell.  */
static void
heading_over_two_lines_names_a_group (void **state)
{
  (void) state;
  const char *doc = "Scheduler\nerrors\n---\n\n|Code|Symbol|Description|\n"
    "|---|---|---|\n|0x80cf0001|OM_E_A|A.|\n\n## Other\n\n"
    "|Code|Symbol|Description|\n|---|---|---|\n|0x80cf0002|OM_E_B|B.|\n";
  struct table t;
  struct diag d = DIAG_INIT;
  char *text = strdup (doc);
  assert_true (table_read (&t, "setext.md", text, strlen (doc), NULL,
                                NULL, &d));
  assert_int_equal (d.errors, 0);
  assert_int_equal (t.row_count, 2);
  assert_string_equal (t.rows[0].group, "Scheduler errors");
  assert_string_equal (t.rows[1].group, "Other");
  table_free (&t);
  diag_free (&d);
}

/* --columns: the three columns found by their header names, in another
   order and among other columns, ASCII case ignored.  */
static void
columns_named_in_another_order (void **state)
{
  (void) state;
  const char *doc = "## Named\n\n| Note | Symbol | HRESULT | Meaning |\n"
    "|---|---|---|---|\n| x | `XA_E_ONE` | 0x8024d001 | The first. |\n"
    "\n## Prose\n\n| Symbol | Meaning |\n|---|---|\n| a | b |\n";
  struct table t;
  struct diag d = DIAG_INIT;
  char *text = strdup (doc);
  assert_true (table_read (&t, "named.md", text, strlen (doc),
                                "hresult,symbol,MEANING", NULL, &d));
  assert_int_equal (d.errors, 0);
  assert_int_equal (t.row_count, 1);
  assert_string_equal (t.rows[0].cell[COLUMN_CODE], "0x8024d001");
  assert_string_equal (t.rows[0].cell[COLUMN_SYMBOL], "XA_E_ONE");
  assert_string_equal (t.rows[0].cell[COLUMN_TEXT], "The first.");
  assert_int_equal (t.rows[0].column[COLUMN_CODE], 20);
  assert_int_equal (t.rows[0].column[COLUMN_TEXT], 33);
  /* One error table: no groups.  */
  assert_null (t.rows[0].group);
  table_free (&t);
  diag_free (&d);
}

/* A translation's headers are translated: its tables take the columns of
   the master's table at the same place among the page's tables (a prose
   table first in both); a table there with too few cells has none.  */
static void
translation_tables_at_the_masters_places (void **state)
{
  (void) state;
  const char *master_doc = "| Term | Meaning |\n|---|---|\n| a | b |\n\n"
    "| Note | Symbol | HRESULT | Meaning |\n|---|---|---|---|\n"
    "| x | XA_E_ONE | 0x8024d001 | The first. |\n";
  const char *zh_doc = "| 術語 | 意義 |\n|---|---|\n| a | b |\n\n"
    "| 附註 | 符號 | 錯誤碼 | 意義 |\n|---|---|---|---|\n"
    "| x | XA_E_ONE | 0x8024d001 | 第一個。 |\n";
  const char *short_doc = "| 術語 | 意義 |\n|---|---|\n| a | b |\n\n"
    "| 符號 | 錯誤碼 |\n|---|---|\n| XA_E_ONE | 0x8024d001 |\n";
  struct table master, zh, other;
  struct diag d = DIAG_INIT;
  assert_true (table_read (&master, "en.md", strdup (master_doc),
                                strlen (master_doc), "hresult,symbol,meaning",
                                NULL, &d));
  assert_true (table_read (&zh, "zh.md", strdup (zh_doc), strlen (zh_doc),
                                "hresult,symbol,meaning", &master, &d));
  assert_int_equal (d.errors, 0);
  assert_int_equal (zh.row_count, 1);
  assert_string_equal (zh.rows[0].cell[COLUMN_CODE], "0x8024d001");
  assert_string_equal (zh.rows[0].cell[COLUMN_SYMBOL], "XA_E_ONE");
  assert_string_equal (zh.rows[0].cell[COLUMN_TEXT], "第一個。");
  assert_false (table_read (&other, "short.md", strdup (short_doc),
                                 strlen (short_doc), "hresult,symbol,meaning",
                                 &master, &d));
  assert_int_equal (d.errors, 1);
  table_free (&master);
  table_free (&zh);
  table_free (&other);
  diag_free (&d);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (zh_tw_table_has_209_rows),
    cmocka_unit_test (zh_tw_cells_are_plain_text),
    cmocka_unit_test (master_matches_zh_tw),
    cmocka_unit_test (markup_is_removed),
    cmocka_unit_test (entities_are_decoded),
    cmocka_unit_test (whitespace_is_collapsed),
    cmocka_unit_test (odd_but_valid_documents_read),
    cmocka_unit_test (many_tables_are_one_table),
    cmocka_unit_test (columns_named_in_another_order),
    cmocka_unit_test (translation_tables_at_the_masters_places),
    cmocka_unit_test (heading_over_two_lines_names_a_group),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
