/* SPDX-License-Identifier: MIT */
/* The damaged-catalog check (src/lib/catalog-guard.c) on directories
   laid out as gettext reads them: a damaged catalog under any name is
   found when LANGUAGE or locale.alias may lead gettext to its language
   (german -> de_DE.ISO-8859-1), and is no matter when neither can; what
   gettext ignores itself (an empty file, a directory, a short file, not
   a catalog) beside a sound catalog is no damage; links to one catalog
   are as sound as it, a damaged catalog behind a link is found; each text
   domain and directory has its own verdict; a thread locale's name
   counts as LANGUAGE does, under the global locale every language is
   checked; a LANGUAGE that leads outside the directory is refused; a
   LANGUAGE repeating an alias key is no danger to the check itself;
   locale.alias (the test's own) is read as glibc reads it; a catalog
   written over after it was found sound is read again.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr-internal.h"

static unsigned char *catalog;
static size_t catalog_size;
static char root[] = "/tmp/test-catalog-check-XXXXXX";

/* ROOT/CASE/NAME/LC_MESSAGES/DOMAIN.mo holding the first SIZE bytes of
   the zh_TW catalog; with SIZE (size_t) -1, a directory instead.  */
static void
put (const char *case_dir, const char *name, const char *domain,
     size_t size)
{
  char path[4096];
  FILE *f;

  snprintf (path, sizeof path, "%s/%s", root, case_dir);
  mkdir (path, 0700);
  snprintf (path, sizeof path, "%s/%s/%s", root, case_dir, name);
  mkdir (path, 0700);
  strcat (path, "/LC_MESSAGES");
  mkdir (path, 0700);
  strcat (path, "/");
  strcat (path, domain);
  strcat (path, ".mo");
  if (size == (size_t) -1)
    {
      assert_int_equal (mkdir (path, 0700), 0);
      return;
    }
  f = fopen (path, "wb");
  assert_non_null (f);
  assert_int_equal (fwrite (catalog, 1, size, f), size);
  assert_int_equal (fclose (f), 0);
}

/* The check's verdict on DOMAIN bound to ROOT/CASE.  */
static int
damaged (const char *case_dir, const char *domain)
{
  char dir[4096];

  snprintf (dir, sizeof dir, "%s/%s", root, case_dir);
  assert_non_null (bindtextdomain (domain, dir));
  return omerr_catalog_damaged_for (domain);
}

static void
sound_catalogs_pass (void **state)
{
  (void) state;
  put ("sound", "zh_TW", "omerr", catalog_size);
  put ("sound", "de_DE.ISO-8859-1", "omerr", catalog_size);
  assert_false (damaged ("sound", "omerr"));
  /* No directory at all: nothing for gettext to open.  */
  assert_false (damaged ("no-such-directory", "omerr"));
}

/* The names gettext reaches only through locale.alias ("german" is
   de_DE.ISO-8859-1 there) or by exploding a locale name: each found for
   the LANGUAGE that leads gettext to it; under a LANGUAGE that cannot,
   no matter.  */
static void
damaged_under_any_name_found (void **state)
{
  static const char *const names[][2] = {
    { "de_DE.ISO-8859-1", "german" }, { "de_DE.iso88591", "de_DE.UTF-8" },
    { "de", "de_AT" }, { "zh_TW.utf8@latin", "zh_TW" }, { "..", ".." },
  };
  char case_dir[64], path[4096];
  size_t i;

  (void) state;
  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    {
      /* One level down, so that ".." stays inside the case.  */
      snprintf (path, sizeof path, "%s/damaged-%zu", root, i);
      assert_int_equal (mkdir (path, 0700), 0);
      snprintf (case_dir, sizeof case_dir, "damaged-%zu/in", i);
      put (case_dir, "zh_TW", "omerr", catalog_size);
      put (case_dir, names[i][0], "omerr", catalog_size / 2);
      setenv ("LANGUAGE", names[i][1], 1);
      if (!damaged (case_dir, "omerr"))
        fail_msg ("a damaged catalog at %s passed for LANGUAGE=%s",
                  names[i][0], names[i][1]);
      setenv ("LANGUAGE", "ja:fr_FR", 1);
      if (damaged (case_dir, "omerr"))
        fail_msg ("a damaged catalog at %s counted for LANGUAGE=%s",
                  names[i][0], getenv ("LANGUAGE"));
    }
  setenv ("LANGUAGE", "zh_TW", 1);
}

static void
ignored_neighbours_harmless (void **state)
{
  (void) state;
  put ("neighbours", "zh_TW", "omerr", catalog_size);
  put ("neighbours", "zh_TW.UTF-8", "omerr", 0);         /* empty */
  put ("neighbours", "zh_TW.utf8", "omerr", (size_t) -1);  /* directory */
  put ("neighbours", "zh", "omerr", 47);                 /* short */
  assert_false (damaged ("neighbours", "omerr"));
}

static void
verdict_per_domain_and_directory (void **state)
{
  (void) state;
  put ("domains", "zh_TW", "omerr", catalog_size);
  put ("domains", "zh_TW", "other-table", 1000);
  assert_false (damaged ("domains", "omerr"));
  assert_true (damaged ("domains", "other-table"));
  /* The same domain bound elsewhere is checked there.  */
  assert_false (damaged ("sound", "other-table"));
  assert_true (damaged ("domains", "other-table"));
}

static void
language_outside_directory_refused (void **state)
{
  (void) state;
  assert_false (damaged ("sound", "omerr"));
  setenv ("LANGUAGE", "zh_TW:../../tmp/x", 1);
  assert_true (damaged ("sound", "omerr"));
  setenv ("LANGUAGE", "zh_TW", 1);
  assert_false (damaged ("sound", "omerr"));
}

static void
fifo_refused (void **state)
{
  char path[4096];

  (void) state;
  put ("fifo", "zh_TW", "omerr", catalog_size);
  snprintf (path, sizeof path, "%s/fifo/zh_TW/LC_MESSAGES/fifo.mo", root);
  assert_int_equal (mkfifo (path, 0600), 0);
  assert_false (damaged ("fifo", "omerr"));
  assert_true (damaged ("fifo", "fifo"));
}

/* Links, as po/variants.mk installs the Chinese variants: a sound
   catalog under two names is sound; a damaged one that only a link leads
   to (its file outside the directory) is found, sound files seen or not.  */
static void
linked_catalogs (void **state)
{
  char target[4096], link[4096];

  (void) state;
  /* Each name reached (gettext keeps an entry's territory).  */
  setenv ("LANGUAGE", "zh_TW:zh_HK:zh_MO", 1);
  put ("links", "zh_TW", "omerr", catalog_size);
  put ("links", "zh_HK", "omerr", catalog_size);
  snprintf (link, sizeof link, "%s/links/zh_HK/LC_MESSAGES/omerr.mo", root);
  assert_int_equal (unlink (link), 0);
  assert_int_equal (symlink ("../../zh_TW/LC_MESSAGES/omerr.mo", link), 0);
  assert_false (damaged ("links", "omerr"));
  put ("links-target", "zh_MO", "omerr", catalog_size / 3);
  snprintf (target, sizeof target,
            "%s/links-target/zh_MO/LC_MESSAGES/omerr.mo", root);
  snprintf (link, sizeof link, "%s/links/zh_MO/LC_MESSAGES/omerr.mo", root);
  put ("links", "zh_MO", "omerr", catalog_size);
  assert_int_equal (unlink (link), 0);
  assert_int_equal (symlink (target, link), 0);
  /* Another directory: a verdict of its own (the first was cached).  */
  snprintf (target, sizeof target, "%s/links", root);
  snprintf (link, sizeof link, "%s/links-2", root);
  assert_int_equal (rename (target, link), 0);
  assert_true (damaged ("links-2", "omerr"));
}

/* The LANGUAGE setup gives, back after a test that changed it.  */
static int
language_back (void **state)
{
  (void) state;
  return setenv ("LANGUAGE", "zh_TW", 1);
}

/* gettext drops an entry's territory but never changes it: under
   LANGUAGE=zh_TW a damaged zh_HK or zh_TWN catalog does not matter, a
   damaged zh one does, and zh_HK's once LANGUAGE names it.  */
static void
other_territory_harmless (void **state)
{
  (void) state;
  put ("territory", "zh_TW", "omerr", catalog_size);
  put ("territory", "zh_HK", "omerr", catalog_size / 2);
  put ("territory", "zh_TWN", "omerr", catalog_size / 2);
  assert_false (damaged ("territory", "omerr"));
  setenv ("LANGUAGE", "zh_TW:zh_HK.UTF-8", 1);
  assert_true (damaged ("territory", "omerr"));
  setenv ("LANGUAGE", "zh_TW", 1);
  put ("language", "zh_TW", "omerr", catalog_size);
  put ("language", "zh", "omerr", catalog_size / 2);
  assert_true (damaged ("language", "omerr"));
  /* A file system may ignore case: ZH_tw may open zh_TW there.  */
  put ("case", "zh_TW", "omerr", catalog_size / 2);
  setenv ("LANGUAGE", "ZH_tw", 1);
  assert_true (damaged ("case", "omerr"));
  setenv ("LANGUAGE", "zh_TW", 1);
}

/* A thread locale's name counts as LANGUAGE's entries do; under the
   global locale, whose name another thread's setlocale may free, every
   language is checked (the test locales: LOCPATH).  */
static void
locale_decides (void **state)
{
  locale_t de = newlocale (LC_ALL_MASK, "de_AT.UTF-8", (locale_t) 0);
  locale_t c = uselocale ((locale_t) 0);

  (void) state;
  if (de == (locale_t) 0)
    fail_msg ("no de_AT.UTF-8 test locale (LOCPATH=%s)", getenv ("LOCPATH"));
  put ("locale", "zh_TW", "omerr", catalog_size);
  put ("locale", "de", "omerr", catalog_size / 2);
  assert_false (damaged ("locale", "omerr"));
  /* The verdict for the C thread locale does not stand for the global
     locale's.  */
  uselocale (LC_GLOBAL_LOCALE);
  assert_true (damaged ("locale", "omerr"));
  uselocale (de);
  assert_true (damaged ("locale", "omerr"));
  uselocale (c);
  assert_false (damaged ("locale", "omerr"));
  freelocale (de);
}

/* LANGUAGE may name an alias key any number of times, in any case: the
   values it reaches still fit where the check collects them (a heap
   overflow before), and the damaged catalog they lead to is found.  */
static void
repeated_alias_entries (void **state)
{
  char language[7 * 500 + 1] = "";
  int i;

  (void) state;
  put ("repeated", "zh_TW", "omerr", catalog_size);
  put ("repeated", "de_DE.ISO-8859-1", "omerr", catalog_size / 2);
  for (i = 0; i < 500; i++)
    strcat (language, i % 2 ? "GERMAN:" : "german:");
  setenv ("LANGUAGE", language, 1);
  assert_true (damaged ("repeated", "omerr"));
  setenv ("LANGUAGE", "zh_TW", 1);
  assert_false (damaged ("repeated", "omerr"));
}

/* The verdict on omerr bound to ROOT/CASE under LANGUAGE.  */
static int
damaged_under (const char *language, const char *case_dir)
{
  setenv ("LANGUAGE", language, 1);
  return damaged (case_dir, "omerr");
}

/* locale.alias as glibc reads it: words end at any blank, a CR too (a
   CRLF line gave "nb_NO\r" once, which leads nowhere), keys match
   ignoring case, a key's prefix is no key, a '#' starts a comment (the
   line " #norsk nb_NO"), a value may hold a ':', one name to gettext
   (the line "colon x:y").  */
static void
alias_file_read_as_glibc_reads_it (void **state)
{
  (void) state;
  put ("aliases", "zh_TW", "omerr", catalog_size);
  put ("aliases", "nb_NO", "omerr", catalog_size / 2);
  assert_true (damaged_under ("zh_TW:norsk", "aliases"));
  assert_true (damaged_under ("NORSK", "aliases"));
  assert_false (damaged_under ("nors:zh_TW", "aliases"));
  assert_false (damaged_under ("#norsk:zh_TW", "aliases"));
  put ("alias-colon", "zh_TW", "omerr", catalog_size);
  put ("alias-colon", "x:y", "omerr", catalog_size / 2);
  assert_false (damaged_under ("zh_TW", "alias-colon"));
  assert_true (damaged_under ("colon:zh_TW", "alias-colon"));
  setenv ("LANGUAGE", "zh_TW", 1);
}

/* A catalog found sound and then written over in place (the same inode,
   now damaged) is read again for the next verdict: a sound file is
   remembered as it was read, its size and change time too.  */
static void
rewritten_catalog_read_again (void **state)
{
  (void) state;
  put ("rewritten", "zh_TW", "omerr", catalog_size);
  assert_false (damaged ("rewritten", "omerr"));
  put ("rewritten", "zh_TW", "omerr", catalog_size / 2);
  setenv ("LANGUAGE", "zh_TW:zh", 1);
  assert_true (damaged ("rewritten", "omerr"));
  setenv ("LANGUAGE", "zh_TW", 1);
}

static int
setup (void **state)
{
  const char *builddir = getenv ("abs_top_builddir");
  char source[4096];
  FILE *f;

  (void) state;
  snprintf (source, sizeof source,
            "%s/tests/catalogs/zh_TW/LC_MESSAGES/omerr.mo",
            builddir ? builddir : ".");
  f = fopen (source, "rb");
  if (f == NULL || mkdtemp (root) == NULL)
    return -1;
  catalog = malloc (1 << 20);
  catalog_size = fread (catalog, 1, 1 << 20, f);
  fclose (f);
  /* The aliases the check reads (OMERR_LOCALE_ALIAS): glibc's for german,
     a line ending in CRLF, a comment, a value with a ':'.  */
  f = fopen (OMERR_LOCALE_ALIAS, "wb");
  if (f == NULL || fputs ("# Aliases for test-catalog-check.\n"
                          "german\tde_DE.ISO-8859-1\n"
                          "  norsk    nb_NO\r\n"
                          " #norsk nb_NO\n"
                          "colon x:y\n", f) < 0 || fclose (f) != 0)
    return -1;
  /* A thread locale, C, whose name the check reads, and a LANGUAGE that
     reaches the zh_TW catalogs the cases put.  */
  uselocale (newlocale (LC_ALL_MASK, "C", (locale_t) 0));
  setenv ("LANGUAGE", "zh_TW", 1);
  return catalog_size > 1000 ? 0 : -1;
}

static int
teardown (void **state)
{
  char command[4200];

  (void) state;
  free (catalog);
  unlink (OMERR_LOCALE_ALIAS);
  snprintf (command, sizeof command, "rm -rf '%s'", root);
  return system (command);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (sound_catalogs_pass),
    cmocka_unit_test (damaged_under_any_name_found),
    cmocka_unit_test (ignored_neighbours_harmless),
    cmocka_unit_test (verdict_per_domain_and_directory),
    cmocka_unit_test (language_outside_directory_refused),
    cmocka_unit_test (fifo_refused),
    cmocka_unit_test_teardown (linked_catalogs, language_back),
    cmocka_unit_test (other_territory_harmless),
    cmocka_unit_test (locale_decides),
    cmocka_unit_test (repeated_alias_entries),
    cmocka_unit_test (alias_file_read_as_glibc_reads_it),
    cmocka_unit_test (rewritten_catalog_read_again),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
