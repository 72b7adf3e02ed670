#include <config.h>

#include "file_copy.h"

bool
file_copy (FILE *in, FILE *out, size_t n)
{
  char buf[8192];
  while (n > 0)
    {
      size_t k = n < sizeof buf ? n : sizeof buf;
      if (fread (buf, 1, k, in) != k || fwrite (buf, 1, k, out) != k)
        return false;
      n -= k;
    }
  return true;
}
