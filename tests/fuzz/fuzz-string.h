/* SPDX-License-Identifier: MIT */
/* The fuzzer's bytes as a C string, for targets that take one.  */
#ifndef OMERR_FUZZ_STRING_H
#define OMERR_FUZZ_STRING_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* DATA's SIZE bytes and a NUL, in memory of its own (caller frees), or
   NULL without memory.  A NUL inside DATA ends the string early, as it
   would for a command-line argument.  */
static inline char *
fuzz_string (const uint8_t *data, size_t size)
{
  char *s = malloc (size + 1);
  if (s != NULL)
    {
      memcpy (s, data, size);
      s[size] = '\0';
    }
  return s;
}

#endif
