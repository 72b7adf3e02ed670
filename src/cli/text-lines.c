/* SPDX-License-Identifier: MIT */
/* Lines of text from a file or standard input, as Windows tools write
   them too: Notepad starts UTF-8 with a byte-order mark, PowerShell 5's
   redirections and many Windows logs are UTF-16 with one.  The codes
   are ASCII, so UTF-16 is read as UTF-8 here rather than through iconv,
   whose UTF-16 is a module loaded at run time.  */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "complain.h"
#include "i18n.h"
#include "text-lines.h"

void
text_lines_open (struct text_lines *t, FILE *in, const char *name)
{
  memset (t, 0, sizeof *t);
  t->in = in;
  t->name = name;
  t->pending = -1;
}

/* The next byte of UTF-16 input: first those read before it was known
   to be UTF-16.  */
static int
next_byte (struct text_lines *t)
{
  if (t->raw_used < t->raw_length)
    return (unsigned char) t->raw[t->raw_used++];
  return getc (t->in);
}

/* The next UTF-16 unit, U+FFFD for a lone last byte; -1 at the end.  */
static long
next_unit (struct text_lines *t)
{
  int a = next_byte (t), b;

  if (a == EOF)
    return -1;
  if ((b = next_byte (t)) == EOF)
    return 0xFFFD;
  return t->utf16 == 'L' ? (long) b << 8 | a : (long) a << 8 | b;
}

/* The next character of UTF-16 input, U+FFFD for a lone surrogate; -1
   at the end.  */
static long
next_char (struct text_lines *t)
{
  long c = t->pending >= 0 ? t->pending : next_unit (t), low;

  t->pending = -1;
  if (c < 0xD800 || c > 0xDFFF)
    return c;
  if (c >= 0xDC00)
    return 0xFFFD;
  low = next_unit (t);
  if (low >= 0xDC00 && low <= 0xDFFF)
    return 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
  t->pending = low;
  return 0xFFFD;
}

/* Writes C as UTF-8 at P; returns the number of bytes.  */
static size_t
put_utf8 (char *p, long c)
{
  static const unsigned char first[] = { 0, 0, 0xC0, 0xE0, 0xF0 };
  size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4, i;

  for (i = n - 1; i > 0; i--, c >>= 6)
    p[i] = (char) (0x80 | (c & 0x3F));
  p[0] = (char) (first[n] | c);
  return n;
}

/* One line of UTF-16 input into T->line, as UTF-8.  */
static ssize_t
read_utf16 (struct text_lines *t)
{
  size_t n = 0;
  long c;
  char *bigger;

  while ((c = next_char (t)) >= 0)
    {
      if (t->size - n < 5)
        {
          bigger = realloc (t->line, t->size * 2 + 64);
          if (bigger == NULL)
            return -1;
          t->line = bigger;
          t->size = t->size * 2 + 64;
        }
      n += put_utf8 (t->line + n, c);
      if (c == '\n')
        break;
    }
  if (n == 0)
    return -1;
  t->line[n] = '\0';
  return (ssize_t) n;
}

/* The encoding UTF-16 without a byte-order mark would have to make the N
   bytes of LINE, byte AT of the input: NUL bytes at half or more of the
   odd offsets of the input and at fewer of the even ones (little-endian),
   or the reverse; else NULL.  ASCII in UTF-16 has a NUL byte in every
   unit; "fewer" rather than none lets a character such as U+0100 (00 01
   little-endian) start the line.  */
static const char *
utf16_shape (const char *line, size_t n, size_t at)
{
  size_t zeros[2] = { 0, 0 }, odd = (n + at % 2) / 2, i;

  for (i = 0; i < n; i++)
    zeros[(at + i) & 1] += line[i] == '\0';
  if (zeros[1] > zeros[0] && zeros[1] * 2 >= odd)
    return "UTF-16LE";
  if (zeros[0] > zeros[1] && zeros[0] * 2 >= n - odd)
    return "UTF-16BE";
  return NULL;
}

/* Refuses the input when the line just read, its N bytes read as UTF-8,
   looks like UTF-16 without a byte-order mark.  getline ends a line at
   any byte 0A, half of a UTF-16 unit: a line of UTF-16 holds a NUL byte
   unless it is that one unit, a blank line's 0A in UTF-16LE (its 00
   starts the next line) or a character such as U+4E0A (0A 4E, 4E 0A);
   the byte after such a line is looked at with it, and the lines after
   it until one is longer.  */
static ssize_t
sniff (struct text_lines *t, size_t n)
{
  char head[3];
  const char *line = t->line, *shape;
  size_t k = n;
  int c;

  if (n <= 2 && (c = getc (t->in)) != EOF)
    {
      ungetc (c, t->in);
      memcpy (head, t->line, n);
      head[k++] = (char) c;
      line = head;
    }
  shape = k >= 2 ? utf16_shape (line, k, t->offset) : NULL;
  if (shape != NULL)
    {
      complain_place (NULL, 0);   /* about the input, not a line of it */
      complain (_("%s: looks like UTF-16 without a byte-order mark; "
                  "convert it to UTF-8 first (iconv -f %s -t UTF-8)"),
                t->name, shape);
      t->refused = 1;
      return -1;
    }
  t->offset += n;
  t->sniffing = n <= 2;
  return (ssize_t) n;
}

/* The first line, its N bytes read as UTF-8: a byte-order mark at its
   start tells the encoding.  */
static ssize_t
first_line (struct text_lines *t, size_t n)
{
  const unsigned char *u = (const unsigned char *) t->line;

  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      memmove (t->line, t->line + 3, n - 2);
      return (ssize_t) n - 3;
    }
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE)
                 || (u[0] == 0xFE && u[1] == 0xFF)))
    {
      /* Read again as UTF-16 what getline took up to a byte 0x0A.  */
      t->utf16 = u[0] == 0xFF ? 'L' : 'B';
      t->raw = t->line;
      t->raw_used = 2;
      t->raw_length = n;
      t->line = NULL;
      t->size = 0;
      return read_utf16 (t);
    }
  return sniff (t, n);
}

/* The next piece of input up to a line feed (or the end) into T->line,
   as UTF-8.  */
static ssize_t
read_to_lf (struct text_lines *t)
{
  ssize_t n;

  if (t->utf16 != 0)
    return read_utf16 (t);
  n = getline (&t->line, &t->size, t->in);
  if (n > 0 && t->number == 0)
    n = first_line (t, (size_t) n);
  else if (n > 0 && t->sniffing)
    n = sniff (t, (size_t) n);
  return n;
}

/* The length of the first line of the N bytes at S, input without a
   line feed: up to a carriage return that is not the last byte, or all
   N.  */
static size_t
line_length (const char *s, size_t n)
{
  const char *cr = n > 1 ? memchr (s, '\r', n - 1) : NULL;

  return cr != NULL ? (size_t) (cr + 1 - s) : n;
}

ssize_t
text_lines_read (struct text_lines *t)
{
  ssize_t n;
  size_t k;
  char *swap;

  if (t->refused)
    return -1;
  /* Input whose first piece read up to a line feed holds none is all in
     that piece: its lines end with a carriage return alone (classic Mac
     OS), and are taken from it (T->rest) one by one.  In input with line
     feeds a carriage return alone is part of its line, as grep -n,
     sed and editors count them (a progress bar's, one in a quoted
     field).  */
  if (t->rest_used >= t->rest_length)
    {
      if ((n = read_to_lf (t)) < 0)
        return -1;
      if (t->number++ > 0 || n == 0 || t->line[n - 1] == '\n'
          || (k = line_length (t->line, (size_t) n)) == (size_t) n)
        return n;
      swap = t->rest, t->rest = t->line, t->line = swap;
      k = t->rest_size, t->rest_size = t->size, t->size = k;
      t->rest_length = (size_t) n;
      t->rest_used = 0;
    }
  else
    t->number++;
  k = line_length (t->rest + t->rest_used, t->rest_length - t->rest_used);
  if (t->size <= k)
    {
      swap = realloc (t->line, k + 1);
      if (swap == NULL)
        return -1;
      t->line = swap;
      t->size = k + 1;
    }
  memcpy (t->line, t->rest + t->rest_used, k);
  t->line[k] = '\0';
  t->rest_used += k;
  return (ssize_t) k;
}

void
text_lines_close (struct text_lines *t)
{
  free (t->line);
  free (t->raw);
  free (t->rest);
}
