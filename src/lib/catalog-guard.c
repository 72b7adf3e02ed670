/* SPDX-License-Identifier: MIT */
/* Keeping gettext away from damaged catalogs (threat model: omerr_gettext(3),
   "Damaged catalogs").

   glibc's gettext trusts every offset of a catalog it loads: one cut short
   or damaged makes it read outside the file (SIGSEGV) or probe its hash
   table forever.  The files it may open for a text domain are
   DIR/NAME/LC_MESSAGES/DOMAIN.mo, DIR being the directory the domain is
   bound to and NAME one of the forms gettext derives from each entry of
   LANGUAGE and from the LC_MESSAGES locale name: the entry, or what
   locale.alias makes of it, with its territory, codeset, normalized
   codeset and modifier dropped in turn.  Every such form begins with the
   entry's language part (up to the first '_', '.' or '@'), or its
   alias's.  Rather than following the rest of that derivation, every
   catalog under DIR whose directory has one of those language parts is
   checked, once per domain, directory and set of language parts: a
   shared /usr/share/locale holds some two hundred languages, which a
   check of all of them had to visit (README, Start-up).  Under the global
   locale, whose name cannot be read safely, all of them still are.  A
   name with a '/' is the one way out of DIR's children: gettext is then
   not asked.  */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mo-file.h"
#include "omerr-internal.h"

struct verdict
{
  struct verdict *next;
  int damaged;
  const char *dir;
  const char *parts;          /* the language parts checked (a record of
                                 reaches, never freed), NULL: all */
  char domain[];              /* then the directory */
};

/* The verdicts so far: a list that only grows, read without a lock.  */
static _Atomic (struct verdict *) verdicts;

/* Pushes V on the list at *HEAD, which only grows: two threads may both
   push an equal record, which does no harm.  */
#define PUSH(head, v)                                                     \
  do                                                                      \
    (v)->next = atomic_load_explicit ((head), memory_order_relaxed);      \
  while (!atomic_compare_exchange_weak_explicit ((head), &(v)->next, (v), \
                                                 memory_order_release,    \
                                                 memory_order_relaxed))

/* The length of the language part of S (N bytes), as gettext splits a
   locale name.  */
static size_t
part_length (const char *s, size_t n)
{
  size_t i = 0;

  while (i < n && s[i] != '_' && s[i] != '.' && s[i] != '@')
    i++;
  return i;
}

/* Whether language part P (N bytes) is one of PARTS (":zh:en:").  */
static int
has_part (const char *parts, const char *p, size_t n)
{
  for (; parts[1] != '\0'; parts = strchr (parts + 1, ':'))
    if (strncmp (parts + 1, p, n) == 0 && parts[1 + n] == ':')
      return 1;
  return 0;
}

#ifdef _NL_LOCALE_NAME
/* What gettext is asked under, LC_MESSAGES's locale name and LANGUAGE,
   and the language parts they lead to, ":zh:en:"; lists that only grow,
   by a hash of the two (a thread may take many locales by turns).  */
struct reach
{
  struct reach *next;
  const char *language, *parts;
  char name[];                /* then LANGUAGE, then the parts */
};
#define REACH_BUCKETS 256
static _Atomic (struct reach *) reaches[REACH_BUCKETS];

static unsigned
reach_hash (const char *name, const char *language)
{
  unsigned h = 5381;

  for (; *name != '\0'; name++)
    h = h * 33 + (unsigned char) *name;
  for (; *language != '\0'; language++)
    h = h * 33 + (unsigned char) *language;
  return h % REACH_BUCKETS;
}

/* glibc's locale.alias (its LOCALE_ALIAS_PATH), read once; NULL when
   there is none, for gettext too.  Not all read (no memory, a read
   error): not known, so nothing is trusted.  */
static char *aliases;
static int aliases_unknown;
static pthread_once_t aliases_once = PTHREAD_ONCE_INIT;

static void
read_aliases (void)
{
  FILE *f = fopen ("/usr/share/locale/locale.alias", "re");
  size_t n = 0, cap = 0;
  char *grown;

  for (; f != NULL && !feof (f) && !ferror (f); n += fread (aliases + n, 1,
                                                            cap - n - 1, f))
    if (cap - n < 4096)
      {
        if ((grown = realloc (aliases, cap += 8192)) == NULL)
          break;
        aliases = grown;
      }
  if (aliases != NULL)
    aliases[n] = '\0';
  aliases_unknown = f != NULL && (ferror (f) || !feof (f));
  if (f != NULL)
    fclose (f);
}

/* Appends language part P (N bytes) to *PARTS (of *SIZE bytes), unless
   it is there; false when memory runs out.  */
static int
add_part (char **parts, size_t *size, const char *p, size_t n)
{
  char *grown;

  if (has_part (*parts, p, n))
    return 1;
  grown = realloc (*parts, *size + n + 1);
  if (grown == NULL)
    return 0;
  memcpy (grown + *size - 1, p, n);
  memcpy (grown + *size - 1 + n, ":", 2);
  *parts = grown;
  *size += n + 1;
  return 1;
}

/* Adds the language parts of name C (N bytes) and of each alias value
   locale.alias gives it: the second word of a line whose first is C,
   compared ignoring case, as glibc does.  */
static int
add_parts_of (char **parts, size_t *size, const char *c, size_t n)
{
  const char *line = aliases, *value;
  size_t k;

  if (!add_part (parts, size, c, part_length (c, n)))
    return 0;
  for (; line != NULL && *line != '\0'; line += strcspn (line, "\n"),
       line += *line == '\n')
    {
      line += strspn (line, " \t");
      k = strcspn (line, " \t\n");
      if (k != n || strncasecmp (line, c, n) != 0)
        continue;
      value = line + k + strspn (line + k, " \t");
      if (!add_part (parts, size, value,
                     part_length (value, strcspn (value, " \t\n"))))
        return 0;
    }
  return 1;
}

/* The record for NAME and LANGUAGE, made when new; NULL when memory
   runs out.  */
static const struct reach *
reach_of (const char *name, const char *language)
{
  _Atomic (struct reach *) *bucket = &reaches[reach_hash (name, language)];
  struct reach *r = atomic_load_explicit (bucket, memory_order_acquire);
  size_t name_size = strlen (name) + 1, language_size = strlen (language) + 1;
  size_t size = 2, n;
  char *parts = strdup (":");
  const char *c;

  for (; r != NULL; r = r->next)
    if (strcmp (r->name, name) == 0 && strcmp (r->language, language) == 0)
      return free (parts), r;
  pthread_once (&aliases_once, read_aliases);
  if (aliases_unknown)
    return free (parts), NULL;
  /* LANGUAGE's entries, then the locale name: glibc reads the first
     only when the locale is not C, and that is no matter here.  */
  for (c = language; parts != NULL; c += n + (c[n] == ':'))
    {
      n = strcspn (c, ":");
      if (n == 0 && *c == '\0')
        break;
      if (n > 0 && !add_parts_of (&parts, &size, c, n))
        parts = (free (parts), NULL);
    }
  if (parts == NULL || !add_parts_of (&parts, &size, name, name_size - 1)
      || (r = malloc (sizeof *r + name_size + language_size + size)) == NULL)
    return free (parts), NULL;
  memcpy (r->name, name, name_size);
  r->language = memcpy (r->name + name_size, language, language_size);
  r->parts = memcpy (r->name + name_size + language_size, parts, size);
  free (parts);
  PUSH (bucket, r);
  return r;
}

#endif

/* Whether a catalog of DOMAIN under DIR in a directory with one of the
   language PARTS (NULL: any) is one gettext would load but must not.
   What gettext ignores too (no file, a short one, a directory, not a
   catalog) is no danger.  */
static int
scan (const char *dir, const char *domain, const char *parts)
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
  /* "." and ".." included: a LANGUAGE of ".." names DIR/../LC_MESSAGES
     (its language part is empty).  Paths put together by hand and opened
     from DIR: snprintf and the walk down DIR again were most of the time
     taken.  */
  while (!damaged && (e = readdir (d)) != NULL)
    {
      name_length = strlen (e->d_name);
      /* A path too long for the buffer is too long for open.  */
      if (e->d_type == DT_REG
          || name_length + sizeof middle + domain_length + 3 >= sizeof path)
        continue;
      if (parts != NULL
          && !has_part (parts, e->d_name, part_length (e->d_name, name_length)))
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
  const char *language = getenv ("LANGUAGE"), *parts = NULL;
  struct verdict *v;
  size_t domain_size, dir_size;
#ifdef _NL_LOCALE_NAME
  locale_t locale = uselocale ((locale_t) 0);
  /* Only a thread locale's name is read: another thread's setlocale
     frees the global locale's at any moment, even while duplocale copies
     it (glibc 2.36 measures the names before it takes its lock).  Under
     the global locale every language is checked.  */
  const char *name = locale != LC_GLOBAL_LOCALE
    ? nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale) : NULL;
  const struct reach *r;

  /* glibc's setlocale and newlocale refuse a name with a '/'.  */
  if (has_slash (name))
    return 1;
#endif
  if (dir == NULL || has_slash (language))
    return 1;
#ifdef _NL_LOCALE_NAME
  if (name != NULL)
    {
      r = reach_of (name, language != NULL ? language : "");
      if (r == NULL)
        return 1;               /* not checked: not trusted */
      parts = r->parts;         /* never freed */
    }
#endif
  for (v = atomic_load_explicit (&verdicts, memory_order_acquire); v != NULL;
       v = v->next)
    if (strcmp (v->domain, domain) == 0 && strcmp (v->dir, dir) == 0
        && (v->parts == parts
            || (v->parts != NULL && parts != NULL
                && strcmp (v->parts, parts) == 0)))
      return v->damaged;
  domain_size = strlen (domain) + 1;
  dir_size = strlen (dir) + 1;
  v = malloc (sizeof *v + domain_size + dir_size);
  if (v == NULL)
    return 1;                   /* not checked: not trusted */
  memcpy (v->domain, domain, domain_size);
  v->dir = memcpy (v->domain + domain_size, dir, dir_size);
  v->parts = parts;
  v->damaged = scan (v->dir, domain, parts);
  PUSH (&verdicts, v);
  return v->damaged;
}

int
omerr_catalog_damaged (void)
{
  omerr_bind_domain ();
  return omerr_catalog_damaged_for (OMERR_DOMAIN);
}
