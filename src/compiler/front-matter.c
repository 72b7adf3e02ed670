/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "front-matter.h"
#include "diag.h"
#include "language.h"
#include "strbuf.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t
trimmed (const char *s, size_t len)
{
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  return len;
}

/* The value of "KEY: value" on LINE, unquoted, or NULL.  */
static char *
value_of (const char *line, size_t len, const char *key)
{
  size_t klen = strlen (key);
  if (len <= klen || memcmp (line, key, klen) != 0 || line[klen] != ':')
    return NULL;
  /* Blanks skipped within the line: it need not end in a NUL.  */
  const char *v = line + klen + 1;
  while (v < line + len && (*v == ' ' || *v == '\t'))
    v++;
  size_t n = trimmed (v, (size_t) (line + len - v));
  bool quoted = n >= 2 && (*v == '"' || *v == '\'') && v[n - 1] == *v;
  return mem_strndup (v + quoted, n - 2 * quoted);
}

/* ms.date is MM/DD/YYYY; outputs want ISO 8601.  */
static char *
iso_date (char *docs_date)
{
  unsigned month, day, year;
  char extra, *iso = NULL;
  if (sscanf (docs_date, "%u/%u/%u%c", &month, &day, &year, &extra) == 3
      && month >= 1 && month <= 12 && day >= 1 && day <= 31 && year <= 9999)
    snprintf (iso = mem_realloc (NULL, 11), 11, "%04u-%02u-%02u", year,
              month, day);
  free (docs_date);
  return iso;
}

bool
front_matter_take (struct table *t, struct diag *d)
{
  struct source *src = &t->src;
  size_t len;
  const char *line = source_line (src, 1, &len);
  if (src->line_count < 2 || trimmed (line, len) != 3 || memcmp (line, "---", 3))
    return true;
  unsigned last = 2;
  char *v;
  for (; last <= src->line_count; last++)
    {
      line = source_line (src, last, &len);
      len = trimmed (line, len);
      if (len == 3 && (!memcmp (line, "---", 3) || !memcmp (line, "...", 3)))
        break;
      if ((v = value_of (line, len, "title")) != NULL)
        free (t->title), t->title = v;
      else if ((v = value_of (line, len, "ms.date")) != NULL)
        free (t->date), t->date = iso_date (v);
      else if ((v = value_of (line, len, "ms.contentlocale")) != NULL)
        {
          free (t->language);
          if ((t->language = language_of_page (v)) == NULL)
            diag_error (d, src->path, last, 1,
                        "ms.contentlocale '%s' is not a language tag", v);
          free (v);
        }
    }
  if (last > src->line_count)
    {
      diag_error (d, src->path, 1, 1,
                  "front matter opened here is never closed with '---'");
      return false;
    }
  /* Blanked, line breaks kept: the parser never sees it, lines stay true.  */
  size_t end = last < src->line_count ? src->line_start[last] : src->len;
  for (size_t i = 0; i < end; i++)
    if (src->text[i] != '\n')
      src->text[i] = ' ';
  return true;
}
