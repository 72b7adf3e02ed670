/* SPDX-License-Identifier: MIT */
/* Damaged catalogs at run time, through the C library's own gettext: the
   zh_TW catalog missing, empty, truncated, bit-flipped, damaged under a
   name gettext reaches only through locale.alias (LANGUAGE=german,
   LANG=german), and beside a sound catalog an empty file or a directory
   that gettext skips.  The library never crashes or hangs, and every
   answer is asserted: with the intact catalog, its PO text; otherwise
   the text the catalog holds (read by the library's own reader) when
   that catalog can be trusted, else the English; omerr_gettext_r copies
   the same answer whole or cut on a character boundary.  Each case runs
   in a child process of its own, since gettext loads a catalog once per
   process.  */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "mo-file.h"
#include "omerr.h"
#include "source-catalog.h"

static char *catalog;          /* the intact zh_TW catalog */
static size_t catalog_len;
static struct pofile po;       /* its source */
static char dir[] = "tests/hardening/faults-XXXXXX";

/* Where a case puts a catalog: NAME/LC_MESSAGES/omerr.mo holding LEN
   bytes of BYTES; a directory when LEN is (size_t) -1.  */
struct placement
{
  const char *name;
  const char *bytes;
  size_t len;
};

enum expect
{
  EXPECT_PO,          /* the PO file's text */
  EXPECT_CATALOG,     /* the zh_TW placement's text if sound, else English */
  EXPECT_ENGLISH,
  EXPECT_TRANSLATED   /* some message not English (a control) */
};

struct fault_case
{
  struct placement at[4];
  const char *language;        /* LANGUAGE, or NULL */
  const char *lang;            /* LANG for setlocale (LC_ALL, ""), or NULL
                                  for zh_TW.UTF-8 */
  enum expect expect;
};

static int
valid_utf8 (const unsigned char *s)
{
  while (*s != '\0')
    {
      size_t n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2
        : (*s & 0xF0) == 0xE0 ? 3 : (*s & 0xF8) == 0xF0 ? 4 : 0;
      if (n == 0 || (n == 2 && *s < 0xC2))
        return 0;
      /* As glibc's UTF-8 (and the library's check): no overlong forms,
         no surrogates, nothing above U+10FFFF.  */
      if ((n == 3 && ((s[0] == 0xE0 && s[1] < 0xA0)
                      || (s[0] == 0xED && s[1] >= 0xA0)))
          || (n == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || s[0] > 0xF4
                         || (s[0] == 0xF4 && s[1] >= 0x90))))
        return 0;
      for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
          return 0;
      s += n;
    }
  return 1;
}

/* Whether gettext hands out MO's text to a UTF-8 locale unconverted: its
   header declares no charset or UTF-8.  A charset iconv does not know
   (a flipped bit in "UTF-8") makes gettext give no translation.  */
static int
utf8_catalog (const struct omerr_mo *mo)
{
  char *type = omerr_mo_header_field (mo, "Content-Type");
  const char *charset = type ? strstr (type, "charset=") : NULL;
  int ok = charset == NULL || strcasecmp (charset + 8, "UTF-8") == 0
    || strcasecmp (charset + 8, "UTF8") == 0;

  free (type);
  return ok;
}

/* The text expected for MSGID, or NULL for the English.  */
static const char *
expected_text (const struct fault_case *c, const struct omerr_mo *mo,
               const char *msgid)
{
  const char *t = NULL;

  if (c->expect == EXPECT_PO)
    t = pofile_translation (&po, msgid);
  else if (c->expect == EXPECT_CATALOG && mo != NULL && utf8_catalog (mo))
    t = omerr_mo_get (mo, msgid);
  return t != NULL && *t != '\0' && valid_utf8 ((const unsigned char *) t)
    ? t : NULL;
}

/* omerr_gettext_r gives MSG whole, or cut on a character boundary.  */
static int
copy_ok (uint32_t code, const char *msg)
{
  char big[1024], small[16];
  size_t needed = 0, length = strlen (msg), kept;

  if (omerr_gettext_r (code, big, sizeof big, &needed) != 0
      || strcmp (big, msg) != 0 || needed != length + 1)
    return 0;
  needed = 0;
  if (length < sizeof small)
    return omerr_gettext_r (code, small, sizeof small, &needed) == 0
      && strcmp (small, msg) == 0 && needed == length + 1;
  if (omerr_gettext_r (code, small, sizeof small, &needed) != ERANGE
      || needed != length + 1)
    return 0;
  kept = strlen (small);
  /* UTF-8 characters are at most 4 bytes: at most 3 bytes left out.  */
  return kept < sizeof small && kept + 4 >= sizeof small
    && strncmp (small, msg, kept) == 0
    && (valid_utf8 ((const unsigned char *) small)
        || !valid_utf8 ((const unsigned char *) msg));
}

/* In the child: the answers for every code and an unknown one.  Returns
   0, or what went wrong (see failure ()).  */
static int
check_messages (const struct fault_case *c, const char *zh_tw_path)
{
  struct omerr_mo *mo = zh_tw_path ? omerr_mo_open (zh_tw_path) : NULL;
  int translated = 0;

  if (c->lang != NULL ? setlocale (LC_ALL, "") == NULL
      : setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    return 3;
  for (size_t i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *msg = omerr_gettext (code);
      const char *want = expected_text (c, mo, omerr_symbol (code));

      if (msg == NULL || msg[0] == '\0')
        return 4;
      translated |= strcmp (msg, omerr_english (code)) != 0;
      if (c->expect != EXPECT_TRANSLATED
          && strcmp (msg, want ? want : omerr_english (code)) != 0)
        return 5;
      if (!copy_ok (code, msg))
        return 8;
    }
  if (c->expect == EXPECT_TRANSLATED && !translated)
    return 9;
  /* The unknown-code message: its template's "%s" filled in.  */
  const char *template = expected_text (c, mo, "OMERR_UNKNOWN_CODE");
  const char *unknown = omerr_gettext (0x12345678);
  char want[512];
  const char *mark = template ? strstr (template, "%s") : NULL;
  if (mark == NULL)
    template = "Unknown error code %s", mark = template + 19;
  snprintf (want, sizeof want, "%.*s0x12345678%s", (int) (mark - template),
            template, mark + 2);
  omerr_mo_close (mo);
  if (c->expect == EXPECT_TRANSLATED)
    return strstr (unknown, "0x12345678") != NULL ? 0 : 6;
  return strcmp (unknown, want) == 0 ? 0 : 6;
}

/* Runs the library in a child with the catalogs of C; returns its exit
   status, -1 for a signal (SIGALRM: a hang).  */
static int
spawn_case (const struct fault_case *c)
{
  pid_t pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      alarm (5);                     /* a hang fails too */
      char top[256], path[512], zh_tw[512] = "";
      snprintf (top, sizeof top, "%s/%d", dir, (int) getpid ());
      mkdir (top, 0777);
      for (const struct placement *p = c->at; p->name != NULL; p++)
        {
          snprintf (path, sizeof path, "%s/%s", top, p->name);
          mkdir (path, 0777);
          strcat (path, "/LC_MESSAGES");
          mkdir (path, 0777);
          strcat (path, "/omerr.mo");
          if (strcmp (p->name, "zh_TW") == 0)
            strcpy (zh_tw, path);
          if (p->len == (size_t) -1)
            {
              if (mkdir (path, 0777) != 0)
                _exit (2);
              continue;
            }
          FILE *f = fopen (path, "wb");
          if (f == NULL || fwrite (p->bytes, 1, p->len, f) != p->len
              || fclose (f) != 0)
            _exit (2);
        }
      setenv ("OMERR_LOCALEDIR", top, 1);
      if (c->language != NULL)
        setenv ("LANGUAGE", c->language, 1);
      if (c->lang != NULL)
        setenv ("LANG", c->lang, 1);
      _exit (check_messages (c, zh_tw[0] ? zh_tw : NULL));
    }
  int status;
  assert_int_equal (waitpid (pid, &status, 0), pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static const char *
failure (int status)
{
  return status == 3 ? "no locale" : status == 4 ? "an empty message"
    : status == 5 ? "a message not the one expected"
    : status == 6 ? "not the unknown-code message expected"
    : status == 8 ? "omerr_gettext_r does not give the same message"
    : status == 9 ? "nothing translated" : status == -1 ? "a crash or a hang"
    : "a failure";
}

static void
run_case (const struct fault_case *c, const char *what)
{
  int status = spawn_case (c);
  if (status != 0)
    fail_msg ("%s: %s", what, failure (status));
}

/* The zh_TW catalog alone, cut to LEN bytes, answers as expected.  */
static void
run_zh_tw (const char *bytes, size_t len, enum expect expect,
           const char *what)
{
  struct fault_case c = { { { "zh_TW", bytes, len } }, NULL, NULL, expect };
  run_case (&c, what);
}

static void
intact_catalog_translates (void **state)
{
  (void) state;
  run_zh_tw (catalog, catalog_len, EXPECT_PO, "intact");
  /* ... and the check can tell: English is not what it gives.  */
  struct fault_case c = { { { "zh_TW", catalog, catalog_len } }, NULL, NULL,
                          EXPECT_ENGLISH };
  assert_int_equal (spawn_case (&c), 5);
}

static void
missing_empty_truncated (void **state)
{
  (void) state;
  struct fault_case none = { { { NULL, NULL, 0 } }, NULL, NULL,
                             EXPECT_ENGLISH };
  run_case (&none, "missing");
  run_zh_tw ("", 0, EXPECT_ENGLISH, "empty");
  static const size_t cuts[] = { 1, 4, 20, 27, 28, 47, 48, 100, 1000 };
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
    {
      char what[64];
      snprintf (what, sizeof what, "truncated to %zu bytes", cuts[i]);
      run_zh_tw (catalog, cuts[i], EXPECT_ENGLISH, what);
    }
  for (size_t keep = catalog_len / 8; keep < catalog_len; keep += catalog_len / 8)
    {
      char what[64];
      snprintf (what, sizeof what, "truncated to %zu bytes", keep);
      run_zh_tw (catalog, keep, EXPECT_ENGLISH, what);
    }
}

/* Every flip is tried; the failures are listed together.  */
static int flip_failures;

static void
flip (size_t byte, int bit)
{
  catalog[byte] ^= (char) (1 << bit);
  struct fault_case c = { { { "zh_TW", catalog, catalog_len } }, NULL, NULL,
                          EXPECT_CATALOG };
  int status = spawn_case (&c);
  if (status != 0 && flip_failures++ < 20)
    print_message ("# bit %d of byte %zu flipped: %s\n", bit, byte,
                   failure (status));
  catalog[byte] ^= (char) (1 << bit);
}

static void
bit_flips (void **state)
{
  (void) state;
  /* The header and the start of the offset tables, every bit.  */
  for (size_t byte = 0; byte < 48 && byte < catalog_len; byte++)
    for (int bit = 0; bit < 8; bit++)
      flip (byte, bit);
  /* Elsewhere, a fixed pseudo-random sample.  */
  uint32_t x = 2463534242u;
  for (int i = 0; i < 200; i++)
    {
      x ^= x << 13, x ^= x >> 17, x ^= x << 5;
      flip (x % catalog_len, (int) (x >> 29));
    }
  assert_int_equal (flip_failures, 0);
}

/* The catalog with the offset of its table of originals made huge:
   gettext reads far outside the file (SIGSEGV) when it loads it.  */
static char *
crashing_catalog (void)
{
  char *bad = malloc (catalog_len);
  assert_non_null (bad);
  memcpy (bad, catalog, catalog_len);
  bad[15] = 0x7f;
  return bad;
}

/* Where gettext goes for "german": locale.alias makes it de_DE.ISO-8859-1,
   tried as written, with its codeset normalized, and shortened down to
   "de"; the name "german" itself is never tried.  */
#define GERMAN(bytes, len) \
  { { "de_DE.ISO-8859-1", bytes, len }, { "de_DE.iso88591", bytes, len }, \
    { "de", bytes, len } }

static void
alias_in_language (void **state)
{
  (void) state;
  /* The control: gettext does reach those names for LANGUAGE=german.  */
  struct fault_case reach = { GERMAN (catalog, catalog_len), "german", NULL,
                              EXPECT_PO };
  if (spawn_case (&reach) != 0)
    skip ();   /* no locale.alias with "german" on this machine */
  char *bad = crashing_catalog ();
  struct fault_case c = { GERMAN (bad, catalog_len), "german", NULL,
                          EXPECT_ENGLISH };
  run_case (&c, "LANGUAGE=german, damaged catalogs for de_DE.ISO-8859-1");
  free (bad);
}

static void
alias_in_lang (void **state)
{
  (void) state;
  /* Chinese into ISO-8859-1: gettext converts what it can.  */
  struct fault_case reach = { GERMAN (catalog, catalog_len), NULL, "german",
                              EXPECT_TRANSLATED };
  if (spawn_case (&reach) != 0)
    skip ();   /* no locale.alias with "german" on this machine */
  char *bad = crashing_catalog ();
  struct fault_case c = { GERMAN (bad, catalog_len), NULL, "german",
                          EXPECT_ENGLISH };
  run_case (&c, "LANG=german, damaged catalogs for de_DE.ISO-8859-1");
  free (bad);
}

/* gettext skips an empty file or a directory where it looks first
   (zh_TW.UTF-8, zh_TW.utf8) and reads zh_TW: so must the library.  */
static void
ignored_neighbours (void **state)
{
  (void) state;
  struct fault_case empty = {
    { { "zh_TW.UTF-8", "", 0 }, { "zh_TW", catalog, catalog_len } },
    NULL, NULL, EXPECT_PO };
  run_case (&empty, "an empty zh_TW.UTF-8 catalog beside zh_TW");
  struct fault_case directory = {
    { { "zh_TW.utf8", NULL, (size_t) -1 }, { "zh_TW", catalog, catalog_len } },
    NULL, NULL, EXPECT_PO };
  run_case (&directory, "a directory at zh_TW.utf8's catalog beside zh_TW");
}

static int
setup (void **state)
{
  (void) state;
  const char *top = getenv ("abs_top_builddir");
  if (top == NULL || getenv ("LOCPATH") == NULL)
    return -1;
  char path[512];
  snprintf (path, sizeof path, "%s/tests/catalogs/zh_TW/LC_MESSAGES/omerr.mo",
            top);
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return -1;
  struct stat st;
  if (fstat (fileno (f), &st) != 0 || (catalog = malloc (st.st_size)) == NULL)
    return -1;
  catalog_len = fread (catalog, 1, st.st_size, f);
  fclose (f);
  read_source_catalog (&po, "zh_TW");
  mkdir ("tests", 0777);
  mkdir ("tests/hardening", 0777);
  return catalog_len > 1000 && mkdtemp (dir) != NULL ? 0 : -1;
}

static int
teardown (void **state)
{
  (void) state;
  free (catalog);
  pofile_free (&po);
  char command[600];
  snprintf (command, sizeof command, "rm -rf '%s'", dir);
  return system (command);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (intact_catalog_translates),
    cmocka_unit_test (missing_empty_truncated),
    cmocka_unit_test (bit_flips),
    cmocka_unit_test (alias_in_language),
    cmocka_unit_test (alias_in_lang),
    cmocka_unit_test (ignored_neighbours),
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}
