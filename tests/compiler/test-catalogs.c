/* SPDX-License-Identifier: MIT */
/* The shipped catalogs po/zh_TW.po and po/en.po against the tables in data/.  */
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

/* The catalog at PATH, through omerrc's one PO reader.  */
static void
read_po (struct pofile *po, const char *path)
{
  struct diag d = DIAG_INIT;
  assert_true (pofile_read (po, path, &d));
  assert_non_null (po->file);
  assert_int_equal (d.errors, 0);
  diag_free (&d);
}

static void
every_zh_tw_row_is_in_the_catalog (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, ZH_TW_TABLE));
  assert_int_equal (t.row_count, 209);
  struct pofile po;
  read_po (&po, TOP_SRCDIR "/po/zh_TW.po");
  assert_non_null (strstr (po.header.msgstr, "Language: zh_TW\n"));
  for (size_t i = 0; i < t.row_count; i++)
    {
      const char *msgstr = pofile_translation (&po, t.rows[i].cell[COLUMN_SYMBOL]);
      if (msgstr == NULL)
        fail_msg ("%s is not translated in po/zh_TW.po",
                  t.rows[i].cell[COLUMN_SYMBOL]);
      assert_string_equal (msgstr, t.rows[i].cell[COLUMN_TEXT]);
    }
  pofile_free (&po);
  table_free (&t);
}

static void
every_symbol_has_english (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, MASTER_TABLE));
  struct pofile po;
  read_po (&po, TOP_SRCDIR "/po/en.po");
  assert_non_null (strstr (po.header.msgstr, "Language: en\n"));
  for (size_t i = 0; i < t.row_count; i++)
    {
      const char *symbol = t.rows[i].cell[COLUMN_SYMBOL];
      const char *msgstr = pofile_translation (&po, symbol);
      if (msgstr == NULL)
        fail_msg ("%s is not translated in po/en.po", symbol);
      assert_true (msgstr[0] != '\0');
      assert_string_not_equal (msgstr, symbol);
      assert_string_equal (msgstr, t.rows[i].cell[COLUMN_TEXT]);
    }
  pofile_free (&po);
  table_free (&t);
}

static void
headers_carry_the_attribution (void **state)
{
  (void) state;
  const char *files[] = { TOP_SRCDIR "/po/en.po", TOP_SRCDIR "/po/zh_TW.po" };
  for (size_t i = 0; i < 2; i++)
    {
      char *text = read_file (files[i], NULL);
      assert_non_null (text);
      assert_non_null (strstr (text, "licensed under CC BY 4.0"));
      assert_non_null (strstr (text, "Microsoft"));
      assert_non_null (strstr (text, "Modified by the omerr"));
      free (text);
    }
}

/* A row's group and note reach the template as extracted comments.  */
static void
groups_and_notes_are_extracted_comments (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, MASTER_TABLE));
  t.rows[0].group = "Agent errors";
  t.rows[0].note = strdup ("The published text says 500 for 501.");
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&text, &len);
  static const struct catalog_info info = {
    "omerr", "0", "bugs@example.org", "tests", NULL, NULL, 0, NULL
  };
  assert_true (catalog_write_template (&t, &info, mem, NULL));
  assert_int_equal (fclose (mem), 0);
  char want[512];
  snprintf (want, sizeof want, "#. Code: 0x%08X\n#. Group: Agent errors\n"
            "#. English: %s\n#. Note: The published text says 500 for 501.\n"
            "#: ", (unsigned) t.rows[0].code, t.rows[0].cell[COLUMN_TEXT]);
  if (strstr (text, want) == NULL)
    fail_msg ("no\n%s\nin\n%.600s", want, text);
  /* No other row has that note.  */
  assert_null (strstr (strstr (text, want) + strlen (want), "says 500 for 501"));
  free (text);
  table_free (&t);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_zh_tw_row_is_in_the_catalog),
    cmocka_unit_test (every_symbol_has_english),
    cmocka_unit_test (headers_carry_the_attribution),
    cmocka_unit_test (groups_and_notes_are_extracted_comments),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
