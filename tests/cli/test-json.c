/* SPDX-License-Identifier: MIT */
/* JSON string literals written by the command.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

static void
check (const char *in, const char *want)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream (&buf, &size);

  assert_non_null (f);
  json_string (f, in);
  assert_int_equal (fclose (f), 0);
  assert_string_equal (buf, want);
  free (buf);
}

static void
plain_and_escaped (void **state)
{
  (void) state;
  check ("", "\"\"");
  check ("The agent's \"SOAP\" fault", "\"The agent's \\\"SOAP\\\" fault\"");
  check ("a\\b", "\"a\\\\b\"");
  check ("tab\there\nnew\rline", "\"tab\\there\\nnew\\rline\"");
  check ("\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\"");
  check ("/", "\"/\"");
}

static void
utf8_kept_invalid_replaced (void **state)
{
  (void) state;
  check ("\u4ee3\u7406\u7a0b\u5f0f", "\"\u4ee3\u7406\u7a0b\u5f0f\"");
  check ("\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\"");
  /* Big5 bytes, a lone continuation byte, an overlong slash, a surrogate,
     a truncated sequence.  */
  check ("\xa5\x4e", "\"\\ufffdN\"");
  check ("\x80", "\"\\ufffd\"");
  check ("\xc0\xaf", "\"\\ufffd\\ufffd\"");
  check ("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
  check ("\xe4\xbb", "\"\\ufffd\\ufffd\"");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (plain_and_escaped),
    cmocka_unit_test (utf8_kept_invalid_replaced),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
