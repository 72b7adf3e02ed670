/* SPDX-License-Identifier: MIT */
/* Keeping gettext away from damaged catalogs (threat model: omerr_gettext(3),
   "Damaged catalogs").  glibc's gettext trusts every offset of a catalog it
   loads.  For a text domain it opens DIR/NAME/LC_MESSAGES/DOMAIN.mo, DIR
   the domain's binding, NAME a form of an entry of LANGUAGE or of the
   LC_MESSAGES locale's name, or of what locale.alias makes of one, with
   parts dropped (territory, codeset, modifier).  So every catalog under
   DIR in a directory such an entry may lead to is checked, once per
   domain, directory, locale name and LANGUAGE; under the global locale,
   whose name cannot be read safely, every catalog under DIR.  */
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
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo-file.h"
#include "omerr-internal.h"

/* The verdicts, keyed by the locale's name ("": the global locale),
   LANGUAGE, the domain and its directory, one string after the other; in
   lists by a hash of name and LANGUAGE that only grow, read without a lock
   and added to under LOCK.  */
struct record
{
  struct record *next;
  int damaged;
  char key[];
};
#define BUCKETS 256
static _Atomic (struct record *) records[BUCKETS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
/* Under LOCK: glibc's locale.alias, read once (NULL: none, for gettext
   either; ALIASES_READ 2: not read whole, every language is checked), and
   the files found sound so far, not read again.  */
static char *aliases;
static int aliases_read;
static struct omerr_mo_checks checks;

/* H, a hash (Bernstein's) of the strings before, continued over S.  */
static unsigned
hash (unsigned h, const char *s)
{
  for (; *s != '\0'; s++)
    h = h * 33 + (unsigned char) *s;
  return h;
}

/* Whether LIST (":de:zh_TW:", its first END bytes) has an entry that P
   (N bytes) is, or with TAIL, that P up to its codeset or modifier (the
   first '.' or '@') is: its language and territory or, when P has no
   territory, its language alone.  gettext drops parts of an entry (and
   tries a normalized codeset) but never changes its language or
   territory; an entry with no language part ("..", "_x") it takes whole,
   which this counts.  Codeset and modifier are not compared, nor case
   (a file system may ignore it): checking more is safe.  Empty entries
   are skipped, as gettext skips them.  */
static int
has_entry (const char *list, size_t end, const char *p, size_t n, int tail)
{
  const char *s, *ends = !tail ? ":" : memchr (p, '_', n) ? ".@:" : "_.@:";
  size_t k;

  for (s = list + 1; s < list + end; s += k + 1)
    if ((k = strcspn (s, ":")) >= n && k > 0 && strchr (ends, s[n]) != NULL
        && strncasecmp (s, p, n) == 0)
      return 1;
  return 0;
}

/* Appends to LIST (":german:de_AT:", with room for as many bytes as
   ALIASES has) the second word of each line of locale.alias whose first
   word is an entry of LIST, case ignored, as glibc reads that file (words
   end at any isspace character, a line whose first is '#' is a comment);
   each line adds at most once.  Whether a value holds a ':', which gettext
   takes as part of one name, not as a separator: LIST then cannot say
   where it leads.  */
#define BLANKS " \t\r\v\f"
static int
add_aliases (char *list)
{
  char *tail = strchr (list, '\0');
  size_t end = (size_t) (tail - list), k, v;
  const char *line, *value;
  int colon = 0;

  for (line = aliases; line != NULL && *line != '\0';
       line += strcspn (line, "\n"), line += *line == '\n')
    {
      line += strspn (line, BLANKS);
      k = *line != '#' ? strcspn (line, BLANKS "\n") : 0;
      if (k > 0 && has_entry (list, end, line, k, 0))
        {
          value = line + k + strspn (line + k, BLANKS);
          v = strcspn (value, BLANKS "\n");
          colon = colon || memchr (value, ':', v) != NULL;
          tail = (char *) memcpy (tail, value, v) + v;
          memcpy (tail++, ":", 2);
        }
    }
  return colon;
}

#ifndef OMERR_LOCALE_ALIAS           /* a test's own file */
# define OMERR_LOCALE_ALIAS "/usr/share/locale/locale.alias"
#endif
/* Reads glibc's locale.alias into ALIASES.  A read that stops short, or
   a NUL byte, where the text would end, leaves every language to be
   checked.  */
static void
read_aliases (void)
{
  int fd = open (OMERR_LOCALE_ALIAS, O_RDONLY | O_CLOEXEC);
  struct stat st = { 0 };
  ssize_t n = -1;

  if (fd >= 0 && fstat (fd, &st) == 0
      && (aliases = malloc ((size_t) st.st_size + 1)) != NULL)
    n = read (fd, aliases, (size_t) st.st_size);
  aliases_read = fd < 0 || (n == st.st_size
                            && memchr (aliases, '\0', (size_t) n) == NULL) ? 1 : 2;
  if (aliases != NULL)
    aliases[n > 0 ? n : 0] = '\0';
  if (fd >= 0)
    close (fd);
}

/* Whether a catalog of DOMAIN under DIR in a directory that LIST reaches
   (NULL: any) is one gettext would load but must not.  What gettext
   ignores too (no file, a short one, a directory, not a catalog) is no
   danger.  */
static int
scan (const char *dir, const char *domain, const char *list)
{
  DIR *d = opendir (dir);
  struct dirent *e;
  char path[4096];
  size_t end = list != NULL ? strlen (list) : 0;
  int damaged = 0;

  if (d == NULL)
    /* Nothing there, or nothing that can be checked.  */
    return errno != ENOENT && errno != ENOTDIR;
  /* "." and ".." too: a LANGUAGE of ".." names DIR/../LC_MESSAGES.  A
     path too long for open is too long for gettext's (from DIR) too.  */
  while (!damaged && (e = readdir (d)) != NULL)
    if (e->d_type != DT_REG
        && (list == NULL || has_entry (list, end, e->d_name,
                                       strcspn (e->d_name, ".@"), 1))
        && (size_t) snprintf (path, sizeof path, "%s/LC_MESSAGES/%s.mo",
                              e->d_name, domain) < sizeof path)
      damaged = omerr_mo_check_at (dirfd (d), path, &checks) == EINVAL;
  closedir (d);
  /* The sound files are remembered, not the memory they were read into.  */
  free (checks.buffer);
  checks.buffer = NULL;
  checks.capacity = 0;
  return damaged;
}

/* Whether DOMAIN bound to DIR may lead gettext to a damaged catalog under
   the locale NAME and LANGUAGE, or cannot be known not to.  */
static int
verdict (const char *domain, const char *dir, const char *name,
         const char *language)
{
  _Atomic (struct record *) *bucket
    = &records[hash (hash (5381, name), language) % BUCKETS];
  const char *s;
  struct record *r;
  size_t k = strlen (name) + 1, n = strlen (language) + 1;
  size_t m = strlen (domain) + 1, size, key;
  char *list;
  int damaged = 1, whole;      /* not checked: not trusted */

  for (r = atomic_load_explicit (bucket, memory_order_acquire); r != NULL;
       r = r->next)
    if (strcmp (s = r->key, name) == 0 && strcmp (s += k, language) == 0
        && strcmp (s += n, domain) == 0 && strcmp (s + m, dir) == 0)
      return r->damaged;
  pthread_mutex_lock (&lock);
  if (!aliases_read)
    read_aliases ();
  size = k + n + 2 + (aliases != NULL ? strlen (aliases) : 0);
  key = k + n + m + strlen (dir) + 1;
  list = malloc (size);
  if (list != NULL && (r = malloc (sizeof *r + key)) != NULL)
    {
      snprintf (list, size, ":%s:%s%s", name, language, n > 1 ? ":" : "");
      whole = add_aliases (list) || *name == '\0' || aliases_read == 2;
      /* The key's strings, each ending in its NUL.  */
      snprintf (r->key, key, "%s%c%s%c%s%c%s", name, 0, language, 0, domain, 0,
                dir);
      /* A '/' would lead gettext out of the directory.  */
      damaged = r->damaged = strchr (list, '/') != NULL
        || scan (dir, domain, whole ? NULL : list);
      r->next = atomic_load_explicit (bucket, memory_order_relaxed);
      atomic_store_explicit (bucket, r, memory_order_release);
    }
  free (list);
  pthread_mutex_unlock (&lock);
  return damaged;
}

int
omerr_catalog_damaged_for (const char *domain)
{
  const char *dir = bindtextdomain (domain, NULL);
  const char *language = getenv ("LANGUAGE"), *name = "";
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);

  /* Only a thread locale's name is read: another thread's setlocale
     frees the global locale's at any moment, even while duplocale copies
     it (glibc 2.36 measures the names before it takes its lock).  */
  if (locale != LC_GLOBAL_LOCALE)
    name = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale);
#endif
  return dir == NULL
         || verdict (domain, dir, name, language ? language : "");
}
