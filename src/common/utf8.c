/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "utf8.h"

#include <stdint.h>
#include <string.h>

bool
omerr_utf8_valid (const char *s, size_t n, size_t *bad_offset)
{
  const unsigned char *u = (const unsigned char *) s;
  size_t i = 0;
  while (i < n)
    {
      /* Tables are mostly ASCII: eight bytes at a time.  */
      uint64_t w;
      if (n - i >= 8 && (memcpy (&w, u + i, 8), !(w & 0x8080808080808080u)))
        {
          i += 8;
          continue;
        }
      unsigned c = u[i];
      if (c < 0x80)
        {
          i++;
          continue;
        }
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      /* The second byte's range rules out the overlong forms (after E0
         and F0), the surrogates (after ED) and what lies past U+10FFFF
         (after F4); C0, C1 and F5..FF start nothing.  */
      unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      bool ok = c >= 0xC2 && c <= 0xF4 && n - i >= len
        && u[i + 1] >= lo && u[i + 1] <= hi;
      for (size_t k = 2; ok && k < len; k++)
        ok = (u[i + k] & 0xC0) == 0x80;
      if (!ok)
        {
          if (bad_offset != NULL)
            *bad_offset = i;
          return false;
        }
      i += len;
    }
  return true;
}
