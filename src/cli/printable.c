/* SPDX-License-Identifier: MIT */
/* Text from catalogs, tables and arguments made safe to print: nothing
   that reaches the terminal can move its cursor, recolour it, retitle a
   window or turn text around.  */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "printable.h"

/* Bidi embedding, override and isolate controls, and the marks.  */
static int
is_bidi_control (wint_t c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
         || c == 0x200E || c == 0x200F || c == 0x061C;
}

char *
printable (const char *s)
{
  size_t n = strlen (s), used = 0, len;
  /* An escape is at most 6 bytes ("\u202E") per character of 1 or more
     bytes: 6 times the input is enough.  */
  char *out = malloc (6 * n + 1);
  mbstate_t state;
  wchar_t wc;

  if (out == NULL)
    return NULL;
  memset (&state, 0, sizeof state);
  while (*s != '\0')
    {
      /* Printable ASCII is itself in every charset glibc supports as a
         locale's, at the start of a character: no conversion needed.  */
      if (*s >= 0x20 && *s < 0x7F && mbsinit (&state))
        {
          out[used++] = *s++;
          n--;
          continue;
        }
      len = mbrtowc (&wc, s, n, &state);
      if (len == (size_t) -1 || len == (size_t) -2)
        {
          used += (size_t) sprintf (out + used, "\\x%02X", (unsigned char) *s);
          memset (&state, 0, sizeof state);
          s++, n--;
          continue;
        }
      if (iswcntrl ((wint_t) wc) || is_bidi_control ((wint_t) wc))
        used += (size_t) sprintf (out + used, wc < 0x80 ? "\\x%02X" : "\\u%04X",
                                  (unsigned) wc);
      else
        {
          memcpy (out + used, s, len);
          used += len;
        }
      s += len, n -= len;
    }
  out[used] = '\0';
  return out;
}
