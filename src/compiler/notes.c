/* SPDX-License-Identifier: MIT */
/* The notes reader: "- 0xCODE: text" items, continued on lines indented
   by two spaces; '#' headings, one-line <!-- comments --> and blank lines
   between them.  */
#include <config.h>

#include "diag.h"
#include "table.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Writes the words of S (N bytes) to NOTE, one space between words.  */
static void
add_words (FILE *note, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (!isspace ((unsigned char) s[i]))
      {
        if (i > 0 && isspace ((unsigned char) s[i - 1]) && ftell (note) > 0)
          putc (' ', note);
        putc (s[i], note);
      }
}

/* Closes NOTE and gives its TEXT to the row of CODE (from line LINE).  */
static void
finish (struct table *master, FILE *note, char **text, uint32_t code,
        unsigned line, const char *path, struct diag *d)
{
  mem_close (note);
  const struct table_row *found = table_find_code (master, code);
  struct table_row *row = found ? &master->rows[found - master->rows] : NULL;
  if (row == NULL)
    diag_error (d, path, line, 3, "note for 0x%08X, a code that is not in "
                "the master table %s", (unsigned) code, master->src.path);
  else if (row->note != NULL)
    diag_error (d, path, line, 3, "a second note for 0x%08X (%s)",
                (unsigned) code, row->cell[COLUMN_SYMBOL]);
  else if (**text == '\0')
    diag_error (d, path, line, 14, "the note for 0x%08X is empty",
                (unsigned) code);
  else if (table_line_ends_in_backslash (*text))
    diag_error (d, path, line, 3, "the note for 0x%08X ends in a backslash, "
                "which gettext's PO reader would join with the next line of "
                "the catalog", (unsigned) code);
  else
    {
      row->note = *text;
      return;
    }
  free (*text);
}

bool
notes_attach (struct table *master, const char *path, struct diag *d)
{
  struct source src;
  size_t errors = d->errors;
  if (!source_read_file (&src, path, d))
    return false;
  FILE *note = NULL;
  char *text;
  uint32_t code = 0;
  unsigned item_line = 0;
  for (unsigned line = 1; line <= src.line_count + 1; line++)
    {
      /* A blank line after the last one finishes the last note.  */
      size_t n = 0;
      const char *s = line > src.line_count ? ""
        : source_line (&src, line, &n);
      const char *colon = memchr (s, ':', n);
      if (item_line != 0 && n > 2 && s[0] == ' ' && s[1] == ' ')
        {
          add_words (note, s, n);
          continue;
        }
      if (item_line != 0)
        finish (master, note, &text, code, item_line, path, d);
      item_line = 0;
      if (n == 0 || s[0] == '#' || (n >= 4 && memcmp (s, "<!--", 4) == 0))
        continue;
      if (n > 2 && s[0] == '-' && s[1] == ' ' && colon != NULL
          && table_parse_code (s + 2, (size_t) (colon - s - 2), &code))
        {
          item_line = line;
          add_words (note = mem_open (&text), colon + 1,
                     n - (size_t) (colon + 1 - s));
        }
      else
        diag_error (d, path, line, 1, "expected a note, '- 0xCODE: text' "
                    "(or its continuation indented by two spaces), a "
                    "'#' heading, a <!-- comment --> or a blank line");
    }
  source_free (&src);
  return d->errors == errors;
}
