/* The command's locale: what the user asked for, or the nearest thing
   gettext can serve when that locale is not installed.  */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "locale-setup.h"

/* Locales that exist almost everywhere and that can host LC_MESSAGES for
   gettext.  Under C.UTF-8 gettext honors LANGUAGE on glibc 2.36 but not
   on 2.39, hence the others after it.  */
static const char *const hosts[] = { "C.UTF-8", "en_US.UTF-8", "en_GB.UTF-8" };

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

/* Whether gettext now finds a catalog: some message differs from the
   library's compiled-in English (a new language may translate only a
   few).  */
static int
catalog_in_use (void)
{
  size_t i, n = omerr_count ();

  for (i = 0; i < n; i++)
    if (omerr_gettext (omerr_code_at (i)) != omerr_english (omerr_code_at (i)))
      return 1;
  return strncmp (omerr_gettext (0), "Unknown error code ", 19) != 0;
}

void
setup_locale (const char *program_name)
{
  const char *name, *language;
  size_t i;

  if (setlocale (LC_ALL, "") != NULL)
    return;
  name = requested_locale ();
  if (name == NULL)
    return;
  /* The locale for messages exists; another category's does not.  */
  if (setlocale (LC_ALL, name) != NULL)
    {
      fprintf (stderr, "%s: warning: some locale variable names a locale "
               "that is not installed; using %s\n", program_name, name);
      return;
    }

  /* gettext looks catalogs up through LANGUAGE once LC_MESSAGES is not
     "C"; the user's own LANGUAGE list, if any, keeps its precedence.  */
  language = getenv ("LANGUAGE");
  if (language == NULL || *language == '\0')
    setenv ("LANGUAGE", name, 1);
  for (i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
    if (setlocale (LC_ALL, hosts[i]) != NULL)
      {
        if (catalog_in_use ())
          {
            fprintf (stderr,
                     "%s: warning: locale %s is not installed; "
                     "messages from its language's catalog, in the charset of %s\n",
                     program_name, name, hosts[i]);
            return;
          }
      }
  setlocale (LC_ALL, "C");
  fprintf (stderr,
           "%s: warning: locale %s is not installed; messages in English\n",
           program_name, name);
}
