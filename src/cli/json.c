/* JSON string literals.  */
#include <config.h>

#include "json.h"

/* The length of the valid UTF-8 sequence at S, or 0.  */
static int
utf8_length (const unsigned char *s)
{
  int n, i;
  unsigned long c;

  if (s[0] < 0x80)
    return 1;
  if (s[0] >= 0xC2 && s[0] <= 0xDF)
    n = 2, c = s[0] & 0x1F;
  else if (s[0] >= 0xE0 && s[0] <= 0xEF)
    n = 3, c = s[0] & 0x0F;
  else if (s[0] >= 0xF0 && s[0] <= 0xF4)
    n = 4, c = s[0] & 0x07;
  else
    return 0;
  for (i = 1; i < n; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return 0;
      c = c << 6 | (s[i] & 0x3F);
    }
  /* Overlong forms, surrogates and values past U+10FFFF.  */
  if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) || c > 0x10FFFF
      || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  return n;
}

void
json_string (FILE *out, const char *s)
{
  const unsigned char *p = (const unsigned char *) s;

  putc ('"', out);
  while (*p != '\0')
    {
      int n = utf8_length (p);

      if (n == 0)
        {
          fputs ("\\ufffd", out);
          p++;
        }
      else if (*p == '"' || *p == '\\')
        {
          putc ('\\', out);
          putc (*p++, out);
        }
      else if (*p < 0x20)
        {
          switch (*p)
            {
            case '\n': fputs ("\\n", out); break;
            case '\t': fputs ("\\t", out); break;
            case '\r': fputs ("\\r", out); break;
            default: fprintf (out, "\\u%04x", *p); break;
            }
          p++;
        }
      else
        {
          fwrite (p, 1, (size_t) n, out);
          p += n;
        }
    }
  putc ('"', out);
}
