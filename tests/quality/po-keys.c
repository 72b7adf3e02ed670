/* SPDX-License-Identifier: MIT */
/* omerr-keys.sh's checks, on catalogs read by omerrc's own PO reader
   (pofile_read, libgettextpo): for each FILE, a line
   "CHECK<TAB>FILE:LINE: SYMBOL: problem" per problem of an active entry,
   its reference the "English: " line of its extracted comments.  Status
   2 when a file cannot be read as a PO file (omerrc's diagnostics say
   why), else 0.  */
#include <config.h>

#include <regex.h>

#include "omerrc.h"

/* What a translation must keep as the English has it: "%s" (where
   libomerr puts the code) and names in capitals with an underscore
   (SOAPCLIENT_SOAPFAULT, OM_E_PT_*), which are not words to translate.  */
static regex_t kept[2];

/* The line of MSGID's entry in SRC: omerrc and gettext write an active
   entry's msgid at the start of a line, and a symbol needs no escape.  */
static unsigned
entry_line (const struct source *src, const char *msgid)
{
  char *key = mem_printf ("\nmsgid \"%s\"\n", msgid);
  const char *at = strstr (src->text, key);
  unsigned line = 1;
  for (const char *p = src->text; at != NULL && p <= at; p++)
    line += *p == '\n';
  free (key);
  return at != NULL ? line : 0;
}

static int
by_text (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The matches of RE in S, sorted, each followed by a newline: equal
   for two texts that have the same matches in any order.  */
static char *
matches (const regex_t *re, const char *s)
{
  char **found = NULL, *out;
  size_t n = 0;
  regmatch_t m;
  for (const char *p = s; regexec (re, p, 1, &m, 0) == 0; p += m.rm_eo)
    {
      found = mem_realloc (found, (n + 1) * sizeof *found);
      found[n++] = mem_strndup (p + m.rm_so, (size_t) (m.rm_eo - m.rm_so));
    }
  if (n > 1)                    /* FOUND is NULL for none: not for qsort */
    qsort (found, n, sizeof *found, by_text);
  FILE *f = mem_open (&out);
  for (size_t i = 0; i < n; i++)
    fprintf (f, "%s\n", found[i]), free (found[i]);
  mem_close (f);
  free (found);
  return out;
}

/* Whether ENGLISH and MSGSTR have different matches of RE.  */
static bool
differ (const regex_t *re, const char *english, const char *msgstr)
{
  char *a = matches (re, english), *b = matches (re, msgstr);
  bool differs = strcmp (a, b) != 0;
  free (a);
  free (b);
  return differs;
}

/* Checks the entries of PATH; false when it cannot be read.  */
static bool
check (const char *path)
{
  struct diag d = DIAG_INIT;
  struct source src;
  struct pofile po;
  bool read = source_read_file (&src, path, &d);
  bool ok = read && pofile_read (&po, path, &d);
  diag_flush (&d, stderr);
  diag_free (&d);
  for (size_t i = 0; ok && i < po.count; i++)
    {
      const struct pofile_entry *e = &po.entries[i];
      const char *ex = e->extracted ? e->extracted : "", *english = NULL;
      for (const char *l = ex; english == NULL && *l != '\0';
           l += strcspn (l, "\n") + (l[strcspn (l, "\n")] == '\n'))
        if (strncmp (l, "English: ", 9) == 0)
          english = l + 9;
      char *ref = english ? mem_strndup (english, strcspn (english, "\n"))
                          : NULL;
      const char *problem[4] = { NULL, NULL, NULL, NULL };
      if (e->obsolete)
        ;
      else if (strcmp (e->msgstr, e->msgid) == 0)
        problem[0] = "identity\tmsgstr is the symbol itself";
      else if (ref == NULL)
        problem[1] = "english\tno \"#. English:\" comment";
      else if (e->msgstr[0] != '\0' && !e->fuzzy)
        {
          if (differ (&kept[0], ref, e->msgstr))
            problem[2] = "placeholders\t%s count differs from the English: ";
          if (differ (&kept[1], ref, e->msgstr))
            problem[3] = "identifiers\tidentifiers differ from the English: ";
        }
      for (int k = 0; k < 4; k++)
        if (problem[k] != NULL)
          {
            size_t tab = strcspn (problem[k], "\t");
            printf ("%.*s\t%s:%u: %s: %s%s\n", (int) tab, problem[k], path,
                    entry_line (&src, e->msgid), e->msgid, problem[k] + tab + 1,
                    k >= 2 ? ref : "");
          }
      free (ref);
    }
  if (read)
    {
      pofile_free (&po);
      source_free (&src);
    }
  return ok;
}

int
main (int argc, char **argv)
{
  bool ok = true;
  if (regcomp (&kept[0], "%s", REG_EXTENDED) != 0
      || regcomp (&kept[1], "[A-Z][A-Z0-9]*_[A-Z0-9_]*[*]?", REG_EXTENDED))
    return 2;
  for (int i = 1; i < argc; i++)
    ok = check (argv[i]) && ok;
  regfree (&kept[0]);
  regfree (&kept[1]);
  return ok ? 0 : 2;
}
