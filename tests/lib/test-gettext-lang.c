/* SPDX-License-Identifier: MIT */
/* omerr_gettext_lang and omerr_table_gettext_lang in a process whose
   LANG is C and whose LOCPATH holds no locale at all: the languages
   asked for by name (gettext names, BCP 47 tags, lists, Accept-Language
   weights) answer with their PO text; zh_HK and zh_MO, every variant
   po/variants.mk lists, fall back to zh_TW, Simplified Chinese never
   does; a damaged catalog or one in another charset is passed over; the
   thread's locale is left alone.
   The catalogs are the test's own directory: zh_TW, en, a damaged fr
   and a ko declaring EUC-KR.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr.h"
#include "source-catalog.h"
#include "zh-variants.h"

static struct pofile zh_tw;
static char dir[] = "/tmp/test-gettext-lang-XXXXXX";
static char empty_locpath[] = "/tmp/test-gettext-lang-locpath-XXXXXX";

/* The PO text of CODE, or its English when the PO leaves it out.  */
static const char *
zh_tw_text (uint32_t code)
{
  const char *t = pofile_translation (&zh_tw, omerr_symbol (code));

  return t != NULL ? t : omerr_english (code);
}

static void
all_chinese (const char *languages)
{
  for (size_t i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *m = omerr_gettext_lang (code, languages);

      if (m == NULL || strcmp (m, zh_tw_text (code)) != 0)
        fail_msg ("%s, 0x%08X: \"%s\", not its zh_TW text", languages,
                  (unsigned) code, m ? m : "(null)");
    }
}

static void
all_english (const char *languages)
{
  for (size_t i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *m = omerr_gettext_lang (code, languages);

      if (m == NULL || strcmp (m, omerr_english (code)) != 0)
        fail_msg ("%s, 0x%08X: \"%s\", not its English",
                  languages ? languages : "(null)", (unsigned) code,
                  m ? m : "(null)");
    }
}

static void
traditional_chinese_by_name (void **state)
{
  (void) state;
  /* The issue's own words: LANG=C, no locale installed.  */
  assert_string_equal (omerr_gettext_lang (0x80CF0001, "zh_TW"),
                       pofile_translation (&zh_tw, "OM_E_NO_SERVICE"));
  assert_string_not_equal (omerr_gettext_lang (0x80CF0001, "zh_TW"),
                           omerr_english (0x80CF0001));
  static const char *const names[] = {
    "zh_TW", "zh-TW", "zh-Hant-TW", "zh-hant-tw", "ZH_tw", "zh_TW.UTF-8",
    "zh-Hant", "zh_HK", "zh-Hant-HK", "zh_MO", "zh_HK:zh_TW:en",
    "fr:zh_TW", "ko:zh_TW", "xx:yy_ZZ:zh_TW", "zh-CN;q=0.9, zh-TW;q=0.8",
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    all_chinese (names[i]);
}

/* Each variant of the one list (po/variants.mk, made into OMERR_ZH_VARIANTS
   by make), however written, falls back to zh_TW: a variant added there
   gets it without a word of C.  The test's directory has no variant's
   catalog, so only the fallback can answer.  */
static void
every_listed_variant (void **state)
{
  static const char list[] = OMERR_ZH_VARIANTS;
  const char *p = list;
  size_t n, count = 0;
  char name[32];

  (void) state;
  for (; *(p += strspn (p, " ")) != '\0'; p += n, count++)
    {
      n = strcspn (p, " ");
      assert_true ((n == 5 || n == 6) && strncmp (p, "zh_", 3) == 0);
      snprintf (name, sizeof name, "%.*s", (int) n, p);
      all_chinese (name);
      snprintf (name, sizeof name, "zh-%.*s", (int) n - 3, p + 3);
      all_chinese (name);
      snprintf (name, sizeof name, "zh-Hant-%.*s;q=0.5", (int) n - 3, p + 3);
      all_chinese (name);
    }
  assert_true (count > 0);
}

static void
english_otherwise (void **state)
{
  (void) state;
  static const char *const names[] = {
    "en", "en_US", "en-GB", "zh_CN", "zh_SG", "zh", "zh-Hans", "zh-Hans-TW",
    "C:zh_TW", "POSIX", "", "fr", "ko", "../zh_TW", "zh_TW/..", "xx",
    /* The order of the list decides, not the weights.  */
    "en-US;q=0.1,zh-TW",
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    all_english (names[i]);
  all_english (NULL);
}

static void
unknown_code (void **state)
{
  char want[512];
  const char *template = pofile_translation (&zh_tw, "OMERR_UNKNOWN_CODE");
  const char *mark;

  (void) state;
  assert_non_null (template);
  mark = strstr (template, "%s");
  assert_non_null (mark);
  snprintf (want, sizeof want, "%.*s0x80CF9999%s", (int) (mark - template),
            template, mark + 2);
  assert_string_equal (omerr_gettext_lang (0x80CF9999, "zh-Hant-TW"), want);
  assert_string_equal (omerr_gettext_lang (0x80CF9999, "fr"),
                       "Unknown error code 0x80CF9999");
  assert_string_equal (omerr_gettext_lang (0x80CF9999, "zh_CN"),
                       "Unknown error code 0x80CF9999");
}

static void
table_variant (void **state)
{
  const omerr_table *builtin = omerr_table_at (0);

  (void) state;
  assert_non_null (builtin);
  assert_string_equal (omerr_table_gettext_lang (builtin, 0x80CF0001, "zh_TW"),
                       pofile_translation (&zh_tw, "OM_E_NO_SERVICE"));
  assert_string_equal (omerr_table_gettext_lang (builtin, 0x80CF0001, "en"),
                       omerr_english (0x80CF0001));
  assert_null (omerr_table_gettext_lang (builtin, 0x80CF9999, "zh_TW"));
  assert_null (omerr_table_gettext_lang (NULL, 0x80CF0001, "zh_TW"));
}

static void
locale_untouched (void **state)
{
  (void) state;
  omerr_gettext_lang (0x80CF0001, "zh_TW");
  assert_string_equal (setlocale (LC_ALL, NULL), "C");
  /* The thread's own lookups stay in its locale (C: English).  */
  assert_string_equal (omerr_gettext (0x80CF0001), omerr_english (0x80CF0001));
}

/* Threads asking in turn for lists never seen before and seen again.  */
static void *
worker (void *arg)
{
  static const char *const lists[] = { "zh-TW", "en", "zh_HK:en", "zh_CN" };
  size_t k = (size_t) arg;

  for (int round = 0; round < 200; round++)
    {
      const char *languages = lists[(k + (size_t) round) % 4];
      uint32_t code = omerr_code_at ((k * 7 + (size_t) round) % omerr_count ());
      const char *m = omerr_gettext_lang (code, languages);
      const char *want = languages[1] == 'h' && languages[3] != 'C'
        ? zh_tw_text (code) : omerr_english (code);

      if (strcmp (m, want) != 0)
        return (void *) 1;
    }
  return NULL;
}

static void
threads (void **state)
{
  pthread_t t[8];
  void *result;

  (void) state;
  for (size_t i = 0; i < 8; i++)
    assert_int_equal (pthread_create (&t[i], NULL, worker, (void *) i), 0);
  for (size_t i = 0; i < 8; i++)
    {
      assert_int_equal (pthread_join (t[i], &result), 0);
      assert_null (result);
    }
}

/* DIR/NAME/LC_MESSAGES/omerr.mo: LEN bytes of DATA.  */
static int
put (const char *name, const char *data, size_t len)
{
  char path[4096];
  FILE *f;

  snprintf (path, sizeof path, "%s/%s", dir, name);
  mkdir (path, 0700);
  strcat (path, "/LC_MESSAGES");
  mkdir (path, 0700);
  strcat (path, "/omerr.mo");
  f = fopen (path, "wb");
  return f != NULL && fwrite (data, 1, len, f) == len && fclose (f) == 0;
}

static char *
slurp (const char *lang, size_t *len)
{
  char path[4096];
  char *data = malloc (1 << 20);
  FILE *f;

  snprintf (path, sizeof path, "%s/tests/catalogs/%s/LC_MESSAGES/omerr.mo",
            getenv ("abs_top_builddir"), lang);
  f = fopen (path, "rb");
  if (f == NULL || data == NULL)
    abort ();
  *len = fread (data, 1, 1 << 20, f);
  fclose (f);
  return data;
}

static int
setup (void **state)
{
  size_t zh_len, en_len;
  char *zh, *en, *charset;

  (void) state;
  if (getenv ("abs_top_builddir") == NULL || mkdtemp (dir) == NULL
      || mkdtemp (empty_locpath) == NULL)
    return -1;
  zh = slurp ("zh_TW", &zh_len);
  en = slurp ("en", &en_len);
  if (!put ("zh_TW", zh, zh_len) || !put ("en", en, en_len)
      || !put ("fr", zh, zh_len / 2))
    return -1;
  /* The same catalog declaring another charset, as long as "UTF-8".  */
  charset = memmem (zh, zh_len, "charset=UTF-8", 13);
  if (charset == NULL)
    return -1;
  memcpy (charset, "charset=EUCKR", 13);
  if (!put ("ko", zh, zh_len))
    return -1;
  free (zh);
  free (en);
  /* Before the library's first use: it binds its domain then.  */
  setenv ("OMERR_LOCALEDIR", dir, 1);
  setenv ("LOCPATH", empty_locpath, 1);
  setenv ("LANG", "C", 1);
  unsetenv ("LANGUAGE");
  unsetenv ("LC_ALL");
  setlocale (LC_ALL, "");
  read_source_catalog (&zh_tw, "zh_TW");
  return 0;
}

static int
teardown (void **state)
{
  char command[200];

  (void) state;
  pofile_free (&zh_tw);
  snprintf (command, sizeof command, "rm -rf '%s' '%s'", dir, empty_locpath);
  return system (command);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (traditional_chinese_by_name),
    cmocka_unit_test (every_listed_variant),
    cmocka_unit_test (english_otherwise),
    cmocka_unit_test (unknown_code),
    cmocka_unit_test (table_variant),
    cmocka_unit_test (locale_untouched),
    cmocka_unit_test (threads),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
