/* SPDX-License-Identifier: MIT */
/* Parsing of one command-line argument into a code, and the code-shaped
   tokens of free text (omerr(1) gives the rules to users).

   Digits only: decimal (that is what logs print); hex needs a 0x prefix or
   a letter a-f.  The caller hints at the other reading when this one is
   unknown, instead of guessing.  */
#include <config.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "symbol-limit.h"
#include "parse-input.h"

static int
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static int
hex_value (char c)
{
  if (is_digit (c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static int
is_symbol_char (char c, int first)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
         || (!first && is_digit (c));
}

/* Reads the N bytes at S as a number in BASE (10 or 16) into *VALUE.
   Returns INPUT_OUT_OF_RANGE above LIMIT, INPUT_MALFORMED on a stray
   character or when N is 0, else INPUT_HEX (meaning: fine).  */
static enum input_kind
read_number (const char *s, size_t n, unsigned base, uint64_t limit,
             uint64_t *value)
{
  uint64_t v = 0;
  size_t i;

  if (n == 0)
    return INPUT_MALFORMED;
  for (i = 0; i < n; i++)
    {
      int d = base == 16 ? hex_value (s[i]) : is_digit (s[i]) ? s[i] - '0' : -1;

      if (d < 0)
        return INPUT_MALFORMED;
      v = v * base + (unsigned) d;
      if (v > limit)
        {
          /* Keep scanning: a stray character later makes it malformed.  */
          for (i++; i < n; i++)
            if ((base == 16 ? hex_value (s[i]) : is_digit (s[i]) ? 0 : -1) < 0)
              return INPUT_MALFORMED;
          return INPUT_OUT_OF_RANGE;
        }
    }
  *value = v;
  return INPUT_HEX;
}

static enum input_kind
parse_trimmed (const char *s, size_t n, uint32_t *code)
{
  uint64_t v;
  enum input_kind r;
  size_t i;
  int all_digits = 1, all_hex = 1, symbol = 1, found;
  char *name;

  if (n == 0)
    return INPUT_MALFORMED;

  if (s[0] == '-')
    {
      r = read_number (s + 1, n - 1, 10, UINT64_C (0x80000000), &v);
      if (r != INPUT_HEX)
        return r;
      *code = (uint32_t) (UINT64_C (0x100000000) - v);
      return INPUT_SIGNED;
    }
  if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    {
      r = read_number (s + 2, n - 2, 16, UINT32_MAX, &v);
      if (r != INPUT_HEX)
        return r;
      *code = (uint32_t) v;
      return INPUT_HEX;
    }

  for (i = 0; i < n; i++)
    {
      all_digits &= is_digit (s[i]);
      all_hex &= hex_value (s[i]) >= 0;
      symbol &= is_symbol_char (s[i], i == 0);
    }
  if (all_digits || all_hex)
    {
      r = read_number (s, n, all_digits ? 10 : 16, UINT32_MAX, &v);
      if (r != INPUT_HEX)
        return r;
      *code = (uint32_t) v;
      return all_digits ? INPUT_DECIMAL : INPUT_HEX;
    }
  if (!symbol)
    return INPUT_MALFORMED;
  /* Longer than any table may hold (src/common/symbol-limit.h): unknown.  */
  if (n > OMERR_SYMBOL_MAX)
    return INPUT_UNKNOWN_SYMBOL;
  name = strndup (s, n);
  if (name == NULL)
    return INPUT_UNKNOWN_SYMBOL;
  found = omerr_code (name, code) == 0;
  free (name);
  return found ? INPUT_SYMBOL : INPUT_UNKNOWN_SYMBOL;
}

static int
is_word_char (char c)
{
  return is_symbol_char (c, 0);
}

/* Whether the N bytes at S (one word, maybe with a leading '-') have the
   shape of a code in free text: 0x and 1 to 8 hex digits; a word of 8 hex
   digits; a decimal of 10 digits in the range of failure codes, signed
   (-2147483648 to -1000000000) or unsigned (2147483648 and up); a known
   symbol.  Stores the code, reading 8 hex digits as hex.  */
static int
code_shaped (const char *s, size_t n, uint32_t *code)
{
  uint64_t v;
  size_t i;
  int hex = 1;

  if (n > 2 && n <= 10 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    {
      if (read_number (s + 2, n - 2, 16, UINT32_MAX, &v) != INPUT_HEX)
        return 0;
      *code = (uint32_t) v;
      return 1;
    }
  if (s[0] == '-')
    {
      if (n != 11 || read_number (s + 1, 10, 10, UINT64_C (0x80000000), &v)
                     != INPUT_HEX)
        return 0;
      *code = (uint32_t) (UINT64_C (0x100000000) - v);
      return 1;
    }
  for (i = 0; i < n; i++)
    hex &= hex_value (s[i]) >= 0;
  if (hex && n == 8)
    {
      read_number (s, n, 16, UINT32_MAX, &v);
      *code = (uint32_t) v;
      return 1;
    }
  if (n == 10 && read_number (s, n, 10, UINT32_MAX, &v) == INPUT_HEX
      && v >= UINT64_C (0x80000000))
    {
      *code = (uint32_t) v;
      return 1;
    }
  return memchr (s, '_', n) != NULL && n <= OMERR_SYMBOL_MAX
         && parse_trimmed (s, n, code) == INPUT_SYMBOL;
}

int
next_code_token (const char *text, size_t n, size_t *pos, size_t *start,
                 size_t *length, uint32_t *code)
{
  size_t i = *pos, b, e;

  while (i < n)
    {
      /* A word: a maximal run of letters, digits and '_', with the '-'
         just before it when that starts a word too.  */
      if (!is_word_char (text[i]) || (i > 0 && is_word_char (text[i - 1])))
        {
          i++;
          continue;
        }
      b = i;
      for (e = i; e < n && is_word_char (text[e]); e++)
        ;
      if (b > 0 && text[b - 1] == '-'
          && (b == 1 || !is_word_char (text[b - 2])))
        b--;
      i = e;
      if (code_shaped (text + b, e - b, code))
        {
          *pos = e;
          *start = b;
          *length = e - b;
          return 1;
        }
    }
  *pos = n;
  return 0;
}

static int
is_surrounding (char c)
{
  return c != '\0' && !is_word_char (c) && (unsigned char) c < 0x80;
}

/* The argument as pasted from a log: a KEY= prefix and ASCII
   punctuation around exactly one code-shaped word ("(0x80CF0001)",
   "hr=0x80CF0001", "\"-2133917695\","), read as the word alone, whose
   offset and length it stores.  */
static enum input_kind
parse_pasted (const char *s, size_t n, uint32_t *code, size_t *start,
              size_t *length)
{
  const char *eq = memchr (s, '=', n);
  size_t i, b = 0, e = n;
  uint32_t ignored;

  if (eq != NULL)
    {
      for (i = 0; s + i < eq && is_word_char (s[i]); i++)
        ;
      if (s + i == eq && i > 0)
        b = i + 1;
    }
  while (b < e && is_surrounding (s[b])
         && !(s[b] == '-' && b + 1 < e && is_digit (s[b + 1])))
    b++;
  while (e > b && is_surrounding (s[e - 1]))
    e--;
  if (b == 0 && e == n)
    return INPUT_MALFORMED;
  for (i = b; i < e; i++)
    if (!is_word_char (s[i]) && !(i == b && s[i] == '-'))
      return INPUT_MALFORMED;
  if (e == b || !code_shaped (s + b, e - b, &ignored))
    return INPUT_MALFORMED;
  *start = b;
  *length = e - b;
  return parse_trimmed (s + b, e - b, code);
}

enum input_kind
parse_input (const char *arg, uint32_t *code, size_t *start, size_t *length)
{
  size_t n = strlen (arg), b = 0, word = 0, word_length;
  enum input_kind kind;

  while (n > 0 && is_blank (arg[b]))
    b++, n--;
  while (n > 0 && is_blank (arg[b + n - 1]))
    n--;
  word_length = n;
  kind = parse_trimmed (arg + b, n, code);
  if (kind == INPUT_MALFORMED)
    kind = parse_pasted (arg + b, n, code, &word, &word_length);
  *start = b + word;
  *length = word_length;
  return kind;
}
