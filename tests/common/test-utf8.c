/* SPDX-License-Identifier: MIT */
/* omerr_utf8_valid against a decoder written the other way round (code
   points computed, then their range checked), over every sequence of up
   to three bytes and every four-byte one a lead byte of F0..FF can start.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "utf8.h"

/* Whether the LEN bytes at S are exactly one valid UTF-8 character.  */
static bool
one_character (const unsigned char *s, size_t len)
{
  static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
  size_t need = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2
    : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (need != len)
    return false;
  uint32_t cp = need == 1 ? s[0] : s[0] & (0x7F >> need);
  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return false;
      cp = cp << 6 | (s[i] & 0x3F);
    }
  return cp >= min[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

/* SEQ (LEN bytes) behind 13 bytes of ASCII, so that the eight-byte path
   runs first and the offset of a bad byte is not 0.  */
static void
check (const unsigned char *seq, size_t len)
{
  unsigned char buf[32] = "thirteen byte";
  memcpy (buf + 13, seq, len);
  size_t bad = 99;
  bool want = one_character (seq, len);
  if (omerr_utf8_valid ((const char *) buf, 13 + len, &bad) != want)
    fail_msg ("%02X %02X %02X %02X (%zu bytes): want %s", seq[0],
              len > 1 ? seq[1] : 0, len > 2 ? seq[2] : 0, len > 3 ? seq[3] : 0,
              len, want ? "valid" : "invalid");
  if (!want && bad != 13)
    fail_msg ("%02X %02X %02X: bad offset %zu", seq[0], seq[1], seq[2], bad);
}

static void
every_short_sequence (void **state)
{
  (void) state;
  unsigned char s[3];
  for (unsigned a = 0; a < 256; a++)
    {
      s[0] = (unsigned char) a;
      check (s, 1);
      for (unsigned b = 0; b < 256; b++)
        {
          s[1] = (unsigned char) b;
          if (a >= 0x80)        /* ASCII then anything: the second byte's case */
            check (s, 2);
          for (unsigned c = 0; a >= 0xE0 && c < 256; c++)
            {
              s[2] = (unsigned char) c;
              check (s, 3);
            }
        }
    }
}

static void
four_byte_sequences (void **state)
{
  (void) state;
  static const unsigned char last[] = { 0x7F, 0x80, 0xBF, 0xC0 };
  unsigned char s[4];
  for (unsigned a = 0xF0; a < 256; a++)
    for (unsigned b = 0; b < 256; b++)
      for (unsigned c = 0; c < 256; c++)
        for (size_t d = 0; d < sizeof last; d++)
          {
            s[0] = (unsigned char) a, s[1] = (unsigned char) b;
            s[2] = (unsigned char) c, s[3] = last[d];
            check (s, 4);
          }
}

static void
edges_and_offsets (void **state)
{
  (void) state;
  /* The last code point, U+FFFF, U+D7FF and U+E000 are valid.  */
  assert_true (omerr_utf8_valid ("\xF4\x8F\xBF\xBF\xEF\xBF\xBF"
                                 "\xED\x9F\xBF\xEE\x80\x80", 14, NULL));
  assert_true (omerr_utf8_valid ("", 0, NULL));
  /* A NUL byte is U+0000; only N bounds the text.  */
  assert_true (omerr_utf8_valid ("a\0b", 3, NULL));
  size_t bad = 0;
  /* A sequence cut off by N, and one cut off by another character.  */
  assert_false (omerr_utf8_valid ("caf\xC3\xA9 \xE4\xB8", 8, &bad));
  assert_int_equal (bad, 6);
  assert_false (omerr_utf8_valid ("\xE4\xB8" "a", 3, &bad));
  assert_int_equal (bad, 0);
  /* The first bad byte of several, past a long ASCII run.  */
  assert_false (omerr_utf8_valid ("0123456789abcdefghij\x80xyz\xFF", 25, &bad));
  assert_int_equal (bad, 20);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_short_sequence),
    cmocka_unit_test (four_byte_sequences),
    cmocka_unit_test (edges_and_offsets),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
