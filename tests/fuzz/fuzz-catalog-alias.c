/* SPDX-License-Identifier: MIT */
/* libFuzzer target: language and locale names from the fuzzer reaching
   the damaged-catalog guard (src/lib/catalog-guard.c) with a damaged
   catalog present.  The bytes are a LANGUAGE value, then after a NUL byte
   (optional) a locale name for setlocale (LC_ALL, ...), else zh_TW.UTF-8.
   The catalog directory (OMERR_LOCALEDIR, made once) holds the intact
   zh_TW catalog, a cut-short one where gettext goes for "german" through
   locale.alias (de_DE.ISO-8859-1, de_DE, de), a bit-flipped one for fr,
   and beside the sound catalog an empty file (zh) and a directory
   (zh_TW.UTF-8) that gettext skips.  Whatever the names, the program
   never crashes or hangs, and in a UTF-8 locale (and always from
   omerr_gettext_lang) each answer is the English or the intact
   catalog's text; the same in a thread locale of that name
   (omerr_gettext_l).  The test locales (tests/locale, LOCPATH) and catalogs
   (tests/catalogs) of the build are used.  */
#include <config.h>

#include <ftw.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo-file.h"
#include "omerr.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static struct omerr_mo *intact;

static void
put (const char *dir, const char *name, const char *bytes, size_t len)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir, name);
  if (mkdir (path, 0700) != 0)
    abort ();
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES", dir, name);
  if (mkdir (path, 0700) != 0)
    abort ();
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/omerr.mo", dir, name);
  FILE *f;
  if (len == (size_t) -1)
    {
      if (mkdir (path, 0700) != 0)
        abort ();
    }
  else if ((f = fopen (path, "wb")) == NULL || fwrite (bytes, 1, len, f) != len
           || fclose (f) != 0)
    abort ();
}

static char catalog_dir[1024];

static int
remove_one (const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
  (void) st, (void) flag, (void) ftw;
  return remove (path);
}

/* At exit; a crash (abort) leaves the directory for study.  */
static void
remove_dir (void)
{
  nftw (catalog_dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* The catalog directory, before the library's first call.  */
static void
setup (void)
{
  const char *tmp = getenv ("TMPDIR");
  char zh_tw[] = CATALOGS "/zh_TW/LC_MESSAGES/omerr.mo";
  snprintf (catalog_dir, sizeof catalog_dir, "%s/omerr-fuzz-alias-XXXXXX",
            tmp && *tmp ? tmp : "/tmp");
  FILE *f = fopen (zh_tw, "rb");
  static char bytes[1 << 20];
  size_t len = f ? fread (bytes, 1, sizeof bytes, f) : 0;
  if (f == NULL || len == 0 || len == sizeof bytes
      || mkdtemp (catalog_dir) == NULL
      || (intact = omerr_mo_open (zh_tw)) == NULL)
    abort ();
  fclose (f);
  atexit (remove_dir);
  put (catalog_dir, "zh_TW", bytes, len);
  put (catalog_dir, "zh", "", 0);
  put (catalog_dir, "zh_TW.UTF-8", NULL, (size_t) -1);
  /* Cut short: its tables point past its end.  */
  put (catalog_dir, "de_DE.ISO-8859-1", bytes, len / 3);
  put (catalog_dir, "de_DE", bytes, len / 2);
  put (catalog_dir, "de", bytes, len - 1);
  /* Bit-flipped in the header's offsets.  */
  bytes[13] ^= 0x40;
  bytes[17] ^= 0x40;
  put (catalog_dir, "fr", bytes, len);
  setenv ("OMERR_LOCALEDIR", catalog_dir, 1);
  setenv ("LOCPATH", LOCPATH, 1);
}

/* MSG, CODE's answer, is the English or the intact catalog's text.  */
static void
check (uint32_t code, const char *msg)
{
  const char *zh = omerr_mo_get (intact, omerr_symbol (code));
  if (msg == NULL
      || (strcmp (msg, omerr_english (code)) != 0
          && (zh == NULL || strcmp (msg, zh) != 0)))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static int ready;
  if (!ready)
    {
      setup ();
      ready = 1;
    }
  char *language = malloc (size + 1);
  if (language == NULL)
    return 0;
  memcpy (language, data, size);
  language[size] = '\0';
  size_t n = strlen (language);
  const char *locale = n < size ? language + n + 1 : NULL;
  setenv ("LANGUAGE", language, 1);
  if (locale == NULL || setlocale (LC_ALL, locale) == NULL)
    setlocale (LC_ALL, "zh_TW.UTF-8");
  bool utf8 = strcmp (nl_langinfo (CODESET), "UTF-8") == 0;
  for (size_t i = 0; i < omerr_count (); i += 37)
    {
      uint32_t code = omerr_code_at (i);
      const char *msg = omerr_gettext (code);
      if (msg == NULL)
        abort ();
      if (utf8)
        check (code, msg);
      check (code, omerr_gettext_lang (code, language));
    }
  /* The same names in a thread locale, whose name the guard reads to
     choose the languages it checks.  */
  locale_t l = newlocale (LC_ALL_MASK, locale ? locale : "zh_TW.UTF-8",
                          (locale_t) 0);
  if (l != (locale_t) 0)
    {
      utf8 = strcmp (nl_langinfo_l (CODESET, l), "UTF-8") == 0;
      for (size_t i = 0; i < omerr_count (); i += 37)
        {
          uint32_t code = omerr_code_at (i);
          const char *msg = omerr_gettext_l (code, l);
          if (msg == NULL)
            abort ();
          if (utf8)
            check (code, msg);
        }
      freelocale (l);
    }
  free (language);
  return 0;
}
