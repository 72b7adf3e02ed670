#include <config.h>

#include "po_io.h"
#include "diag.h"
#include "strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* gettext's page width: a msgid or msgstr line longer than this is
   wrapped (msgcat, po_file_write).  */
enum { PAGE_WIDTH = 79 };

struct po_writer
{
  po_file_t slow;                  /* header and the entries gettext formats */
  po_message_iterator_t it;
  struct strbuf fast;              /* text of the entries formatted here */
  size_t *order;                   /* per entry: offset into FAST + 1, or 0
                                      for the next entry of SLOW */
  size_t *length;                  /* per entry: its length in FAST */
  size_t count;
  size_t cap;
  bool failed;
};

struct po_writer *
po_writer_new (po_message_t header)
{
  struct po_writer *w = calloc (1, sizeof *w);
  if (w == NULL)
    return NULL;
  w->slow = po_file_create ();
  w->it = po_message_iterator (w->slow, NULL);
  po_message_insert (w->it, header);
  return w;
}

/* Text gettext writes as is, on one line, between quotes.  */
static bool
plain_string (const char *s, size_t room)
{
  size_t n = 0;
  for (; *s != '\0'; s++, n++)
    if (*s < 0x20 || *s > 0x7E || *s == '"' || *s == '\\')
      return false;
  return n <= room;
}

static bool
plain_lines (const char *s)
{
  if (s == NULL)
    return true;
  for (const char *line = s; *line != '\0';)
    {
      const char *nl = strchr (line, '\n');
      if (nl == line || nl == NULL)
        return false;                 /* empty or unterminated line */
      line = nl + 1;
    }
  return true;
}

static bool
formats_here (const struct po_entry_text *e)
{
  return !e->obsolete && !e->fuzzy && e->prev_msgid == NULL
    && !e->no_c_format && (e->comments == NULL || e->comments[0] == '\0')
    && e->msgid[0] != '\0'
    && plain_string (e->msgid, PAGE_WIDTH - strlen ("msgid \"\""))
    && plain_string (e->msgstr, PAGE_WIDTH - strlen ("msgstr \"\""))
    && plain_lines (e->extracted)
    && (e->ref_file == NULL || (plain_string (e->ref_file, (size_t) -1)
                                && strchr (e->ref_file, ' ') == NULL));
}

static bool
format_here (struct strbuf *out, const struct po_entry_text *e)
{
  bool ok = true;
  for (const char *line = e->extracted; ok && line && *line != '\0';)
    {
      const char *nl = strchr (line, '\n');
      ok = strbuf_puts (out, "#. ")
        && strbuf_append (out, line, (size_t) (nl - line + 1));
      line = nl + 1;
    }
  if (ok && e->ref_file != NULL)
    ok = strbuf_printf (out, "#: %s:%zu\n", e->ref_file, e->ref_line);
  return ok && strbuf_printf (out, "msgid \"%s\"\nmsgstr \"%s\"\n", e->msgid,
                              e->msgstr);
}

static po_message_t
to_message (const struct po_entry_text *e)
{
  po_message_t m = po_new_message (e->msgid, e->msgstr);
  if (e->comments != NULL)
    po_message_set_comments (m, e->comments);
  if (e->extracted != NULL)
    po_message_set_extracted_comments (m, e->extracted);
  if (e->ref_file != NULL)
    po_message_add_filepos (m, e->ref_file, e->ref_line);
  po_message_set_fuzzy (m, e->fuzzy);
  if (e->prev_msgid != NULL)
    po_message_set_prev_msgid (m, e->prev_msgid);
  if (e->no_c_format)
    po_message_set_format (m, "c-format", 0);
  po_message_set_obsolete (m, e->obsolete);
  return m;
}

bool
po_writer_add (struct po_writer *w, const struct po_entry_text *e)
{
  if (w->count == w->cap)
    {
      size_t cap = w->cap ? w->cap * 2 : 256;
      size_t *order = realloc (w->order, cap * sizeof *order);
      if (order != NULL)
        w->order = order;
      size_t *length = realloc (w->length, cap * sizeof *length);
      if (length != NULL)
        w->length = length;
      if (order == NULL || length == NULL)
        return !(w->failed = true);
      w->cap = cap;
    }
  if (formats_here (e))
    {
      size_t start = w->fast.len;
      if (!format_here (&w->fast, e))
        return !(w->failed = true);
      w->order[w->count] = start + 1;
      w->length[w->count++] = w->fast.len - start;
    }
  else
    {
      w->order[w->count++] = 0;
      po_message_insert (w->it, to_message (e));
    }
  return true;
}

/* The next entry of TEXT (a PO file as libgettextpo wrote it): entries are
   separated by one empty line.  */
static const char *
next_block (const char *text, size_t *len)
{
  const char *end = strstr (text, "\n\n");
  *len = end ? (size_t) (end - text) + 1 : strlen (text);
  return text;
}

bool
po_writer_finish (struct po_writer *w, const char *path,
                  const char *final_path, struct diag *d)
{
  po_message_iterator_free (w->it);
  bool ok = !w->failed && po_write (w->slow, path, final_path, d);
  po_file_free (w->slow);
  char *slow = NULL;
  FILE *f = ok ? fopen (path, "rb") : NULL;
  if (f != NULL)
    {
      struct strbuf sb = STRBUF_INIT;
      char chunk[65536];
      size_t n;
      while (ok && (n = fread (chunk, 1, sizeof chunk, f)) > 0)
        ok = strbuf_append (&sb, chunk, n);
      ok = ok && !ferror (f);
      fclose (f);
      slow = strbuf_release (&sb);
    }
  else if (ok)
    {
      diag_error (d, final_path, 0, 0, "cannot read back: %s", strerror (errno));
      ok = false;
    }

  f = ok ? fopen (path, "wb") : NULL;
  if (ok && f == NULL)
    {
      diag_error (d, final_path, 0, 0, "cannot write: %s", strerror (errno));
      ok = false;
    }
  if (f != NULL)
    {
      size_t len;
      const char *block = next_block (slow, &len);
      fwrite (block, 1, len, f);            /* the header */
      const char *rest = block + len;
      for (size_t i = 0; i < w->count; i++)
        {
          putc ('\n', f);
          if (w->order[i] != 0)
            fwrite (w->fast.data + w->order[i] - 1, 1, w->length[i], f);
          else
            {
              if (*rest == '\n')
                rest++;
              block = next_block (rest, &len);
              fwrite (block, 1, len, f);
              rest = block + len;
            }
        }
      int err = ferror (f) ? errno : 0;
      if (fclose (f) != 0 && err == 0)
        err = errno ? errno : EIO;
      if (err != 0)
        {
          diag_error (d, final_path, 0, 0, "cannot write: %s", strerror (err));
          ok = false;
        }
    }
  free (slow);
  strbuf_free (&w->fast);
  free (w->order);
  free (w->length);
  free (w);
  return ok;
}
