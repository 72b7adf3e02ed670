/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "source.h"
#include "diag.h"
#include "strbuf.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned
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

bool
source_init (struct source *src, const char *path, char *text, size_t len,
             struct diag *d)
{
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    memmove (text, text + 3, len -= 3);
  text[len] = '\0';
  size_t cap = 1024, *start = mem_realloc (NULL, cap * sizeof *start), n = 1;
  start[0] = 0;
  /* Lines end as CommonMark's do, at LF, CRLF or a lone CR, so that our
     line numbers are cmark-gfm's.  memchr finds the LFs many bytes at a
     time; a text without CR needs nothing more.  */
  bool cr = memchr (text, '\r', len) != NULL;
  for (size_t i = 0; i < len; i++)
    {
      if (!cr)
        {
          const char *p = memchr (text + i, '\n', len - i);
          if (p == NULL)
            break;
          i = (size_t) (p - text);
        }
      else if (text[i] != '\n' && (text[i] != '\r' || text[i + 1] == '\n'))
        continue;
      if (n == cap)
        start = mem_realloc (start, (cap *= 2) * sizeof *start);
      start[n++] = i + 1;
    }
  *src = (struct source) { path, text, len, start, n };

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
      i = line < n ? start[line] : len;
    }
  return ok;
}

bool
source_read_file (struct source *src, const char *path, struct diag *d)
{
  *src = (struct source) { .path = path };
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    {
      diag_error (d, path, 0, 0, "cannot open: %s", strerror (errno));
      return false;
    }
  size_t cap = 65536, len = 0;
  char *text = mem_realloc (NULL, cap);
  while ((len += fread (text + len, 1, cap - len - 1, f)) == cap - 1)
    text = mem_realloc (text, cap *= 2);
  int error = ferror (f) ? errno : 0;
  fclose (f);
  if (error == 0)
    return source_init (src, path, text, len, d);
  diag_error (d, path, 0, 0, "cannot read: %s", strerror (error));
  free (text);
  return false;
}

void
source_free (struct source *src)
{
  free (src->text);
  free (src->line_start);
}

unsigned
source_column_of (const struct source *src, size_t offset)
{
  unsigned column = 1;
  for (size_t i = src->line_start[source_line_of (src, offset) - 1]; i < offset;
       i++)
    column += ((unsigned char) src->text[i] & 0xC0) != 0x80;
  return column;
}

const char *
source_line (const struct source *src, unsigned line, size_t *len)
{
  if (line == 0 || line > src->line_count)
    return *len = 0, src->text + src->len;
  size_t start = src->line_start[line - 1];
  size_t end = line < src->line_count ? src->line_start[line] - 1 : src->len;
  end -= end > start && src->text[end - 1] == '\r';
  *len = end - start;
  return src->text + start;
}
