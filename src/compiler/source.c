#include <config.h>

#include "source.h"
#include "diag.h"
#include "utf8.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
index_lines (struct source *src)
{
  /* memchr: line breaks are found many bytes at a time.  */
  size_t count = 1;
  const char *end = src->text + src->len;
  for (const char *p = src->text;
       (p = memchr (p, '\n', (size_t) (end - p))) != NULL; p++)
    count++;
  src->line_start = malloc (count * sizeof *src->line_start);
  if (src->line_start == NULL)
    return false;
  size_t line = 0;
  src->line_start[line++] = 0;
  for (const char *p = src->text;
       (p = memchr (p, '\n', (size_t) (end - p))) != NULL; p++)
    src->line_start[line++] = (size_t) (p - src->text) + 1;
  src->line_count = count;
  return true;
}

bool
source_init (struct source *src, const char *path, char *text, size_t len,
             struct diag *d)
{
  *src = (struct source) { path, text, len, NULL, 0 };
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      memmove (text, text + 3, len - 3);
      src->len = len -= 3;
    }
  text[len] = '\0';
  if (!index_lines (src))
    {
      diag_error (d, path, 1, 1, "out of memory");
      return false;
    }

  /* One diagnostic per bad line is enough to find and fix them all: after
     one, the check goes on at the next line.  */
  bool ok = true;
  for (size_t i = 0, bad; i < len;)
    {
      const char *nul = memchr (text + i, '\0', len - i);
      size_t end = nul != NULL ? (size_t) (nul - text) : len;
      if (omerr_utf8_valid (text + i, end - i, &bad))
        bad = end - i;
      if ((bad += i) == len)
        break;
      ok = false;
      unsigned line = source_line_of (src, bad);
      if (text[bad] == '\0')
        diag_error (d, path, line, source_column_of (src, bad),
                    "NUL byte in text");
      else
        diag_error (d, path, line, source_column_of (src, bad),
                    "invalid UTF-8 (byte 0x%02X)", (unsigned char) text[bad]);
      i = line < src->line_count ? src->line_start[line] : len;
    }
  return ok;
}

bool
source_read_file (struct source *src, const char *path, struct diag *d)
{
  *src = (struct source) { path, NULL, 0, NULL, 0 };
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    {
      diag_error (d, path, 0, 0, "cannot open: %s", strerror (errno));
      return false;
    }
  size_t cap = 65536, len = 0;
  char *text = malloc (cap);
  while (text != NULL)
    {
      len += fread (text + len, 1, cap - len - 1, f);
      if (len < cap - 1)
        break;
      char *bigger = cap <= SIZE_MAX / 2 ? realloc (text, cap * 2) : NULL;
      if (bigger == NULL)
        free (text);
      text = bigger;
      cap *= 2;
    }
  int read_error = ferror (f) ? errno : 0;
  fclose (f);
  if (text == NULL || read_error)
    {
      diag_error (d, path, 0, 0, "cannot read: %s",
                  text == NULL ? strerror (ENOMEM) : strerror (read_error));
      free (text);
      return false;
    }
  return source_init (src, path, text, len, d);
}

void
source_free (struct source *src)
{
  free (src->text);
  free (src->line_start);
  src->text = NULL;
  src->line_start = NULL;
}

unsigned
source_line_of (const struct source *src, size_t offset)
{
  size_t lo = 0, hi = src->line_count;
  while (hi - lo > 1)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (src->line_start[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return (unsigned) lo + 1;
}

unsigned
source_column_of (const struct source *src, size_t offset)
{
  size_t start = src->line_start[source_line_of (src, offset) - 1];
  unsigned column = 1;
  for (size_t i = start; i < offset; i++)
    if (((unsigned char) src->text[i] & 0xC0) != 0x80)
      column++;
  return column;
}

const char *
source_line (const struct source *src, unsigned line, size_t *len)
{
  if (line == 0 || line > src->line_count)
    {
      *len = 0;
      return src->text + src->len;
    }
  size_t start = src->line_start[line - 1];
  size_t end = line < src->line_count ? src->line_start[line] - 1 : src->len;
  if (end > start && src->text[end - 1] == '\r')
    end--;
  *len = end - start;
  return src->text + start;
}
