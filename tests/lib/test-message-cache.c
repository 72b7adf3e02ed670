/* SPDX-License-Identifier: MIT */
/* The per-thread message cache against raw dgettext: whatever the cache
   answers must be, byte for byte, what dgettext ("omerr", symbol) answers
   at that moment (or the English where dgettext gives back the symbol),
   in the locale's charset (the library asks gettext for UTF-8 and
   converts), across every change gettext's answer depends on.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <iconv.h>
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr.h"
#include "message-cache.h"
#include "test-locale.h"

#define NO_SERVICE 0x80CF0001u

/* What raw gettext says for CODE now, in the thread's charset as gettext
   converts (//TRANSLIT; the English where iconv fails); valid until the
   next call.  */
static const char *
raw (uint32_t code)
{
  static char converted[1024];
  const char *symbol = omerr_symbol (code);
  const char *t = dgettext ("omerr", symbol);
  iconv_t cd;
  char to[64], *in = (char *) t, *out = converted;
  size_t in_left = strlen (t), out_left = sizeof converted - 1, done;

  if (strcmp (t, symbol) == 0)
    return omerr_english (code);
  if (strcmp (nl_langinfo (CODESET), "UTF-8") == 0)
    return t;
  snprintf (to, sizeof to, "%s//TRANSLIT", nl_langinfo (CODESET));
  cd = iconv_open (to, "UTF-8");
  assert_true (cd != (iconv_t) -1);
  done = iconv (cd, &in, &in_left, &out, &out_left);
  iconv_close (cd);
  *out = '\0';
  return done == (size_t) -1 ? omerr_english (code) : converted;
}

/* Every code, twice (the second time from the cache), agrees with raw
   gettext.  Returns the message of NO_SERVICE.  */
static const char *
all_agree (void)
{
  int pass;
  size_t i;

  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < omerr_count (); i++)
      {
        uint32_t code = omerr_code_at (i);

        assert_string_equal (omerr_gettext (code), raw (code));
      }
  return omerr_gettext (NO_SERVICE);
}

static void
set (const char *name)
{
  assert_non_null (setlocale (LC_ALL, name));
}

static void
setlocale_changes (void **state)
{
  char zh[512];

  (void) state;
  set ("zh_TW.UTF-8");
  snprintf (zh, sizeof zh, "%s", all_agree ());
  /* The scenario means something: Chinese differs from English.  */
  assert_string_not_equal (zh, omerr_english (NO_SERVICE));
  set ("en_US.UTF-8");
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  set ("zh_TW.UTF-8");
  assert_string_equal (all_agree (), zh);
  set ("C");
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  set ("zh_TW.BIG5");
  assert_string_not_equal (all_agree (), zh);
  set ("C.UTF-8");
  all_agree ();
  /* Only LC_MESSAGES changes (LC_CTYPE stays UTF-8: gettext converts
     to the LC_CTYPE charset).  */
  set ("en_US.UTF-8");
  assert_non_null (setlocale (LC_MESSAGES, "zh_TW.UTF-8"));
  assert_string_equal (all_agree (), zh);
  /* Only LC_CTYPE changes: the same catalog, another charset.  */
  set ("zh_TW.UTF-8");
  all_agree ();
  assert_non_null (setlocale (LC_CTYPE, "C"));
  assert_string_not_equal (all_agree (), zh);
  set ("C");
}

static void
thread_locales (void **state)
{
  locale_t zh = test_locale ("zh_TW.UTF-8");
  locale_t en, reused;
  char zh_text[512];

  (void) state;
  set ("C");
  uselocale (zh);
  snprintf (zh_text, sizeof zh_text, "%s", all_agree ());
  assert_string_not_equal (zh_text, omerr_english (NO_SERVICE));
  uselocale (LC_GLOBAL_LOCALE);
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  uselocale (zh);
  assert_string_equal (all_agree (), zh_text);
  /* A locale freed and made again may come back at the same address with
     another name: the cache must not take it for the old one.  */
  uselocale (LC_GLOBAL_LOCALE);
  freelocale (zh);
  en = test_locale ("en_US.UTF-8");
  uselocale (en);
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  uselocale (LC_GLOBAL_LOCALE);
  freelocale (en);
  reused = test_locale ("zh_TW.UTF-8");
  uselocale (reused);
  assert_string_equal (all_agree (), zh_text);
  /* Only the LC_MESSAGES part of a thread locale changes.  */
  en = newlocale (LC_MESSAGES_MASK, "en_US.UTF-8", reused);
  assert_non_null (en);
  uselocale (en);
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  uselocale (LC_GLOBAL_LOCALE);
  freelocale (en);
}

/* More locales by turns than a thread keeps caches for.  */
static void
locales_by_turns (void **state)
{
  static const char *const names[] = {
    "zh_TW.UTF-8", "en_US.UTF-8", "zh_TW.BIG5", "C.UTF-8", "C"
  };
  locale_t locales[5];
  size_t i, n = sizeof names / sizeof names[0];
  int round;

  (void) state;
  for (i = 0; i < n; i++)
    locales[i] = test_locale (names[i]);
  for (round = 0; round < 3; round++)
    for (i = 0; i < omerr_count (); i++)
      {
        uint32_t code = omerr_code_at (i);
        locale_t l = locales[(i + (size_t) round) % n];
        char got[512];
        locale_t previous;

        snprintf (got, sizeof got, "%s", omerr_gettext_l (code, l));
        previous = uselocale (l);
        assert_string_equal (got, raw (code));
        uselocale (previous);
      }
  for (i = 0; i < n; i++)
    freelocale (locales[i]);
}

static void *
english_thread (void *arg)
{
  locale_t en = arg;

  uselocale (en);
  return (void *) (strcmp (all_agree (), omerr_english (NO_SERVICE)) == 0
                   ? "ok" : NULL);
}

static void
threads_keep_their_own (void **state)
{
  locale_t en = test_locale ("en_US.UTF-8");
  pthread_t t;
  void *result;
  char zh[512];

  (void) state;
  set ("zh_TW.UTF-8");
  snprintf (zh, sizeof zh, "%s", all_agree ());
  assert_int_equal (pthread_create (&t, NULL, english_thread, en), 0);
  assert_int_equal (pthread_join (t, &result), 0);
  assert_non_null (result);
  /* The other thread's English did not leak into this thread's cache.  */
  assert_string_equal (all_agree (), zh);
  freelocale (en);
  set ("C");
}

static void
language_after_counter_bump (void **state)
{
  const char *zh;

  (void) state;
  set ("en_US.UTF-8");
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  assert_int_equal (setenv ("LANGUAGE", "zh_TW", 1), 0);
  /* The documented signal: gettext (and the cache) see LANGUAGE again.  */
  textdomain (textdomain (NULL));
  zh = all_agree ();
  assert_string_not_equal (zh, omerr_english (NO_SERVICE));
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  textdomain (textdomain (NULL));
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  set ("C");
}

static void
domain_rebound (void **state)
{
  const char *catalogs = getenv ("OMERR_LOCALEDIR");
  char dir[] = "/tmp/omerr-rebind-XXXXXX", path[PATH_MAX], target[PATH_MAX];
  char zh[512];
  const char *original;

  (void) state;
  assert_non_null (catalogs);
  set ("zh_TW.UTF-8");
  snprintf (zh, sizeof zh, "%s", all_agree ());
  /* Another catalog directory, whose zh_TW catalog is the English one.  */
  assert_non_null (mkdtemp (dir));
  snprintf (path, sizeof path, "%s/zh_TW", dir);
  assert_int_equal (mkdir (path, 0700), 0);
  snprintf (path, sizeof path, "%s/zh_TW/LC_MESSAGES", dir);
  assert_int_equal (mkdir (path, 0700), 0);
  snprintf (path, sizeof path, "%s/zh_TW/LC_MESSAGES/omerr.mo", dir);
  snprintf (target, sizeof target, "%s/en/LC_MESSAGES/omerr.mo", catalogs);
  assert_int_equal (symlink (target, path), 0);

  original = bindtextdomain ("omerr", NULL);
  assert_non_null (original);
  snprintf (target, sizeof target, "%s", original);
  assert_non_null (bindtextdomain ("omerr", dir));
  assert_string_equal (all_agree (), omerr_english (NO_SERVICE));
  assert_non_null (bindtextdomain ("omerr", target));
  assert_string_equal (all_agree (), zh);

  unlink (path);
  snprintf (path, sizeof path, "%s/zh_TW/LC_MESSAGES", dir);
  rmdir (path);
  snprintf (path, sizeof path, "%s/zh_TW", dir);
  rmdir (path);
  rmdir (dir);
  set ("C");
}

static void
unknown_codes_follow (void **state)
{
  (void) state;
  set ("zh_TW.UTF-8");
  assert_string_not_equal (omerr_gettext (0x7F000001u),
                           "Unknown error code 0x7F000001");
  set ("C");
  assert_string_equal (omerr_gettext (0x7F000001u),
                       "Unknown error code 0x7F000001");
}

#ifdef OMERR_MESSAGE_CACHE
/* The inverse of the odd K modulo 2^32 (Newton's iteration).  */
static uint32_t
inverse (uint32_t k)
{
  uint32_t x = k;
  int i;

  for (i = 0; i < 5; i++)
    x *= 2 - k * x;
  return x;
}

/* Slot 0's free code is not 0 (which hashes there) but a spare one: codes
   whose first slot is 0, looked up again and again, are never taken for
   a free slot's.  */
static void
codes_of_slot_zero (void **state)
{
  static const uint32_t products[] = { 0, 1, 77,
                                       (1u << (32 - OMERR_CACHE_BITS)) - 1 };
  size_t i;
  int round;

  (void) state;
  set ("C");
  for (i = 0; i < sizeof products / sizeof products[0]; i++)
    {
      uint32_t code = products[i] * inverse (OMERR_CACHE_MULTIPLIER);
      char want[64];

      assert_int_equal (omerr_cache_hash (code), 0);
      if (omerr_symbol (code) != NULL)
        continue;
      snprintf (want, sizeof want, "Unknown error code 0x%08X", code);
      for (round = 0; round < 4; round++)
        {
          const char *got = omerr_gettext (code);

          assert_non_null (got);
          assert_string_equal (got, want);
        }
    }
}

# if OMERR_CACHE_MULTIPLIER == OMERR_TABLE_HASH_MULTIPLIER
/* The library's hash gives each of the table's codes its own first slot,
   as omerrc chose it to (omerr-table-hash.h): the hit is one
   comparison.  */
static void
table_codes_own_their_first_slots (void **state)
{
  static unsigned char taken[OMERR_CACHE_SLOTS];
  size_t i;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t slot = omerr_cache_hash (omerr_code_at (i));

      assert_int_equal (taken[slot], 0);
      taken[slot] = 1;
    }
}
# endif
#endif

#ifdef OMERR_TEST_COUNT_DGETTEXT
/* This build links the library's code into the test with
   -Wl,--wrap=dgettext,--wrap=dcgettext: every call is counted (glibc's
   libintl.h turns dgettext into dcgettext when optimizing).  */
char *__real_dgettext (const char *domain, const char *msgid);
char *__wrap_dgettext (const char *domain, const char *msgid);
char *__real_dcgettext (const char *domain, const char *msgid, int category);
char *__wrap_dcgettext (const char *domain, const char *msgid, int category);
static unsigned long dgettext_calls;

char *
__wrap_dgettext (const char *domain, const char *msgid)
{
  dgettext_calls++;
  return __real_dgettext (domain, msgid);
}

char *
__wrap_dcgettext (const char *domain, const char *msgid, int category)
{
  dgettext_calls++;
  return __real_dcgettext (domain, msgid, category);
}

/* Once every message was asked for, in the global locale and in a thread
   locale, asking again calls gettext no more: the cache answers, over
   the long and wrapping runs of slots this build's hash makes.  */
static void
cache_answers_alone (void **state)
{
  locale_t zh = test_locale ("zh_TW.UTF-8");
  int pass;
  size_t i;

  (void) state;
  set ("zh_TW.UTF-8");
  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < omerr_count (); i++)
      omerr_gettext (omerr_code_at (i));
  uselocale (zh);
  for (i = 0; i < omerr_count (); i++)
    omerr_gettext (omerr_code_at (i));
  uselocale (LC_GLOBAL_LOCALE);
  dgettext_calls = 0;
  for (i = 0; i < omerr_count (); i++)
    assert_non_null (omerr_gettext (omerr_code_at (i)));
  uselocale (zh);
  for (i = 0; i < omerr_count (); i++)
    assert_non_null (omerr_gettext (omerr_code_at (i)));
  uselocale (LC_GLOBAL_LOCALE);
  assert_int_equal (dgettext_calls, 0);
  freelocale (zh);
  set ("C");
}
#endif

/* Issue 15, item 9: more locales by turns than a thread keeps caches
   for (64).  128 locales of distinct LC_MESSAGES names (links to the
   test locales in a directory added to LOCPATH), forwards and backwards,
   each asked through omerr_gettext_l and through uselocale: every answer
   agrees with raw gettext.  In the build that counts dgettext calls,
   once each locale was asked, the cache still answers a good part of
   the calls instead of gettext: with the least recently used cache
   evicted for each new locale, every call missed, filled a cache and
   lost it before its locale came back.  */
#define MANY_LOCALES 128
static void
many_locales_by_turns (void **state)
{
  const char *locpath = getenv ("LOCPATH");
  char dir[] = "many-locales-XXXXXX", path[PATH_MAX], link[PATH_MAX];
  char name[64], *both;
  locale_t locales[MANY_LOCALES], base[2];
  size_t k, j;
  int pass;
#ifdef OMERR_TEST_COUNT_DGETTEXT
  unsigned long calls = 0, asked_gettext = 0;
#endif

  (void) state;
  assert_non_null (locpath);
  assert_non_null (mkdtemp (dir));
  both = malloc (strlen (locpath) + sizeof dir + PATH_MAX + 2);
  assert_non_null (both);
  assert_non_null (getcwd (path, sizeof path));
  sprintf (both, "%s:%s/%s", locpath, path, dir);
  assert_int_equal (setenv ("LOCPATH", both, 1), 0);
  base[0] = test_locale ("zh_TW.UTF-8");
  base[1] = test_locale ("en_US.UTF-8");
  for (k = 0; k < MANY_LOCALES; k++)
    {
      const char *language = k % 2 ? "en_US.UTF-8" : "zh_TW.UTF-8";

      snprintf (name, sizeof name, "%s@t%03zu", language, k);
      snprintf (path, sizeof path, "%s/%s", locpath, language);
      snprintf (link, sizeof link, "%s/%s", dir, name);
      assert_int_equal (symlink (path, link), 0);
      /* Only LC_MESSAGES by that name: the name gettext and the cache go
         by, and 13 times fewer locale files loaded.  */
      locales[k] = newlocale (LC_MESSAGES_MASK, name, duplocale (base[k % 2]));
      assert_non_null (locales[k]);
      assert_string_equal (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES),
                                          locales[k]), name);
    }
  /* Through omerr_gettext_l and uselocale by turns, forwards, then
     backwards.  */
  for (pass = 0; pass < 8; pass++)
    for (j = 0; j < MANY_LOCALES; j++)
      {
        uint32_t code;
        char got[512];
        locale_t previous;
#ifdef OMERR_TEST_COUNT_DGETTEXT
        unsigned long before = dgettext_calls;
#endif

        k = pass < 4 ? j : MANY_LOCALES - 1 - j;
        code = omerr_code_at (k % omerr_count ());
        if (pass % 2)
          snprintf (got, sizeof got, "%s", omerr_gettext_l (code, locales[k]));
        previous = uselocale (locales[k]);
        if (pass % 2 == 0)
          snprintf (got, sizeof got, "%s", omerr_gettext (code));
#ifdef OMERR_TEST_COUNT_DGETTEXT
        if (pass > 0)
          {
            calls++;
            asked_gettext += dgettext_calls - before;
          }
#endif
        assert_string_equal (got, raw (code));
        uselocale (previous);
      }
#ifdef OMERR_TEST_COUNT_DGETTEXT
  /* 64 of the 128 locales keep their caches, and the others' messages are
     remembered by locale and code: almost no call asks gettext (half of
     them did before they were).  */
  assert_true (asked_gettext <= calls / 4);
#endif
  /* Each locale freed and made again under the other language's name,
     most likely at a freed one's address: what was remembered for that
     address does not answer for it.  */
  for (k = 0; k < MANY_LOCALES; k++)
    {
      freelocale (locales[k]);
      snprintf (name, sizeof name, "%s@t%03zu",
                k % 2 ? "zh_TW.UTF-8" : "en_US.UTF-8", k ^ 1);
      locales[k] = newlocale (LC_MESSAGES_MASK, name,
                              duplocale (base[(k + 1) % 2]));
      assert_non_null (locales[k]);
    }
  for (k = 0; k < MANY_LOCALES; k++)
    for (j = 0; j < MANY_LOCALES; j++)
      {
        /* Every code asked for before, first the one asked for at this
           address (a locale without a cache asks its remembered ones).  */
        uint32_t code = omerr_code_at ((k + j) % MANY_LOCALES
                                       % omerr_count ());
        char got[512];
        locale_t previous;

        snprintf (got, sizeof got, "%s", omerr_gettext_l (code, locales[k]));
        previous = uselocale (locales[k]);
        assert_string_equal (got, raw (code));
        uselocale (previous);
      }
  for (k = 0; k < MANY_LOCALES; k++)
    {
      freelocale (locales[k]);
      snprintf (link, sizeof link, "%s/%s@t%03zu", dir,
                k % 2 ? "en_US.UTF-8" : "zh_TW.UTF-8", k);
      assert_int_equal (unlink (link), 0);
    }
  assert_int_equal (rmdir (dir), 0);
  freelocale (base[0]);
  freelocale (base[1]);
  assert_int_equal (setenv ("LOCPATH", locpath, 1), 0);
  free (both);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (setlocale_changes),
    cmocka_unit_test (thread_locales),
    cmocka_unit_test (locales_by_turns),
    cmocka_unit_test (threads_keep_their_own),
    cmocka_unit_test (language_after_counter_bump),
    cmocka_unit_test (domain_rebound),
    cmocka_unit_test (unknown_codes_follow),
#ifdef OMERR_MESSAGE_CACHE
    cmocka_unit_test (codes_of_slot_zero),
# if OMERR_CACHE_MULTIPLIER == OMERR_TABLE_HASH_MULTIPLIER
    cmocka_unit_test (table_codes_own_their_first_slots),
# endif
#endif
#ifdef OMERR_TEST_COUNT_DGETTEXT
    cmocka_unit_test (cache_answers_alone),
#endif
    cmocka_unit_test (many_locales_by_turns),
  };

  /* The library binds its domain on first use; raw dgettext needs it.  */
  omerr_gettext (NO_SERVICE);
  return cmocka_run_group_tests (tests, NULL, NULL);
}
