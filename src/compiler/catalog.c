/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "omerrc.h"

#include <ctype.h>
#include <gettext-po.h>
#include <setjmp.h>
#include <strings.h>
#include <time.h>

/* libgettextpo's error handlers must not return from a fatal error.  */
static jmp_buf read_failed;
static struct diag *read_diag;

static void
on_error (int severity, po_message_t message, const char *filename,
          size_t lineno, size_t column, int multiline_p, const char *text)
{
  (void) message, (void) multiline_p;
  if (severity == PO_SEVERITY_WARNING)
    return;
  /* libgettextpo says (size_t) -1 for "no line" or "no column".  */
  unsigned line = lineno > 0xFFFFFFF ? 0 : lineno;
  unsigned col = column > 0xFFFFFFF || line == 0 ? 0 : column;
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
    return errno == ENOENT || diag_error (d, path, 0, 0, "cannot open: %m");
  read_diag = d;
  size_t errors = d->errors;
  if (setjmp (read_failed) == 0)       /* no local changes before it */
    f->file = po_file_read (path, &handler);
  po_file_t file = f->file;
  if (file == NULL || d->errors != errors)  /* libgettextpo said why, or: */
    return d->errors == errors && diag_error (d, path, 0, 0,
                                              "cannot read as a PO file");
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
        f->entries = mem_realloc (f->entries, (cap = cap ? 2 * cap : 256)
                                  * sizeof *f->entries);
      f->entries[f->count++] = e;
    }
  po_message_iterator_free (it);
  if (f->count > 0)
    qsort (f->entries, f->count, sizeof *f->entries, by_msgid);
  return true;
}

/* The entry for MSGID (the active one if any), or NULL.  */
static struct pofile_entry *
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

/* KEYWORD "S" with C escapes, one line unless S has a newline before its
   end: then "" and a line per newline, as gettext writes it.  */
static void
put_string (FILE *out, const char *prefix, const char *keyword, const char *s)
{
  static const char special[] = "\a\b\f\n\r\t\v\\\"", letter[] = "abfnrtv\\\"";
  const char *end = s + strlen (s), *nl = strchr (s, '\n');
  bool lines = nl != NULL && nl + 1 != end;
  fprintf (out, "%s%s ", prefix, keyword);
  if (lines)
    fputs ("\"\"\n", out);
  do
    {
      const char *to = lines && (nl = strchr (s, '\n')) != NULL ? nl + 1 : end;
      if (lines)
        fputs (prefix, out);
      putc ('"', out);
      for (const char *esc; s < to; s++)
        if ((esc = strchr (special, *s)) != NULL)    /* *s is not NUL */
          fprintf (out, "\\%c", letter[esc - special]);
        else
          putc (*s, out);
      fputs ("\"\n", out);
    }
  while (s < end);
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
        putc (' ', out);
      fwrite (text, 1, n, out);
      putc ('\n', out);
      text += n + (text[n] == '\n');
    }
}

/* E, after an empty line unless it is the header, which comes first.  */
static void
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

bool
catalog_date (char out[CATALOG_DATE_SIZE], const char *epoch)
{
  time_t t = time (NULL);
  struct tm tm;
  if (epoch != NULL)
    {
      /* Decimal digits alone, as reproducible-builds.org specifies it.  */
      char *end;
      errno = 0;
      unsigned long long n = strtoull (epoch, &end, 10);
      if (epoch[0] < '0' || epoch[0] > '9' || *end != '\0' || errno != 0
          || n > (unsigned long long) INT64_MAX
          || (t = (time_t) n, (unsigned long long) t != n))
        return false;
    }
  /* A PO header's year has four digits.  */
  return gmtime_r (&t, &tm) != NULL && tm.tm_year <= 9999 - 1900
    && strftime (out, CATALOG_DATE_SIZE, "%Y-%m-%d %H:%M+0000", &tm) > 0;
}

unsigned
catalog_run_dates (const struct table *table, const struct table *master)
{
  return master->date != NULL ? 0 : CATALOG_RUN_CREATED
    | (table != NULL && table->date == NULL ? CATALOG_RUN_REVISED : 0);
}

/* Language tags and the language fields of catalog headers.  */

char *
language_from_tag (const char *tag)
{
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "abcdefghijklmnopqrstuvwxyz";
  /* Each part as long or shorter, with its separator; one modifier.  */
  char *lang = mem_realloc (NULL, strlen (tag) + sizeof "@cyrillic"), *o = lang;
  const char *script = NULL;
  bool ok = true;
  for (const char *p = tag; ok && *p != '\0';)
    {
      /* The language, lower case; then a script, a region (upper case)
         or an area code (3 digits).  */
      bool first = p == tag;
      size_t n = strcspn (p, "-_");
      bool alpha = strspn (p, letters) == n;
      if (!first && n == 4 && alpha && script == NULL)
        script = p;
      else if (first ? (n == 2 || n == 3) && alpha
               : (n == 2 && alpha) || (n == 3 && strspn (p, "0123456789") == n))
        {
          if (!first)
            *o++ = '_';
          for (size_t i = 0; i < n; i++)
            *o++ = (char) (first ? tolower ((unsigned char) p[i])
                           : toupper ((unsigned char) p[i]));
        }
      else
        ok = false;
      p += n;
      if (*p != '\0' && *++p == '\0')
        ok = false;
    }
  /* gettext spells scripts as modifiers (sr@latin); the others, Hant/Hans
     among them (implied by the region in gettext's world), are dropped.  */
  strcpy (o, script == NULL ? "" : strncasecmp (script, "Latn", 4) == 0
          ? "@latin" : strncasecmp (script, "Cyrl", 4) == 0 ? "@cyrillic"
          : "");
  if (ok && o != lang)
    return lang;
  free (lang);
  return NULL;
}

char *
language_of_page (const char *tag)
{
  char *lang = language_from_tag (tag);
  size_t base = lang ? strcspn (lang, "_@") : 0;
  /* Languages whose regions write them differently enough that gettext
     must tell them apart, en, pt and zh: a page of one keeps its region.  */
  if (lang == NULL || lang[base] != '_'
      || (base == 2 && strstr ("en pt zh", (char[3]) { lang[0], lang[1] })))
    return lang;
  /* de_DE -> de: LANG=de_AT looks for de_AT, then de, never de_DE.  */
  size_t region = strcspn (lang + base, "@");
  memmove (lang + base, lang + base + region, strlen (lang + base + region) + 1);
  return lang;
}

/* What msginit knows of the language asked last (NULL: nothing): the
   fields of a catalog's header are asked one after the other.  */
static struct gettext_language { char *lang, *name, *plural_forms; } asked;

/* What msginit writes for LANG (letters, digits, '_' and '@': one word
   to the shell, which execs it), in English for the name, on a template
   (a here-document) with a Project-Id-Version: without one, msginit runs
   a script looking for the package's name.  Its output is read by the
   pipe's name in /dev/fd (libgettextpo reads by name only); without
   /dev/fd (no /proc), as for a language msginit does not know, nothing.  */
static const struct gettext_language *
ask_msginit (const char *lang)
{
  static const char pot[] = "# SOME DESCRIPTIVE TITLE.\nmsgid \"\"\n"
    "msgstr \"\"\n\"Project-Id-Version: omerrc\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
  struct gettext_language *g = &asked;
  if (g->lang != NULL && strcmp (g->lang, lang) == 0)
    return g;
  free (g->lang), free (g->name), free (g->plural_forms);
  *g = (struct gettext_language) { .lang = mem_strdup (lang) };
  char *command = mem_printf ("exec 2>/dev/null; export LC_ALL=C; exec '%s' "
                              "--no-translator --no-wrap -l %s -i - -o - "
                              "<<'EOF'\n%sEOF\n", MSGINIT_PROGRAM, lang, pot);
  FILE *out = popen (command, "re");
  free (command);
  if (out == NULL)
    return g;
  char path[32];
  snprintf (path, sizeof path, "/dev/fd/%d", fileno (out));
  struct diag d = DIAG_INIT;    /* no catalog of the user's: not reported */
  struct pofile po;
  if (pofile_read (&po, path, &d) && po.header.msgstr != NULL)
    {
      g->plural_forms = po_header_field (po.header.msgstr, "Plural-Forms");
      /* "German translations for omerrc package."  */
      const char *c = po.header.comments ? po.header.comments : "";
      const char *end = strstr (c, " translations for ");
      if (end != NULL && end < c + strcspn (c, "\n"))
        g->name = mem_strndup (c, (size_t) (end - c));
    }
  pofile_free (&po);
  diag_free (&d);
  pclose (out);
  return g;
}

/* FIELD, "Language-Team" or "Plural-Forms", of LANG's catalog, malloc'd:
   KEPT_HEADER's (the replaced catalog's header, or NULL), since its
   translator owns it, as with msgmerge; else what msginit --no-translator
   writes; for a language msginit does not know, "none" and libintl's
   default rule.  */
static char *
language_header_field (const char *lang, const char *kept_header,
                       const char *field)
{
  char *kept = kept_header ? po_header_field (kept_header, field) : NULL;
  if (kept != NULL)
    return kept;
  const struct gettext_language *g = ask_msginit (lang);
  bool team = strcmp (field, "Language-Team") == 0;
  const char *v = team ? g->name : g->plural_forms;
  /* Else libintl's rule for a catalog without the header.  */
  return mem_strdup (v ? v : team ? "none" : "nplurals=2; plural=(n != 1);");
}

/* Writes the header of TABLE's catalog (NULL: the template's).  */
static void
write_header (FILE *out, const struct table *table,
              const struct table *master, const struct catalog_info *info,
              const struct pofile *current)
{
  /* ms.date, else the run's (SOURCE_DATE_EPOCH or now, as xgettext).  */
  char now[CATALOG_DATE_SIZE];
  const char *run = info->date;
  if (run == NULL)
    run = catalog_date (now, NULL) ? now : "1970-01-01 00:00+0000";
  const char *created = catalog_run_dates (table, master)
    & CATALOG_RUN_CREATED ? run : master->date;
  const char *revised = table && table->date ? table->date : created;
  const char *kept = current->header.msgstr, *notice = info->notice;
  const char *gap = notice != NULL && notice[0] != '\0' ? "\n" : "";
  bool pot = table == NULL;
  const char *lang = pot ? NULL : table->language;
  char *field[2] = {
    pot ? NULL : language_header_field (lang, kept, "Language-Team"),
    pot ? NULL : language_header_field (lang, kept, "Plural-Forms") };
  char *text[2];
  text[0] = pot ? mem_printf ("Message catalog template for the %s text "
                              "domain.\nGenerated by omerrc from %s; do not "
                              "edit.\n%s%s", info->package, master->name, gap,
                              *gap ? notice : "")
    : mem_printf ("%s (%s) messages for %s.\nImported by omerrc from %s; "
                  "translators edit this file, see README.md.\n%s%s",
                  strcmp (field[0], "none") != 0 ? field[0] : lang, lang,
                  info->package, table->name, gap, *gap ? notice : "");
  text[1] = mem_printf (
    "Project-Id-Version: %s %s\nReport-Msgid-Bugs-To: %s\n"
    "POT-Creation-Date: %s\nPO-Revision-Date: %s\n"
    "Last-Translator: %s\nLanguage-Team: %s\nLanguage: %s\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\nPlural-Forms: %s\n",
    info->package, info->version, info->bugs_address ? info->bugs_address : "",
    created, pot ? "YEAR-MO-DA HO:MI+ZONE" : revised,
    pot ? "FULL NAME <EMAIL@ADDRESS>" : info->translator,
    pot ? "LANGUAGE <LL@li.org>" : field[0], pot ? "" : lang,
    pot ? "nplurals=INTEGER; plural=EXPRESSION;" : field[1]);
  pofile_write_entry (out, &(struct pofile_entry) {
    .msgid = "", .msgstr = text[1], .comments = text[0], .fuzzy = pot });
  for (int i = 0; i < 2; i++)
    free (field[i]), free (text[i]);
}

/* The entry of ROW, or (NULL) of X, its extracted comments malloc'd.  */
static struct pofile_entry
new_entry (const struct table *master, const struct table_row *row,
           const struct catalog_extra *x)
{
  /* X's msgid is a symbol: gettext must not compare its directives.  */
  if (row == NULL)
    return (struct pofile_entry) {
      .msgid = x->symbol, .no_c_format = true,
      .extracted = mem_printf ("Message of omerr itself (not a table row); "
                               "%%s stands for the code.\nEnglish: %s\n",
                               x->english) };
  const char *group = row->group, *note = row->note;
  return (struct pofile_entry) {
    .msgid = row->cell[COLUMN_SYMBOL],
    .extracted = mem_printf ("Code: 0x%08" PRIX32 "%s%s\nEnglish: %s\n%s%s%s",
                             row->code, group ? "\nGroup: " : "",
                             group ? group : "", row->cell[COLUMN_TEXT],
                             note ? "Note: " : "", note ? note : "",
                             note ? "\n" : ""),
    .ref_file = master->name, .ref_line = row->line };
}

size_t
catalog_write (const struct table *table, const struct table *master,
               const struct catalog_info *info, struct pofile *current,
               const struct pofile *previous, FILE *out)
{
  size_t unrecorded = 0;
  /* An update keeps its catalog's header and the state of every entry.  */
  bool update = table == NULL && current->header.msgid != NULL;
  struct pofile_entry h = current->header;
  h.prev_msgid = NULL;
  if (update)
    pofile_write_entry (out, &h);
  else
    write_header (out, table, master, info, current);
  for (size_t i = 0, rows = master->row_count; i < rows + info->extra_count;
       i++)
    {
      const struct table_row *row = i < rows ? &master->rows[i] : NULL;
      const struct catalog_extra *x = row ? NULL : &info->extra[i - rows];
      struct pofile_entry e = new_entry (master, row, x);
      struct pofile_entry *old = pofile_find (current, e.msgid);
      const char *kept = pofile_translation (current, e.msgid), *msgstr = NULL;
      const struct table_row *own = table == NULL || row == NULL ? NULL
        : table == master ? row : table_find_code (table, row->code);
      const char *imported = own ? own->cell[COLUMN_TEXT] : NULL;
      const char *before = own ? pofile_translation (previous, e.msgid) : NULL;
      /* The import rule (omerrc.h); NULL: the translator's text.  */
      if (own != NULL)
        msgstr = kept && strcmp (kept, imported) != 0 && table != master
          && (!before || strcmp (before, imported) == 0) ? NULL : imported;
      else if (row == NULL && table != NULL)
        msgstr = table == master ? x->english : kept ? kept : "";
      unrecorded += own != NULL && msgstr == NULL && before == NULL;
      /* The translator's comments, and the msgstr unless one is given,
         with its state (a symbol that comes back revives its obsolete
         entry, fuzzy, for review).  */
      e.msgstr = msgstr ? msgstr : old ? old->msgstr : "";
      char *was = NULL;
      if (old != NULL)
        {
          old->used = true;
          e.comments = old->comments;
          e.fuzzy = msgstr == NULL && (old->fuzzy || old->obsolete);
          e.prev_msgid = msgstr == NULL ? old->prev_msgid : NULL;
          /* The English it was translated from, read as a field.  */
          if (row && update && old->extracted)
            was = po_header_field (old->extracted, "English");
        }
      /* The source text changed under a translation: review it.  */
      if (was != NULL && strcmp (was, row->cell[COLUMN_TEXT]) != 0
          && e.msgstr[0] != '\0' && !e.fuzzy)
        {
          e.fuzzy = true;
          e.prev_msgid = was;
        }
      pofile_write_entry (out, &e);
      free ((char *) e.extracted);
      free (was);
    }
  /* Symbols gone from the master, obsolete.  */
  for (size_t i = 0; update && i < current->count; i++)
    if (!current->entries[i].used && current->entries[i].msgstr[0] != '\0')
      {
        struct pofile_entry e = current->entries[i];
        e.obsolete = true, e.extracted = NULL;
        pofile_write_entry (out, &e);
      }
  return unrecorded;
}

bool
catalog_write_template (const struct table *master,
                        const struct catalog_info *info, FILE *out,
                        struct diag *d)
{
  static struct pofile none;
  (void) d;
  catalog_write (NULL, master, info, &none, &none, out);
  return true;
}
