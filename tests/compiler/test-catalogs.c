/* The shipped catalogs po/zh_TW.po and po/en.po against the tables in data/.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <gettext-po.h>

#include "diag.h"
#include "fixture.h"
#include "table.h"

static void
ignore_error (int severity, po_message_t message, const char *filename,
              size_t lineno, size_t column, int multiline_p, const char *text)
{
  (void) message, (void) multiline_p;
  fprintf (stderr, "%s:%zu:%zu: %s\n", filename, lineno, column, text);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    abort ();
}

static void
ignore_error2 (int severity, po_message_t m1, const char *f1, size_t l1,
               size_t c1, int mp1, const char *t1, po_message_t m2,
               const char *f2, size_t l2, size_t c2, int mp2, const char *t2)
{
  (void) m2, (void) f2, (void) l2, (void) c2, (void) mp2, (void) t2;
  ignore_error (severity, m1, f1, l1, c1, mp1, t1);
}

static const struct po_xerror_handler handler = { ignore_error, ignore_error2 };

static po_file_t
read_po (const char *path)
{
  po_file_t f = po_file_read (path, &handler);
  assert_non_null (f);
  return f;
}

/* The translated, non-fuzzy msgstr of SYMBOL, or NULL.  */
static const char *
msgstr_of (po_file_t f, const char *symbol)
{
  po_message_iterator_t it = po_message_iterator (f, NULL);
  po_message_t m;
  const char *found = NULL;
  while (found == NULL && (m = po_next_message (it)) != NULL)
    if (!po_message_is_obsolete (m) && !po_message_is_fuzzy (m)
        && strcmp (po_message_msgid (m), symbol) == 0)
      found = po_message_msgstr (m);
  po_message_iterator_free (it);
  return found;
}

static void
every_zh_tw_row_is_in_the_catalog (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, ZH_TW_TABLE));
  assert_int_equal (t.row_count, 209);
  po_file_t po = read_po (TOP_SRCDIR "/po/zh_TW.po");
  char *header = (char *) po_file_domain_header (po, NULL);
  assert_non_null (strstr (header, "Language: zh_TW\n"));
  free (header);        /* allocated afresh by libgettextpo */
  for (size_t i = 0; i < t.row_count; i++)
    {
      const char *msgstr = msgstr_of (po, t.rows[i].cell[COLUMN_SYMBOL]);
      if (msgstr == NULL)
        fail_msg ("%s is not translated in po/zh_TW.po",
                  t.rows[i].cell[COLUMN_SYMBOL]);
      assert_string_equal (msgstr, t.rows[i].cell[COLUMN_TEXT]);
    }
  po_file_free (po);
  table_free (&t);
}

static void
every_symbol_has_english (void **state)
{
  (void) state;
  struct table t;
  assert_true (read_valid_table (&t, MASTER_TABLE));
  po_file_t po = read_po (TOP_SRCDIR "/po/en.po");
  char *header = (char *) po_file_domain_header (po, NULL);
  assert_non_null (strstr (header, "Language: en\n"));
  free (header);        /* allocated afresh by libgettextpo */
  for (size_t i = 0; i < t.row_count; i++)
    {
      const char *symbol = t.rows[i].cell[COLUMN_SYMBOL];
      const char *msgstr = msgstr_of (po, symbol);
      if (msgstr == NULL)
        fail_msg ("%s is not translated in po/en.po", symbol);
      assert_true (msgstr[0] != '\0');
      assert_string_not_equal (msgstr, symbol);
      assert_string_equal (msgstr, t.rows[i].cell[COLUMN_TEXT]);
    }
  po_file_free (po);
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
