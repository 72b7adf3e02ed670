/* Whether gettext may open a damaged catalog for the calling thread.

   The catalogs gettext would try are derived from the thread's LC_MESSAGES
   locale name and LANGUAGE, the way gettext derives them (language,
   territory, codeset, normalized codeset, modifier, and the shorter forms),
   and each file found is checked once: gettext too reads a catalog once
   and keeps it for the life of the process.  */
#include <config.h>

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr-internal.h"

#define NAME_MAX_LENGTH 256
#define CACHE_SIZE 16

/* The verdicts so far, keyed by locale name and LANGUAGE.  */
static struct
{
  char key[2 * NAME_MAX_LENGTH + 2];
  int damaged;
} cache[CACHE_SIZE];
static size_t cache_used;
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *
messages_locale_name (void)
{
#ifdef _NL_LOCALE_NAME
  return nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES));
#else
  return setlocale (LC_MESSAGES, NULL);
#endif
}

/* "UTF-8" -> "utf8", "8859-1" -> "iso88591", as gettext normalizes.  */
static void
normalize_codeset (const char *codeset, size_t n, char *out, size_t size)
{
  size_t i, j = 0;
  int digits_only = 1;

  for (i = 0; i < n; i++)
    if ((codeset[i] >= 'a' && codeset[i] <= 'z')
        || (codeset[i] >= 'A' && codeset[i] <= 'Z'))
      digits_only = 0;
  if (digits_only && size > 3)
    j = (size_t) snprintf (out, size, "iso");
  for (i = 0; i < n && j + 1 < size; i++)
    {
      char c = codeset[i];

      if (c >= 'A' && c <= 'Z')
        out[j++] = (char) (c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        out[j++] = c;
    }
  out[j] = '\0';
}

/* Appends the N bytes at S to the path being built at *P, short of END;
   false when they do not fit.  */
static int
append (char **p, const char *end, const char *s, size_t n)
{
  if (n >= (size_t) (end - *p))
    return 0;
  memcpy (*p, s, n);
  *p += n;
  return 1;
}

/* Whether a catalog for any form of the locale name NAME (N bytes),
   language[_territory][.codeset][@modifier], under DIR is damaged.
   Paths are put together by hand, not with snprintf: a fifth of the
   instructions of the whole check when the command starts.  */
static int
name_damaged (const char *dir, const char *name, size_t n)
{
  static const char tail[] = "/LC_MESSAGES/" OMERR_DOMAIN ".mo";
  const char *end = name + n;
  const char *at = memchr (name, '@', n);
  const char *stop = at ? at : end;
  const char *dot = memchr (name, '.', (size_t) (stop - name));
  const char *under = memchr (name, '_', (size_t) ((dot ? dot : stop) - name));
  const char *after_language = under ? under : dot ? dot : stop;
  size_t dir_length = strlen (dir);
  char normalized[NAME_MAX_LENGTH + 1], path[4096], *p;
  unsigned mask;

  normalized[0] = '.';
  normalized[1] = '\0';
  if (dot != NULL)
    normalize_codeset (dot + 1, (size_t) (stop - dot - 1), normalized + 1,
                       sizeof normalized - 1);
  /* Bit 0: territory, bit 1: codeset as written, bit 2: normalized
     codeset, bit 3: modifier.  */
  for (mask = 0; mask < 16; mask++)
    {
      if (((mask & 1) && under == NULL) || ((mask & 6) && dot == NULL)
          || (mask & 6) == 6 || ((mask & 8) && at == NULL))
        continue;
      p = path;
      /* A path too long to open is one gettext cannot open either.  */
      if (!append (&p, path + sizeof path, dir, dir_length)
          || !append (&p, path + sizeof path, "/", 1)
          || !append (&p, path + sizeof path, name,
                      (size_t) (after_language - name))
          || ((mask & 1)
              && !append (&p, path + sizeof path, under,
                          (size_t) ((dot ? dot : stop) - under)))
          || ((mask & 2)
              && !append (&p, path + sizeof path, dot, (size_t) (stop - dot)))
          || ((mask & 4)
              && !append (&p, path + sizeof path, normalized,
                          strlen (normalized)))
          || ((mask & 8)
              && !append (&p, path + sizeof path, at, (size_t) (end - at)))
          || !append (&p, path + sizeof path, tail, sizeof tail))
        continue;
      if (!omerr_catalog_valid (path))
        return 1;
    }
  return 0;
}

static int
check (const char *name, const char *language)
{
  const char *dir = omerr_catalog_dir (), *p, *colon;

  if (name_damaged (dir, name, strlen (name)))
    return 1;
  for (p = language; *p != '\0'; p = *colon ? colon + 1 : colon)
    {
      colon = strchr (p, ':');
      if (colon == NULL)
        colon = p + strlen (p);
      if (colon > p && name_damaged (dir, p, (size_t) (colon - p)))
        return 1;
    }
  return 0;
}

int
omerr_catalog_damaged (void)
{
  const char *name = messages_locale_name ();
  const char *language = getenv ("LANGUAGE");
  char key[sizeof cache[0].key];
  size_t i;
  int damaged;

  if (name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0)
    return 0;
  if (language == NULL)
    language = "";
  /* Too long to remember: checked every time.  */
  if (strlen (name) >= NAME_MAX_LENGTH || strlen (language) >= NAME_MAX_LENGTH)
    return check (name, language);
  snprintf (key, sizeof key, "%s|%s", name, language);

  pthread_mutex_lock (&cache_lock);
  for (i = 0; i < cache_used; i++)
    if (strcmp (cache[i].key, key) == 0)
      {
        damaged = cache[i].damaged;
        pthread_mutex_unlock (&cache_lock);
        return damaged;
      }
  damaged = check (name, language);
  if (cache_used < CACHE_SIZE)
    {
      memcpy (cache[cache_used].key, key, sizeof key);
      cache[cache_used++].damaged = damaged;
    }
  pthread_mutex_unlock (&cache_lock);
  return damaged;
}
