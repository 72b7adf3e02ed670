/* SPDX-License-Identifier: MIT */
/* Many tables: tables this test compiles with omerrc, found through
   OMERR_TABLE_PATH, in lookup order, with their catalogs; a code in two
   tables; damaged table files skipped; 8 threads looking codes up while
   the first load happens.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr.h"
#include "test-locale.h"

static char dir[] = "/tmp/omerr-tables-XXXXXX";
static char omerrc[512];

static void
run (const char *fmt, ...)
{
  char command[4096];
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (command, sizeof command, fmt, ap);
  va_end (ap);
  if (system (command) != 0)
    {
      fprintf (stderr, "failed: %s\n", command);
      abort ();
    }
}

static void
write_file (const char *name, const char *text)
{
  char path[512];
  FILE *f;

  snprintf (path, sizeof path, "%s/%s", dir, name);
  f = fopen (path, "w");
  if (f == NULL || fputs (text, f) < 0 || fclose (f) != 0)
    abort ();
}

#define HEADER "| Code | Symbol | Description |\n|---|---|---|\n"

/* The file NAME.omt of DIR/SUB as bytes, to damage.  */
static unsigned char *
read_table (const char *sub, const char *name, size_t *size)
{
  char path[512];
  FILE *f;
  unsigned char *b = malloc (1 << 16);

  snprintf (path, sizeof path, "%s/%s/%s.omt", dir, sub, name);
  f = fopen (path, "rb");
  if (f == NULL || b == NULL)
    abort ();
  *size = fread (b, 1, 1 << 16, f);
  fclose (f);
  return b;
}

static void
write_bytes (const char *sub, const char *file, const unsigned char *b,
             size_t n)
{
  char path[512];
  FILE *f;

  snprintf (path, sizeof path, "%s/%s/%s", dir, sub, file);
  f = fopen (path, "wb");
  if (f == NULL || fwrite (b, 1, n, f) != n || fclose (f) != 0)
    abort ();
}

static void
put32 (unsigned char *p, uint32_t v)
{
  p[0] = (unsigned char) v;
  p[1] = (unsigned char) (v >> 8);
  p[2] = (unsigned char) (v >> 16);
  p[3] = (unsigned char) (v >> 24);
}

/* Every kind of damaged table file, in the first directory of the path,
   where each would come first.  Each is a table compiled under its own
   file's name (so that only the damage makes it wrong): alpha's for the
   damages of the header, which make the file skipped; damage.md's for
   those of an entry or the index, found only when the entry is used.  */
static void
make_damaged (void)
{
  static const char *names[] = {
    "aa-truncated", "ab-magic", "ac-version", "ad-order", "ae-size",
    "af-entries", "ag-string", "ah-order-codes", "ai-index", "aj-name",
    "ak-blob-end", "al-count"
  };
  size_t size, i;
  char cmd[600];

  for (i = 0; i < sizeof names / sizeof *names; i++)
    {
      char file[64];
      unsigned char *b;
      uint32_t strings;
      size_t name_at, n;

      bool entry_damage = i == 6 || i == 7 || i == 8;

      run ("cd %s && %s -d %s -l en --table-file=one/%s.omt %s", dir,
           omerrc, names[i], names[i], entry_damage ? "damage.md" : "alpha.md");
      b = read_table ("one", names[i], &size);
      n = size;
      strings = b[36] | b[37] << 8;
      name_at = strings + 1;
      /* The header names the file's own table.  */
      assert_int_equal (memcmp (b + name_at, names[i],
                                strlen (names[i]) + 1), 0);
      switch (i)
        {
        case 0: n = size / 2; break;
        case 1: b[0] = 'X'; break;
        case 2: put32 (b + 12, 2); break;
        case 3: put32 (b + 8, 0x04030201u); break;
        case 4: put32 (b + 20, (uint32_t) size + 1); break;
        case 5: put32 (b + 28, 0xFFFFFFF0u); break;
        case 6: put32 (b + 64 + 4, 0x7FFFFFFFu); break;       /* a symbol */
        case 7: memcpy (b + 64 + 20, b + 64, 4); break;      /* same code */
        case 8: put32 (b + (b[32] | b[33] << 8), 99); break;  /* index */
        case 9: b[name_at] = 'A'; break;
        case 10: b[size - 1] = 'x'; break;
        case 11: put32 (b + 24, 0x10000000u); break;
        }
      snprintf (file, sizeof file, "%s.omt", names[i]);
      write_bytes ("one", file, b, n);
      free (b);
    }
  /* A sound table under another table's name.  */
  run ("cp %s/two/beta.omt %s/one/am-other.omt", dir, dir);
  /* Not regular files, and an absurdly large one (sparse).  */
  snprintf (cmd, sizeof cmd, "mkfifo %s/one/ba-fifo.omt && mkdir "
            "%s/one/bb-dir.omt && truncate -s 300M %s/one/bc-huge.omt "
            "&& : >%s/one/bd-empty.omt", dir, dir, dir, dir);
  run ("%s", cmd);
}

static int
setup (void **state)
{
  const char *builddir = getenv ("abs_top_builddir");
  const char *msgfmt = getenv ("MSGFMT");
  const char *exeext = getenv ("EXEEXT");
  const char *catalogs = getenv ("OMERR_LOCALEDIR");
  char env[1200];

  (void) state;
  if (builddir == NULL || msgfmt == NULL || catalogs == NULL
      || mkdtemp (dir) == NULL)
    abort ();
  snprintf (omerrc, sizeof omerrc, "%s/omerrc%s", builddir,
            exeext ? exeext : "");
  write_file ("alpha.md", HEADER
              "| 0x80AA0001 | ALPHA_E_ONE | Alpha one. |\n"
              "| 0x80AA0005 | ALPHA_E_FIVE | Alpha five, a vendor's code. |\n");
  write_file ("beta.md", HEADER
              "| 0x80AA0005 | BETA_E_FIVE | Beta five. |\n"
              "| 0x80BE0001 | BETA_E_ONE | Beta one. |\n");
  write_file ("beta.zh.md", HEADER
              "| 0x80AA0005 | BETA_E_FIVE | 貝塔五。 |\n"
              "| 0x80BE0001 | BETA_E_ONE | 貝塔一。 |\n");
  write_file ("gamma.md", HEADER
              "| 0x80CA0001 | GAMMA_E_ONE | Gamma one. |\n");
  write_file ("gamma.zh.md", HEADER
              "| 0x80CA0001 | GAMMA_E_ONE | 伽瑪一。 |\n");
  /* A second alpha later in the path, hidden by the first.  */
  write_file ("alpha2.md", HEADER
              "| 0x80AA0009 | ALPHA_E_NINE | The hidden alpha. |\n");
  write_file ("damage.md", HEADER
              "| 0x80EE0001 | DAMAGE_E_ONE | Damage one. |\n"
              "| 0x80EE0002 | DAMAGE_E_TWO | Damage two. |\n");
  write_file ("beta.notice", "Test table beta, by the test suite.\n");
  run ("cd %s && mkdir one two po-beta po-gamma && "
       "%s -d alpha -l en --table-file=one/alpha.omt alpha.md && "
       "%s -d alpha -l en --table-file=two/alpha.omt alpha2.md && "
       "%s -d zz-control -l en --table-file=one/zz-control.omt alpha2.md && "
       "%s -d beta -l en --notice-file=beta.notice --table-file=two/beta.omt "
       "--po-dir=po-beta beta.md zh_TW=beta.zh.md && "
       "%s -d gamma -l en --table-file=two/gamma.omt --po-dir=po-gamma "
       "gamma.md zh_TW=gamma.zh.md", dir, omerrc, omerrc, omerrc, omerrc, omerrc);
  /* Catalogs: beta in en and zh_TW, gamma in zh_TW only, alpha none;
     the built-in table's from the tests' catalogs.  */
  run ("cd %s && mkdir -p locale/en/LC_MESSAGES locale/zh_TW/LC_MESSAGES && "
       "%s -c -o locale/en/LC_MESSAGES/beta.mo po-beta/en.po && "
       "%s -c -o locale/zh_TW/LC_MESSAGES/beta.mo po-beta/zh_TW.po && "
       "%s -c -o locale/zh_TW/LC_MESSAGES/gamma.mo po-gamma/zh_TW.po && "
       "cp %s/zh_TW/LC_MESSAGES/omerr.mo locale/zh_TW/LC_MESSAGES/ && "
       "cp %s/en/LC_MESSAGES/omerr.mo locale/en/LC_MESSAGES/",
       dir, msgfmt, msgfmt, msgfmt, catalogs, catalogs);
  make_damaged ();
  snprintf (env, sizeof env, "%s/locale", dir);
  setenv ("OMERR_LOCALEDIR", env, 1);
  /* Empty parts and a missing directory are passed over.  */
  snprintf (env, sizeof env, "::%s/one:%s/missing:%s/two", dir, dir, dir);
  setenv ("OMERR_TABLE_PATH", env, 1);
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  run ("rm -rf %s", dir);
  return 0;
}

/* 8 threads start together, before any table is loaded, each asking
   codes of every table in its own locale.  */
#define THREADS 8
static pthread_barrier_t start;

static void *
ask (void *arg)
{
  size_t k = (size_t) arg;
  locale_t l = test_locale (k % 2 ? "zh_TW.UTF-8" : "C");
  const char *bad = NULL;
  int round;

  uselocale (l);
  pthread_barrier_wait (&start);
  for (round = 0; round < 2000 && bad == NULL; round++)
    {
      const char *m;
      const omerr_table *t[4];

      switch ((round + k) % 4)
        {
        case 0:
          if (strcmp (omerr_gettext (0x80AA0001), "Alpha one.") != 0)
            bad = "alpha";
          break;
        case 1:
          m = omerr_gettext (0x80BE0001);
          if (strcmp (m, k % 2 ? "貝塔一。" : "Beta one.") != 0)
            bad = "beta";
          break;
        case 2:
          if (omerr_tables_for (0x80AA0005, t, 4) != 2)
            bad = "tables_for";
          break;
        case 3:
          m = omerr_gettext (0x80CF0001);
          if (strcmp (m, k % 2 ? "代理程式無法提供服務。"
                      : omerr_english (0x80CF0001)) != 0)
            bad = "built-in";
          break;
        }
    }
  uselocale (LC_GLOBAL_LOCALE);
  freelocale (l);
  return (void *) bad;
}

static void
threads_during_first_load (void **state)
{
  pthread_t t[THREADS];
  size_t i;

  (void) state;
  pthread_barrier_init (&start, NULL, THREADS);
  for (i = 0; i < THREADS; i++)
    assert_int_equal (pthread_create (&t[i], NULL, ask, (void *) i), 0);
  for (i = 0; i < THREADS; i++)
    {
      void *bad;

      assert_int_equal (pthread_join (t[i], &bad), 0);
      if (bad != NULL)
        fail_msg ("thread %zu: wrong answer for %s", i, (char *) bad);
    }
  pthread_barrier_destroy (&start);
}

static void
lookup_order (void **state)
{
  (void) state;
  assert_string_equal (omerr_table_name (omerr_table_at (0)), "omerr");
  assert_string_equal (omerr_table_name (omerr_table_at (1)), "ag-string");
  assert_string_equal (omerr_table_name (omerr_table_at (2)),
                       "ah-order-codes");
  assert_string_equal (omerr_table_name (omerr_table_at (3)), "ai-index");
  assert_string_equal (omerr_table_name (omerr_table_at (4)), "alpha");
  /* A sound file beside the damaged ones, made the same way.  */
  assert_string_equal (omerr_table_name (omerr_table_at (5)), "zz-control");
  assert_string_equal (omerr_table_name (omerr_table_at (6)), "beta");
  assert_string_equal (omerr_table_name (omerr_table_at (7)), "gamma");
  /* Every file with a damaged header, and the hidden second alpha, were
     skipped.  */
  assert_null (omerr_table_at (8));
  assert_int_equal (omerr_table_size (omerr_table_at (4)), 2);
  assert_null (omerr_table_symbol (omerr_table_at (4), 0x80AA0009));
  assert_ptr_equal (omerr_table_by_name ("beta"), omerr_table_at (6));
  assert_ptr_equal (omerr_table_by_name ("omerr"), omerr_table_at (0));
  assert_null (omerr_table_by_name ("aa-truncated"));
  assert_null (omerr_table_by_name (NULL));
  assert_int_equal (omerr_count (), omerr_table_size (omerr_table_at (0)));
}

/* A damaged entry is not there; the rest of its table is.  */
static void
damaged_entries (void **state)
{
  const omerr_table *string = omerr_table_by_name ("ag-string");
  const omerr_table *order = omerr_table_by_name ("ah-order-codes");
  const omerr_table *index = omerr_table_by_name ("ai-index");
  uint32_t code = 0;

  (void) state;
  /* ag-string: entry 0's symbol points outside the file.  */
  assert_null (omerr_table_symbol (string, 0x80EE0001));
  assert_null (omerr_table_english (string, 0x80EE0001));
  assert_string_equal (omerr_table_symbol (string, 0x80EE0002),
                       "DAMAGE_E_TWO");
  /* Going through the table by position meets it as 0, not its code.  */
  assert_int_equal (omerr_table_size (string), 2);
  assert_int_equal (omerr_table_code_at (string, 0), 0);
  assert_int_equal (omerr_table_code_at (string, 1), 0x80EE0002);
  /* omerr_table_entry_at tells it from a code 0.  */
  code = 1;
  assert_int_equal (omerr_table_entry_at (string, 0, &code), -1);
  assert_int_equal (code, 1);
  assert_int_equal (omerr_table_entry_at (string, 1, &code), 0);
  assert_int_equal (code, 0x80EE0002);
  assert_int_equal (omerr_table_entry_at (string, 1, NULL), 0);
  assert_int_equal (omerr_table_entry_at (string, 2, &code), -1);
  assert_int_equal (omerr_table_entry_at (NULL, 0, &code), -1);
  assert_int_equal (omerr_table_entry_at (omerr_table_at (0), 0, &code), 0);
  assert_int_equal (code, omerr_code_at (0));
  /* ah-order-codes: two entries of one code, the second's lost.  */
  assert_null (omerr_table_symbol (order, 0x80EE0002));
  /* ai-index: the index names entry 99 of 2: no symbol lookup through
     it goes wrong (it fails, or finds the right code).  */
  if (omerr_table_code (index, "DAMAGE_E_ONE", &code) == 0)
    assert_int_equal (code, 0x80EE0001);
  assert_string_equal (omerr_table_symbol (index, 0x80EE0001),
                       "DAMAGE_E_ONE");
  /* omerr_gettext answers from the first table whose entry is sound
     (ah-order-codes's second entry, whose code was overwritten).  */
  assert_string_equal (omerr_gettext (0x80EE0001), "Damage two.");
  assert_int_equal (omerr_tables_for (0x80EE0001, NULL, 0), 2);
}

static void
code_in_two_tables (void **state)
{
  const omerr_table *t[2] = { NULL, NULL }, *one;
  uint32_t code = 0;

  (void) state;
  assert_int_equal (omerr_tables_for (0x80AA0005, t, 2), 2);
  assert_string_equal (omerr_table_name (t[0]), "alpha");
  assert_string_equal (omerr_table_name (t[1]), "beta");
  assert_int_equal (omerr_tables_for (0x80AA0005, &one, 1), 2);
  assert_ptr_equal (one, t[0]);
  assert_int_equal (omerr_tables_for (0x80AA0005, NULL, 0), 2);
  assert_int_equal (omerr_tables_for (0x80CF0001, t, 2), 1);
  assert_ptr_equal (t[0], omerr_table_at (0));
  assert_int_equal (omerr_tables_for (0x80AA0006, t, 2), 0);
  /* The first table answers the single-table calls.  */
  assert_string_equal (omerr_symbol (0x80AA0005), "ALPHA_E_FIVE");
  assert_string_equal (omerr_english (0x80AA0005),
                       "Alpha five, a vendor's code.");
  assert_string_equal (omerr_table_symbol (omerr_table_at (6), 0x80AA0005),
                       "BETA_E_FIVE");
  assert_int_equal (omerr_code ("beta_e_five", &code), 0);
  assert_int_equal (code, 0x80AA0005);
  assert_int_equal (omerr_table_code (omerr_table_at (7), "Gamma_E_One",
                                      &code), 0);
  assert_int_equal (code, 0x80CA0001);
  assert_int_equal (omerr_table_code (omerr_table_at (7), "BETA_E_ONE",
                                      &code), -1);
  assert_int_equal (omerr_table_code_at (omerr_table_at (6), 1), 0x80BE0001);
  assert_int_equal (omerr_table_code_at (omerr_table_at (6), 2), 0);
}

static void
notices_groups_notes (void **state)
{
  (void) state;
  assert_string_equal (omerr_table_notice (omerr_table_at (6)),
                       "Test table beta, by the test suite.\n");
  assert_string_equal (omerr_table_notice (omerr_table_at (4)), "");
  /* The built-in table carries the data's attribution.  */
  assert_non_null (strstr (omerr_table_notice (omerr_table_at (0)),
                           "CC BY 4.0"));
  assert_null (omerr_table_group (omerr_table_at (4), 0x80AA0001));
  assert_null (omerr_table_note (omerr_table_at (4), 0x80AA0001));
  assert_null (omerr_table_english (omerr_table_at (4), 0x80BE0001));
}

static void
catalogs_per_table (void **state)
{
  locale_t zh = test_locale ("zh_TW.UTF-8");
  const omerr_table *beta = omerr_table_by_name ("beta");
  const omerr_table *gamma = omerr_table_by_name ("gamma");
  const char *langs[4];

  (void) state;
  assert_int_equal (omerr_table_languages (beta, langs, 4), 2);
  assert_string_equal (langs[0], "en");
  assert_string_equal (langs[1], "zh_TW");
  assert_int_equal (omerr_table_languages (gamma, langs, 4), 1);
  assert_string_equal (langs[0], "zh_TW");
  assert_int_equal (omerr_table_languages (omerr_table_by_name ("alpha"),
                                           langs, 4), 0);
  uselocale (zh);
  assert_string_equal (omerr_gettext (0x80CA0001), "伽瑪一。");
  assert_string_equal (omerr_gettext_l (0x80BE0001, zh), "貝塔一。");
  /* A code two tables know: omerr_gettext answers from alpha, which has
     no catalog; beta's own message is in Chinese.  */
  assert_string_equal (omerr_gettext (0x80AA0005),
                       "Alpha five, a vendor's code.");
  assert_string_equal (omerr_table_gettext (beta, 0x80AA0005), "貝塔五。");
  assert_null (omerr_table_gettext (gamma, 0x80AA0005));
  /* Twice: the second from the cache.  */
  assert_string_equal (omerr_gettext (0x80CA0001), "伽瑪一。");
  uselocale (LC_GLOBAL_LOCALE);
  /* In C: every table's English.  */
  assert_string_equal (omerr_gettext (0x80CA0001), "Gamma one.");
  assert_string_equal (omerr_table_gettext (beta, 0x80AA0005), "Beta five.");
  freelocale (zh);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    /* First: the load happens during it.  */
    cmocka_unit_test (threads_during_first_load),
    cmocka_unit_test (lookup_order),
    cmocka_unit_test (damaged_entries),
    cmocka_unit_test (code_in_two_tables),
    cmocka_unit_test (notices_groups_notes),
    cmocka_unit_test (catalogs_per_table),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
