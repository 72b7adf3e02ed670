#include <config.h>

#include "po_io.h"
#include "diag.h"
#include "file_copy.h"
#include "strbuf.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* gettext's page width: a msgid or msgstr line longer than this is
   wrapped (msgcat, po_file_write).  */
enum { PAGE_WIDTH = 79 };
/* The entries formatted here stay in memory up to this many bytes (a
   temporary file costs a small table more than everything else).  */
enum { SPOOL_IN_MEMORY = 1 << 20 };

struct po_writer
{
  po_file_t slow;                  /* the header and the entries gettext
                                      formats */
  po_message_iterator_t it;
  bool any_slow;                   /* whether SLOW must be written: it holds
                                      an entry, or the header is not
                                      formatted here */
  struct strbuf header;            /* the header formatted here, or empty */
  struct strbuf fast;              /* the entries formatted here, in order,
                                      in memory up to SPOOL_IN_MEMORY */
  FILE *spill;                     /* then all of them in a temporary file */
  size_t fast_read;                /* how much of FAST is written out */
  struct strbuf entry;             /* the entry being formatted */
  uint32_t *length;                /* per entry: its length in FAST, or 0
                                      for the next entry of SLOW */
  size_t count;
  size_t cap;
  bool failed;
  int error;                       /* why, when FAILED: errno, or 0 for
                                      no memory (po_writer_finish says) */
  /* PATH, opened at once when the header formats here: the entries go
     straight to it while each so far formats here too, and only those
     after the first that does not are kept for po_writer_finish.  */
  FILE *out;
  char *out_buffer;
  bool direct;
};

static po_message_t to_message (const struct po_entry_text *e);
static bool header_formats_here (const struct po_entry_text *h);
static bool format_header (struct strbuf *out, const struct po_entry_text *h);

/* Opens PATH for W->out, with whole 64 KiB writes (glibc ignores
   setvbuf's size without a buffer); NULL on failure.  */
static FILE *
open_out (struct po_writer *w, const char *path)
{
  w->out = fopen (path, "wb");
  w->out_buffer = w->out != NULL ? malloc (65536) : NULL;
  if (w->out_buffer != NULL)
    setvbuf (w->out, w->out_buffer, _IOFBF, 65536);
  return w->out;
}

/* Marks W as failed for ERR (an errno, 0: no memory); returns false.  */
static bool
fail (struct po_writer *w, int err)
{
  w->failed = true;
  w->error = err;
  return false;
}

struct po_writer *
po_writer_new (const struct po_entry_text *header, const char *path)
{
  struct po_writer *w = calloc (1, sizeof *w);
  if (w == NULL)
    return NULL;
  /* SLOW always has the header: gettext takes the charset from it.  */
  w->slow = po_file_create ();
  w->it = po_message_iterator (w->slow, NULL);
  po_message_insert (w->it, to_message (header));
  if (!header_formats_here (header))
    w->any_slow = true;
  else if (!format_header (&w->header, header))
    fail (w, 0);
  else if (open_out (w, path) != NULL)
    {
      fwrite (w->header.data, 1, w->header.len, w->out);
      w->direct = true;
    }
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
is_letter (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
letter_or_digit (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
    || (c >= '0' && c <= '9');
}

/* Whether gettext's line breaker (libunistring's, after Unicode UAX #14)
   may break S only where line_breaks does, so that a long S can be
   wrapped here as msgcat wraps it.  True of words made of letters,
   digits, '_' and '*', with '(' before them, ')' and . , : ; ! ? after
   them, an apostrophe followed by letters ("update's") or . , : followed
   by digits inside them, hyphens between letters or digits ("signed-in",
   "32-bit"), and of a '.' before a letter starting a word after a space
   (".cab"), which DOT_WORD reports;
   measured against msgcat on thousands of generated strings (other
   punctuation, quotes, other hyphens or a leading space all add or
   remove break opportunities).  */
static bool
breaks_only_between_words (const char *s, bool *dot_word)
{
  const char *start = s;
  *dot_word = false;
  if (*s == ' ')
    return false;
  while (*s != '\0')
    {
      if (*s == ' ')
        {
          s++;
          continue;
        }
      /* " .cab": no break before the '.', even after spaces (UAX #14
         LB13); after it, libunistring 1.0 breaks, later versions may not
         (LB29): see dot_breaks_matter.  */
      if (*s == '.' && is_letter (s[1]) && s > start && s[-1] == ' ')
        {
          *dot_word = true;
          s++;
        }
      else
        while (*s == '(')
          s++;
      const char *core = s;
      while (letter_or_digit (*s) || *s == '_' || *s == '*')
        s++;
      if (s == core)
        return false;
      /* "signed-in", "32-bit": no break before the hyphen; one after it
         when a letter follows (LB21, and none before a digit, LB25).  */
      while (*s == '-' && letter_or_digit (s[-1]) && letter_or_digit (s[1]))
        for (s++; letter_or_digit (*s) || *s == '_' || *s == '*'; s++)
          continue;
      if (*s == '\'' && letter_or_digit (s[1]) && !(s[1] >= '0' && s[1] <= '9'))
        for (s++; letter_or_digit (*s) && !(*s >= '0' && *s <= '9'); s++)
          continue;
      while ((*s == '.' || *s == ',' || *s == ':') && s[1] >= '0' && s[1] <= '9')
        for (s++; *s >= '0' && *s <= '9'; s++)
          continue;
      while (*s == ')')
        s++;
      while (*s != '\0' && strchr (".,:;!?", *s) != NULL)
        s++;
      if (*s != ' ' && *s != '\0')
        return false;
    }
  return true;
}

/* Where gettext breaks S (LEN one-column characters, breakable only where
   a word follows spaces, unless it starts with '.', or a letter follows a
   hyphen) into lines of at most WIDTH columns, the first
   starting at column START: positions stored in BREAKS, their number
   returned.  A piece that does not fit starts a new line; spaces stay at
   the end of the line before.  */
static size_t
line_breaks (const char *s, size_t len, size_t start, size_t width,
             bool dot_breaks, size_t *breaks)
{
  size_t n = 0, column = start, piece = 0, last = 0;
  bool have_last = false;
  for (size_t i = 0; i < len; i++)
    {
      if (i > 0 && ((s[i - 1] == ' ' && s[i] != ' ' && s[i] != '.')
                    || (s[i - 1] == '-' && is_letter (s[i]))
                    || (dot_breaks && s[i - 1] == '.' && i > 1
                        && s[i - 2] == ' ' && is_letter (s[i]))))
        {
          if (have_last && column + piece > width)
            {
              breaks[n++] = last;
              column = 0;
            }
          last = i;
          have_last = true;
          column += piece;
          piece = 0;
        }
      piece++;
    }
  if (have_last && column + piece > width)
    breaks[n++] = last;
  return n;
}

/* The room gettext leaves for a string's text (page width less the
   closing quote and the opening one), and the column the first line's
   text is measured from after "msgstr ".  */
enum { LINE_ROOM = PAGE_WIDTH - 2, MSGSTR_START = 7 };

/* Whether S, with a word starting with '.', is wrapped differently with
   and without a break after that '.'.  */
static bool
dot_breaks_matter (const char *s)
{
  size_t len = strlen (s);
  size_t *with = malloc (2 * (len + 1) * sizeof *with);
  if (with == NULL)
    return true;
  size_t *without = with + len + 1;
  bool differ = (line_breaks (s, len, MSGSTR_START, LINE_ROOM, true, with) == 0)
    != (line_breaks (s, len, MSGSTR_START, LINE_ROOM, false, without) == 0);
  if (!differ)
    {
      size_t n = line_breaks (s, len, 0, LINE_ROOM, true, with);
      differ = n != line_breaks (s, len, 0, LINE_ROOM, false, without)
        || memcmp (with, without, n * sizeof *with) != 0;
    }
  free (with);
  return differ;
}

static bool
msgstr_formats_here (const char *s)
{
  bool dot_word;
  return plain_string (s, PAGE_WIDTH - strlen ("msgstr \"\""))
    || (breaks_only_between_words (s, &dot_word)
        && (!dot_word || !dot_breaks_matter (s)));
}

static bool
put_msgstr (struct strbuf *out, const char *s)
{
  size_t len = strlen (s);
  size_t *breaks = malloc ((len + 1) * sizeof *breaks);
  if (breaks == NULL)
    return false;
  bool ok;
  if (line_breaks (s, len, MSGSTR_START, LINE_ROOM, false, breaks) == 0)
    ok = strbuf_puts (out, "msgstr \"") && strbuf_append (out, s, len)
      && strbuf_puts (out, "\"\n");
  else
    {
      size_t n = line_breaks (s, len, 0, LINE_ROOM, false, breaks), from = 0;
      ok = strbuf_puts (out, "msgstr \"\"\n");
      for (size_t i = 0; ok && i <= n; i++)
        {
          size_t to = i < n ? breaks[i] : len;
          ok = strbuf_putc (out, '"') && strbuf_append (out, s + from, to - from)
            && strbuf_puts (out, "\"\n");
          from = to;
        }
    }
  free (breaks);
  return ok;
}

/* A symbol: no break opportunity, so one line whatever its length.  */
static bool
symbol_msgid (const char *s)
{
  if (*s == '\0')
    return false;
  for (; *s != '\0'; s++)
    if (!(letter_or_digit (*s) || *s == '_'))
      return false;
  return true;
}

static bool
formats_here (const struct po_entry_text *e)
{
  return !e->obsolete && !e->fuzzy && e->prev_msgid == NULL
    && !e->no_c_format && (e->comments == NULL || e->comments[0] == '\0')
    && symbol_msgid (e->msgid) && msgstr_formats_here (e->msgstr)
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
    {
      ok = strbuf_puts (out, "#: ") && strbuf_puts (out, e->ref_file)
        && strbuf_putc (out, ':') && strbuf_put_decimal (out, e->ref_line)
        && strbuf_putc (out, '\n');
    }
  return ok && strbuf_puts (out, "msgid \"") && strbuf_puts (out, e->msgid)
    && strbuf_puts (out, "\"\n") && put_msgstr (out, e->msgstr);
}

/* The header entry: translator comments, perhaps "#, fuzzy", and a msgstr
   of at least two lines, each short enough for gettext to leave whole and
   in need of no escape but its final "\n".  */
static bool
header_formats_here (const struct po_entry_text *h)
{
  if (h->msgid[0] != '\0' || h->obsolete || h->prev_msgid != NULL
      || h->no_c_format || h->ref_file != NULL
      || (h->extracted != NULL && h->extracted[0] != '\0'))
    return false;
  for (const char *c = h->comments; c != NULL && *c != '\0'; c++)
    if ((*c < 0x20 && *c > 0 && *c != '\n') || *c == 0x7F)
      return false;
  size_t lines = 0, len = 0;
  for (const char *c = h->msgstr; *c != '\0'; c++)
    if (*c == '\n')
      {
        lines++;
        len = 0;
      }
    else if (*c < 0x20 || *c > 0x7E || *c == '"' || *c == '\\'
             || ++len + strlen ("\\n") > LINE_ROOM)
      return false;
  return lines >= 2 && len == 0;
}

static bool
format_header (struct strbuf *out, const struct po_entry_text *h)
{
  bool ok = true;
  /* Each comment line as "# LINE", an empty one as "#".  */
  for (const char *line = h->comments; ok && line != NULL && *line != '\0';)
    {
      const char *nl = strchr (line, '\n');
      size_t n = nl ? (size_t) (nl - line) : strlen (line);
      ok = strbuf_putc (out, '#')
        && (n == 0 || (strbuf_putc (out, ' ') && strbuf_append (out, line, n)))
        && strbuf_putc (out, '\n');
      line += n + (nl != NULL);
    }
  ok = ok && (!h->fuzzy || strbuf_puts (out, "#, fuzzy\n"))
    && strbuf_puts (out, "msgid \"\"\nmsgstr \"\"\n");
  for (const char *line = h->msgstr; ok && *line != '\0';)
    {
      const char *nl = strchr (line, '\n');
      ok = strbuf_putc (out, '"')
        && strbuf_append (out, line, (size_t) (nl - line))
        && strbuf_puts (out, "\\n\"\n");
      line = nl + 1;
    }
  return ok;
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

/* Keeps the LEN bytes of DATA for po_writer_finish: in memory, or once
   there is too much, in a temporary file.  False (W failed) on error.  */
static bool
spool (struct po_writer *w, const char *data, size_t len)
{
  if (w->spill == NULL && w->fast.len + len <= SPOOL_IN_MEMORY)
    return strbuf_append (&w->fast, data, len) || fail (w, 0);
  if (w->spill == NULL)
    {
      w->spill = tmpfile ();
      if (w->spill == NULL)
        return fail (w, errno);
      if (fwrite (w->fast.data, 1, w->fast.len, w->spill) != w->fast.len)
        return fail (w, errno ? errno : EIO);
      strbuf_free (&w->fast);
    }
  return fwrite (data, 1, len, w->spill) == len || fail (w, errno ? errno : EIO);
}

/* Writes the next N spooled bytes to OUT.  */
static bool
unspool (struct po_writer *w, FILE *out, size_t n)
{
  if (w->spill != NULL)
    return file_copy (w->spill, out, n);
  bool ok = fwrite (w->fast.data + w->fast_read, 1, n, out) == n;
  w->fast_read += n;
  return ok;
}

bool
po_writer_add (struct po_writer *w, const struct po_entry_text *e)
{
  if (w->failed)
    return false;
  if (w->count == w->cap)
    {
      size_t cap = w->cap ? w->cap * 2 : 256;
      uint32_t *length = realloc (w->length, cap * sizeof *length);
      if (length == NULL)
        return fail (w, 0);
      w->length = length;
      w->cap = cap;
    }
  w->entry.len = 0;
  if (formats_here (e))
    {
      if (!format_here (&w->entry, e) || w->entry.len > UINT32_MAX)
        return fail (w, 0);
      if (w->direct)
        {
          putc ('\n', w->out);
          fwrite (w->entry.data, 1, w->entry.len, w->out);
          return true;
        }
      if (!spool (w, w->entry.data, w->entry.len))
        return false;
      w->length[w->count++] = (uint32_t) w->entry.len;
    }
  else
    {
      w->direct = false;
      w->length[w->count++] = 0;
      w->any_slow = true;
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

/* The slow entries as libgettextpo wrote them to PATH, read back.  */
static char *
read_back (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  struct strbuf sb = STRBUF_INIT;
  char chunk[65536];
  size_t n;
  bool ok = true;
  while (ok && (n = fread (chunk, 1, sizeof chunk, f)) > 0)
    ok = strbuf_append (&sb, chunk, n);
  ok = ok && !ferror (f);
  fclose (f);
  if (!ok)
    {
      strbuf_free (&sb);
      return NULL;
    }
  return strbuf_release (&sb);
}

bool
po_writer_finish (struct po_writer *w, const char *path,
                  const char *final_path, struct diag *d)
{
  bool ok = !w->failed;
  char *slow = NULL;
  if (w->failed)
    {
      if (w->error != 0)
        diag_error (d, final_path, 0, 0, "cannot write: %s",
                    strerror (w->error));
      else
        diag_error (d, final_path, 0, 0, "out of memory");
    }
  po_message_iterator_free (w->it);
  if (w->any_slow)
    {
      /* libgettextpo writes its entries to PATH (or, when PATH is being
         written already, beside it, under a name the sweep of leftovers
         knows), to be read back and merged with the others.  */
      struct strbuf beside = STRBUF_INIT;
      const char *slow_path = path;
      if (w->out != NULL)
        slow_path = strbuf_printf (&beside, "%s.slow", path) ? beside.data : NULL;
      ok = ok && slow_path != NULL && po_write (w->slow, slow_path, final_path, d);
      slow = ok ? read_back (slow_path) : NULL;
      if (ok && slow == NULL)
        {
          diag_error (d, final_path, 0, 0,
                      "cannot read back what libgettextpo wrote: %s",
                      strerror (errno));
          ok = false;
        }
      if (w->out != NULL && slow_path != NULL)
        unlink (slow_path);
      strbuf_free (&beside);
    }
  po_file_free (w->slow);
  bool header_written = w->out != NULL;
  FILE *out = w->out;
  if (out == NULL && ok && (slow != NULL || !w->any_slow))
    out = open_out (w, path);
  if (ok && (out == NULL
             || (w->spill != NULL && (fflush (w->spill) != 0
                                      || fseek (w->spill, 0, SEEK_SET) != 0))))
    {
      diag_error (d, final_path, 0, 0, "cannot write: %s", strerror (errno));
      ok = false;
    }
  bool reported = !ok;            /* a failure so far was reported */
  if (ok)
    {
      size_t len = 0;
      const char *block = slow ? next_block (slow, &len) : NULL;
      const char *rest = slow ? block + len : NULL;
      if (header_written)
        ;
      else if (w->header.len > 0)
        fwrite (w->header.data, 1, w->header.len, out);
      else
        fwrite (block, 1, len, out);
      for (size_t i = 0; ok && i < w->count; i++)
        {
          putc ('\n', out);
          if (w->length[i] != 0)
            ok = unspool (w, out, w->length[i]);
          else
            {
              if (*rest == '\n')
                rest++;
              block = next_block (rest, &len);
              fwrite (block, 1, len, out);
              rest = block + len;
            }
        }
    }
  if (out != NULL)
    {
      int err = ferror (out) || !ok ? (errno ? errno : EIO) : 0;
      if (fclose (out) != 0 && err == 0)
        err = errno ? errno : EIO;
      if (err != 0 && !reported)
        {
          diag_error (d, final_path, 0, 0, "cannot write: %s", strerror (err));
          ok = false;
        }
    }
  free (w->out_buffer);
  if (w->spill != NULL)
    fclose (w->spill);
  strbuf_free (&w->fast);
  free (slow);
  strbuf_free (&w->header);
  strbuf_free (&w->entry);
  free (w->length);
  free (w);
  return ok;
}
