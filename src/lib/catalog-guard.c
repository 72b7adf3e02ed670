/* SPDX-License-Identifier: MIT */
/* Keeping gettext away from damaged catalogs (threat model: omerr_gettext(3),
   "Damaged catalogs").  glibc's gettext trusts every offset of a catalog it
   loads.  For a text domain it opens DIR/NAME/LC_MESSAGES/DOMAIN.mo, DIR
   the domain's binding, NAME a form of an entry of LANGUAGE or of the
   LC_MESSAGES locale's name, or of what locale.alias makes of one, which
   begins with the entry's language part (up to the first '_', '.' or '@').
   So every catalog under DIR in a directory of one of those parts is
   checked, once per domain, directory and set of parts; under the global
   locale, whose name cannot be read safely, every catalog under DIR.  */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <libintl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo-file.h"
#include "omerr-internal.h"

/* The verdict on DOMAIN bound to DIR under KEY, the locale's name and
   LANGUAGE ("zh_TW.UTF-8:de:fr"; "/:" under the global locale), whose
   entries reach the language PARTS (":zh:de:fr:"; NULL: all).  In lists by
   a hash of the key that only grow, read without a lock, and added to
   under LOCK, as is the list of all.  */
struct record
{
  struct record *next, *also;
  int damaged;
  char *parts, *domain, *dir, key[];    /* the key, then the strings */
};
#define BUCKETS 256
static _Atomic (struct record *) records[BUCKETS];
static struct record *all;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
/* glibc's locale.alias, read once under LOCK (NULL: there is none, for
   gettext either; not read whole: every language is checked).  */
static char *aliases;
static int aliases_read, aliases_unknown;
#ifdef HAVE_NL_MSG_CAT_CNTR
extern int _nl_msg_cat_cntr;
# define COUNTER __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED)
#else
# define COUNTER (last_counter ^ 1)     /* never the last one */
#endif
#define HAS_SLASH(s) ((s) != NULL && strchr ((s), '/') != NULL)

static unsigned
hash (unsigned h, const char *s)
{
  for (; *s != '\0'; s++)
    h = h * 33 + (unsigned char) *s;
  return h;
}

/* S copied to TO; what follows its NUL.  */
static char *
put (char *to, const char *s)
{
  size_t n = strlen (s) + 1;

  return (char *) memcpy (to, s, n) + n;
}

/* The length of the language part of S (N bytes), as gettext splits a
   name: up to the first '_', '.' or '@'.  */
static size_t
part_length (const char *s, size_t n)
{
  size_t i = 0;

  while (i < n && s[i] != '_' && s[i] != '.' && s[i] != '@')
    i++;
  return i;
}

/* Whether language part P (N bytes) is one of PARTS (":zh:en:"); else, with
   ADD, appends it (PARTS has room).  */
static int
has_part (char *parts, const char *p, size_t n, int add)
{
  char *s;

  for (s = parts; s[1] != '\0'; s = strchr (s + 1, ':'))
    if ((n == 0 || s[1] == *p) && strncmp (s + 1, p, n) == 0
        && s[1 + n] == ':')
      return 1;
  if (add)
    memcpy ((char *) memcpy (s + 1, p, n) + n, ":", 2);
  return 0;
}

/* Adds to PARTS the language part of each entry of LIST ("de:fr") and of
   each value locale.alias gives the entry: the second word of a line
   whose first is the entry, ignoring case, as glibc.  */
static void
add_parts (char *parts, const char *list)
{
  const char *c, *line;
  size_t n, k;

  for (c = list; *c != '\0'; c += n + (c[n] == ':'))
    if ((n = strcspn (c, ":")) > 0)   /* gettext skips empty entries */
      {
        has_part (parts, c, part_length (c, n), 1);
        for (line = aliases; line != NULL && *line != '\0';
             line += strcspn (line, "\n"), line += *line == '\n')
          {
            line += strspn (line, " \t");
            k = strcspn (line, " \t\n");
            if (k != n || strncasecmp (line, c, n) != 0)
              continue;
            line += k + strspn (line + k, " \t");
            has_part (parts, line,
                      part_length (line, strcspn (line, " \t\n")), 1);
          }
      }
}

static void
read_aliases (void)
{
  int fd = open ("/usr/share/locale/locale.alias", O_RDONLY | O_CLOEXEC);
  struct stat st;

  aliases_read = 1;
  aliases_unknown = fd >= 0
    && (fstat (fd, &st) != 0
        || (aliases = malloc ((size_t) st.st_size + 1)) == NULL
        || read (fd, aliases, (size_t) st.st_size) != st.st_size);
  if (aliases != NULL)
    aliases[aliases_unknown ? 0 : st.st_size] = '\0';
  if (fd >= 0)
    close (fd);
}

/* Whether a catalog of DOMAIN under DIR in a directory of one of the
   language PARTS (NULL: any) is one gettext would load but must not.
   What gettext ignores too (no file, a short one, a directory, not a
   catalog) is no danger.  */
static int
scan (const char *dir, const char *domain, char *parts)
{
  DIR *d = opendir (dir);
  struct dirent *e;
  struct omerr_mo_checks checks = { 0 };
  char path[4096];
  size_t room = strlen (domain) + sizeof "/LC_MESSAGES/.mo", n;
  int damaged = 0;

  if (d == NULL)
    /* Nothing there, or nothing that can be checked.  */
    return errno != ENOENT && errno != ENOTDIR;
  /* "." and ".." too: a LANGUAGE of ".." names DIR/../LC_MESSAGES.  Paths
     opened from DIR.  One too long for the buffer is too long for open.  */
  while (!damaged && (e = readdir (d)) != NULL)
    {
      n = strlen (e->d_name);
      if (e->d_type == DT_REG || n + room > sizeof path
          || (parts != NULL
              && !has_part (parts, e->d_name, part_length (e->d_name, n), 0)))
        continue;
      put (put (put (put (path, e->d_name) - 1, "/LC_MESSAGES/") - 1, domain)
           - 1, ".mo");
      damaged = omerr_mo_check_at (dirfd (d), path, &checks) == EINVAL;
    }
  closedir (d);
  free (checks.buffer);
  return damaged;
}

/* The record of DOMAIN bound to DIR under NAME ("/": the global locale)
   and LANGUAGE, made when new (its catalogs checked unless a record of the
   same parts was); NULL when memory runs out.  */
static const struct record *
record_of (const char *domain, const char *dir, const char *name,
           const char *language)
{
  _Atomic (struct record *) *bucket
    = &records[hash (hash (5381, name) * 33 + ':', language) % BUCKETS];
  struct record *r = atomic_load_explicit (bucket, memory_order_acquire), *o;
  size_t k = strlen (name), n = strlen (language);
  char *parts;

  for (; r != NULL; r = r->next)
    if (strncmp (r->key, name, k) == 0 && r->key[k] == ':'
        && strcmp (r->key + k + 1, language) == 0
        && strcmp (r->domain, domain) == 0 && strcmp (r->dir, dir) == 0)
      return r;
  pthread_mutex_lock (&lock);
  if (!aliases_read)
    read_aliases ();
  parts = malloc (k + n + (aliases != NULL ? strlen (aliases) : 0) + 4);
  if (parts != NULL)
    {
      memcpy (parts, ":", 2);
      if (*name != '/')
        add_parts (parts, language), add_parts (parts, name);
      r = malloc (sizeof *r + k + n + strlen (parts) + strlen (domain)
                  + strlen (dir) + 5);
    }
  if (r != NULL)
    {
      r->parts = put (put (put (r->key, name) - 1, ":") - 1, language);
      put (r->dir = put (r->domain = put (r->parts, parts), domain), dir);
      if (*name == '/' || aliases_unknown)
        r->parts = NULL;
      for (r->damaged = -1, o = all; o != NULL && r->damaged < 0; o = o->also)
        if ((o->parts == NULL ? r->parts == NULL
             : r->parts != NULL && strcmp (o->parts, r->parts) == 0)
            && strcmp (o->domain, domain) == 0 && strcmp (o->dir, dir) == 0)
          r->damaged = o->damaged;
      if (r->damaged < 0)
        r->damaged = scan (dir, domain, r->parts);
      r->also = all;
      all = r;
      r->next = atomic_load_explicit (bucket, memory_order_relaxed);
      atomic_store_explicit (bucket, r, memory_order_release);
    }
  free (parts);
  pthread_mutex_unlock (&lock);
  return r;
}

int
omerr_catalog_damaged_for (const char *domain)
{
  /* glibc moves its counter at every change of a binding: while it stays,
     the thread's last answer of bindtextdomain holds (its lock spared).  */
  static __thread const char *last_domain, *last_dir;
  static __thread int last_counter;
  int counter = COUNTER;
  const char *language = getenv ("LANGUAGE"), *name = NULL;
  const struct record *r;
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);

  /* Only a thread locale's name is read: another thread's setlocale
     frees the global locale's at any moment, even while duplocale copies
     it (glibc 2.36 measures the names before it takes its lock).  */
  if (locale != LC_GLOBAL_LOCALE)
    name = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale);
#endif
  if (domain != last_domain || counter != last_counter)
    {
      last_dir = bindtextdomain (domain, NULL);
      last_domain = domain;
      last_counter = counter;
    }
  /* A '/' would lead gettext out of the directory (glibc's setlocale and
     newlocale refuse such a locale name).  */
  if (last_dir == NULL || HAS_SLASH (language) || HAS_SLASH (name))
    return 1;
  r = name == NULL ? record_of (domain, last_dir, "/", "")
      : record_of (domain, last_dir, name, language != NULL ? language : "");
  return r == NULL || r->damaged;   /* not checked: not trusted */
}
