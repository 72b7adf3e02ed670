/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
mem_exhausted (void)
{
  fputs ("omerrc: out of memory\n", stderr);
  exit (1);                     /* output.c's atexit handler cleans up */
}

void *
mem_realloc (void *p, size_t n)
{
  p = realloc (p, n ? n : 1);
  if (p == NULL)
    mem_exhausted ();
  return p;
}

char *
mem_strndup (const char *s, size_t n)
{
  char *copy = strndup (s, n);
  if (copy == NULL)
    mem_exhausted ();
  return copy;
}

char *
mem_strdup (const char *s)
{
  return mem_strndup (s, strlen (s));
}

static void
reserve (struct strbuf *sb, size_t extra)
{
  if (sb->len + extra + 1 <= sb->cap)
    return;
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < sb->len + extra + 1)
    {
      if (cap > (size_t) -1 / 2)
        mem_exhausted ();
      cap *= 2;
    }
  sb->data = mem_realloc (sb->data, cap);
  sb->cap = cap;
}

void
strbuf_append (struct strbuf *sb, const char *s, size_t n)
{
  reserve (sb, n);
  memcpy (sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
}

void
strbuf_puts (struct strbuf *sb, const char *s)
{
  strbuf_append (sb, s, strlen (s));
}

void
strbuf_putc (struct strbuf *sb, char c)
{
  strbuf_append (sb, &c, 1);
}

void
strbuf_vprintf (struct strbuf *sb, const char *fmt, va_list ap)
{
  /* Into the room there is; only a longer text is formatted twice.  */
  va_list copy;
  va_copy (copy, ap);
  reserve (sb, 0);
  int n = vsnprintf (sb->data + sb->len, sb->cap - sb->len, fmt, copy);
  va_end (copy);
  if (n < 0)
    mem_exhausted ();           /* glibc fails only for want of memory */
  if ((size_t) n >= sb->cap - sb->len)
    {
      reserve (sb, (size_t) n);
      vsnprintf (sb->data + sb->len, (size_t) n + 1, fmt, ap);
    }
  sb->len += (size_t) n;
}

void
strbuf_printf (struct strbuf *sb, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  strbuf_vprintf (sb, fmt, ap);
  va_end (ap);
}

char *
mem_printf (const char *fmt, ...)
{
  struct strbuf sb = STRBUF_INIT;
  va_list ap;
  va_start (ap, fmt);
  strbuf_vprintf (&sb, fmt, ap);
  va_end (ap);
  return strbuf_release (&sb);
}

char *
strbuf_release (struct strbuf *sb)
{
  char *data = sb->data != NULL ? sb->data : mem_strdup ("");
  *sb = (struct strbuf) STRBUF_INIT;
  return data;
}

void
strbuf_free (struct strbuf *sb)
{
  free (sb->data);
  *sb = (struct strbuf) STRBUF_INIT;
}
