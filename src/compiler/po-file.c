/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "po-file.h"
#include "diag.h"
#include "strbuf.h"

#include <errno.h>
#include <gettext-po.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* libgettextpo's error handlers must not return from a fatal error.  */
static jmp_buf read_failed;
static struct diag *read_diag;
static bool read_error;

static void
on_error (int severity, po_message_t message, const char *filename,
          size_t lineno, size_t column, int multiline_p, const char *text)
{
  (void) message, (void) multiline_p;
  if (severity == PO_SEVERITY_WARNING)
    return;
  read_error = true;
  /* libgettextpo says (size_t) -1 for "no line" or "no column".  */
  unsigned line = lineno == (size_t) -1 || lineno > 0xFFFFFFF ? 0 : lineno;
  unsigned col = column == (size_t) -1 || column > 0xFFFFFFF || line == 0
    ? 0 : column;
  diag_error (read_diag, filename, line, col, "%s", text);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    longjmp (read_failed, 1);
}

static void
on_error2 (int severity, po_message_t m1, const char *f1, size_t l1,
           size_t c1, int mp1, const char *t1, po_message_t m2,
           const char *f2, size_t l2, size_t c2, int mp2, const char *t2)
{
  (void) m2, (void) f2, (void) l2, (void) c2, (void) mp2, (void) t2;
  on_error (severity, m1, f1, l1, c1, mp1, t1);
}

static const struct po_xerror_handler handler = { on_error, on_error2 };

static int
by_msgid (const void *a, const void *b)
{
  const struct pofile_entry *x = a, *y = b;
  int c = strcmp (x->msgid, y->msgid);
  return c != 0 ? c : (int) x->obsolete - (int) y->obsolete;
}

static po_file_t
read_po (const char *path)
{
  if (setjmp (read_failed) != 0)
    return NULL;
  return po_file_read (path, &handler);
}

/* libgettextpo's comments come in fresh memory, or as its own "".  */
static const char *
take (const char *s)
{
  return s != NULL && s[0] != '\0' ? s : NULL;
}

bool
pofile_read (struct pofile *f, const char *path, struct diag *d)
{
  *f = (struct pofile) { 0 };
  if (access (path, R_OK) != 0)
    return errno == ENOENT || diag_errno (d, path, "cannot open");
  read_diag = d;
  read_error = false;
  po_file_t file = f->file = read_po (path);
  if (file == NULL || read_error)
    {
      if (!read_error)
        diag_error (d, path, 0, 0, "cannot read as a PO file");
      return false;
    }
  po_message_iterator_t it = po_message_iterator (file, NULL);
  size_t cap = 0;
  for (po_message_t m; (m = po_next_message (it)) != NULL;)
    {
      struct pofile_entry e = {
        .msgctxt = po_message_msgctxt (m),
        .msgid = po_message_msgid (m),
        .msgstr = po_message_msgstr (m),
        .comments = take (po_message_comments (m)),
        .extracted = take (po_message_extracted_comments (m)),
        .prev_msgid = po_message_prev_msgid (m),
        .fuzzy = po_message_is_fuzzy (m) != 0,
        .obsolete = po_message_is_obsolete (m) != 0,
      };
      if (e.msgid[0] == '\0' && !e.obsolete && f->header.msgid == NULL)
        {
          f->header = e;
          continue;
        }
      if (f->count == cap)
        {
          cap = cap ? 2 * cap : 256;
          f->entries = mem_realloc (f->entries, cap * sizeof *f->entries);
        }
      f->entries[f->count++] = e;
    }
  po_message_iterator_free (it);
  if (f->count > 0)
    qsort (f->entries, f->count, sizeof *f->entries, by_msgid);
  return true;
}

struct pofile_entry *
pofile_find (const struct pofile *f, const char *msgid)
{
  struct pofile_entry key = { .msgid = msgid }, *e = NULL;
  for (int obsolete = 0; e == NULL && f->count > 0 && obsolete < 2; obsolete++)
    {
      key.obsolete = obsolete;
      e = bsearch (&key, f->entries, f->count, sizeof key, by_msgid);
    }
  return e;
}

const char *
pofile_translation (const struct pofile *f, const char *msgid)
{
  const struct pofile_entry *e = pofile_find (f, msgid);
  return e == NULL || e->obsolete || e->fuzzy || e->msgstr[0] == '\0'
    ? NULL : e->msgstr;
}

void
pofile_free (struct pofile *f)
{
  for (size_t i = 0; i <= f->count; i++)
    {
      struct pofile_entry *e = i < f->count ? &f->entries[i] : &f->header;
      free ((char *) e->comments);
      free ((char *) e->extracted);
    }
  if (f->file != NULL)
    po_file_free (f->file);
  free (f->entries);
  *f = (struct pofile) { 0 };
}

/* S quoted as the gettext manual's PO syntax has it (C escapes).  */
static void
put_quoted (FILE *out, const char *s, const char *end)
{
  putc ('"', out);
  for (; s < end; s++)
    {
      const char *esc = strchr ("\a\b\f\n\r\t\v\\\"", *s);
      if (esc != NULL && *s != '\0')
        {
          putc ('\\', out);
          putc ("abfnrtv\\\""[esc - "\a\b\f\n\r\t\v\\\""], out);
        }
      else
        putc (*s, out);
    }
  fputs ("\"\n", out);
}

/* KEYWORD "S", on one line unless S has a newline before its end: then
   an empty first line and one line per newline, as gettext writes it.  */
static void
put_string (FILE *out, const char *prefix, const char *keyword, const char *s)
{
  const char *end = s + strlen (s);
  const char *nl = strchr (s, '\n');
  fprintf (out, "%s%s ", prefix, keyword);
  if (nl == NULL || nl + 1 == end)
    {
      put_quoted (out, s, end);
      return;
    }
  fputs ("\"\"\n", out);
  while (s < end)
    {
      nl = strchr (s, '\n');
      const char *to = nl != NULL ? nl + 1 : end;
      fputs (prefix, out);
      put_quoted (out, s, to);
      s = to;
    }
}

/* Comment lines: MARK and the line ("#." alone for an empty line).  */
static void
put_comments (FILE *out, const char *mark, const char *text)
{
  while (text != NULL && *text != '\0')
    {
      size_t n = strcspn (text, "\n");
      fputs (mark, out);
      if (n > 0)
        {
          putc (' ', out);
          fwrite (text, 1, n, out);
        }
      putc ('\n', out);
      text += n + (text[n] == '\n');
    }
}

void
pofile_write_entry (FILE *out, const struct pofile_entry *e)
{
  if (e->msgid[0] != '\0' || e->obsolete)
    putc ('\n', out);
  put_comments (out, "#", e->comments);
  put_comments (out, "#.", e->extracted);
  if (e->ref_file != NULL)
    fprintf (out, "#: %s:%zu\n", e->ref_file, e->ref_line);
  if (e->fuzzy || e->no_c_format)
    fprintf (out, "#,%s%s\n", e->fuzzy ? " fuzzy" : "",
             e->no_c_format ? (e->fuzzy ? ", no-c-format" : " no-c-format")
                            : "");
  const char *prefix = e->obsolete ? "#~ " : "";
  if (e->prev_msgid != NULL)
    put_string (out, e->obsolete ? "#~| " : "#| ", "msgid", e->prev_msgid);
  if (e->msgctxt != NULL)
    put_string (out, prefix, "msgctxt", e->msgctxt);
  put_string (out, prefix, "msgid", e->msgid);
  put_string (out, prefix, "msgstr", e->msgstr);
}
