/* A minimal PO reader: msgid/msgstr pairs with continuation lines and
   C escapes; no plurals or contexts (omerr's catalogs have none).  */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "po-file.h"

static void
fail (const char *what, const char *where)
{
  fprintf (stderr, "po-file: %s: %s\n", where, what);
  abort ();
}

/* Appends the contents of the quoted string at P (just after the opening
   quote) to *BUF.  */
static void
append_quoted (char **buf, size_t *len, const char *p, const char *path)
{
  char *out = realloc (*buf, *len + strlen (p) + 1);

  if (out == NULL)
    fail ("out of memory", path);
  *buf = out;
  for (; *p != '\0' && *p != '"'; p++)
    {
      char c = *p;

      if (c == '\\')
        {
          p++;
          c = *p == 'n' ? '\n' : *p == 't' ? '\t' : *p;
          if (*p == '\0')
            fail ("bad escape", path);
        }
      out[(*len)++] = c;
    }
  if (*p != '"')
    fail ("unterminated string", path);
  out[*len] = '\0';
}

static void
add_entry (struct po_file *po, char *msgid, char *msgstr, int fuzzy)
{
  if (msgid == NULL || msgstr == NULL || *msgid == '\0' || fuzzy
      || *msgstr == '\0')
    {
      free (msgid);
      free (msgstr);
      return;
    }
  po->entries = realloc (po->entries, (po->count + 1) * sizeof *po->entries);
  if (po->entries == NULL)
    fail ("out of memory", "po");
  po->entries[po->count].msgid = msgid;
  po->entries[po->count].msgstr = msgstr;
  po->count++;
}

void
po_file_read (struct po_file *po, const char *lang)
{
  const char *srcdir = getenv ("top_srcdir");
  char path[4096], line[8192];
  char *msgid = NULL, *msgstr = NULL, **current = NULL;
  size_t id_len = 0, str_len = 0, *current_len = NULL;
  int fuzzy = 0;
  FILE *f;

  snprintf (path, sizeof path, "%s/po/%s.po", srcdir ? srcdir : ".", lang);
  f = fopen (path, "r");
  if (f == NULL)
    fail ("cannot open", path);
  po->entries = NULL;
  po->count = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (strncmp (line, "msgid ", 6) == 0)
        {
          add_entry (po, msgid, msgstr, fuzzy);
          msgid = msgstr = NULL;
          id_len = str_len = 0;
          current = &msgid, current_len = &id_len;
          append_quoted (current, current_len, strchr (line, '"') + 1, path);
        }
      else if (strncmp (line, "msgstr ", 7) == 0)
        {
          current = &msgstr, current_len = &str_len;
          append_quoted (current, current_len, strchr (line, '"') + 1, path);
        }
      else if (line[0] == '"' && current != NULL)
        append_quoted (current, current_len, line + 1, path);
      else if (strncmp (line, "#,", 2) == 0)
        fuzzy = strstr (line, "fuzzy") != NULL;
      else if (line[0] == '\n' || line[0] == '#')
        {
          if (line[0] == '\n' || strncmp (line, "#~", 2) == 0)
            {
              add_entry (po, msgid, msgstr, fuzzy);
              msgid = msgstr = NULL;
              current = NULL;
              fuzzy = 0;
            }
        }
    }
  add_entry (po, msgid, msgstr, fuzzy);
  fclose (f);
  if (po->count == 0)
    fail ("no entries", path);
}

const char *
po_file_lookup (const struct po_file *po, const char *msgid)
{
  size_t i;

  for (i = 0; i < po->count; i++)
    if (strcmp (po->entries[i].msgid, msgid) == 0)
      return po->entries[i].msgstr;
  return NULL;
}

void
po_file_free (struct po_file *po)
{
  size_t i;

  for (i = 0; i < po->count; i++)
    {
      free (po->entries[i].msgid);
      free (po->entries[i].msgstr);
    }
  free (po->entries);
  po->entries = NULL;
  po->count = 0;
}
