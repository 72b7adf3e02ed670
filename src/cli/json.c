/* SPDX-License-Identifier: MIT */
/* JSON string literals.  */
#include <config.h>

#include <string.h>

#include "json.h"
#include "utf8.h"

/* Writes the N bytes at P, valid UTF-8, escaping what JSON requires.  */
static void
json_valid_part (FILE *out, const unsigned char *p, size_t n)
{
  for (; n > 0; p++, n--)
    if (*p == '"' || *p == '\\')
      {
        putc ('\\', out);
        putc (*p, out);
      }
    else if (*p < 0x20)
      switch (*p)
        {
        case '\n': fputs ("\\n", out); break;
        case '\t': fputs ("\\t", out); break;
        case '\r': fputs ("\\r", out); break;
        default: fprintf (out, "\\u%04x", *p); break;
        }
    else
      putc (*p, out);
}

void
json_string (FILE *out, const char *s)
{
  size_t n = strlen (s), bad;

  putc ('"', out);
  /* The valid runs as they are, each invalid byte as U+FFFD.  */
  while (!omerr_utf8_valid (s, n, &bad))
    {
      json_valid_part (out, (const unsigned char *) s, bad);
      fputs ("\\ufffd", out);
      s += bad + 1;
      n -= bad + 1;
    }
  json_valid_part (out, (const unsigned char *) s, n);
  putc ('"', out);
}
