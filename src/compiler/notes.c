/* SPDX-License-Identifier: MIT */
/* The notes reader: "- 0xCODE: text" items, continued on lines indented
   by two spaces; '#' headings, one-line <!-- comments --> and blank lines
   between them.  */
#include <config.h>

#include "omerrc.h"

/* Gives TEXT (malloc'd) to the row of CODE, the note of line LINE.  */
static void
finish (struct table *master, char *text, uint32_t code, unsigned line,
        const char *path, struct diag *d)
{
  const struct table_row *found = table_find_code (master, code);
  struct table_row *row = found ? &master->rows[found - master->rows] : NULL;
  if (row == NULL)
    diag_error (d, path, line, 3, "note for 0x%08X, a code that is not in "
                "the master table %s", (unsigned) code, master->src.path);
  else if (row->note != NULL)
    diag_error (d, path, line, 3, "a second note for 0x%08X (%s)",
                (unsigned) code, row->cell[COLUMN_SYMBOL]);
  else if (*text == '\0')
    diag_error (d, path, line, 14, "the note for 0x%08X is empty",
                (unsigned) code);
  else if (table_line_ends_in_backslash (text))
    diag_error (d, path, line, 3, "the note for 0x%08X ends in a backslash, "
                "which gettext's PO reader would join with the next line of "
                "the catalog", (unsigned) code);
  else
    {
      row->note = text;
      return;
    }
  free (text);
}

bool
notes_attach (struct table *master, const char *path, struct diag *d)
{
  struct source src;
  size_t errors = d->errors;
  if (!source_read_file (&src, path, d))
    return false;
  for (unsigned line = 1; line <= src.line_count; line++)
    {
      size_t n;
      const char *s = source_line (&src, line, &n);
      const char *colon = memchr (s, ':', n);
      uint32_t code;
      if (n == 0 || s[0] == '#' || (n >= 4 && memcmp (s, "<!--", 4) == 0))
        continue;
      if (n <= 2 || s[0] != '-' || s[1] != ' ' || colon == NULL
          || !table_parse_code (s + 2, (size_t) (colon - s - 2), &code))
        {
          diag_error (d, path, line, 1, "expected a note, '- 0xCODE: text' "
                      "(or its continuation indented by two spaces), a "
                      "'#' heading, a <!-- comment --> or a blank line");
          continue;
        }
      char *text;
      FILE *note = mem_open (&text);
      unsigned item_line = line;
      fwrite (colon + 1, 1, n - (size_t) (colon + 1 - s), note);
      /* The lines that continue it, indented by two spaces (which keep
         its words apart).  */
      for (; line < src.line_count; line++)
        {
          s = source_line (&src, line + 1, &n);
          if (n <= 2 || s[0] != ' ' || s[1] != ' ')
            break;
          fwrite (s, 1, n, note);
        }
      mem_close (note);
      finish (master, table_collapse_blanks (text), code, item_line, path, d);
    }
  source_free (&src);
  return d->errors == errors;
}
