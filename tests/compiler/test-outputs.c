/* SPDX-License-Identifier: MIT */
/* omerrc's outputs: all or nothing, untouched when unchanged,
   byte-for-byte deterministic; devices, FIFOs and symbolic links are
   never replaced; an output that is an input or named twice is refused;
   nothing from outside reaches an output unescaped.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
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
  assert_non_null (strstr (diags, "no-such-dir/codes.h: error: cannot write: "
                           "its directory does not exist"));
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


/* Each output holds what write_file put there (the run changed none).  */
static void
assert_untouched (struct run *r)
{
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *content = read_file (r->paths[i], NULL);
      assert_non_null (content);
      assert_string_equal (content, output_names[i]);
      free (content);
    }
}

static void
fail_with (struct run *r, const char *want)
{
  char *diags;
  assert_false (run_compile (&r->req, &diags));
  if (strstr (diags, want) == NULL)
    fail_msg ("diagnostics lack '%s':\n%s", want, diags);
  free (diags);
}

/* A character device (made here as /dev/null's twin, or else /dev/null
   reached through a link) is written through, not replaced.  */
static void
devices_are_written_through (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "device", MASTER_TABLE);
  char *dev = path_in (r.dir, "null");
  bool own = mknod (dev, S_IFCHR | 0666, makedev (1, 3)) == 0;
  if (!own)
    assert_int_equal (symlink ("/dev/null", dev), 0);
  r.req.pot_path = dev;
  compile_ok (&r);
  struct stat st;
  assert_int_equal (lstat (dev, &st), 0);
  assert_true (own ? S_ISCHR (st.st_mode) : S_ISLNK (st.st_mode));
  free (dev);
  finish (&r);
}

static void
fifos_are_written_through (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "fifo", MASTER_TABLE);
  char *fifo = path_in (r.dir, "fifo"), *copy = path_in (r.dir, "copy");
  assert_int_equal (mkfifo (fifo, 0666), 0);
  pid_t reader = fork ();
  assert_true (reader >= 0);
  if (reader == 0)
    {
      char cmd[1024];
      snprintf (cmd, sizeof cmd, "cat '%s' >'%s'", fifo, copy);
      _exit (system (cmd) == 0 ? 0 : 1);
    }
  r.req.header_path = fifo;
  compile_ok (&r);
  int status;
  assert_int_equal (waitpid (reader, &status, 0), reader);
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  char *text = read_file (copy, NULL);
  assert_non_null (strstr (text, "Generated by omerrc"));
  assert_non_null (strstr (text, "OM_E_NO_SERVICE"));
  struct stat st;
  assert_int_equal (lstat (fifo, &st), 0);
  assert_true (S_ISFIFO (st.st_mode));
  free (text);
  free (fifo), free (copy);
  finish (&r);
}

/* A symbolic link is followed: its target gets the output, the link
   stays, also when the target does not exist yet.  */
static void
symlinks_are_followed (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "symlink", MASTER_TABLE);
  char *target = path_in (r.dir, "target.pot");
  char *dangling = path_in (r.dir, "new-target.h");
  write_file (target, "old");
  assert_int_equal (symlink ("target.pot", r.paths[0]), 0);
  assert_int_equal (symlink ("new-target.h", r.paths[4]), 0);
  compile_ok (&r);
  struct stat st;
  assert_int_equal (lstat (r.paths[0], &st), 0);
  assert_true (S_ISLNK (st.st_mode));
  assert_int_equal (lstat (r.paths[4], &st), 0);
  assert_true (S_ISLNK (st.st_mode));
  char *text = read_file (target, NULL), *header = read_file (dangling, NULL);
  assert_non_null (strstr (text, "msgid \"OM_E_NO_SERVICE\""));
  assert_non_null (header);
  assert_non_null (strstr (header, "OM_E_NO_SERVICE"));
  free (text), free (header), free (target), free (dangling);
  finish (&r);
}

/* Refused before anything is written: an output that is an input (the
   same file by another name), one named twice, a directory, one whose
   directory does not exist.  */
static void
outputs_that_cannot_be_are_refused (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "refused", MASTER_TABLE);
  for (size_t i = 0; i < OUTPUTS; i++)
    write_file (r.paths[i], output_names[i]);
  char *master = path_in (r.dir, "master.md"), *alias = path_in (r.dir, "alias");
  char *text = read_file (MASTER_TABLE, NULL);
  write_file (master, text);
  assert_int_equal (link (master, alias), 0);
  r.req.master.path = master;
  r.req.c_table_path = alias;
  fail_with (&r, "alias: error: cannot write: it is the input");
  char *after = read_file (master, NULL);
  assert_string_equal (after, text);
  free (after);
  r.req.c_table_path = r.paths[3];

  char *again = path_in (r.dir, "again.h");
  assert_int_equal (symlink ("codes.h", again), 0);
  r.req.hash_header_path = again;
  fail_with (&r, "again.h: error: cannot write: named twice as an output");
  r.req.hash_header_path = r.paths[5];

  char *dir = path_in (r.dir, "subdir");
  assert_int_equal (mkdir (dir, 0755), 0);
  r.req.pot_path = dir;
  fail_with (&r, "subdir: error: cannot write: is a directory");
  r.req.pot_path = r.paths[0];
  assert_int_equal (rmdir (dir), 0);

  /* No output makes its directory, the record of imports' neither.  */
  char *none = path_in (r.dir, "none"), *in_file = path_in (r.dir, "codes.h/x");
  r.req.import_state_dir = none;
  fail_with (&r, "none/en.po: error: cannot write: its directory does not "
             "exist");
  r.req.import_state_dir = NULL;
  r.req.pot_path = in_file;
  fail_with (&r, "codes.h/x: error: cannot write: a part of its directory is "
             "not a directory");
  r.req.pot_path = r.paths[0];

  unlink (alias), unlink (again), unlink (master);
  assert_untouched (&r);
  assert_int_equal (count_files (r.dir), OUTPUTS);
  free (text), free (master), free (alias), free (again), free (dir);
  free (none), free (in_file);
  finish (&r);
}

/* The commit rolls back: when a later output fails (a device that is
   full), the outputs already renamed into place are put back and a new
   one is removed.  */
static void
a_failed_commit_is_rolled_back (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "rollback", MASTER_TABLE);
  compile_ok (&r);
  char *before[OUTPUTS];
  for (size_t i = 0; i < OUTPUTS; i++)
    before[i] = read_file (r.paths[i], NULL);
  /* Outputs that change, before the one that fails.  */
  r.req.source_root = TOP_SRCDIR "/data";
  char *full = path_in (r.dir, "full"), *fresh = path_in (r.dir, "fresh.h");
  if (mknod (full, S_IFCHR | 0666, makedev (1, 7)) != 0)
    assert_int_equal (symlink ("/dev/full", full), 0);
  r.req.hash_header_path = fresh;
  r.req.pot_path = full;
  fail_with (&r, "full: error: cannot write: No space left on device");
  unlink (full);
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *after = read_file (r.paths[i], NULL);
      assert_string_equal (after, before[i]);
      free (after);
      free (before[i]);
    }
  assert_int_equal (count_files (r.dir), OUTPUTS);
  free (full), free (fresh);
  finish (&r);
}

/* A file name with a newline or a comment end would inject PO entries or
   C code; a symbol the C library defines would break programs; a
   --message symbol gets the rows' rules, and no line of its text may end
   in a backslash (gettext would join the next line of the template).  */
static void
outside_bytes_cannot_inject (void **state)
{
  (void) state;
  struct run r;
  prepare (&r, "inject", MASTER_TABLE);
  for (size_t i = 0; i < OUTPUTS; i++)
    write_file (r.paths[i], output_names[i]);
  char *text = read_file (MASTER_TABLE, NULL);
  const char *names[] = { "a\nmsgid \"X\".md", "c*/ int x; .md",
                          "bidi\xe2\x80\xae.md" };
  char *star = path_in (r.dir, "c*");
  assert_int_equal (mkdir (star, 0755), 0);
  for (size_t i = 0; i < 3; i++)
    {
      char *bad = path_in (r.dir, names[i]);
      write_file (bad, text);
      r.req.master.path = bad;
      fail_with (&r, "error: the file name has a control character or '*/'");
      unlink (bad);
      free (bad);
    }
  r.req.master.path = MASTER_TABLE;
  char *macro = path_in (r.dir, "macro.md");
  write_file (macro, "|c|s|d|\n|-|-|-|\n|0x80cf0001|NULL|N.|\n"
              "|0x80cf0002|UINT32_C|U.|\n|0x80cf0003|EOF|E.|\n"
              "|0x80cf0004|OM_E_BIDI|a\xe2\x81\xa6" "b|\n");
  r.req.master.path = macro;
  r.req.translation_count = 0;
  r.req.po_dir = NULL;
  fail_with (&r, "macro.md:3:13: error: invalid symbol 'NULL': a macro of the C library");
  fail_with (&r, "macro.md:4:13: error: invalid symbol 'UINT32_C': a name <stdint.h> reserves");
  fail_with (&r, "macro.md:5:13: error: invalid symbol 'EOF': a macro of the C library");
  fail_with (&r, "macro.md:6:23: error: description has a bidirectional control character");
  r.req.master.path = MASTER_TABLE;
  const struct catalog_extra extras[][2] = {
    { { "OM_E_NO_SERVICE", "x" }, { "OMERR_X", "y" } },
    { { "OMERR_X", "x" }, { "OMERR_X", "y" } },
    { { "omerr_lower", "x" }, { "OMERR_Y", "y" } },
    { { "OMERR_X", "x" }, { "OMERR_Y", "one\\\ntwo" } },
  };
  const char *want[] = {
    "--message: error: symbol OM_E_NO_SERVICE is also on line",
    "--message: error: symbol OMERR_X given twice",
    "--message: error: invalid symbol 'omerr_lower': expected [A-Z][A-Z0-9_]*",
    "--message: error: a line of the text of OMERR_Y ends in a backslash",
  };
  for (size_t i = 0; i < 4; i++)
    {
      r.req.info.extra = extras[i];
      r.req.info.extra_count = 2;
      fail_with (&r, want[i]);
    }
  assert_untouched (&r);
  assert_int_equal (count_files (r.dir), OUTPUTS + 2);
  unlink (macro);
  rmdir (star);
  free (macro), free (text), free (star);
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
    cmocka_unit_test (devices_are_written_through),
    cmocka_unit_test (fifos_are_written_through),
    cmocka_unit_test (symlinks_are_followed),
    cmocka_unit_test (outputs_that_cannot_be_are_refused),
    cmocka_unit_test (a_failed_commit_is_rolled_back),
    cmocka_unit_test (outside_bytes_cannot_inject),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
