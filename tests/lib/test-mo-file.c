/* SPDX-License-Identifier: MIT */
/* The library's .mo reader (src/lib/mo-file.c): a real catalog read in
   both byte orders, with and without its hash table, agrees with its PO
   file; every prefix and every damaged field is refused with the reason
   the damaged-catalog check relies on (EINVAL: gettext would trust it);
   what gettext ignores (absent, empty, short, a directory, not a
   catalog) is told apart; system-dependent strings (the command's
   catalog) are checked as gettext will read them; checks in turn read a
   sound file once.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo-file.h"
#include "source-catalog.h"

static unsigned char *catalog;
static size_t catalog_size;
static char path[4096];

static void
write_file (const unsigned char *data, size_t size)
{
  FILE *f = fopen (path, "wb");

  assert_non_null (f);
  assert_int_equal (fwrite (data, 1, size, f), size);
  assert_int_equal (fclose (f), 0);
}

static uint32_t
get_word (const unsigned char *data, size_t offset)
{
  const unsigned char *p = data + offset;

  return p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16
    | (uint32_t) p[3] << 24;
}

static void
put_word (unsigned char *data, size_t offset, uint32_t w)
{
  data[offset] = (unsigned char) w;
  data[offset + 1] = (unsigned char) (w >> 8);
  data[offset + 2] = (unsigned char) (w >> 16);
  data[offset + 3] = (unsigned char) (w >> 24);
}

/* Opens PATH expecting failure with ERROR.  */
static void
refused (int error, const char *what)
{
  struct omerr_mo *mo;

  errno = 0;
  mo = omerr_mo_open (path);
  if (mo != NULL)
    fail_msg ("%s: accepted", what);
  if (errno != error)
    fail_msg ("%s: errno %d, not %d", what, errno, error);
}

/* Every entry of po/zh_TW.po is found with its text, and the entries
   iterate with their own text.  */
static void
agrees_with_po (void)
{
  struct omerr_mo *mo = omerr_mo_open (path);
  struct pofile po;
  size_t i;

  assert_non_null (mo);
  read_source_catalog (&po, "zh_TW");
  assert_true (po.count > 200);
  for (i = 0; i < po.count; i++)
    {
      const char *t = omerr_mo_get (mo, po.entries[i].msgid);
      const char *want = pofile_translation (&po, po.entries[i].msgid);

      /* msgfmt leaves untranslated (and fuzzy) entries out.  */
      if (want == NULL ? t != NULL : t == NULL || strcmp (t, want) != 0)
        fail_msg ("%s: not its PO text", po.entries[i].msgid);
    }
  assert_true (omerr_mo_count (mo) > po.count);   /* and the header */
  for (i = 0; i < omerr_mo_count (mo); i++)
    {
      const char *msgid = omerr_mo_msgid_at (mo, i);
      const char *expected = pofile_translation (&po, msgid);

      if (*msgid != '\0'
          && (expected == NULL
              || strcmp (omerr_mo_msgstr_at (mo, i), expected) != 0))
        fail_msg ("entry %zu (%s): not its PO text", i, msgid);
    }
  assert_null (omerr_mo_get (mo, "OM_E_NO_SUCH_SYMBOL"));
  assert_null (omerr_mo_get (mo, "OM_E"));
  pofile_free (&po);
  omerr_mo_close (mo);
}

static void
reads_catalog (void **state)
{
  struct omerr_mo *mo;
  char *field;

  (void) state;
  write_file (catalog, catalog_size);
  agrees_with_po ();
  mo = omerr_mo_open (path);
  assert_non_null (mo);
  field = omerr_mo_header_field (mo, "Language");
  assert_non_null (field);
  assert_string_equal (field, "zh_TW");
  free (field);
  field = omerr_mo_header_field (mo, "Content-Type");
  assert_non_null (field);
  assert_string_equal (field, "text/plain; charset=UTF-8");
  free (field);
  assert_null (omerr_mo_header_field (mo, "Lang"));
  assert_null (omerr_mo_header_field (mo, "No-Such-Field"));
  omerr_mo_close (mo);
}

/* Without its hash table the entries are found by binary search.  */
static void
reads_without_hash_table (void **state)
{
  unsigned char *copy = malloc (catalog_size);

  (void) state;
  assert_non_null (copy);
  memcpy (copy, catalog, catalog_size);
  put_word (copy, 20, 0);
  write_file (copy, catalog_size);
  agrees_with_po ();
  free (copy);
}

/* Written on a big-endian machine: every word swapped.  */
static void
reads_other_byte_order (void **state)
{
  unsigned char *copy = malloc (catalog_size);
  uint32_t count = get_word (catalog, 8), hash_size = get_word (catalog, 20);
  uint32_t hash_offset = get_word (catalog, 24), i, table;

  (void) state;
  assert_non_null (copy);
  memcpy (copy, catalog, catalog_size);
  for (i = 0; i < 7; i++)
    put_word (copy, 4 * i, __builtin_bswap32 (get_word (catalog, 4 * i)));
  for (table = 12; table <= 16; table += 4)
    for (i = 0; i < 2 * count; i++)
      {
        size_t at = get_word (catalog, table) + 4 * (size_t) i;

        put_word (copy, at, __builtin_bswap32 (get_word (catalog, at)));
      }
  for (i = 0; i < hash_size; i++)
    put_word (copy, hash_offset + 4 * i,
              __builtin_bswap32 (get_word (catalog, hash_offset + 4 * i)));
  write_file (copy, catalog_size);
  agrees_with_po ();
  free (copy);
}

static void
every_prefix_refused (void **state)
{
  size_t n;
  char what[64];

  (void) state;
  for (n = 0; n < catalog_size; n++)
    {
      write_file (catalog, n);
      snprintf (what, sizeof what, "a prefix of %zu bytes", n);
      /* gettext ignores a file shorter than its 48-byte header.  */
      refused (n < 48 ? ENOMSG : EINVAL, what);
    }
}

static void
damaged_fields_refused (void **state)
{
  unsigned char *copy = malloc (catalog_size);
  uint32_t count = get_word (catalog, 8), hash_size = get_word (catalog, 20);
  uint32_t hash_offset = get_word (catalog, 24), i;
  int field;
  char what[64];

  (void) state;
  assert_non_null (copy);
  assert_true (hash_size > 2);
#define DAMAGE(error, what, change)             \
  do                                            \
    {                                           \
      memcpy (copy, catalog, catalog_size);     \
      change;                                   \
      write_file (copy, catalog_size);          \
      refused (error, what);                    \
    }                                           \
  while (0)
  DAMAGE (EINVAL, "a hash slot past the entries",
          put_word (copy, hash_offset, count + 1));
  DAMAGE (EINVAL, "a hash table without an empty slot",
          for (i = 0; i < hash_size; i++)
            put_word (copy, hash_offset + 4 * i, 1));
  DAMAGE (EINVAL, "a hash table of a size not prime",
          put_word (copy, 20, hash_size - 1));
  /* Each offset or count of the header made huge.  */
  for (field = 2; field <= 6; field++)
    {
      snprintf (what, sizeof what, "header word %d made huge", field);
      DAMAGE (EINVAL, what, copy[4 * field + 3] = 0x7f);
    }
  DAMAGE (EINVAL, "a table not on a word boundary",
          put_word (copy, 12, get_word (catalog, 12) + 1));
  DAMAGE (EINVAL, "a string that loses its terminating NUL",
          copy[catalog_size - 1] = 'x');
  DAMAGE (EINVAL, "a string one byte longer",
          put_word (copy, get_word (catalog, 16) + 8,
                    get_word (catalog, get_word (catalog, 16) + 8) + 1));
  DAMAGE (EINVAL, "system-dependent strings",
          (put_word (copy, 4, 1), put_word (copy, 36, 1)));
  /* What gettext does not load at all.  */
  DAMAGE (ENOMSG, "another magic number", copy[0] ^= 1);
  DAMAGE (ENOMSG, "major revision 2", put_word (copy, 4, 2U << 16));
  DAMAGE (ENOMSG, "minor revision 1 without a hash table",
          (put_word (copy, 4, 1), put_word (copy, 20, 0)));
#undef DAMAGE
  free (copy);
}

static void
what_gettext_ignores (void **state)
{
  (void) state;
  unlink (path);
  refused (ENOENT, "no file");
  write_file (catalog, 0);
  refused (ENOMSG, "an empty file");
  unlink (path);
  assert_int_equal (mkdir (path, 0700), 0);
  refused (ENOMSG, "a directory");
  rmdir (path);
  /* gettext's open of a FIFO blocks: not to be let near it.  */
  assert_int_equal (mkfifo (path, 0600), 0);
  refused (EINVAL, "a FIFO");
  unlink (path);
}

/* The command's own catalog holds system-dependent strings (<inttypes.h>
   macros in C format strings, minor revision 1): gettext reads those at
   load without a check of its own, and adds each to a copy of the hash
   table in an empty slot.  */
static void
system_dependent_strings (void **state)
{
  const char *builddir = getenv ("abs_top_builddir");
  char source[4096];
  unsigned char *cli = malloc (1 << 20), *copy = malloc (1 << 20);
  size_t size, n;
  uint32_t segments, segment_table, strings, first, hash_size, hash_offset;
  uint32_t i, empty;
  struct omerr_mo *mo;
  FILE *f;
  char what[64];

  (void) state;
  assert_non_null (cli);
  assert_non_null (copy);
  snprintf (source, sizeof source,
            "%s/tests/catalogs/zh_TW/LC_MESSAGES/omerr-cli.mo",
            builddir ? builddir : ".");
  f = fopen (source, "rb");
  assert_non_null (f);
  size = fread (cli, 1, 1 << 20, f);
  fclose (f);
  segments = get_word (cli, 28);
  segment_table = get_word (cli, 32);
  strings = get_word (cli, 36);
  first = get_word (cli, get_word (cli, 40));
  hash_size = get_word (cli, 20);
  hash_offset = get_word (cli, 24);
  assert_int_equal (get_word (cli, 4), 1);
  assert_true (segments > 0 && strings > 0);

  write_file (cli, size);
  mo = omerr_mo_open (path);
  assert_non_null (mo);
  assert_non_null (omerr_mo_get (mo, "missing CODE"));
  omerr_mo_close (mo);

  for (n = 48; n < size; n++)
    {
      write_file (cli, n);
      snprintf (what, sizeof what, "a prefix of %zu bytes", n);
      refused (EINVAL, what);
    }
#define DAMAGE(what, change)                    \
  do                                            \
    {                                           \
      memcpy (copy, cli, size);                 \
      change;                                   \
      write_file (copy, size);                  \
      refused (EINVAL, what);                   \
    }                                           \
  while (0)
  /* gettext takes the length of an unknown segment's value: NULL.  */
  DAMAGE ("a segment gettext does not know",
          copy[get_word (cli, segment_table + 4)] = 'Q');
  DAMAGE ("a segment name without its NUL",
          put_word (copy, segment_table, get_word (cli, segment_table) - 1));
  DAMAGE ("a reference past the segments",
          put_word (copy, first + 8, segments));
  DAMAGE ("static parts past the end", put_word (copy, first, size - 1));
  DAMAGE ("a string table past the end", put_word (copy, 40, size));
  DAMAGE ("the segment count made huge", copy[28 + 3] = 0x7f);
  /* Every system-dependent string takes an empty slot, and one must be
     left for the lookups.  */
  DAMAGE ("no empty slot left for lookups",
          for (i = 0, empty = 0; i < hash_size; i++)
            if (get_word (cli, hash_offset + 4 * i) == 0 && ++empty > strings)
              put_word (copy, hash_offset + 4 * i, 1));
#undef DAMAGE
  memcpy (copy, cli, size);
  for (i = 0, empty = 0; i < hash_size; i++)
    if (get_word (cli, hash_offset + 4 * i) == 0 && ++empty > strings + 1)
      put_word (copy, hash_offset + 4 * i, 1);
  write_file (copy, size);
  mo = omerr_mo_open (path);
  assert_non_null (mo);
  omerr_mo_close (mo);
  free (copy);
  free (cli);
}

/* Checks in turn skip a file found sound before, by device, inode, size
   and change time (however it is named: the Chinese variants are links),
   and only that file as it was.  */
static void
sound_file_checked_once (void **state)
{
  struct omerr_mo_checks checks = { 0 }, fresh = { 0 };
  char link[4200], other[4200];

  (void) state;
  snprintf (link, sizeof link, "%s.link", path);
  snprintf (other, sizeof other, "%s.other", path);
  write_file (catalog, catalog_size);
  unlink (link);
  assert_int_equal (symlink (path, link), 0);
  assert_int_equal (omerr_mo_check_at (AT_FDCWD, path, &checks), 0);
  /* The same file through the link: not read again (a read would need
     the buffer, given back here).  */
  free (checks.buffer);
  checks.buffer = NULL;
  checks.capacity = 0;
  assert_int_equal (omerr_mo_check_at (AT_FDCWD, link, &checks), 0);
  assert_null (checks.buffer);
  /* The same file damaged in place (its size and change time move): read
     again, as by a set that never saw it.  */
  write_file (catalog, catalog_size / 2);
  assert_int_equal (omerr_mo_check_at (AT_FDCWD, link, &checks), EINVAL);
  assert_int_equal (omerr_mo_check_at (AT_FDCWD, link, &fresh), EINVAL);
  /* Another file: read.  */
  rename (path, other);
  write_file (catalog, catalog_size / 2);
  assert_int_equal (omerr_mo_check_at (AT_FDCWD, path, &checks), EINVAL);
  unlink (link);
  unlink (other);
  free (checks.buffer);
  free (fresh.buffer);
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
  if (f == NULL)
    return -1;
  catalog = malloc (1 << 20);
  catalog_size = fread (catalog, 1, 1 << 20, f);
  fclose (f);
  snprintf (path, sizeof path, "%s/test-mo-file.%ld.mo",
            getenv ("TMPDIR") ? getenv ("TMPDIR") : "/tmp", (long) getpid ());
  return catalog_size > 1000 ? 0 : -1;
}

static int
teardown (void **state)
{
  (void) state;
  unlink (path);
  free (catalog);
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (reads_catalog),
    cmocka_unit_test (reads_without_hash_table),
    cmocka_unit_test (reads_other_byte_order),
    cmocka_unit_test (every_prefix_refused),
    cmocka_unit_test (damaged_fields_refused),
    cmocka_unit_test (what_gettext_ignores),
    cmocka_unit_test (system_dependent_strings),
    cmocka_unit_test (sound_file_checked_once),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
