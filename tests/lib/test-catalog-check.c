/* The library's check of compiled catalogs: every prefix of a real
   catalog and damaged hash tables are refused, the catalog itself and
   a missing file are accepted.  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "omerr-internal.h"

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
  snprintf (path, sizeof path, "%s/test-catalog-check.%ld.mo",
            getenv ("TMPDIR") ? getenv ("TMPDIR") : "/tmp", (long) getpid ());
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  unlink (path);
  free (catalog);
  return 0;
}

static void
sound_and_missing_accepted (void **state)
{
  (void) state;
  write_file (catalog, catalog_size);
  assert_true (omerr_catalog_valid (path));
  unlink (path);
  assert_true (omerr_catalog_valid (path));
}

static void
every_prefix_refused (void **state)
{
  size_t n;

  (void) state;
  for (n = 0; n < catalog_size; n++)
    {
      write_file (catalog, n);
      if (omerr_catalog_valid (path))
        fail_msg ("a prefix of %zu bytes passed", n);
    }
}

/* The header's words, little-endian as msgfmt writes them here.  */
static unsigned long
header_word (const unsigned char *data, int i)
{
  const unsigned char *p = data + 4 * i;

  return p[0] | (unsigned long) p[1] << 8 | (unsigned long) p[2] << 16
         | (unsigned long) p[3] << 24;
}

static void
damaged_fields_refused (void **state)
{
  unsigned char *copy = malloc (catalog_size);
  unsigned long count = header_word (catalog, 2);
  unsigned long hash_size = header_word (catalog, 5);
  unsigned long hash_offset = header_word (catalog, 6);
  int field;

  (void) state;
  assert_non_null (copy);
  assert_true (hash_size > 0);
  /* A hash slot naming a string past the end of the tables.  */
  memcpy (copy, catalog, catalog_size);
  copy[hash_offset] = (unsigned char) (count + 1);
  copy[hash_offset + 1] = (unsigned char) ((count + 1) >> 8);
  write_file (copy, catalog_size);
  assert_false (omerr_catalog_valid (path));
  /* Each offset or count of the header made huge.  */
  for (field = 2; field <= 6; field++)
    {
      memcpy (copy, catalog, catalog_size);
      copy[4 * field + 3] = 0x7f;
      write_file (copy, catalog_size);
      if (omerr_catalog_valid (path))
        fail_msg ("header word %d made huge passed", field);
    }
  /* A string that loses its terminating NUL.  */
  memcpy (copy, catalog, catalog_size);
  copy[catalog_size - 1] = 'x';
  write_file (copy, catalog_size);
  assert_false (omerr_catalog_valid (path));
  free (copy);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (sound_and_missing_accepted),
    cmocka_unit_test (every_prefix_refused),
    cmocka_unit_test (damaged_fields_refused),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
