/* SPDX-License-Identifier: MIT */
/* omerr_table_languages gives at most MAX names (mutation pass, issue
   15): the count of all, and nothing written past OUT[MAX - 1].  The
   built-in table has a catalog for each of the tests' languages in
   OMERR_LOCALEDIR (tests/locales.mk): more than one.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "omerr.h"

static void
at_most_max_names (void **state)
{
  static const char canary[] = "canary";
  const char *out[64];
  const omerr_table *t = omerr_table_at (0);
  size_t n, i;

  (void) state;
  for (i = 0; i < 64; i++)
    out[i] = canary;
  n = omerr_table_languages (t, out, 0);
  assert_true (n >= 2 && n < 64);
  assert_ptr_equal (out[0], canary);
  assert_int_equal (omerr_table_languages (t, out, 1), n);
  assert_ptr_not_equal (out[0], canary);
  assert_ptr_equal (out[1], canary);
  assert_int_equal (omerr_table_languages (t, out, 64), n);
  for (i = 1; i < n; i++)
    assert_true (strcmp (out[i - 1], out[i]) < 0);
  assert_ptr_equal (out[n], canary);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (at_most_max_names),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
