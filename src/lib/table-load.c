/* SPDX-License-Identifier: MIT */
/* The tables libomerr knows: the built-in one, and the installed ones,
   found and mapped once, on first need (pthread_once: after it, every
   lookup reads immutable data, with no lock).

   Opening a table maps it and checks its header only (table-lookup.c):
   start-up costs the same for tables of any size.

   Lookup order: the built-in table "omerr"; then the directories of
   OMERR_TABLE_PATH (secure_getenv, colon-separated, empty parts ignored)
   in order; then $(pkgdatadir)/tables, or OMERR_TABLEDIR instead when it
   is set and not empty (secure_getenv: the tests shut out what is
   installed with it, as OMERR_LOCALEDIR does the catalogs).  In each
   directory the files NAME.omt whose NAME is a table name, in strcmp
   order of NAME; a name found earlier is not taken again.  A file that
   is not a sound table file of this version and byte order, or whose
   header names another table, is skipped (and not looked at again).  */
#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <libintl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr.h"
#include "omerr-internal.h"

/* The installed tables' directory (a test may impose another).  */
#ifndef OMERR_TABLES_DIR
# define OMERR_TABLES_DIR PKGDATADIR "/tables"
#endif

/* At most this many tables are taken, the built-in one included, and
   this many NAME.omt files looked at in one directory.  */
#define TABLES_MAX 256

static struct omerr_table builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void
read_builtin (void)
{
  /* The library's own bytes: the header is read, the rest trusted.  */
  omerr_table_read (&builtin, omerr_builtin_file, omerr_builtin_file_size,
                    false);
}

const struct omerr_table *
omerr_builtin (void)
{
  pthread_once (&builtin_once, read_builtin);
  return &builtin;
}

/* The tables in lookup order (0: the built-in one).  */
static const struct omerr_table *tables[TABLES_MAX];
static size_t table_count;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

/* Start-up counts here: each libc function a program calls for the first
   time costs it a symbol lookup by the dynamic linker (hundreds of
   instructions).  Loading the tables keeps to few of them: memcpy,
   strcmp and strlen rather than strdup, strcat or qsort.  */

/* A copy of the N bytes at S, NUL-terminated, or NULL.  */
static char *
copy (const char *s, size_t n)
{
  char *c = malloc (n + 1);

  if (c != NULL)
    {
      memcpy (c, s, n);
      c[n] = '\0';
    }
  return c;
}

/* A + B + C, or NULL.  */
static char *
join (const char *a, const char *b, const char *c)
{
  size_t na = strlen (a), nb = strlen (b), nc = strlen (c);
  char *j = malloc (na + nb + nc + 1);

  if (j != NULL)
    {
      memcpy (j, a, na);
      memcpy (j + na, b, nb);
      memcpy (j + na + nb, c, nc + 1);
    }
  return j;
}

/* Sorts the N strings of V in strcmp order (insertion: a directory holds
   few tables).  */
static void
sort_names (char **v, size_t n)
{
  size_t i, j;

  for (i = 1; i < n; i++)
    {
      char *x = v[i];

      for (j = i; j > 0 && strcmp (v[j - 1], x) > 0; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

static bool
known (const char *name)
{
  size_t i;

  for (i = 0; i < table_count; i++)
    if (strcmp (tables[i]->name, name) == 0)
      return true;
  return false;
}

/* Maps DIR/NAME.omt and takes it when it is a sound table NAME.  The
   table's struct is its one allocation.  */
static void
take (const char *dir, const char *name)
{
  char path[4096];
  size_t nd = strlen (dir), nn = strlen (name);
  struct omerr_table *t = NULL;
  struct stat st;
  void *map = MAP_FAILED;
  int fd = -1;

  if (nd + nn + 6 > sizeof path)
    return;
  memcpy (path, dir, nd);
  path[nd] = '/';
  memcpy (path + nd + 1, name, nn);
  memcpy (path + nd + 1 + nn, ".omt", 5);
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  /* A regular file of a sane size only: never a FIFO or a device.  */
  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size < (off_t) OMERR_TABLE_HEADER_SIZE
      || (uintmax_t) st.st_size > OMERR_TABLE_FILE_MAX
      || (t = malloc (sizeof *t)) == NULL)
    goto fail;
  map = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (map == MAP_FAILED
      || !omerr_table_read (t, map, (size_t) st.st_size, true)
      || strcmp (t->name, name) != 0)
    goto fail;
  t->map = map;
  t->map_size = (size_t) st.st_size;
  close (fd);
  tables[table_count++] = t;
  return;
fail:
  if (map != MAP_FAILED)
    munmap (map, (size_t) st.st_size);
  if (fd >= 0)
    close (fd);
  free (t);
}

/* The table files of DIR, in order.  Their names go to one buffer (POOL,
   each NUL-terminated, ".omt" cut off), then are sorted by pointer.  */
static void
load_directory (const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *de;
  char *pool = NULL, *names[TABLES_MAX];
  size_t offsets[TABLES_MAX];
  size_t count = 0, used = 0, cap = 0, i;

  if (d == NULL)
    return;
  while ((de = readdir (d)) != NULL && count < TABLES_MAX)
    {
      size_t n = strlen (de->d_name);

      if (n <= 4 || strcmp (de->d_name + n - 4, ".omt") != 0)
        continue;
      if (used + n - 3 > cap)
        {
          char *more = realloc (pool, cap = 2 * cap + n + 1024);
          if (more == NULL)
            break;
          pool = more;
        }
      memcpy (pool + used, de->d_name, n - 4);
      pool[used + n - 4] = '\0';
      offsets[count++] = used;
      used += n - 3;
    }
  closedir (d);
  for (i = 0; i < count; i++)
    names[i] = pool + offsets[i];
  sort_names (names, count);
  /* Only NAME.omt with a table name NAME, not yet known.  */
  for (i = 0; i < count && table_count < TABLES_MAX; i++)
    if (omerr_table_name_ok (names[i]) && !known (names[i]))
      take (dir, names[i]);
  free (pool);
}

static void
load (void)
{
#ifdef HAVE_SECURE_GETENV
  const char *path = secure_getenv ("OMERR_TABLE_PATH");
  const char *installed = secure_getenv ("OMERR_TABLEDIR");
#else
  const char *path = NULL, *installed = NULL;
#endif

  tables[table_count++] = omerr_builtin ();
  omerr_bind_domain ();
  while (path != NULL && *path != '\0')
    {
      const char *end = strchr (path, ':');
      size_t n = end ? (size_t) (end - path) : strlen (path);
      char *dir = copy (path, n);

      if (dir != NULL && n > 0)
        load_directory (dir);
      free (dir);
      path = end ? end + 1 : NULL;
    }
  if (installed == NULL || *installed == '\0')
    installed = OMERR_TABLES_DIR;
  load_directory (installed);
}

static pthread_mutex_t bind_lock = PTHREAD_MUTEX_INITIALIZER;

const struct omerr_table *
omerr_table_bind (const struct omerr_table *t)
{
  struct omerr_table *w = (struct omerr_table *) t;

  /* The built-in table's domain is bound by omerr_bind_domain.  */
  if (t == NULL || t == &builtin
      || __atomic_load_n (&t->bound, __ATOMIC_ACQUIRE))
    return t;
  pthread_mutex_lock (&bind_lock);
  if (!t->bound)
    {
      /* Its catalogs: LOCALEDIR/LL/LC_MESSAGES/NAME.mo.  */
      omerr_bind_utf8 (t->name, omerr_catalog_dir ());
      __atomic_store_n (&w->bound, 1, __ATOMIC_RELEASE);
    }
  pthread_mutex_unlock (&bind_lock);
  return t;
}

static void
load_tables (void)
{
  pthread_once (&load_once, load);
}

const omerr_table *
omerr_table_at (size_t i)
{
  if (i == 0)
    return omerr_builtin ();
  load_tables ();
  return i < table_count ? omerr_table_bind (tables[i]) : NULL;
}

const omerr_table *
omerr_table_by_name (const char *name)
{
  size_t i;

  if (name == NULL)
    return NULL;
  if (strcmp (name, OMERR_DOMAIN) == 0)
    return omerr_builtin ();
  load_tables ();
  for (i = 1; i < table_count; i++)
    if (strcmp (tables[i]->name, name) == 0)
      return omerr_table_bind (tables[i]);
  return NULL;
}

const struct omerr_table *
omerr_installed_find (uint32_t code, long *entry)
{
  size_t i;

  /* A binary search per table: a miss is remembered by the message
     cache, and no index of every code costs start-up time.  */
  load_tables ();
  for (i = 1; i < table_count; i++)
    if ((*entry = omerr_table_find (tables[i], code)) >= 0)
      return omerr_table_bind (tables[i]);
  return NULL;
}

size_t
omerr_tables_for (uint32_t code, const omerr_table **out, size_t max)
{
  size_t found = 0, i;

  load_tables ();
  for (i = 0; i < table_count; i++)
    if (omerr_table_find (tables[i], code) >= 0)
      {
        if (found < max)
          out[found] = omerr_table_bind (tables[i]);
        found++;
      }
  return found;
}

/* omerr_table_languages: the catalogs found, once per table.  */
static pthread_mutex_t languages_lock = PTHREAD_MUTEX_INITIALIZER;

/* Whether DIR/LL/LC_MESSAGES/NAME.mo is a regular file.  */
static bool
has_catalog (const char *dir, const char *ll, const char *name)
{
  char *sub = join (dir, "/", ll);
  char *file = join ("/LC_MESSAGES/", name, ".mo");
  char *path = sub && file ? join (sub, file, "") : NULL;
  struct stat st;
  bool yes;

  free (sub);
  free (file);
  if (path == NULL)
    return false;
  yes = stat (path, &st) == 0 && S_ISREG (st.st_mode);
  free (path);
  return yes;
}

static void
find_languages (struct omerr_table *t)
{
  const char *dir = omerr_catalog_dir ();
  DIR *d = opendir (dir);
  struct dirent *de;
  size_t cap = 0;

  t->languages_known = true;
  while (d != NULL && (de = readdir (d)) != NULL)
    {
      char *ll;

      if (de->d_name[0] == '.' || !has_catalog (dir, de->d_name, t->name))
        continue;
      if (t->language_count == cap)
        {
          const char **more = realloc (t->languages,
                                       (cap = 2 * cap + 8) * sizeof *more);
          if (more == NULL)
            break;
          t->languages = more;
        }
      if ((ll = copy (de->d_name, strlen (de->d_name))) == NULL)
        break;
      t->languages[t->language_count++] = ll;
    }
  if (d != NULL)
    closedir (d);
  sort_names ((char **) t->languages, t->language_count);
}

size_t
omerr_table_languages (const omerr_table *t, const char **out, size_t max)
{
  size_t i, n;

  if (t == NULL)
    return 0;
  pthread_mutex_lock (&languages_lock);
  /* The tables live in writable memory of ours: the built-in one's
     struct is static, the others malloc'd.  */
  if (!t->languages_known)
    find_languages ((struct omerr_table *) t);
  n = t->language_count;
  for (i = 0; i < n && i < max; i++)
    out[i] = t->languages[i];
  pthread_mutex_unlock (&languages_lock);
  return n;
}
