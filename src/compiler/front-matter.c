#include <config.h>

#include "front-matter.h"
#include "diag.h"
#include "language.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
is_fence (const char *line, size_t len, const char *fence)
{
  while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
    len--;
  return len == 3 && memcmp (line, fence, 3) == 0;
}

/* The value of "KEY: value" on LINE, unquoted, or NULL.  */
static char *
value_of (const char *line, size_t len, const char *key)
{
  size_t klen = strlen (key);
  if (len <= klen || memcmp (line, key, klen) != 0 || line[klen] != ':')
    return NULL;
  const char *v = line + klen + 1, *end = line + len;
  while (v < end && (*v == ' ' || *v == '\t'))
    v++;
  while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  if (end - v >= 2 && (*v == '"' || *v == '\'') && end[-1] == *v)
    v++, end--;
  return strndup (v, (size_t) (end - v));
}

/* ms.date is MM/DD/YYYY; outputs want ISO 8601.  */
static char *
iso_date (const char *docs_date)
{
  unsigned month, day, year;
  char extra;
  if (sscanf (docs_date, "%u/%u/%u%c", &month, &day, &year, &extra) != 3
      || month < 1 || month > 12 || day < 1 || day > 31 || year > 9999)
    return NULL;
  char *iso = malloc (11);
  if (iso != NULL)
    snprintf (iso, 11, "%04u-%02u-%02u", year, month, day);
  return iso;
}

bool
front_matter_take (struct table *t, struct diag *d)
{
  struct source *src = &t->src;
  size_t len;
  const char *line = source_line (src, 1, &len);
  if (src->line_count < 2 || !is_fence (line, len, "---"))
    return true;

  unsigned last = 0;
  for (unsigned n = 2; n <= src->line_count && last == 0; n++)
    {
      line = source_line (src, n, &len);
      if (is_fence (line, len, "---") || is_fence (line, len, "..."))
        last = n;
      else
        {
          char *v;
          if ((v = value_of (line, len, "title")) != NULL)
            free (t->title), t->title = v;
          else if ((v = value_of (line, len, "ms.date")) != NULL)
            {
              free (t->date);
              t->date = iso_date (v);
              free (v);
            }
          else if ((v = value_of (line, len, "ms.contentlocale")) != NULL)
            {
              free (t->language);
              t->language = language_from_tag (v);
              if (t->language == NULL)
                diag_error (d, src->path, n, 1,
                            "ms.contentlocale '%s' is not a language tag", v);
              free (v);
            }
        }
    }
  if (last == 0)
    {
      diag_error (d, src->path, 1, 1,
                  "front matter opened here is never closed with '---'");
      return false;
    }
  /* Blank the block: keep the line breaks, drop everything else.  */
  size_t end = last < src->line_count ? src->line_start[last] : src->len;
  for (size_t i = 0; i < end; i++)
    if (src->text[i] != '\n')
      src->text[i] = ' ';
  return true;
}
