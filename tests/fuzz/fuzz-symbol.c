/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the library's symbol -> code lookup.  A symbol found
   must be the table's symbol of that code, ignoring ASCII case.  */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-string.h"
#include "omerr.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
same_ignoring_ascii_case (const char *a, const char *b)
{
  for (;; a++, b++)
    {
      unsigned char x = (unsigned char) *a, y = (unsigned char) *b;
      x = x >= 'a' && x <= 'z' ? x - 'a' + 'A' : x;
      y = y >= 'a' && y <= 'z' ? y - 'a' + 'A' : y;
      if (x != y)
        return 0;
      if (x == '\0')
        return 1;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *symbol = fuzz_string (data, size);
  if (symbol == NULL)
    return 0;
  uint32_t code = 0;
  if (omerr_code (symbol, &code) == 0)
    {
      const char *name = omerr_symbol (code);
      if (name == NULL || !same_ignoring_ascii_case (symbol, name)
          || omerr_english (code) == NULL)
        abort ();
    }
  else if (omerr_code (symbol, NULL) != -1)
    abort ();
  free (symbol);
  return 0;
}
