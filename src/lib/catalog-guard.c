/* SPDX-License-Identifier: MIT */
/* Keeping gettext away from damaged catalogs (threat model: omerr_gettext(3),
   "Damaged catalogs").

   glibc's gettext trusts every offset of a catalog it loads: one cut short
   or damaged makes it read outside the file (SIGSEGV) or probe its hash
   table forever.  The files it may open for a text domain are
   DIR/NAME/LC_MESSAGES/DOMAIN.mo, DIR being the directory the domain is
   bound to and NAME any of the forms gettext derives from LANGUAGE and the
   locale name (locale.alias expansion, then language, territory, codeset,
   normalized codeset and modifier dropped in turn).  Rather than
   following that derivation, every such file under DIR is checked, once
   per domain and directory: a name from LANGUAGE or the locale cannot
   reach a file the check never saw, and the verdict does not depend on
   the locale.  A name with a '/' is the one way out of DIR's children:
   gettext is then not asked.  */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "mo-file.h"
#include "omerr-internal.h"

struct verdict
{
  struct verdict *next;
  int damaged;
  const char *dir;
  char domain[];              /* then the directory */
};

/* The verdicts so far: a list that only grows, read without a lock.  */
static _Atomic (struct verdict *) verdicts;

/* Whether a catalog of DOMAIN under DIR is one gettext would load but
   must not.  What gettext ignores too (no file, a short one, a
   directory, not a catalog) is no danger.  */
static int
scan (const char *dir, const char *domain)
{
  static const char middle[] = "/LC_MESSAGES/";
  DIR *d = opendir (dir);
  struct dirent *e;
  size_t domain_length = strlen (domain), name_length;
  struct omerr_mo_checks checks = { 0 };
  char path[4096];
  int damaged = 0;

  if (d == NULL)
    /* Nothing there, or nothing that can be checked.  */
    return errno != ENOENT && errno != ENOTDIR;
  /* "." and ".." included: a LANGUAGE of ".." names DIR/../LC_MESSAGES.
     Paths put together by hand and opened from DIR: snprintf and the
     walk down DIR again were most of the time taken.  */
  while (!damaged && (e = readdir (d)) != NULL)
    {
      name_length = strlen (e->d_name);
      /* A path too long for the buffer is too long for open.  */
      if (e->d_type == DT_REG
          || name_length + sizeof middle + domain_length + 3 >= sizeof path)
        continue;
      memcpy (path, e->d_name, name_length);
      memcpy (path + name_length, middle, sizeof middle - 1);
      memcpy (path + name_length + sizeof middle - 1, domain, domain_length);
      memcpy (path + name_length + sizeof middle - 1 + domain_length, ".mo",
              4);
      damaged = omerr_mo_check_at (dirfd (d), path, &checks) == EINVAL;
    }
  closedir (d);
  free (checks.buffer);
  return damaged;
}

static int
has_slash (const char *name)
{
  return name != NULL && strchr (name, '/') != NULL;
}

int
omerr_catalog_damaged_for (const char *domain)
{
  const char *dir = bindtextdomain (domain, NULL);
  struct verdict *v, *head;
  size_t domain_size, dir_size;
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);

  /* Only a thread locale's name is read: another thread's setlocale
     frees the global locale's at any moment (and glibc's setlocale and
     newlocale refuse a name with a '/').  */
  if (locale != LC_GLOBAL_LOCALE
      && has_slash (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale)))
    return 1;
#endif
  if (dir == NULL || has_slash (getenv ("LANGUAGE")))
    return 1;
  head = atomic_load_explicit (&verdicts, memory_order_acquire);
  for (v = head; v != NULL; v = v->next)
    if (strcmp (v->domain, domain) == 0 && strcmp (v->dir, dir) == 0)
      return v->damaged;
  domain_size = strlen (domain) + 1;
  dir_size = strlen (dir) + 1;
  v = malloc (sizeof *v + domain_size + dir_size);
  if (v == NULL)
    return 1;                   /* not checked: not trusted */
  memcpy (v->domain, domain, domain_size);
  v->dir = memcpy (v->domain + domain_size, dir, dir_size);
  v->damaged = scan (v->dir, domain);
  /* Two threads may both check a domain: their verdicts agree.  */
  v->next = head;
  while (!atomic_compare_exchange_weak_explicit (&verdicts, &v->next, v,
                                                 memory_order_release,
                                                 memory_order_relaxed))
    ;
  return v->damaged;
}

int
omerr_catalog_damaged (void)
{
  omerr_bind_domain ();
  return omerr_catalog_damaged_for (OMERR_DOMAIN);
}
