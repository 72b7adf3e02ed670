/* Parsing of one command-line argument into a code.

   Digits only: decimal (that is what logs print); hex needs a 0x prefix or
   a letter a-f.  The caller hints at the other reading when this one is
   unknown, instead of guessing.  */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "omerr.h"
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
  int all_digits = 1, all_hex = 1, symbol = 1;
  char name[128];

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
  if (n >= sizeof name)
    return INPUT_UNKNOWN_SYMBOL;
  memcpy (name, s, n);
  name[n] = '\0';
  return omerr_code (name, code) == 0 ? INPUT_SYMBOL : INPUT_UNKNOWN_SYMBOL;
}

enum input_kind
parse_input (const char *arg, uint32_t *code)
{
  size_t n = strlen (arg);

  while (n > 0 && is_blank (*arg))
    arg++, n--;
  while (n > 0 && is_blank (arg[n - 1]))
    n--;
  return parse_trimmed (arg, n, code);
}
