#include <config.h>

#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
reserve (struct strbuf *sb, size_t extra)
{
  if (sb->len + extra + 1 <= sb->cap)
    return true;
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < sb->len + extra + 1)
    {
      if (cap > (size_t) -1 / 2)
        return false;
      cap *= 2;
    }
  char *data = realloc (sb->data, cap);
  if (data == NULL)
    return false;
  sb->data = data;
  sb->cap = cap;
  return true;
}

bool
strbuf_append (struct strbuf *sb, const char *s, size_t n)
{
  if (!reserve (sb, n))
    return false;
  memcpy (sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
  return true;
}

bool
strbuf_puts (struct strbuf *sb, const char *s)
{
  return strbuf_append (sb, s, strlen (s));
}

bool
strbuf_putc (struct strbuf *sb, char c)
{
  return strbuf_append (sb, &c, 1);
}

bool
strbuf_put_decimal (struct strbuf *sb, size_t n)
{
  char digits[3 * sizeof n];
  size_t at = sizeof digits;

  do
    digits[--at] = (char) ('0' + n % 10);
  while ((n /= 10) != 0);
  return strbuf_append (sb, digits + at, sizeof digits - at);
}

bool
strbuf_put_code (struct strbuf *sb, uint32_t code)
{
  static const char hex[] = "0123456789ABCDEF";
  char text[10] = { '0', 'x' };

  for (int i = 0; i < 8; i++)
    text[2 + i] = hex[(code >> (28 - 4 * i)) & 0xF];
  return strbuf_append (sb, text, sizeof text);
}

bool
strbuf_vprintf (struct strbuf *sb, const char *fmt, va_list ap)
{
  va_list copy;
  va_copy (copy, ap);
  int n = vsnprintf (NULL, 0, fmt, copy);
  va_end (copy);
  if (n < 0 || !reserve (sb, (size_t) n))
    return false;
  vsnprintf (sb->data + sb->len, (size_t) n + 1, fmt, ap);
  sb->len += (size_t) n;
  return true;
}

bool
strbuf_printf (struct strbuf *sb, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  bool ok = strbuf_vprintf (sb, fmt, ap);
  va_end (ap);
  return ok;
}

char *
strbuf_release (struct strbuf *sb)
{
  char *data = sb->data;
  if (data == NULL)
    data = calloc (1, 1);
  sb->data = NULL;
  sb->len = sb->cap = 0;
  return data;
}

void
strbuf_free (struct strbuf *sb)
{
  free (sb->data);
  sb->data = NULL;
  sb->len = sb->cap = 0;
}
