/* SPDX-License-Identifier: MIT */
/* Case-insensitive substring search in the locale's charset.

   Through wide characters: byte-wise ASCII folding would fold the trail
   bytes of Big5 characters (0x40-0x7E) and match across characters.  */
#include <config.h>

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "search.h"
#include "utf8-message.h"

/* S as a lower-cased wide string (malloc'd), or NULL when S is not valid
   in the locale's charset.  */
static wchar_t *
lower_wide (const char *s)
{
  size_t n = mbstowcs (NULL, s, 0), i;
  wchar_t *w;

  if (n == (size_t) -1)
    return NULL;
  w = malloc ((n + 1) * sizeof *w);
  if (w == NULL)
    return NULL;
  mbstowcs (w, s, n + 1);
  for (i = 0; i < n; i++)
    w[i] = (wchar_t) towlower ((wint_t) w[i]);
  return w;
}

static int
ascii_lower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Fallback for invalid input: ASCII case folding, byte by byte.  */
static int
contains_bytes (const char *haystack, const char *needle)
{
  size_t n = strlen (needle), i;

  for (; *haystack != '\0'; haystack++)
    {
      for (i = 0; i < n && haystack[i] != '\0'; i++)
        if (ascii_lower ((unsigned char) haystack[i])
            != ascii_lower ((unsigned char) needle[i]))
          break;
      if (i == n)
        return 1;
    }
  return n == 0;
}

int
contains_ignoring_case (const char *haystack, const char *needle)
{
  wchar_t *h = lower_wide (haystack), *n = lower_wide (needle);
  int found;

  if (h != NULL && n != NULL)
    found = wcsstr (h, n) != NULL;
  else
    found = contains_bytes (haystack, needle);
  free (h);
  free (n);
  return found;
}

int
search_text_valid (const char *needle)
{
  return mbstowcs (NULL, needle, 0) != (size_t) -1
         || utf8_in_ascii_locale (needle);
}

int
matches_code_digits (uint32_t code, const char *needle)
{
  char hex[9];
  size_t n, i;

  if (needle[0] == '0' && (needle[1] == 'x' || needle[1] == 'X'))
    needle += 2;
  n = strlen (needle);
  if (n == 0 || n > 8)
    return 0;
  for (i = 0; i < n; i++)
    if (!isxdigit ((unsigned char) needle[i]))
      return 0;
  snprintf (hex, sizeof hex, "%08" PRIX32, code);
  return contains_bytes (hex, needle);
}
