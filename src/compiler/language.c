/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "language.h"
#include "strbuf.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static bool
all_of (const char *s, size_t n, int (*pred) (int))
{
  for (size_t i = 0; i < n; i++)
    if (!pred ((unsigned char) s[i]))
      return false;
  return n > 0;
}

char *
language_from_tag (const char *tag)
{
  struct strbuf out = STRBUF_INIT;
  const char *script = NULL;
  size_t script_len = 0;
  bool ok = true;
  int part = 0;
  for (const char *p = tag; ok && *p != '\0'; part++)
    {
      size_t n = strcspn (p, "-_");
      if (part == 0 && (n == 2 || n == 3) && all_of (p, n, isalpha))
        for (size_t i = 0; ok && i < n; i++)
          ok = strbuf_putc (&out, (char) tolower ((unsigned char) p[i]));
      else if (part > 0 && n == 4 && all_of (p, n, isalpha) && script == NULL)
        script = p, script_len = n;
      else if (part > 0 && ((n == 2 && all_of (p, n, isalpha))
                            || (n == 3 && all_of (p, n, isdigit))))
        {
          ok = strbuf_putc (&out, '_');
          for (size_t i = 0; ok && i < n; i++)
            ok = strbuf_putc (&out, (char) toupper ((unsigned char) p[i]));
        }
      else
        ok = false;
      p += n;
      if (*p != '\0' && *++p == '\0')
        ok = false;
    }
  /* gettext spells scripts as modifiers (sr@latin); Hant/Hans are implied
     by the region in gettext's world and are dropped.  */
  if (ok && script != NULL && strncasecmp (script, "Han", 3) != 0)
    ok = strbuf_puts (&out, strncasecmp (script, "Latn", 4) == 0
                      ? "@latin" : strncasecmp (script, "Cyrl", 4) == 0
                      ? "@cyrillic" : "") && (script_len == 4);
  if (!ok || out.len == 0)
    {
      strbuf_free (&out);
      return NULL;
    }
  return strbuf_release (&out);
}

/* Languages whose regions write them differently enough that gettext
   must tell them apart: a page of one of these keeps its region.  */
static const char *const regional[] = { "en", "pt", "zh", NULL };

char *
language_of_page (const char *tag)
{
  char *lang = language_from_tag (tag);
  size_t base = lang ? strcspn (lang, "_@") : 0;
  if (lang == NULL || lang[base] != '_')
    return lang;
  for (const char *const *r = regional; *r != NULL; r++)
    if (strlen (*r) == base && strncmp (*r, lang, base) == 0)
      return lang;
  /* de_DE -> de: LANG=de_AT looks for de_AT, then de, never de_DE.  */
  size_t region = strcspn (lang + base, "@");
  memmove (lang + base, lang + base + region, strlen (lang + base + region) + 1);
  return lang;
}

/* What gettext's msginit knows of a language: its English name and its
   Plural-Forms (NULL when msginit has none).  Asked once per language.  */
struct gettext_language
{
  char *lang, *name, *plural_forms;
  struct gettext_language *next;
};
static struct gettext_language *asked;

/* The text of LINE (N bytes) between PREFIX and SUFFIX, or NULL.  */
static char *
between (const char *line, size_t n, const char *prefix, const char *suffix)
{
  size_t p = strlen (prefix), s = strlen (suffix);
  if (n < p + s || strncmp (line, prefix, p) != 0
      || strncmp (line + n - s, suffix, s) != 0)
    return NULL;
  return strndup (line + p, n - p - s);
}

static const struct gettext_language *
ask_msginit (const char *lang)
{
  struct gettext_language *g;
  for (g = asked; g != NULL; g = g->next)
    if (strcmp (g->lang, lang) == 0)
      return g;
  if ((g = calloc (1, sizeof *g)) == NULL || (g->lang = strdup (lang)) == NULL)
    return free (g), NULL;
  g->next = asked, asked = g;
  /* An empty template in, the new catalog's header out (on stdout); run
     in a directory of its own, or msginit reads the package's name from
     a configure.ac it finds.  */
  char dir[] = "/tmp/omerrc-language-XXXXXX", pot[64], command[256];
  bool ok = strspn (lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "0123456789_@") == strlen (lang) && mkdtemp (dir) != NULL;
  bool made = ok;
  FILE *f = ok && snprintf (pot, sizeof pot, "%s/in.pot", dir) > 0
    ? fopen (pot, "w") : NULL;
  ok = f != NULL
    && fputs ("# SOME DESCRIPTIVE TITLE.\nmsgid \"\"\nmsgstr \"\"\n"
              "\"Content-Type: text/plain; charset=UTF-8\\n\"\n", f) >= 0;
  ok = (f == NULL || fclose (f) == 0) && ok
    && snprintf (command, sizeof command, "cd %s && LC_ALL=C '%s' "
                 "--no-translator --no-wrap -l %s -i in.pot -o - 2>/dev/null",
                 dir, MSGINIT_PROGRAM, lang) < (int) sizeof command;
  FILE *out = ok ? popen (command, "r") : NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while (out != NULL && (n = getline (&line, &cap, out)) > 0)
    {
      n -= line[n - 1] == '\n';
      char *v;
      if (g->name == NULL
          && (v = between (line, (size_t) n, "# ", " package.")) != NULL)
        {
          /* "# German translations for PACKAGE package."  */
          char *end = strstr (v, " translations for ");
          if (end != NULL)
            *end = '\0', g->name = v;
          else
            free (v);
        }
      else if (g->plural_forms == NULL
               && (v = between (line, (size_t) n, "\"Plural-Forms: ",
                                "\\n\"")) != NULL)
        g->plural_forms = v;
    }
  free (line);
  if (out != NULL)
    pclose (out);
  if (f != NULL)
    unlink (pot);
  if (made)
    rmdir (dir);
  return g;
}

char *
language_plural_forms (const char *lang, const char *kept_header)
{
  const struct gettext_language *g = ask_msginit (lang);
  if (g != NULL && g->plural_forms != NULL)
    return strdup (g->plural_forms);
  /* Else what the catalog already says (its translator's choice) ...  */
  const char *kept = kept_header ? strstr (kept_header, "Plural-Forms: ") : NULL;
  if (kept != NULL && (kept == kept_header || kept[-1] == '\n'))
    return strndup (kept + 14, strcspn (kept + 14, "\n"));
  /* ... else the rule libintl applies to a catalog without the header.  */
  return strdup ("nplurals=2; plural=(n != 1);");
}

const char *
language_english_name (const char *lang)
{
  const struct gettext_language *g = ask_msginit (lang);
  return g != NULL ? g->name : NULL;
}
