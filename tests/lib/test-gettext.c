/* SPDX-License-Identifier: MIT */
/* omerr_gettext, omerr_gettext_l and omerr_gettext_r against the catalogs,
   in the tests' own locales.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <wchar.h>

#include "omerr.h"
#include "source-catalog.h"
#include "test-locale.h"

static struct pofile chinese, english;
static locale_t zh_utf8, zh_big5, en_utf8, c_locale;

static int
setup (void **state)
{
  (void) state;
  read_source_catalog (&chinese, "zh_TW");
  read_source_catalog (&english, "en");
  zh_utf8 = test_locale ("zh_TW.UTF-8");
  zh_big5 = test_locale ("zh_TW.BIG5");
  en_utf8 = test_locale ("en_US.UTF-8");
  c_locale = test_locale ("C");
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  pofile_free (&chinese);
  pofile_free (&english);
  freelocale (zh_utf8);
  freelocale (zh_big5);
  freelocale (en_utf8);
  freelocale (c_locale);
  return 0;
}

static void
chinese_equals_catalog (void **state)
{
  size_t i;
  locale_t previous;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *expected = pofile_translation (&chinese, omerr_symbol (code));

      assert_non_null (expected);
      assert_string_equal (omerr_gettext_l (code, zh_utf8), expected);
      previous = uselocale (zh_utf8);
      assert_string_equal (omerr_gettext (code), expected);
      uselocale (previous);
    }
}

static void
english_and_c_give_english (void **state)
{
  size_t i;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);

      assert_string_equal (omerr_gettext_l (code, en_utf8),
                           omerr_english (code));
      /* In C gettext reads no catalog: the compiled-in text itself.  */
      assert_ptr_equal (omerr_gettext_l (code, c_locale),
                        omerr_english (code));
    }
}

/* S (UTF-8) in CHARSET, as iconv writes it; malloc'd.  */
static char *
to_charset (const char *s, const char *charset)
{
  iconv_t cd = iconv_open (charset, "UTF-8");
  size_t in_left = strlen (s), out_left = 2 * in_left + 1;
  char *out = malloc (out_left), *in = (char *) s, *p = out;

  assert_true (cd != (iconv_t) -1);
  assert_non_null (out);
  assert_int_not_equal (iconv (cd, &in, &in_left, &p, &out_left),
                        (size_t) -1);
  *p = '\0';
  iconv_close (cd);
  return out;
}

static char *
to_big5 (const char *s)
{
  return to_charset (s, "BIG5");
}

static void
big5_locale_gets_big5_bytes (void **state)
{
  size_t i;

  (void) state;
  for (i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      char *expected = to_big5 (pofile_translation (&chinese,
                                                omerr_symbol (code)));

      assert_string_equal (omerr_gettext_l (code, zh_big5), expected);
      free (expected);
    }
}

/* LOCALE with its LC_CTYPE from CTYPE (a new locale_t).  */
static locale_t
with_ctype (locale_t locale, const char *ctype)
{
  locale_t l = newlocale (LC_CTYPE_MASK, ctype, duplocale (locale));

  assert_true (l != (locale_t) 0);
  return l;
}

/* The answer depends on the locale in force alone (issue 15, item 8):
   gettext's own cache keys a thread locale's translations by its
   LC_MESSAGES name, not by the LC_CTYPE charset it converted them to, so
   two locales of one LC_MESSAGES that differ in LC_CTYPE only, asked
   after each other, got the first one's bytes (and the validity check
   turned them into English).  Both orders, for every code and the
   unknown-code message; and where the charset lacks the characters
   (ASCII), what gettext itself gives: transliterated, else "?".  */
static void
charset_follows_lc_ctype_alone (void **state)
{
  locale_t big5_names[2], utf8_names[2], ascii;
  size_t i;
  char *big5, *in_ascii;

  (void) state;
  /* LC_MESSAGES zh_TW.BIG5, with a UTF-8 and a Big5 LC_CTYPE; then
     LC_MESSAGES zh_TW.UTF-8 with a Big5 and a UTF-8 one.  */
  big5_names[0] = with_ctype (zh_big5, "zh_TW.UTF-8");
  big5_names[1] = zh_big5;
  utf8_names[0] = with_ctype (zh_utf8, "zh_TW.BIG5");
  utf8_names[1] = zh_utf8;
  ascii = with_ctype (zh_utf8, "C");
  for (i = 0; i <= omerr_count (); i++)
    {
      uint32_t code = i < omerr_count () ? omerr_code_at (i) : 0x80CF9999u;
      const char *utf8 = i < omerr_count ()
        ? pofile_translation (&chinese, omerr_symbol (code))
        : "\u672a\u77e5\u7684\u932f\u8aa4\u78bc 0x80CF9999";

      big5 = to_big5 (utf8);
      assert_string_equal (omerr_gettext_l (code, big5_names[0]), utf8);
      assert_string_equal (omerr_gettext_l (code, big5_names[1]), big5);
      assert_string_equal (omerr_gettext_l (code, utf8_names[0]), big5);
      assert_string_equal (omerr_gettext_l (code, utf8_names[1]), utf8);
      in_ascii = to_charset (utf8, "ANSI_X3.4-1968//TRANSLIT");
      assert_string_equal (omerr_gettext_l (code, ascii), in_ascii);
      free (in_ascii);
      free (big5);
    }
  freelocale (big5_names[0]);
  freelocale (utf8_names[0]);
  freelocale (ascii);
}

static void
unknown_code_is_named (void **state)
{
  locale_t previous;
  char *big5;

  (void) state;
  assert_string_equal (omerr_gettext_l (0x80CF9999u, c_locale),
                       "Unknown error code 0x80CF9999");
  assert_string_equal (omerr_gettext_l (0, en_utf8),
                       "Unknown error code 0x00000000");
  assert_string_equal (omerr_gettext_l (0x1234abcdu, zh_utf8),
                       "\u672a\u77e5\u7684\u932f\u8aa4\u78bc 0x1234ABCD");
  big5 = to_big5 ("\u672a\u77e5\u7684\u932f\u8aa4\u78bc 0xFFFFFFFF");
  assert_string_equal (omerr_gettext_l (0xFFFFFFFFu, zh_big5), big5);
  free (big5);
  previous = uselocale (zh_utf8);
  assert_string_equal (omerr_gettext (0x80CF9999u),
                       "\u672a\u77e5\u7684\u932f\u8aa4\u78bc 0x80CF9999");
  uselocale (previous);
}

static void
explicit_locale_leaves_thread_alone (void **state)
{
  locale_t before = uselocale ((locale_t) 0);

  (void) state;
  omerr_gettext_l (OM_E_NO_SERVICE, zh_utf8);
  omerr_gettext_l (0x80CF9999u, zh_big5);
  assert_ptr_equal (uselocale ((locale_t) 0), before);
  /* (locale_t) 0 means the thread's current locale.  */
  assert_string_equal (omerr_gettext_l (OM_E_NO_SERVICE, (locale_t) 0),
                       omerr_gettext (OM_E_NO_SERVICE));
}

/* In LOCALE, omerr_gettext_r of CODE with every buffer size: the prefix
   is whole characters, as long as fits, and *needed is exact.  */
static void
check_every_size (uint32_t code, locale_t locale)
{
  locale_t previous = uselocale (locale);
  const char *full = omerr_gettext (code);
  size_t length = strlen (full), size, needed = 0;
  char buf[1024];

  assert_true (length < sizeof buf);
  for (size = 0; size <= length + 1; size++)
    {
      int r;

      memset (buf, 'X', sizeof buf);
      r = omerr_gettext_r (code, buf, size, &needed);
      assert_int_equal (needed, length + 1);
      if (size == length + 1)
        {
          assert_int_equal (r, 0);
          assert_string_equal (buf, full);
          continue;
        }
      assert_int_equal (r, ERANGE);
      if (size == 0)
        {
          assert_int_equal (buf[0], 'X');
          continue;
        }
      {
        size_t kept = strlen (buf), next;
        mbstate_t st;

        assert_true (kept < size);
        assert_memory_equal (buf, full, kept);
        /* The prefix is whole characters...  */
        assert_int_not_equal (mbstowcs (NULL, buf, 0), (size_t) -1);
        /* ...and the next character would not have fitted.  */
        memset (&st, 0, sizeof st);
        next = mbrlen (full + kept, length - kept, &st);
        assert_true (next > 0 && next < (size_t) -2);
        assert_true (kept + next > size - 1);
      }
    }
  uselocale (previous);
}

static void
caller_buffer_cuts_between_characters (void **state)
{
  (void) state;
  check_every_size (OM_E_NO_SERVICE, zh_utf8);
  check_every_size (OM_E_NO_SERVICE, zh_big5);
  check_every_size (OM_E_NO_SERVICE, en_utf8);
  check_every_size (0x80CF9999u, zh_utf8);
  check_every_size (0x80CF9999u, zh_big5);
  check_every_size (OM_S_SERVICE_STOP, c_locale);
}

static void
caller_buffer_without_needed (void **state)
{
  char buf[4];

  (void) state;
  assert_int_equal (omerr_gettext_r (OM_E_NO_SERVICE, buf, sizeof buf, NULL),
                    ERANGE);
  assert_int_equal (omerr_gettext_r (OM_E_NO_SERVICE, NULL, 0, NULL), ERANGE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (chinese_equals_catalog),
    cmocka_unit_test (english_and_c_give_english),
    cmocka_unit_test (big5_locale_gets_big5_bytes),
    cmocka_unit_test (charset_follows_lc_ctype_alone),
    cmocka_unit_test (unknown_code_is_named),
    cmocka_unit_test (explicit_locale_leaves_thread_alone),
    cmocka_unit_test (caller_buffer_cuts_between_characters),
    cmocka_unit_test (caller_buffer_without_needed),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
