/* omerrc's outputs: all or nothing, untouched when unchanged, and
   byte-for-byte deterministic.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "fixture.h"

static const char *const output_names[] = {
  "omerr.pot", "en.po", "zh_TW.po", "table.c", "codes.h", "table-hash.h"
};
#define OUTPUTS (sizeof output_names / sizeof output_names[0])

struct run
{
  char *dir;
  char *paths[OUTPUTS];
  struct table_input zh;
  struct compile_request req;
};

static void
prepare (struct run *r, const char *name, const char *master)
{
  r->dir = make_scratch_dir (name);
  for (size_t i = 0; i < OUTPUTS; i++)
    r->paths[i] = path_in (r->dir, output_names[i]);
  r->zh = (struct table_input) { ZH_TW_TABLE, NULL };
  r->req = default_request (master);
  r->req.translations = &r->zh;
  r->req.translation_count = 1;
  r->req.pot_path = r->paths[0];
  r->req.po_dir = r->dir;
  r->req.c_table_path = r->paths[3];
  r->req.header_path = r->paths[4];
  r->req.hash_header_path = r->paths[5];
}

static void
finish (struct run *r)
{
  remove_tree (r->dir);
  free (r->dir);
  for (size_t i = 0; i < OUTPUTS; i++)
    free (r->paths[i]);
}

static void
compile_ok (struct run *r)
{
  char *diags;
  bool ok = run_compile (&r->req, &diags);
  assert_string_equal (diags, "");
  assert_true (ok);
  free (diags);
}

static void
two_runs_give_identical_bytes (void **state)
{
  (void) state;
  struct run a, b;
  prepare (&a, "determinism-a", MASTER_TABLE);
  prepare (&b, "determinism-b", MASTER_TABLE);
  compile_ok (&a);
  compile_ok (&b);
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      size_t la, lb;
      char *x = read_file (a.paths[i], &la), *y = read_file (b.paths[i], &lb);
      assert_non_null (x);
      assert_non_null (y);
      assert_true (la > 400);
      assert_int_equal (la, lb);
      assert_memory_equal (x, y, la);
      free (x);
      free (y);
    }
  assert_int_equal (count_files (a.dir), OUTPUTS);
  finish (&a);
  finish (&b);
}

static void
unchanged_outputs_are_not_rewritten (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "unchanged", MASTER_TABLE);
  compile_ok (&r);
  struct stat before[OUTPUTS], after;
  for (size_t i = 0; i < OUTPUTS; i++)
    assert_int_equal (stat (r.paths[i], &before[i]), 0);
  compile_ok (&r);
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      assert_int_equal (stat (r.paths[i], &after), 0);
      assert_int_equal (after.st_ino, before[i].st_ino);
      assert_int_equal (after.st_mtim.tv_sec, before[i].st_mtim.tv_sec);
      assert_int_equal (after.st_mtim.tv_nsec, before[i].st_mtim.tv_nsec);
    }
  assert_int_equal (count_files (r.dir), OUTPUTS);
  finish (&r);
}

/* With every output already there, a broken master must leave each one
   byte-identical and no temporary file behind.  */
static void
nothing_is_written_on_error (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "on-error", "unused");
  for (size_t i = 0; i < OUTPUTS; i++)
    write_file (r.paths[i], output_names[i]);
  char *bad = path_in (r.dir, "broken.md");
  write_file (bad, "|c|s|d|\n|-|-|-|\n|0x80cf0001|OM_E_GOOD|Good.|\n"
              "|0x80cf01|OM_E_BAD|Bad code.|\n");
  r.req.master.path = bad;
  char *diags;
  assert_false (run_compile (&r.req, &diags));
  assert_non_null (strstr (diags, "broken.md:4:2: error: invalid code"));
  free (diags);

  /* A valid master with a translation that disagrees fails as well.  */
  char *wrong = path_in (r.dir, "wrong.md");
  write_file (wrong, "|c|s|d|\n|-|-|-|\n|0x80cf0001|OM_E_OTHER|錯。|\n");
  r.zh = (struct table_input) { wrong, "zh_TW" };
  r.req.master.path = MASTER_TABLE;
  assert_false (run_compile (&r.req, &diags));
  assert_non_null (strstr (diags, "wrong.md:3:13: error: code 0x80CF0001 is OM_E_NO_SERVICE"));
  free (diags);

  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *content = read_file (r.paths[i], NULL);
      assert_string_equal (content, output_names[i]);
      free (content);
    }
  assert_int_equal (count_files (r.dir), OUTPUTS + 2);
  free (bad);
  free (wrong);
  finish (&r);
}

/* An output that cannot be written fails the run and leaves the others.  */
static void
unwritable_output_changes_nothing (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "unwritable", MASTER_TABLE);
  for (size_t i = 0; i < OUTPUTS; i++)
    write_file (r.paths[i], output_names[i]);
  char *missing = path_in (r.dir, "no-such-dir/codes.h");
  r.req.header_path = missing;
  char *diags;
  assert_false (run_compile (&r.req, &diags));
  assert_non_null (strstr (diags, "no-such-dir/codes.h: error: cannot create"));
  free (diags);
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *content = read_file (r.paths[i], NULL);
      assert_string_equal (content, output_names[i]);
      free (content);
    }
  assert_int_equal (count_files (r.dir), OUTPUTS);
  free (missing);
  finish (&r);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (two_runs_give_identical_bytes),
    cmocka_unit_test (unchanged_outputs_are_not_rewritten),
    cmocka_unit_test (nothing_is_written_on_error),
    cmocka_unit_test (unwritable_output_changes_nothing),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
