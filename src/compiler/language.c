/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "omerrc.h"

#include <ctype.h>
#include <fcntl.h>
#include <gettext-po.h>
#include <spawn.h>
#include <strings.h>
#include <sys/wait.h>

extern char **environ;

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

/* What msginit knows of a language (NULL: nothing), asked once.  */
struct gettext_language
{
  char *lang, *name, *plural_forms;
  struct gettext_language *next;
};
static struct gettext_language *asked;

/* Runs msginit on an empty template; the pipe its header comes out of,
   or -1.  Without a Project-Id-Version, msginit would run a shell script
   looking for the package's name (a dozen processes more).  */
static int
run_msginit (const char *lang, pid_t *pid)
{
  static const char pot[] = "# SOME DESCRIPTIVE TITLE.\nmsgid \"\"\n"
    "msgstr \"\"\n\"Project-Id-Version: omerrc\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
  int in[2], out[2];
  if (pipe2 (in, O_CLOEXEC) != 0)
    return -1;
  /* Written before msginit starts (the pipe holds it): no SIGPIPE from a
     msginit that exits without reading it.  */
  bool ok = write (in[1], pot, sizeof pot - 1) == sizeof pot - 1;
  close (in[1]);
  if (!ok || pipe2 (out, O_CLOEXEC) != 0)
    return close (in[0]), -1;
  /* msginit's header comment in English, for ask_msginit; omerrc never
     calls setlocale.  */
  if (setenv ("LC_ALL", "C", 1) != 0)
    mem_exhausted ();
  char *argv[] = { (char *) MSGINIT_PROGRAM, (char *) "--no-translator",
                   (char *) "--no-wrap", (char *) "-l", (char *) lang,
                   (char *) "-i", (char *) "-", (char *) "-o", (char *) "-",
                   NULL };
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init (&fa);
  posix_spawn_file_actions_adddup2 (&fa, in[0], 0);
  posix_spawn_file_actions_adddup2 (&fa, out[1], 1);
  posix_spawn_file_actions_addopen (&fa, 2, "/dev/null", O_WRONLY, 0);
  ok = posix_spawnp (pid, MSGINIT_PROGRAM, &fa, NULL, argv, environ) == 0;
  posix_spawn_file_actions_destroy (&fa);
  close (in[0]);
  close (out[1]);
  if (!ok)
    close (out[0]);
  return ok ? out[0] : -1;
}

/* msginit's output, read by the pipe's name in /dev/fd (libgettextpo
   reads by name only); without /dev/fd (no /proc), as for a language
   msginit does not know.  */
static const struct gettext_language *
ask_msginit (const char *lang)
{
  struct gettext_language *g;
  for (g = asked; g != NULL; g = g->next)
    if (strcmp (g->lang, lang) == 0)
      return g;
  g = mem_realloc (NULL, sizeof *g);
  *g = (struct gettext_language) { .lang = mem_strdup (lang), .next = asked };
  asked = g;
  pid_t pid;
  int out = run_msginit (lang, &pid);
  if (out < 0)
    return g;
  char path[32];
  snprintf (path, sizeof path, "/dev/fd/%d", out);
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
  close (out);
  waitpid (pid, NULL, 0);
  return g;
}

char *
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
