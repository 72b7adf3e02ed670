/* SPDX-License-Identifier: MIT */
/* Eight threads asking for messages at once in two languages, through
   the thread's locale and through an explicit locale_t.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <inttypes.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "omerr.h"
#include "source-catalog.h"
#include "test-locale.h"

#define THREADS 8
#define ROUNDS 40

static struct pofile chinese;
static locale_t zh_utf8, en_utf8;
static atomic_long checked, wrong;

/* What CODE must give in Chinese (ZH) or English.  */
static void
expected (uint32_t code, int zh, char *buf, size_t size)
{
  const char *symbol = omerr_symbol (code);

  if (symbol == NULL)
    snprintf (buf, size, "%s 0x%08" PRIX32,
              zh ? "\u672a\u77e5\u7684\u932f\u8aa4\u78bc" : "Unknown error code",
              code);
  else
    snprintf (buf, size, "%s",
              zh ? pofile_translation (&chinese, symbol) : omerr_english (code));
}

static void
check (const char *got, uint32_t code, int zh)
{
  char want[1024];

  expected (code, zh, want, sizeof want);
  atomic_fetch_add (&checked, 1);
  if (strcmp (got, want) != 0)
    atomic_fetch_add (&wrong, 1);
}

static void *
worker (void *arg)
{
  int id = (int) (intptr_t) arg, round;
  size_t i;
  /* Half the threads switch their own locale, half pass one explicitly.  */
  int explicit = id % 2, zh = id % 4 < 2;

  if (!explicit)
    uselocale (zh ? zh_utf8 : en_utf8);
  for (round = 0; round < ROUNDS; round++)
    for (i = 0; i <= omerr_count (); i++)
      {
        /* One past the end: an unknown code, distinct per thread.  */
        uint32_t code = i < omerr_count () ? omerr_code_at (i)
                        : 0x7F000000u + (uint32_t) id;
        int lang = explicit ? (round + (int) i) % 2 : zh;

        if (explicit)
          check (omerr_gettext_l (code, lang ? zh_utf8 : en_utf8), code, lang);
        else
          check (omerr_gettext (code), code, lang);
      }
  return NULL;
}

static void
threads_agree_with_catalogs (void **state)
{
  pthread_t threads[THREADS];
  int i;

  (void) state;
  for (i = 0; i < THREADS; i++)
    assert_int_equal (pthread_create (&threads[i], NULL, worker,
                                      (void *) (intptr_t) i), 0);
  for (i = 0; i < THREADS; i++)
    assert_int_equal (pthread_join (threads[i], NULL), 0);
  assert_int_equal (atomic_load (&checked),
                    (long) THREADS * ROUNDS * (long) (omerr_count () + 1));
  assert_int_equal (atomic_load (&wrong), 0);
}

/* Issue 15, item 12: omerr_gettext in threads of the global locale while
   another thread calls setlocale, which frees the locale names it
   replaces.  glibc calls setlocale MT-Unsafe, yet dgettext survives this
   (it reads the names under glibc's locale lock); omerr_gettext must too,
   and answer every call in one of the two languages.  The sanitizer
   build (make check-sanitizers) sees a read of a freed name.  */
#define SETLOCALE_CALLS 30000
static atomic_int setting;

static void *
set_locales (void *arg)
{
  int i;

  (void) arg;
  for (i = 0; i < SETLOCALE_CALLS; i++)
    setlocale (LC_ALL, i % 2 ? "en_US.UTF-8" : "zh_TW.UTF-8");
  atomic_store (&setting, 0);
  return NULL;
}

static void *
look_up_while_set (void *arg)
{
  long bad = 0;
  size_t i = 0;

  (void) arg;
  while (atomic_load (&setting))
    {
      uint32_t code = i < omerr_count () ? omerr_code_at (i)
                      : 0x7F000000u;
      const char *got = omerr_gettext (code);
      char zh[1024], en[1024];

      expected (code, 1, zh, sizeof zh);
      expected (code, 0, en, sizeof en);
      if (strcmp (got, zh) != 0 && strcmp (got, en) != 0)
        bad++;
      i = (i + 1) % (omerr_count () + 1);
    }
  return (void *) (intptr_t) bad;
}

static void
setlocale_in_another_thread (void **state)
{
  pthread_t setter, readers[2];
  void *bad;
  int i;

  (void) state;
  atomic_store (&setting, 1);
  assert_non_null (setlocale (LC_ALL, "zh_TW.UTF-8"));
  for (i = 0; i < 2; i++)
    assert_int_equal (pthread_create (&readers[i], NULL, look_up_while_set,
                                      NULL), 0);
  assert_int_equal (pthread_create (&setter, NULL, set_locales, NULL), 0);
  assert_int_equal (pthread_join (setter, NULL), 0);
  for (i = 0; i < 2; i++)
    {
      assert_int_equal (pthread_join (readers[i], &bad), 0);
      assert_int_equal ((intptr_t) bad, 0);
    }
  setlocale (LC_ALL, "C");
}

static int
setup (void **state)
{
  (void) state;
  read_source_catalog (&chinese, "zh_TW");
  zh_utf8 = test_locale ("zh_TW.UTF-8");
  en_utf8 = test_locale ("en_US.UTF-8");
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  pofile_free (&chinese);
  freelocale (zh_utf8);
  freelocale (en_utf8);
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (threads_agree_with_catalogs),
    cmocka_unit_test (setlocale_in_another_thread),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
