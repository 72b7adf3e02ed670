/* SPDX-License-Identifier: MIT */
/* omerrc --update-po: a translator's work survives; changed English makes
   the entry fuzzy with the previous English shown; new symbols arrive
   untranslated; removed ones become obsolete.  */
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

#define HEAD "---\nms.contentlocale: en\n---\n|Code|Symbol|Description|\n|---|---|---|\n"

static const char master_v1[] = HEAD
  "|0x80cf0001|OM_E_KEEP|Kept text.|\n"
  "|0x80cf0002|OM_E_CHANGE|Old English.|\n"
  "|0x80cf0003|OM_E_GONE|Removed later.|\n";

static const char master_v2[] = HEAD
  "|0x80cf0001|OM_E_KEEP|Kept text.|\n"
  "|0x80cf0002|OM_E_CHANGE|New English.|\n"
  "|0x80cf0004|OM_E_NEW|Brand new.|\n";

static const char translated_v1[] = "|c|s|d|\n|-|-|-|\n"
  "|0x80cf0001|OM_E_KEEP|保留。|\n"
  "|0x80cf0002|OM_E_CHANGE|舊的。|\n"
  "|0x80cf0003|OM_E_GONE|移除。|\n";

static char *
replace (const char *text, const char *from, const char *to)
{
  const char *at = strstr (text, from);
  assert_non_null (at);
  size_t n = strlen (text) - strlen (from) + strlen (to) + 1;
  char *out = malloc (n);
  snprintf (out, n, "%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  return out;
}

static void
translations_survive_and_changes_are_flagged (void **state)
{
  (void) state;
  char *dir = make_scratch_dir ("update");
  char *master = path_in (dir, "master.md");
  char *zh_table = path_in (dir, "zh.md");
  char *po = path_in (dir, "zh_TW.po");
  write_file (master, master_v1);
  write_file (zh_table, translated_v1);

  /* Import version 1, then a translator edits an entry.  */
  struct table_input zh = { zh_table, "zh_TW" };
  struct compile_request req = default_request (master);
  req.translations = &zh;
  req.translation_count = 1;
  req.po_dir = dir;
  char *diags;
  assert_true (run_compile (&req, &diags));
  free (diags);
  char *imported = read_file (po, NULL);
  char *edited = replace (imported, "msgstr \"保留。\"", "msgstr \"保留（譯者修改）。\"");
  write_file (po, edited);

  /* The master changes; update the translator's file.  */
  write_file (master, master_v2);
  const char *update[] = { po };
  req = default_request (master);
  req.update_paths = update;
  req.update_count = 1;
  assert_true (run_compile (&req, &diags));
  assert_string_equal (diags, "");
  free (diags);

  char *updated = read_file (po, NULL);
  assert_non_null (strstr (updated, "msgid \"OM_E_KEEP\"\n"
                           "msgstr \"保留（譯者修改）。\"\n"));
  assert_non_null (strstr (updated, "#. English: New English.\n"));
  assert_non_null (strstr (updated, "/master.md:7\n"
                           "#, fuzzy\n"
                           "#| msgid \"Old English.\"\n"
                           "msgid \"OM_E_CHANGE\"\n"
                           "msgstr \"舊的。\"\n"));
  assert_non_null (strstr (updated, "msgid \"OM_E_NEW\"\nmsgstr \"\"\n"));
  assert_non_null (strstr (updated, "#~ msgid \"OM_E_GONE\"\n"
                           "#~ msgstr \"移除。\"\n"));
  /* The unchanged entry is not fuzzy.  */
  assert_null (strstr (updated, "#, fuzzy\nmsgid \"OM_E_KEEP\""));

  /* A second update changes nothing: the review is still pending.  */
  assert_true (run_compile (&req, &diags));
  free (diags);
  char *again = read_file (po, NULL);
  assert_string_equal (again, updated);

  free (again);
  free (updated);
  free (edited);
  free (imported);
  free (master);
  free (zh_table);
  free (po);
  remove_tree (dir);
  free (dir);
}

/* A catalog gettext cannot read is reported at its line, with no made-up
   column (libgettextpo says (size_t) -1 for none), and left as it was.  */
static void
unreadable_catalog_is_reported_at_its_line (void **state)
{
  (void) state;
  char *dir = make_scratch_dir ("update-bad");
  char *po = path_in (dir, "dup.po");
  const char *text = "msgid \"\"\nmsgstr \"Content-Type: text/plain; "
    "charset=UTF-8\\n\"\n\nmsgid \"A\"\nmsgstr \"x\"\n\n"
    "msgid \"A\"\nmsgstr \"y\"\n";
  write_file (po, text);
  const char *update[] = { po };
  struct compile_request req = default_request (MASTER_TABLE);
  req.update_paths = update;
  req.update_count = 1;
  char *diags;
  assert_false (run_compile (&req, &diags));
  assert_non_null (strstr (diags, "dup.po:7: error: duplicate message definition"));
  assert_null (strstr (diags, "18446744073709551615"));
  char *after = read_file (po, NULL);
  assert_string_equal (after, text);
  assert_int_equal (count_files (dir), 1);
  free (after), free (diags), free (po);
  remove_tree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (translations_survive_and_changes_are_flagged),
    cmocka_unit_test (unreadable_catalog_is_reported_at_its_line),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
