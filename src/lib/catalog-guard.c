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
#include <stdatomic.h>
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

/* Verdicts by locale name ("": the global locale), LANGUAGE, domain and
   directory, in lists that only grow, read without a lock.  */
struct record
{
  struct record *next;
  int damaged;
  char key[];
};
static _Atomic (struct record *) records[256];
/* Under LOCK: the lists' growth, locale.alias and the files found sound
   (and the memory they were read into, kept for the next).  */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char aliases[65536];
static int aliases_read;
static struct omerr_mo_checks checks;

/* Whether the name or LANGUAGE (LISTS, split at ':' as gettext splits
   them) has an entry that is P (N bytes) or, with TAIL, starts so and goes
   on with a codeset, modifier or (P having none) territory; case ignored,
   as a file system may ignore it.  */
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
  int whole = *lists[0] == '\0', damaged = 0;
  char path[4096];
  struct dirent *e;
  size_t k;
  DIR *d;

  if (fd >= 0)
    close (fd);
  if (!aliases_read)
    aliases_read = got >= 0 && (size_t) got < sizeof aliases - 1
                   && strlen (aliases) == (size_t) got ? 1 : 2;
  whole |= aliases_read == 2;
  for (const char *s = aliases; *s != '\0';
       s = strchrnul (s, '\n'), s += *s == '\n')
    if (s += strspn (s, BLANKS), k = strcspn (s, BLANKS "\n"),
        *s != '#' && k > 0 && has_entry (lists, s, k, 0))
      {
        s += k + strspn (s + k, BLANKS);
        if (memchr (s, '/', strcspn (s, BLANKS "\n")) != NULL)
          return 1;
        whole = 1;
      }
  if (strchr (lists[0], '/') != NULL || strchr (lists[1], '/') != NULL)
    return 1;
  if ((d = opendir (dir)) == NULL)      /* nothing there, or not checkable */
    return errno != ENOENT && errno != ENOTDIR;
  while (!damaged && (e = readdir (d)) != NULL)
    if (e->d_type != DT_REG && (k = strcspn (e->d_name, ".@"), whole
                                || has_entry (lists, e->d_name, k, 1))
        && (size_t) snprintf (path, sizeof path, "%s/LC_MESSAGES/%s.mo",
                              e->d_name, domain) < sizeof path)
      damaged = omerr_mo_check_at (dirfd (d), path, &checks) == EINVAL;
  closedir (d);
  return damaged;
}

/* bindtextdomain (DOMAIN, NULL), asked again only when glibc's counter of
   binding changes moved: bindtextdomain takes glibc's lock as a writer,
   so two threads missing the message cache together ran at 0.61 times
   one thread's rate without this, at 1.71 to 1.88 with it (bench-lookup
   --threads, l-256-spread, session 15).  */
#ifdef HAVE_NL_MSG_CAT_CNTR
extern int _nl_msg_cat_cntr;
#endif
static const char *
domain_dir (const char *domain)
{
  static __thread const char *last_domain, *last_dir;
  static __thread int last_counter;
#ifdef HAVE_NL_MSG_CAT_CNTR
  int counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);
#else
  int counter = last_counter ^ 1;         /* never the last one */
#endif
  if (domain != last_domain || counter != last_counter)
    last_dir = bindtextdomain (domain, NULL), last_domain = domain,
      last_counter = counter;
  return last_dir;
}

int
omerr_catalog_damaged_for (const char *domain)
{
  const char *dir = domain_dir (domain), *s = getenv ("LANGUAGE");
  const char *lists[2] = { "", s != NULL ? s : "" };
  struct record *r;
  int damaged = 1;             /* not checked: not trusted */
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);

  /* A thread locale's name only: another thread's setlocale frees the
     global locale's at any moment, even while duplocale copies it (glibc
     2.36 measures the names before it takes its lock).  */
  if (locale != LC_GLOBAL_LOCALE)
    lists[0] = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale);
#endif
  if (dir == NULL)
    return 1;
  size_t k = strlen (lists[0]) + 1, n = strlen (lists[1]) + 1;
  size_t m = strlen (domain) + 1, key = k + n + m + strlen (dir) + 1;
  unsigned h = 5381 + (unsigned) n;
  for (s = lists[0]; *s != '\0'; s++)
    h = h * 33 + (unsigned char) *s;
  _Atomic (struct record *) *bucket = &records[h % 256];
  for (r = atomic_load_explicit (bucket, memory_order_acquire); r != NULL;
       r = r->next)
    if (strcmp (s = r->key, lists[0]) == 0 && strcmp (s += k, lists[1]) == 0
        && strcmp (s += n, domain) == 0 && strcmp (s + m, dir) == 0)
      return r->damaged;
  pthread_mutex_lock (&lock);
  if ((r = malloc (sizeof *r + key)) != NULL)
    {
      snprintf (r->key, key, "%s%c%s%c%s%c%s", lists[0], 0, lists[1], 0,
                domain, 0, dir);
      damaged = r->damaged = verdict (dir, domain, lists);
      r->next = atomic_load_explicit (bucket, memory_order_relaxed);
      atomic_store_explicit (bucket, r, memory_order_release);
    }
  pthread_mutex_unlock (&lock);
  return damaged;
}
