/* SPDX-License-Identifier: MIT */
/* The command's locale: what the user asked for, or the nearest thing
   gettext can serve when that locale is not installed.  Only the two
   categories the command uses are loaded (each costs a file to map at
   start-up): LC_CTYPE for the charset and widths, LC_MESSAGES for
   gettext.  */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "i18n.h"
#include "message-language.h"
#include "locale-setup.h"

/* Locales that exist almost everywhere and that can host LC_MESSAGES for
   gettext.  Under C.UTF-8 gettext honors LANGUAGE on glibc 2.36 but not
   on 2.39, hence the others after it.  */
static const char *const hosts[] = { "C.UTF-8", "en_US.UTF-8", "en_GB.UTF-8" };

/* Whether gettext may be asked for the command's messages.  The domain
   is bound and checked at the first one, not at start-up: a run that
   prints only codes never pays for either.  The library's catalog
   directory (OMERR_LOCALEDIR, else the installed one) holds the
   command's catalogs beside the tables'.  */
static int
cli_catalog_usable (void)
{
  static int bound;

  if (omerr_messages_untranslated ())
    return 0;
  if (!bound)
    {
      bindtextdomain (CLI_DOMAIN, omerr_catalog_dir ());
      textdomain (CLI_DOMAIN);
      bound = 1;
    }
  return !omerr_catalog_damaged_for (CLI_DOMAIN);
}

const char *
cli_gettext (const char *msgid)
{
  return cli_catalog_usable () ? gettext (msgid) : msgid;
}

const char *
cli_ngettext (const char *singular, const char *plural, unsigned long n)
{
  if (cli_catalog_usable ())
    return ngettext (singular, plural, n);
  return n == 1 ? singular : plural;
}

/* The locale LC_MESSAGES asks for, as setlocale reads the environment.  */
static const char *
requested_locale (void)
{
  static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  size_t i;

  for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
    {
      const char *v = getenv (vars[i]);

      if (v != NULL && *v != '\0')
        return v;
    }
  return NULL;
}

/* Sets both categories to NAME ("" for the environment's), in a locale
   of the command's one thread rather than the global locale: the
   library's damaged-catalog check reads a thread locale's name and then
   looks at the catalogs of its language only, where under the global
   locale, whose name another thread's setlocale may free, it must look
   at every language's (omerr_gettext(3), "Damaged catalogs"; README,
   Start-up).  */
static int
set_categories (const char *name)
{
  locale_t l = newlocale (LC_CTYPE_MASK | LC_MESSAGES_MASK, name,
                          (locale_t) 0), old;

  if (l == (locale_t) 0)
    return 0;
  old = uselocale (l);
  if (old != LC_GLOBAL_LOCALE)
    freelocale (old);
  return 1;
}

/* Whether gettext now finds a catalog: some message differs from the
   library's compiled-in English (a new language may translate only a
   few).  */
static int
catalog_in_use (void)
{
  size_t i, n = omerr_count ();

  for (i = 0; i < n; i++)
    if (message_translated (NULL, omerr_code_at (i),
                            omerr_gettext (omerr_code_at (i))))
      return 1;
  return message_translated (NULL, 0, omerr_gettext (0));
}

void
setup_locale (const char *program_name)
{
  const char *name, *language;
  size_t i;

  if (set_categories (""))
    return;
  name = requested_locale ();
  if (name == NULL)
    return;
  /* The locale for messages exists; LC_CTYPE's does not.  */
  if (set_categories (name))
    {
      fprintf (stderr, _("%s: warning: some locale variable names a locale "
                         "that is not installed; using %s\n"),
               program_name, name);
      return;
    }

  /* gettext looks catalogs up through LANGUAGE once LC_MESSAGES is not
     "C"; the user's own LANGUAGE list, if any, keeps its precedence.
     glibc takes a LANGUAGE set but empty as unset: so do we.  */
  language = getenv ("LANGUAGE");
  if (language == NULL || *language == '\0')
    setenv ("LANGUAGE", name, 1);
  for (i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
    if (set_categories (hosts[i]) && catalog_in_use ())
      {
        fprintf (stderr,
                 _("%s: warning: locale %s is not installed; messages from "
                   "its language's catalog, in the charset of %s\n"),
                 program_name, name, hosts[i]);
        return;
      }
  set_categories ("C");
  fprintf (stderr,
           _("%s: warning: locale %s is not installed; messages in English\n"),
           program_name, name);
}
