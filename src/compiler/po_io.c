#include <config.h>

#include "po_io.h"
#include "diag.h"
#include "strbuf.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf po_failed;
static struct strbuf po_error = STRBUF_INIT;
static struct strbuf po_error_where = STRBUF_INIT;

static void
on_error (int severity, po_message_t message, const char *filename,
          size_t lineno, size_t column, int multiline_p,
          const char *message_text)
{
  (void) message, (void) multiline_p;
  if (severity == PO_SEVERITY_WARNING)
    return;
  strbuf_free (&po_error);
  strbuf_free (&po_error_where);
  strbuf_puts (&po_error, message_text);
  if (filename != NULL)
    strbuf_printf (&po_error_where, "%s:%zu:%zu", filename, lineno,
                   column ? column : 1);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    longjmp (po_failed, 1);
}

static void
on_error2 (int severity, po_message_t message1, const char *filename1,
           size_t lineno1, size_t column1, int multiline_p1,
           const char *message_text1, po_message_t message2,
           const char *filename2, size_t lineno2, size_t column2,
           int multiline_p2, const char *message_text2)
{
  (void) message2, (void) filename2, (void) lineno2, (void) column2;
  (void) multiline_p2, (void) message_text2;
  on_error (severity, message1, filename1, lineno1, column1, multiline_p1,
            message_text1);
}

static const struct po_xerror_handler handler = { on_error, on_error2 };

static int
by_msgid (const void *a, const void *b)
{
  return strcmp (((const struct po_entry *) a)->msgid,
                 ((const struct po_entry *) b)->msgid);
}

static po_file_t
read_file (const char *path)
{
  if (setjmp (po_failed) != 0)
    return NULL;
  return po_file_read (path, &handler);
}

bool
po_entries_read (struct po_entries *e, const char *path, struct diag *d)
{
  *e = (struct po_entries) { 0 };
  FILE *probe = fopen (path, "r");
  if (probe == NULL)
    {
      if (errno == ENOENT)
        return true;
      diag_error (d, path, 0, 0, "cannot open: %s", strerror (errno));
      return false;
    }
  fclose (probe);
  strbuf_free (&po_error);
  e->file = read_file (path);
  if (e->file == NULL || po_error.len > 0)
    {
      diag_error (d, path, 0, 0, "cannot read as a PO file: %s%s%s",
                  po_error_where.len ? po_error_where.data : "",
                  po_error_where.len ? ": " : "",
                  po_error.len ? po_error.data : "unknown error");
      po_entries_free (e);
      return false;
    }
  size_t cap = 0;
  po_message_iterator_t it = po_message_iterator (e->file, NULL);
  po_message_t m;
  while ((m = po_next_message (it)) != NULL)
    {
      if (po_message_msgid (m)[0] == '\0' && !po_message_is_obsolete (m))
        {
          e->header = m;
          continue;
        }
      if (e->count == cap)
        {
          cap = cap ? cap * 2 : 256;
          struct po_entry *grown = realloc (e->entries, cap * sizeof *grown);
          if (grown == NULL)
            {
              po_message_iterator_free (it);
              diag_error (d, path, 0, 0, "out of memory");
              po_entries_free (e);
              return false;
            }
          e->entries = grown;
        }
      /* An active entry shadows an obsolete one of the same msgid.  */
      e->entries[e->count++] = (struct po_entry) { po_message_msgid (m), m,
                                                   false };
    }
  po_message_iterator_free (it);
  if (e->count > 0)
    qsort (e->entries, e->count, sizeof *e->entries, by_msgid);
  return true;
}

struct po_entry *
po_entries_find (const struct po_entries *e, const char *msgid)
{
  if (e->count == 0)
    return NULL;
  struct po_entry key = { msgid, NULL, false };
  struct po_entry *found = bsearch (&key, e->entries, e->count,
                                    sizeof *e->entries, by_msgid);
  if (found == NULL)
    return NULL;
  /* Prefer the active entry among equal msgids.  */
  while (found > e->entries && strcmp (found[-1].msgid, msgid) == 0)
    found--;
  for (struct po_entry *p = found;
       p < e->entries + e->count && strcmp (p->msgid, msgid) == 0; p++)
    if (!po_message_is_obsolete (p->message))
      return p;
  return found;
}

const char *
po_entries_translation (const struct po_entries *e, const char *msgid)
{
  struct po_entry *p = po_entries_find (e, msgid);
  if (p == NULL || po_message_is_obsolete (p->message)
      || po_message_is_fuzzy (p->message)
      || po_message_msgstr (p->message)[0] == '\0')
    return NULL;
  return po_message_msgstr (p->message);
}

/* S if it is libgettextpo's own "" (never allocated), else S kept in E to
   be freed with it.  */
static const char *
own (struct po_entries *e, const char *s)
{
  if (s == NULL || s[0] == '\0')
    return "";
  char **owned = realloc (e->owned, (e->owned_count + 1) * sizeof *owned);
  if (owned == NULL)
    return s;                        /* leaked rather than lost */
  e->owned = owned;
  e->owned[e->owned_count++] = (char *) s;
  return s;
}

const char *
po_entries_comments (struct po_entries *e, po_message_t m)
{
  return own (e, po_message_comments (m));
}

const char *
po_entries_extracted_comments (struct po_entries *e, po_message_t m)
{
  return own (e, po_message_extracted_comments (m));
}

void
po_entries_free (struct po_entries *e)
{
  for (size_t i = 0; i < e->owned_count; i++)
    free (e->owned[i]);
  free (e->owned);
  free (e->entries);
  if (e->file != NULL)
    po_file_free (e->file);
  *e = (struct po_entries) { 0 };
}

po_message_t
po_new_message (const char *msgid, const char *msgstr)
{
  po_message_t m = po_message_create ();
  po_message_set_msgid (m, msgid);
  po_message_set_msgstr (m, msgstr);
  return m;
}

static bool
write_file (po_file_t file, const char *path)
{
  if (setjmp (po_failed) != 0)
    return false;
  po_file_write (file, path, &handler);
  return true;
}

bool
po_write (po_file_t file, const char *path, const char *final_path,
          struct diag *d)
{
  strbuf_free (&po_error);
  if (write_file (file, path))
    return true;
  diag_error (d, final_path, 0, 0, "cannot write: %s",
              po_error.len ? po_error.data : "unknown error");
  return false;
}
