/* The shipped catalogs po/zh_TW.po and po/en.po against the tables in data/.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diag.h"
#include "fixture.h"
#include "po-file.h"
#include "table.h"

/* The catalog at PATH, through omerrc's one PO reader.  */
static void
read_po (struct pofile *po, const char *path)
{
  struct diag d = DIAG_INIT;
  assert_true (pofile_read (po, path, &d));
  assert_true (po->exists);
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_zh_tw_row_is_in_the_catalog),
    cmocka_unit_test (every_symbol_has_english),
    cmocka_unit_test (headers_carry_the_attribution),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
