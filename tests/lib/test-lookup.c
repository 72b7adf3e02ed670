/* SPDX-License-Identifier: MIT */
/* The table lookups: code <-> symbol, English text, enumeration.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <string.h>

#include "omerr.h"
#include "source-catalog.h"

static struct pofile english;

static int
setup (void **state)
{
  (void) state;
  read_source_catalog (&english, "en");
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  pofile_free (&english);
  return 0;
}

static void
count_matches_catalog (void **state)
{
  size_t symbols = 0, i;

  (void) state;
  for (i = 0; i < english.count; i++)
    symbols += strcmp (english.entries[i].msgid, "OMERR_UNKNOWN_CODE") != 0;
  assert_int_equal (omerr_count (), 209);
  assert_int_equal (omerr_count (), symbols);
}

static void
codes_ascend (void **state)
{
  size_t i;

  (void) state;
  for (i = 1; i < omerr_count (); i++)
    assert_true (omerr_code_at (i - 1) < omerr_code_at (i));
  assert_int_equal (omerr_code_at (omerr_count ()), 0);
  assert_int_equal (omerr_code_at ((size_t) -1), 0);
}

static void
round_trip_every_symbol (void **state)
{
  size_t i, j;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i), found = 0;
      const char *symbol = omerr_symbol (code);
      char lower[128];

      assert_non_null (symbol);
      assert_int_equal (omerr_code (symbol, &found), 0);
      assert_int_equal (found, code);
      for (j = 0; symbol[j] != '\0' && j + 1 < sizeof lower; j++)
        lower[j] = (char) tolower ((unsigned char) symbol[j]);
      lower[j] = '\0';
      found = 0;
      assert_int_equal (omerr_code (lower, &found), 0);
      assert_int_equal (found, code);
    }
}

static void
english_matches_catalog (void **state)
{
  size_t i;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *text = pofile_translation (&english, omerr_symbol (code));

      assert_non_null (text);
      assert_string_equal (omerr_english (code), text);
    }
}

static void
constants_match_table (void **state)
{
  uint32_t code = 0;

  (void) state;
  assert_int_equal (OM_E_NO_SERVICE, 0x80CF0001u);
  assert_string_equal (omerr_symbol (OM_E_NO_SERVICE), "OM_E_NO_SERVICE");
  assert_string_equal (omerr_symbol (OM_S_SERVICE_STOP), "OM_S_SERVICE_STOP");
  assert_int_equal (omerr_code ("Om_E_No_Service", &code), 0);
  assert_int_equal (code, OM_E_NO_SERVICE);
  assert_int_equal (omerr_code ("OM_E_NO_SERVICE", NULL), 0);
}

static void
unknown_lookups_fail (void **state)
{
  uint32_t code = 42;

  (void) state;
  assert_null (omerr_symbol (0x80CF9999u));
  assert_null (omerr_symbol (0));
  assert_null (omerr_english (0xFFFFFFFFu));
  assert_int_equal (omerr_code ("OM_E_NO_SERVIC", &code), -1);
  assert_int_equal (omerr_code ("OM_E_NO_SERVICEX", &code), -1);
  assert_int_equal (omerr_code ("", &code), -1);
  assert_int_equal (omerr_code (NULL, &code), -1);
  assert_int_equal (omerr_code ("OM_E_NO_SERVICE ", &code), -1);
  assert_int_equal (code, 42);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (count_matches_catalog),
    cmocka_unit_test (codes_ascend),
    cmocka_unit_test (round_trip_every_symbol),
    cmocka_unit_test (english_matches_catalog),
    cmocka_unit_test (constants_match_table),
    cmocka_unit_test (unknown_lookups_fail),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
