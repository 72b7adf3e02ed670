/* SPDX-License-Identifier: MIT */
/* --scan: the codes in a log, wherever they stand in its lines.  */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "complain.h"
#include "i18n.h"
#include "parse-input.h"
#include "report.h"
#include "scan.h"
#include "text-lines.h"

/* Distinct codes already reported on the current line.  */
struct seen
{
  uint32_t *codes;
  size_t n, size;
};

/* Whether CODE was seen on this line; remembers it if not.  */
static int
seen_before (struct seen *s, uint32_t code)
{
  size_t i;
  uint32_t *bigger;

  for (i = 0; i < s->n; i++)
    if (s->codes[i] == code)
      return 1;
  if (s->n == s->size)
    {
      bigger = realloc (s->codes, (s->size * 2 + 8) * sizeof *bigger);
      if (bigger == NULL)
        return 0;
      s->codes = bigger;
      s->size = s->size * 2 + 8;
    }
  s->codes[s->n++] = code;
  return 0;
}

static int
known (uint32_t code, const omerr_table *only)
{
  return only != NULL ? omerr_table_symbol (only, code) != NULL
                      : omerr_tables_for (code, NULL, 0) > 0;
}

/* Reports the known codes of LINE (N bytes), number NUMBER of NAME.  */
static int
scan_line (const char *name, unsigned long number, const char *line,
           size_t n, const omerr_table *only, struct seen *seen)
{
  size_t pos = 0, start, length;
  uint32_t code;
  int found = 0;
  char *token;
  struct origin origin;

  seen->n = 0;
  while (next_code_token (line, n, &pos, &start, &length, &code))
    {
      if (!known (code, only) || seen_before (seen, code))
        continue;
      token = strndup (line + start, length);
      origin.input = token;
      origin.file = name;
      origin.line = number;
      report_code (code, only, &origin);
      free (token);
      found = 1;
    }
  return found;
}

int
scan_file (const char *path, const omerr_table *only)
{
  int use_stdin = strcmp (path, "-") == 0, found = 0, failed;
  FILE *in = use_stdin ? stdin : fopen (path, "r");
  struct text_lines text;
  ssize_t n;
  struct seen seen = { NULL, 0, 0 };

  if (in == NULL)
    {
      complain ("%s: %s", path, strerror (errno));
      return 2;
    }
  errno = 0;
  text_lines_open (&text, in, path);
  while ((n = text_lines_read (&text)) != -1)
    found |= scan_line (path, text.number, text.line, (size_t) n, only,
                        &seen);
  failed = ferror (in);
  if (failed)
    complain (_("%s: read error: %s"), path, strerror (errno));
  failed |= text.refused;
  text_lines_close (&text);
  free (seen.codes);
  if (!use_stdin)
    fclose (in);
  return failed ? 2 : found ? 0 : 1;
}
