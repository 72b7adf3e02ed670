/* SPDX-License-Identifier: MIT */
/* The hash omerrc chooses for libomerr's message cache: sparse enough,
   the same on every run, and for the bundled table without any two codes
   sharing a first slot (the cache's hit is then one comparison).  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "omerrc.h"
#include "table-format.h"
#include "fixture.h"

/* How many of the N CODES find their first slot taken, counted here
   independently of table-file.c.  */
static size_t
recount_shared (const struct code_hash *h, const uint32_t *codes, size_t n)
{
  size_t slots = (size_t) 1 << h->bits, shared = 0;
  unsigned char *taken = calloc (slots, 1);

  assert_non_null (taken);
  for (size_t i = 0; i < n; i++)
    {
      uint32_t slot = (uint32_t) (codes[i] * h->multiplier) >> (32 - h->bits);

      assert_int_equal (omerr_hash_slot (codes[i], h->multiplier, h->bits), slot);
      shared += taken[slot];
      taken[slot] = 1;
    }
  free (taken);
  return shared;
}

static void
check_shape (const struct code_hash *h, const uint32_t *codes, size_t n)
{
  size_t slots = (size_t) 1 << h->bits;

  assert_true (h->bits >= 4 && h->bits <= 32);
  assert_true (h->multiplier & 1u);
  /* At most half full, at most a quarter for small tables.  */
  assert_true (slots >= 2 * n);
  if (n <= 1024)
    assert_true (slots >= 4 * n);
  /* Not needlessly large.  */
  assert_true (slots <= 16 || slots / 2 < 4 * n);
  assert_int_equal (h->shared, recount_shared (h, codes, n));
}

static void
bundled_codes_have_their_own_slots (void **state)
{
  (void) state;
  struct table t;
  struct code_hash h, again;

  assert_true (read_valid_table (&t, MASTER_TABLE));
  uint32_t *codes = malloc (t.row_count * sizeof *codes);
  assert_non_null (codes);
  for (size_t i = 0; i < t.row_count; i++)
    codes[i] = t.rows[i].code;
  code_hash_choose (codes, t.row_count, &h);
  check_shape (&h, codes, t.row_count);
  assert_int_equal (h.shared, 0);
  /* Deterministic: the generated header never changes by itself.  */
  code_hash_choose (codes, t.row_count, &again);
  assert_int_equal (again.multiplier, h.multiplier);
  assert_int_equal (again.bits, h.bits);
  free (codes);
  table_free (&t);
}

/* Tables too large to search long: a valid, honest answer still.  */
static void
large_tables_get_a_sound_hash (void **state)
{
  (void) state;
  static const size_t sizes[] = { 0, 1, 5000, 200000 };

  for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
    {
      size_t n = sizes[k];
      uint32_t *codes = malloc ((n ? n : 1) * sizeof *codes);
      struct code_hash h;

      assert_non_null (codes);
      /* Runs of codes in several facilities, as HRESULTs come.  */
      for (size_t i = 0; i < n; i++)
        codes[i] = 0x80000000u | (uint32_t) (i % 7) << 16 | (uint32_t) (i / 7);
      code_hash_choose (codes, n, &h);
      check_shape (&h, codes, n);
      free (codes);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (bundled_codes_have_their_own_slots),
    cmocka_unit_test (large_tables_get_a_sound_hash),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
