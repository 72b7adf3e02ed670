/* SPDX-License-Identifier: MIT */
/* omerrc --po-dir with --import-state: re-importing a published table keeps
   a translator's edit unless the published text itself changed; without
   it, an edit is kept and said to be; the master's catalog follows the
   master.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"

#define HEAD "|Code|Symbol|Description|\n|---|---|---|\n"

static const char master[] = "---\nms.contentlocale: en\n---\n" HEAD
  "|0x80cf0001|OM_E_A|A.|\n|0x80cf0002|OM_E_B|B.|\n|0x80cf0003|OM_E_C|C.|\n";

struct fixture
{
  char *dir, *master, *table, *po, *state;
  struct table_input zh;
  struct compile_request req;
};

static void
setup_fixture (struct fixture *f, bool with_state)
{
  f->dir = make_scratch_dir ("import");
  f->master = path_in (f->dir, "master.md");
  f->table = path_in (f->dir, "zh.md");
  f->po = path_in (f->dir, "zh_TW.po");
  f->state = path_in (f->dir, "state");
  write_file (f->master, master);
  f->zh = (struct table_input) { f->table, "zh_TW" };
  f->req = default_request (f->master);
  f->req.translations = &f->zh;
  f->req.translation_count = 1;
  f->req.po_dir = f->dir;
  if (with_state)
    {
      char cmd[512];
      snprintf (cmd, sizeof cmd, "mkdir -p '%s'", f->state);
      assert_int_equal (system (cmd), 0);
      f->req.import_state_dir = f->state;
    }
}

/* Imports the table of texts A, B, C, which reports WANT (diagnostics).  */
static void
import_reporting (struct fixture *f, const char *a, const char *b,
                  const char *c, const char *want)
{
  char table[512];
  snprintf (table, sizeof table, HEAD "|0x80cf0001|OM_E_A|%s|\n"
            "|0x80cf0002|OM_E_B|%s|\n|0x80cf0003|OM_E_C|%s|\n", a, b, c);
  write_file (f->table, table);
  char *diags;
  bool ok = run_compile (&f->req, &diags);
  assert_string_equal (diags, want);
  assert_true (ok);
  free (diags);
}

static void
import (struct fixture *f, const char *a, const char *b, const char *c)
{
  import_reporting (f, a, b, c, "");
}

/* The translator edits the msgstr FROM of the catalog PO into TO.  */
static void
edit_file (const char *po, const char *from, const char *to)
{
  char *text = read_file (po, NULL);
  char *at = strstr (text, from);
  assert_non_null (at);
  size_t n = strlen (text) + strlen (to) + 1;
  char *out = malloc (n);
  snprintf (out, n, "%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  write_file (po, out);
  free (out);
  free (text);
}

static void
edit (struct fixture *f, const char *from, const char *to)
{
  edit_file (f->po, from, to);
}

static void
assert_file_msgstr (const char *po, const char *symbol, const char *msgstr)
{
  char *text = read_file (po, NULL);
  char want[256];
  snprintf (want, sizeof want, "msgid \"%s\"\nmsgstr \"%s\"\n", symbol, msgstr);
  if (strstr (text, want) == NULL)
    fail_msg ("%s not in:\n%s", want, text);
  free (text);
}

static void
assert_msgstr (struct fixture *f, const char *symbol, const char *msgstr)
{
  assert_file_msgstr (f->po, symbol, msgstr);
}

static void
teardown_fixture (struct fixture *f)
{
  remove_tree (f->state);
  remove_tree (f->dir);
  free (f->dir), free (f->master), free (f->table), free (f->po);
  free (f->state);
}

static void
edits_survive_unless_the_published_text_changed (void **state)
{
  (void) state;
  struct fixture f;
  setup_fixture (&f, true);
  import (&f, "甲。", "乙。", "丙。");
  edit (&f, "msgstr \"甲。\"", "msgstr \"甲（改）。\"");
  edit (&f, "msgstr \"乙。\"", "msgstr \"乙（改）。\"");

  /* Same table again: both edits stay.  */
  import (&f, "甲。", "乙。", "丙。");
  assert_msgstr (&f, "OM_E_A", "甲（改）。");
  assert_msgstr (&f, "OM_E_B", "乙（改）。");

  /* The publisher rewrites B and C: B's edit yields to the new text, C
     (never edited) follows, A's edit stays.  */
  import (&f, "甲。", "新乙。", "新丙。");
  assert_msgstr (&f, "OM_E_A", "甲（改）。");
  assert_msgstr (&f, "OM_E_B", "新乙。");
  assert_msgstr (&f, "OM_E_C", "新丙。");
  teardown_fixture (&f);
}

static void
without_a_record_edits_are_never_replaced (void **state)
{
  (void) state;
  struct fixture f;
  setup_fixture (&f, false);
  import (&f, "甲。", "乙。", "丙。");
  edit (&f, "msgstr \"甲。\"", "msgstr \"甲（改）。\"");
  /* With no record of the last import, a text that differs from the table
     may be a translator's: it is kept, edited or not, and said so.  */
  char want[512];
  snprintf (want, sizeof want, "%s: warning: 2 entries kept as translators' "
            "edits, their text differing from %s's: no record of the last "
            "import tells an edit from a text the table has changed since "
            "(--import-state=DIR keeps one)\n", f.po, f.table);
  import_reporting (&f, "新甲。", "新乙。", "丙。", want);
  assert_msgstr (&f, "OM_E_A", "甲（改）。");
  assert_msgstr (&f, "OM_E_B", "乙。");
  teardown_fixture (&f);
}

/* Nobody translates English into English: the master's own catalog
   follows the master, record or none, edited or not.  */
static void
the_masters_catalog_follows_the_master (void **state)
{
  (void) state;
  struct fixture f;
  setup_fixture (&f, false);
  char *en = path_in (f.dir, "en.po");
  import (&f, "甲。", "乙。", "丙。");
  edit_file (en, "msgstr \"A.\"", "msgstr \"A, edited.\"");
  write_file (f.master, "---\nms.contentlocale: en\n---\n" HEAD
              "|0x80cf0001|OM_E_A|A.|\n|0x80cf0002|OM_E_B|B, changed.|\n"
              "|0x80cf0003|OM_E_C|C.|\n");
  import (&f, "甲。", "乙。", "丙。");
  assert_file_msgstr (en, "OM_E_A", "A.");
  assert_file_msgstr (en, "OM_E_B", "B, changed.");
  free (en);
  teardown_fixture (&f);
}

/* A record of the last import tells the edits: no warning.  */
static void
with_a_record_edits_are_kept_without_a_warning (void **state)
{
  (void) state;
  struct fixture f;
  setup_fixture (&f, true);
  import (&f, "甲。", "乙。", "丙。");
  edit (&f, "msgstr \"甲。\"", "msgstr \"甲（改）。\"");
  import (&f, "甲。", "新乙。", "丙。");
  assert_msgstr (&f, "OM_E_A", "甲（改）。");
  assert_msgstr (&f, "OM_E_B", "新乙。");
  teardown_fixture (&f);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (edits_survive_unless_the_published_text_changed),
    cmocka_unit_test (without_a_record_edits_are_never_replaced),
    cmocka_unit_test (the_masters_catalog_follows_the_master),
    cmocka_unit_test (with_a_record_edits_are_kept_without_a_warning),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
