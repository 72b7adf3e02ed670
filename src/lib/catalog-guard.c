/* SPDX-License-Identifier: MIT */
/* Keeping gettext, which trusts every offset of a catalog it loads, away
   from damaged ones (threat model: omerr_gettext(3), "Damaged catalogs").  */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <libintl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mo-file.h"
#include "omerr-internal.h"

#ifndef OMERR_LOCALE_ALIAS           /* a test's own file */
# define OMERR_LOCALE_ALIAS "/usr/share/locale/locale.alias"
#endif
#define BLANKS " \t\r\v\f"

static struct record
{
  struct record *next;
  int damaged;
  char key[];  /* name ("": global locale), LANGUAGE, domain, dir, NUL-ended */
} *records[256];  /* verdicts: lists that only grow, read without a lock */
/* Under LOCK: the lists' growth, locale.alias and the files found sound.  */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char aliases[65536];
static int aliases_read;
static struct omerr_mo_checks checks;

/* Whether an entry of the name or LANGUAGE (LISTS, split at ':' as gettext
   splits them) is P (N bytes) or, with TAIL, P and then a codeset, modifier
   or (P having none) territory; case ignored, as a file system may.  */
static int
has_entry (const char *const lists[2], const char *p, size_t n, int tail)
{
  const char *e, *ends = !tail ? "" : memchr (p, '_', n) ? ".@" : "_.@";

  for (int i = 0; i < 2; i++)
    for (const char *s = lists[i]; *s != '\0'; s = e + (*e == ':'))
      if ((size_t) ((e = strchrnul (s, ':')) - s) >= n && e > s
          && (s + n == e || strchr (ends, s[n]) != NULL)
          && strncasecmp (s, p, n) == 0)
        return 1;
  return 0;
}

/* Whether DOMAIN bound to DIR may lead gettext to a damaged catalog under
   the name and LANGUAGE of LISTS, or cannot be known not to.  It may open
   any catalog under the global locale (no name), for a key of locale.alias
   (read once, as glibc reads it) or if that file holds a NUL byte or was
   not read whole; a '/' leads it out of DIR.  Else it drops an entry's
   territory, codeset or modifier, never changes them, and takes an entry
   with no language ("..") whole.  Checking more is safe; what gettext
   skips too (no file, a short one, a path too long) is no danger.  */
static int
verdict (const char *dir, const char *domain, const char *const lists[2])
{
  int fd = aliases_read ? -1 : open (OMERR_LOCALE_ALIAS, O_RDONLY | O_CLOEXEC);
  /* A regular file's read stops short only at its end.  */
  ssize_t got = fd < 0 ? 0 : read (fd, aliases, sizeof aliases - 1);
  char path[4096];
  size_t k;
  DIR *d;

  if (fd >= 0)
    close (fd);
  if (!aliases_read)
    aliases_read = got >= 0 && (size_t) got < sizeof aliases - 1
                   && strlen (aliases) == (size_t) got ? 1 : 2;
  int whole = *lists[0] == '\0' || aliases_read == 2, damaged = 0;
  for (const char *s = aliases; *(s += strspn (s, BLANKS "\n")) != '\0';
       s = strchrnul (s, '\n'))
    if (k = strcspn (s, BLANKS "\n"), *s != '#' && has_entry (lists, s, k, 0))
      {
        s += k + strspn (s + k, BLANKS);
        if (memchr (s, '/', strcspn (s, BLANKS "\n")) != NULL)
          return 1;
        whole = 1;
      }
  if ((d = opendir (dir)) == NULL)      /* nothing there, or not checkable */
    return errno != ENOENT && errno != ENOTDIR;
  for (struct dirent *e; !damaged && (e = readdir (d)) != NULL;)
    if (e->d_type != DT_REG && (k = strcspn (e->d_name, ".@"), whole
                                || has_entry (lists, e->d_name, k, 1))
        && (size_t) snprintf (path, sizeof path, "%s/LC_MESSAGES/%s.mo",
                              e->d_name, domain) < sizeof path)
      damaged = omerr_mo_check_at (dirfd (d), path, &checks) == EINVAL;
  closedir (d);
  return damaged;
}

/* bindtextdomain (DOMAIN, NULL), asked again only when glibc's catalog counter
   moved: it takes glibc's lock as a writer, so two threads missing the message
   cache together ran at 0.61 times one thread's rate without this, 1.71 to
   1.88 with it (bench-lookup --threads, l-256-spread, session 15).  */
static const char *
domain_dir (const char *domain)
{
  static __thread struct memo { const char *domain, *dir; int counter; } last;
  int counter = last.counter ^ 1;         /* without glibc's: never the last */
#ifdef HAVE_NL_MSG_CAT_CNTR
  counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);
#endif
  if (domain != last.domain || counter != last.counter)
    last = (struct memo) { domain, bindtextdomain (domain, NULL), counter };
  return last.dir;
}

int
omerr_catalog_damaged_for (const char *domain)
{
  const char *dir = domain_dir (domain), *s = getenv ("LANGUAGE");
  const char *lists[2] = { "", s != NULL ? s : "" };
  struct record *r;
#ifdef _NL_LOCALE_NAME
  /* The global locale's name, which any setlocale may free, is not read.  */
  if (uselocale ((locale_t) 0) != LC_GLOBAL_LOCALE)
    lists[0] = nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES));
#endif
  if (dir == NULL)
    return 1;
  size_t k = strlen (lists[0]) + 1, n = strlen (lists[1]) + 1;
  size_t m = strlen (domain) + 1, key = k + n + m + strlen (dir) + 1;
  unsigned char h = 5381 + n;              /* a bucket of the 256 */
  for (s = lists[0]; *s != '\0'; s++)
    h = h * 33 + (unsigned char) *s;
  for (r = __atomic_load_n (&records[h], __ATOMIC_ACQUIRE); r != NULL;
       r = r->next)
    if (strcmp (s = r->key, lists[0]) == 0 && strcmp (s += k, lists[1]) == 0
        && strcmp (s += n, domain) == 0 && strcmp (s + m, dir) == 0)
      return r->damaged;
  if (strchr (lists[0], '/') != NULL || strchr (lists[1], '/') != NULL
      || (r = malloc (sizeof *r + key)) == NULL)
    return 1;                   /* out of DIR; not checked: not trusted */
  snprintf (r->key, key, "%s%c%s%c%s%c%s", lists[0], 0, lists[1], 0,
            domain, 0, dir);
  pthread_mutex_lock (&lock);
  r->damaged = verdict (dir, domain, lists);
  r->next = records[h];
  __atomic_store_n (&records[h], r, __ATOMIC_RELEASE);
  pthread_mutex_unlock (&lock);
  return r->damaged;
}
