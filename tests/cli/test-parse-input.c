/* SPDX-License-Identifier: MIT */
/* The command's argument parser.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "omerr.h"
#include "parse-input.h"

static void
expect (const char *arg, enum input_kind kind, uint32_t code)
{
  uint32_t got = 0xDEADBEEFu;
  size_t start, length;
  enum input_kind k = parse_input (arg, &got, &start, &length);

  if (k != kind)
    fail_msg ("'%s': kind %d, want %d", arg, (int) k, (int) kind);
  if (kind <= INPUT_SYMBOL && got != code)
    fail_msg ("'%s': code 0x%08X, want 0x%08X", arg, (unsigned) got,
              (unsigned) code);
}

static void
numbers (void **state)
{
  (void) state;
  expect ("0x80cf0001", INPUT_HEX, 0x80CF0001u);
  expect ("0X80CF0001", INPUT_HEX, 0x80CF0001u);
  expect ("80cF0001", INPUT_HEX, 0x80CF0001u);
  expect ("0x0", INPUT_HEX, 0);
  expect ("0xFFFFFFFF", INPUT_HEX, 0xFFFFFFFFu);
  expect ("0x00000000FFFFFFFF", INPUT_HEX, 0xFFFFFFFFu);
  expect ("abc", INPUT_HEX, 0xABCu);
  expect ("1e5", INPUT_HEX, 0x1E5u);
  expect ("2161049601", INPUT_DECIMAL, 0x80CF0001u);
  expect ("80240001", INPUT_DECIMAL, 80240001u);
  expect ("0", INPUT_DECIMAL, 0);
  expect ("4294967295", INPUT_DECIMAL, 0xFFFFFFFFu);
  expect ("-2133917695", INPUT_SIGNED, 0x80CF0001u);
  expect ("-1", INPUT_SIGNED, 0xFFFFFFFFu);
  expect ("-2147483648", INPUT_SIGNED, 0x80000000u);
  expect ("-0", INPUT_SIGNED, 0);
  expect ("\t 0x80cf0001\n", INPUT_HEX, 0x80CF0001u);
}

static void
out_of_range (void **state)
{
  (void) state;
  expect ("0x100000000", INPUT_OUT_OF_RANGE, 0);
  expect ("100000000", INPUT_DECIMAL, 100000000u);
  expect ("1FFFFFFFF", INPUT_OUT_OF_RANGE, 0);
  expect ("4294967296", INPUT_OUT_OF_RANGE, 0);
  expect ("-2147483649", INPUT_OUT_OF_RANGE, 0);
  expect ("99999999999999999999999999999999", INPUT_OUT_OF_RANGE, 0);
  expect ("0x1FFFFFFFFZ", INPUT_MALFORMED, 0);
}

static void
symbols (void **state)
{
  (void) state;
  expect ("OM_E_NO_SERVICE", INPUT_SYMBOL, OM_E_NO_SERVICE);
  expect ("om_e_no_service", INPUT_SYMBOL, OM_E_NO_SERVICE);
  expect (" Om_E_No_Service ", INPUT_SYMBOL, OM_E_NO_SERVICE);
  expect ("OM_E_NOPE", INPUT_UNKNOWN_SYMBOL, 0);
  expect ("x", INPUT_UNKNOWN_SYMBOL, 0);
  expect ("_", INPUT_UNKNOWN_SYMBOL, 0);
}

static void
malformed (void **state)
{
  static const char *const bad[] = {
    "", " ", "-", "--1", "0x", "0xg", "12.5", "+5", "OM-E", "0x 1",
    "-0x1", "- 1", "\xe4\xbb\xa3", "1_000", "0x80cf0001x",
    /* Punctuation around something that is no code, or around two.  */
    "(12.5)", "hr=", "=0x80cf0001=0x1", "(0x80cf0001 0x80cf0002)",
    "(OM_E_NOPE)", "(5)", "key=5", "\"-21\","
  };
  size_t i;

  (void) state;
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
    expect (bad[i], INPUT_MALFORMED, 0);
}

/* Codes pasted from logs (issue 12 item 2).  */
static void
pasted (void **state)
{
  (void) state;
  expect ("(0x80CF0001)", INPUT_HEX, OM_E_NO_SERVICE);
  expect ("0x80cf0001.", INPUT_HEX, OM_E_NO_SERVICE);
  expect ("hr=0x80CF0001", INPUT_HEX, OM_E_NO_SERVICE);
  expect ("hr=0x80CF0001;", INPUT_HEX, OM_E_NO_SERVICE);
  expect ("\"-2133917695\",", INPUT_SIGNED, OM_E_NO_SERVICE);
  expect ("[2161049601]", INPUT_DECIMAL, OM_E_NO_SERVICE);
  expect ("(OM_E_NO_SERVICE)", INPUT_SYMBOL, OM_E_NO_SERVICE);
  expect ("0x80cf0001\r", INPUT_HEX, OM_E_NO_SERVICE);
}

/* The word parse_input read in ARG is WANT.  */
static void
word_is (const char *arg, const char *want)
{
  uint32_t code;
  size_t start, length;

  parse_input (arg, &code, &start, &length);
  if (length != strlen (want) || strncmp (arg + start, want, length) != 0)
    fail_msg ("'%s': word '%.*s', want '%s'", arg, (int) length,
              arg + start, want);
}

/* The word that hints and --table read: the code's alone.  */
static void
words (void **state)
{
  (void) state;
  word_is ("80240438", "80240438");
  word_is (" \t80240438\r\n", "80240438");
  word_is ("hr=80240438,", "80240438");
  word_is ("Win32HResult=80240438", "80240438");
  word_is ("\"-2133917695\",", "-2133917695");
  word_is ("error=OM_E_NO_SERVICE;", "OM_E_NO_SERVICE");
  word_is (" 12.5 ", "12.5");
  word_is ("(OM_E_NOPE)", "(OM_E_NOPE)");
}

/* Every code-shaped word of TEXT, as "0x%08X " each.  */
static void
scan (const char *text, const char *want)
{
  char got[256] = "";
  size_t pos = 0, start, length, n = strlen (text);
  uint32_t code;

  while (next_code_token (text, n, &pos, &start, &length, &code))
    snprintf (got + strlen (got), sizeof got - strlen (got), "0x%08X ",
              (unsigned) code);
  assert_string_equal (got, want);
}

static void
tokens (void **state)
{
  (void) state;
  scan ("", "");
  scan ("hr=0x80CF0001, then 80240438 (8 digits: hex) and -2133917695.",
        "0x80CF0001 0x80240438 0x80CF0001 ");
  scan ("2161049601 and 1356595 (short decimal: not a code), 0x1 yes",
        "0x80CF0001 0x00000001 ");
  scan ("a0x80CF0001 x80240438 802404381 0x8024043800 id-2133917695",
        "");
  scan ("OM_E_NO_SERVICE, om_e_au_paused; WORD_NOT_KNOWN",
        "0x80CF0001 0x80CFA004 ");
  scan ("2147483647 -1 -999999999 4294967295 -2147483648",
        "0xFFFFFFFF 0x80000000 ");
}

static void
long_symbol_shaped (void **state)
{
  char big[4096];
  size_t i;

  (void) state;
  for (i = 0; i + 1 < sizeof big; i++)
    big[i] = 'Q';
  big[i] = '\0';
  expect (big, INPUT_UNKNOWN_SYMBOL, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (numbers),
    cmocka_unit_test (out_of_range),
    cmocka_unit_test (symbols),
    cmocka_unit_test (malformed),
    cmocka_unit_test (long_symbol_shaped),
    cmocka_unit_test (pasted),
    cmocka_unit_test (words),
    cmocka_unit_test (tokens),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
