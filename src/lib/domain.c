/* SPDX-License-Identifier: MIT */
/* What gettext is asked with: the text domains, bound once in UTF-8, and
   the calling thread's locale names.  */
#include <config.h>

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "omerr-internal.h"

void
omerr_bind_utf8 (const char *domain, const char *dir)
{
  bindtextdomain (domain, dir);
  /* gettext's cache of translations keys a thread locale's by its
     LC_MESSAGES name, not by the LC_CTYPE charset it converted them to:
     asked in the output charset, it would hand a Big5 locale the UTF-8
     bytes of a UTF-8 locale of the same LC_MESSAGES.  Asked in UTF-8, its
     answer depends on LC_MESSAGES alone, and message.c converts.  */
  bind_textdomain_codeset (domain, "UTF-8");
}

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;
static const char *catalog_dir;

static void
bind_now (void)
{
  /* Lets tests and demos use the build tree's catalogs before
     'make install'; ignored in set-uid programs.  */
#ifdef HAVE_SECURE_GETENV
  const char *dir = secure_getenv ("OMERR_LOCALEDIR");
#else
  const char *dir = NULL;
#endif

  if (dir == NULL || *dir == '\0')
    dir = LOCALEDIR;
  omerr_bind_utf8 (OMERR_DOMAIN, dir);
  /* gettext keeps its own copy; ours must survive a change of the
     environment too.  */
  catalog_dir = strdup (dir);
  if (catalog_dir == NULL)
    catalog_dir = LOCALEDIR;
}

void
omerr_bind_domain (void)
{
  pthread_once (&bind_once, bind_now);
}

const char *
omerr_catalog_dir (void)
{
  omerr_bind_domain ();
  return catalog_dir;
}

/* The C library's name of the C locale, which setlocale gives for both
   C and POSIX and never frees.  */
static const char *
c_locale_name (void)
{
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  const char *name;

  if (c == (locale_t) 0)
    return NULL;
  name = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), c);
  freelocale (c);
  return name;
}

int
omerr_lookup_now (struct omerr_lookup *how)
{
  const char *codeset;
  size_t length;
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);

  if (locale != LC_GLOBAL_LOCALE)
    {
      const char *name = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES),
                                        locale);

      how->untranslated = strcmp (name, "C") == 0
                          || strcmp (name, "POSIX") == 0;
      codeset = nl_langinfo_l (CODESET, locale);
    }
  else
    {
      /* Another thread's setlocale frees the global locale's names at
         any moment, and glibc has no copy made under its lock (duplocale
         measures them before it takes the lock, then copies them into a
         buffer of that size).  So only the address is read, never the
         name: the C locale's is the C library's own.  Its data, the
         codeset among them, is never freed.  */
      how->untranslated = nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES))
                          == c_locale_name ();
      codeset = nl_langinfo (CODESET);
    }
#else
  /* The one name there is, read without a lock.  */
  const char *name = setlocale (LC_MESSAGES, NULL);

  how->untranslated = name == NULL || strcmp (name, "C") == 0
                      || strcmp (name, "POSIX") == 0;
  codeset = nl_langinfo (CODESET);
#endif
  length = strlen (codeset);
  if (length >= sizeof how->charset)
    return 0;
  memcpy (how->charset, codeset, length + 1);
  how->utf8 = strcmp (codeset, "UTF-8") == 0;
  return 1;
}

int
omerr_messages_untranslated (void)
{
  struct omerr_lookup how;

  return !omerr_lookup_now (&how) || how.untranslated;
}
