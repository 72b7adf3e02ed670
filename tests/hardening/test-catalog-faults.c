/* A damaged zh_TW catalog (missing, empty, truncated, bit-flipped): the
   library still answers every code with English or with text of the
   catalog, valid UTF-8, and never crashes.  Each case runs in a child
   process of its own, since gettext loads a catalog once per process.  */
#include <config.h>

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "omerr.h"

static char *catalog;          /* the intact zh_TW catalog */
static size_t catalog_len;
static char dir[] = "tests/hardening/faults-XXXXXX";

static int
valid_utf8 (const unsigned char *s)
{
  while (*s != '\0')
    {
      size_t n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2
        : (*s & 0xF0) == 0xE0 ? 3 : (*s & 0xF8) == 0xF0 ? 4 : 0;
      if (n == 0 || (n == 2 && *s < 0xC2))
        return 0;
      for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
          return 0;
      s += n;
    }
  return 1;
}

/* In the child: every code gets a non-empty valid UTF-8 message; with
   ENGLISH_ONLY, exactly the English one.  */
static int
check_messages (int english_only)
{
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    return 3;
  for (size_t i = 0; i < omerr_count (); i++)
    {
      uint32_t code = omerr_code_at (i);
      const char *msg = omerr_gettext (code);
      if (msg == NULL || msg[0] == '\0')
        return 4;
      if (!valid_utf8 ((const unsigned char *) msg))
        return 7;
      if (english_only && strcmp (msg, omerr_english (code)) != 0)
        return 5;
      char buf[16];
      size_t needed;
      omerr_gettext_r (code, buf, sizeof buf, &needed);
    }
  const char *unknown = omerr_gettext (0x12345678);
  return unknown != NULL && strstr (unknown, "12345678") != NULL ? 0 : 6;
}

/* Runs the library in a child against the catalog BYTES (LEN bytes; none
   at all when BYTES is NULL); returns its exit status, -1 for a signal
   (SIGALRM: a hang).  */
static int
spawn_case (const char *bytes, size_t len, int english_only)
{
  pid_t pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      alarm (5);                     /* a hang fails too */
      char path[256];
      snprintf (path, sizeof path, "%s/%d/zh_TW/LC_MESSAGES", dir,
                (int) getpid ());
      char *p = path;
      while ((p = strchr (p + 1, '/')) != NULL)
        *p = '\0', mkdir (path, 0777), *p = '/';
      mkdir (path, 0777);
      strcat (path, "/omerr.mo");
      FILE *f = bytes ? fopen (path, "wb") : NULL;
      if (bytes && (f == NULL || fwrite (bytes, 1, len, f) != len
                    || fclose (f) != 0))
        _exit (2);
      *strrchr (path, '/') = '\0';
      *strrchr (path, '/') = '\0';
      *strrchr (path, '/') = '\0';
      setenv ("OMERR_LOCALEDIR", path, 1);
      _exit (check_messages (english_only));
    }
  int status;
  assert_int_equal (waitpid (pid, &status, 0), pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static const char *
failure (int status)
{
  return status == 4 ? "an empty message" : status == 7 ? "invalid UTF-8"
    : status == 5 ? "not English" : status == -1 ? "a crash or a hang"
    : "a failure";
}

static void
run_case (const char *bytes, size_t len, int english_only, const char *what)
{
  int status = spawn_case (bytes, len, english_only);
  if (status != 0)
    fail_msg ("%s: %s", what, failure (status));
}

static void
intact_catalog_translates (void **state)
{
  (void) state;
  run_case (catalog, catalog_len, 0, "intact");
  /* ... and the check can tell: English only fails with it.  */
  pid_t pid = fork ();
  if (pid == 0)
    {
      char path[256];
      snprintf (path, sizeof path, "%s/tests/catalogs", getenv ("abs_top_builddir"));
      setenv ("OMERR_LOCALEDIR", path, 1);
      _exit (check_messages (1));
    }
  int status;
  assert_int_equal (waitpid (pid, &status, 0), pid);
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 5);
}

static void
missing_empty_truncated (void **state)
{
  (void) state;
  run_case (NULL, 0, 1, "missing");
  run_case ("", 0, 1, "empty");
  static const size_t cuts[] = { 1, 4, 20, 27, 28, 100, 1000 };
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
    {
      char what[64];
      snprintf (what, sizeof what, "truncated to %zu bytes", cuts[i]);
      run_case (catalog, cuts[i], 1, what);
    }
  for (size_t keep = catalog_len / 8; keep < catalog_len; keep += catalog_len / 8)
    {
      char what[64];
      snprintf (what, sizeof what, "truncated to %zu bytes", keep);
      run_case (catalog, keep, 0, what);
    }
}

/* Every flip is tried; the failures are listed together.  */
static int flip_failures;

static void
flip (size_t byte, int bit)
{
  catalog[byte] ^= (char) (1 << bit);
  int status = spawn_case (catalog, catalog_len, 0);
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
  mkdir ("tests", 0777);
  mkdir ("tests/hardening", 0777);
  return catalog_len > 1000 && mkdtemp (dir) != NULL ? 0 : -1;
}

static int
teardown (void **state)
{
  (void) state;
  free (catalog);
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
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}
