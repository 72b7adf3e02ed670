/* SPDX-License-Identifier: MIT */
/* Every validation error of omerrc, with its exact file, line and column,
   all of them reported in one run.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <stdio.h>

#include "omerrc.h"
#include "fixture.h"

static char *scratch;

static int
setup (void **state)
{
  (void) state;
  scratch = make_scratch_dir ("validation");
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  remove_tree (scratch);
  free (scratch);
  return 0;
}

/* Compiles NAME holding CONTENT (and TRANSLATION, if given, as a second
   table) and checks the diagnostics are exactly EXPECTED.  */
static void
expect_diagnostics (const char *name, const char *content,
                    const char *translation, const char *expected)
{
  char *path = path_in (scratch, name);
  write_file (path, content);
  struct compile_request req = default_request (path);
  struct table_input tr;
  char *tr_path = NULL;
  if (translation != NULL)
    {
      tr_path = path_in (scratch, "translation.md");
      write_file (tr_path, translation);
      tr = (struct table_input) { tr_path, "zh_TW" };
      req.translations = &tr;
      req.translation_count = 1;
    }
  char *diags;
  bool ok = run_compile (&req, &diags);
  /* Diagnostics name files as given: replace the scratch path.  */
  char expect[4096];
  snprintf (expect, sizeof expect, expected, scratch, scratch, scratch, scratch,
            scratch, scratch, scratch, scratch, scratch, scratch);
  assert_string_equal (diags, expect);
  assert_false (ok);
  free (diags);
  free (path);
  free (tr_path);
}

#define HEAD "|Code|Symbol|Description|\n|---|---|---|\n"

static void
bad_codes (void **state)
{
  (void) state;
  expect_diagnostics ("codes.md", HEAD
                      "|0x80cf001|OM_E_SHORT|Too short.|\n"
                      "|**0x80cg0001**|OM_E_HEX|Not hex.|\n"
                      "|80cf0001|OM_E_NO_PREFIX|No 0x.|\n",
                      NULL,
                      "%s/codes.md:3:2: error: invalid code '0x80cf001': expected 0x and 8 hexadecimal digits\n"
                      "%s/codes.md:4:2: error: invalid code '0x80cg0001': expected 0x and 8 hexadecimal digits\n"
                      "%s/codes.md:5:2: error: invalid code '80cf0001': expected 0x and 8 hexadecimal digits\n");
}

static void
duplicates (void **state)
{
  (void) state;
  expect_diagnostics ("dup.md", HEAD
                      "|0x80cf0001|OM_E_ONE|One.|\n"
                      "|0x80cf0002|OM_E_TWO|Two.|\n"
                      "|0x80CF0001|OM_E_THREE|Same code.|\n"
                      "|0x80cf0004|OM_E_TWO|Same symbol.|\n",
                      NULL,
                      "%s/dup.md:5:2: error: duplicate code 0x80CF0001 (first on line 3)\n"
                      "%s/dup.md:6:13: error: duplicate symbol OM_E_TWO (first on line 4)\n");
}

static void
bad_symbols_and_empty_text (void **state)
{
  (void) state;
  expect_diagnostics ("sym.md", HEAD
                      "|0x80cf0001|om_e_lower|Lower case.|\n"
                      "|0x80cf0002|1OM_E_DIGIT|Digit first.|\n"
                      "|0x80cf0003|OM-E-DASH|Dashes.|\n"
                      "|0x80cf0004|OM_E_EMPTY|   |\n"
                      "|0x80cf0005|OM_E_MARKUP_ONLY|<br>|\n",
                      NULL,
                      "%s/sym.md:3:13: error: invalid symbol 'om_e_lower': expected [A-Z][A-Z0-9_]*\n"
                      "%s/sym.md:4:13: error: invalid symbol '1OM_E_DIGIT': expected [A-Z][A-Z0-9_]*\n"
                      "%s/sym.md:5:13: error: invalid symbol 'OM-E-DASH': expected [A-Z][A-Z0-9_]*\n"
                      "%s/sym.md:6:27: error: empty description for OM_E_EMPTY\n"
                      "%s/sym.md:7:30: error: empty description for OM_E_MARKUP_ONLY\n");
}

/* <stdint.h>'s limit macros (INTn_MAX, UINT_LEASTn_MIN...) are names a
   constant of the generated header would redefine; a name that only
   starts like one is free.  */
static void
stdint_limits_are_taken (void **state)
{
  (void) state;
  expect_diagnostics ("limits.md", HEAD
                      "|0x80cf0001|INT8_MAX|Limit.|\n"
                      "|0x80cf0002|UINT_LEAST16_MIN|Limit.|\n"
                      "|0x80cf0003|INTERNAL_E_MAXIMUM|Free.|\n"
                      "|0x80cf0004|UINT_E_MIN_X|Free.|\n",
                      NULL,
                      "%s/limits.md:3:13: error: invalid symbol 'INT8_MAX': a name <stdint.h> reserves\n"
                      "%s/limits.md:4:13: error: invalid symbol 'UINT_LEAST16_MIN': a name <stdint.h> reserves\n");
}

static void
wrong_cell_counts (void **state)
{
  (void) state;
  expect_diagnostics ("cells.md", HEAD
                      "|0x80cf0001|OM_E_FEW|\n"
                      "|0x80cf0002|OM_E_MANY|Text.|extra|\n"
                      "|0x80cf0003|OM_E_CODE|`a|b`|\n",
                      NULL,
                      "%s/cells.md:3:22: error: row has 2 cells; expected 3 (code | symbol | description)\n"
                      "%s/cells.md:3:22: error: empty description for OM_E_FEW\n"
                      "%s/cells.md:4:29: error: row has more than 3 cells; expected 3 (code | symbol | description)\n"
                      "%s/cells.md:5:26: error: row has more than 3 cells; expected 3 (code | symbol | description)\n");
}

/* Several tables are one table; the same code again is the same row, or
   an error naming the first place.  */
static void
no_table_and_two_tables (void **state)
{
  (void) state;
  expect_diagnostics ("none.md", "# Title\n\nJust prose, no table.\n", NULL,
                      "%s/none.md:3:1: error: no table found; expected a GFM table with the columns code | symbol | description\n");
  expect_diagnostics ("two.md", HEAD "|0x80cf0001|OM_E_A|A.|\n"
                      "|0x80cf0002|OM_E_B|B.|\n\n## Again\n\n"
                      HEAD "|0x80CF0001|OM_E_A|A.|\n"
                      "|0x80cf0002|OM_E_B|Not B.|\n"
                      "|0x80cf0001|OM_E_C|C.|\n", NULL,
                      "%s/two.md:11:20: error: code 0x80CF0002 again with another description (first on line 4)\n"
                      "%s/two.md:12:2: error: duplicate code 0x80CF0001 (first on line 3)\n");
  expect_diagnostics ("broken.md", HEAD "|0x80cf0001|OM_E_A|A.|\n\n"
                      "|Setting|Value|\n|-|-|\n|a|b|\n\n"
                      "|Code|Symbol|\n|-|-|\n|0x80cf0002|OM_E_B|\n", NULL,
                      "%s/broken.md:9:1: error: table has the column 'Code' but no column 'Description'\n");
  expect_diagnostics ("cols.md", "|a|b|\n|-|-|\n|0x80cf0001|OM_E_A|\n", NULL,
                      "%s/cols.md:1:1: error: table has 2 columns; expected 3 (code | symbol | description)\n");
  /* No error table at all: the first table is named.  */
  expect_diagnostics ("cols2.md", "|a|b|\n|-|-|\n|x|y|\n\n|a|b|c|d|\n"
                      "|-|-|-|-|\n|0x80cf0001|OM_E_A|A.|x|\n", NULL,
                      "%s/cols2.md:1:1: error: table has 2 columns; expected 3 (code | symbol | description)\n");
}

/* Columns count characters, not bytes, in every cell and every check.  */
static void
columns_after_multibyte_characters (void **state)
{
  (void) state;
  expect_diagnostics ("wide.md", "|代碼|符號|說明|\n|---|---|---|\n"
                      "|0x80cf0001|OM_E_中|說明。|\n"
                      "|代碼|OM_E_B|說明。|\n"
                      "|0x80cf0003|OM_E_C|說明。|多餘|\n"
                      "| 0x80cf0004 | OM_E_甲乙 |   |\n"
                      "|0x80cf0005|OM_E_丙|\r\n"
                      "|0x80cf0006|OM_E_丁|說明 **粗體**|0x80CF0006 \\| 再一格|\n",
                      NULL,
                      "%s/wide.md:3:13: error: invalid symbol 'OM_E_中': expected [A-Z][A-Z0-9_]*\n"
                      "%s/wide.md:4:2: error: invalid code '代碼': expected 0x and 8 hexadecimal digits\n"
                      "%s/wide.md:5:24: error: row has more than 3 cells; expected 3 (code | symbol | description)\n"
                      "%s/wide.md:6:16: error: invalid symbol 'OM_E_甲乙': expected [A-Z][A-Z0-9_]*\n"
                      "%s/wide.md:6:28: error: empty description for OM_E_甲乙\n"
                      "%s/wide.md:7:13: error: invalid symbol 'OM_E_丙': expected [A-Z][A-Z0-9_]*\n"
                      "%s/wide.md:7:20: error: row has 2 cells; expected 3 (code | symbol | description)\n"
                      "%s/wide.md:7:20: error: empty description for OM_E_丙\n"
                      "%s/wide.md:8:13: error: invalid symbol 'OM_E_丁': expected [A-Z][A-Z0-9_]*\n"
                      "%s/wide.md:8:30: error: row has more than 3 cells; expected 3 (code | symbol | description)\n");
  expect_diagnostics ("wide-utf8.md", HEAD
                      "|0x80cf0001|OM_E_A|中文\xE9|\n"
                      "|0x80cf0002|OM_E_B|中文 **粗** \xED\xA0\x80|\n", NULL,
                      "%s/wide-utf8.md:3:22: error: invalid UTF-8 (byte 0xE9)\n"
                      "%s/wide-utf8.md:4:29: error: invalid UTF-8 (byte 0xED)\n");
}

static void
invalid_utf8 (void **state)
{
  (void) state;
  expect_diagnostics ("utf8.md", HEAD
                      "|0x80cf0001|OM_E_A|caf\xE9 latin-1|\n"
                      "|0x80cf0002|OM_E_B|truncated \xE4\xB8|\n", NULL,
                      "%s/utf8.md:3:23: error: invalid UTF-8 (byte 0xE9)\n"
                      "%s/utf8.md:4:30: error: invalid UTF-8 (byte 0xE4)\n");
}

static void
severity_bit (void **state)
{
  (void) state;
  expect_diagnostics ("sev.md", HEAD
                      "|0x80cf0001|OM_S_DONE|Success with bit 31.|\n"
                      "|0x00cf0002|OM_E_FAIL|Error without bit 31.|\n"
                      "|0x00cf0003|OM_S_FINE|Consistent.|\n"
                      "|0x80cf0004|OM_E_REDIRECTOR_S_FALSE|An error named S_FALSE.|\n"
                      "|0x00cf0005|S_OK|No prefix.|\n"
                      "|0x00cf0006|E_FAIL|No prefix, no bit.|\n", NULL,
                      "%s/sev.md:3:2: error: code 0x80CF0001 has the severity bit set, but OM_S_DONE names a success code (_S_)\n"
                      "%s/sev.md:4:2: error: code 0x00CF0002 has the severity bit clear, but OM_E_FAIL names an error code (_E_)\n"
                      "%s/sev.md:8:2: error: code 0x00CF0006 has the severity bit clear, but E_FAIL names an error code (_E_)\n");
}

static void
translation_disagrees_with_master (void **state)
{
  (void) state;
  expect_diagnostics ("master.md", HEAD
                      "|0x80cf0001|OM_E_A|A.|\n"
                      "|0x80cf0002|OM_E_B|B.|\n"
                      "|0x80cf0003|OM_E_C|C.|\n",
                      "# Translated\n\n" HEAD
                      "|0x80cf0001|OM_E_A|甲。|\n"
                      "|0x80cf0003|OM_E_X|丙。|\n"
                      "|0x80cf0009|OM_E_Z|多。|\n",
                      "%s/translation.md:3:1: error: code 0x80CF0002 (OM_E_B) of the master table (%s/master.md:4) is missing\n"
                      "%s/translation.md:6:13: error: code 0x80CF0003 is OM_E_C in the master table (%s/master.md:5), not OM_E_X\n"
                      "%s/translation.md:7:2: error: code 0x80CF0009 (OM_E_Z) is not in the master table %s/master.md\n");
}

/* A table broken on every row: the first DIAG_KEPT_MAX errors, then a
   count of the rest.  */
static void
diagnostics_are_capped (void **state)
{
  (void) state;
  size_t rows = DIAG_KEPT_MAX + 5;
  size_t size = rows * 32 + 64, len = 0;
  char *doc = malloc (size);
  len += (size_t) snprintf (doc + len, size - len, HEAD);
  for (size_t i = 0; i < rows; i++)
    len += (size_t) snprintf (doc + len, size - len, "|0x%06zX|OM_E_X%zu|Bad.|\n",
                              i, i);
  char *path = path_in (scratch, "capped.md");
  write_file (path, doc);
  struct compile_request req = default_request (path);
  char *diags;
  assert_false (run_compile (&req, &diags));
  size_t lines = 0;
  for (const char *p = diags; *p != '\0'; p++)
    lines += *p == '\n';
  assert_int_equal (lines, DIAG_KEPT_MAX + 1);
  assert_non_null (strstr (diags, "capped.md:3:2: error: invalid code '0x000000'"));
  assert_non_null (strstr (diags, "\nomerrc: 5 more errors not shown\n"));
  free (diags);
  free (path);
  free (doc);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (bad_codes),
    cmocka_unit_test (duplicates),
    cmocka_unit_test (bad_symbols_and_empty_text),
    cmocka_unit_test (wrong_cell_counts),
    cmocka_unit_test (no_table_and_two_tables),
    cmocka_unit_test (columns_after_multibyte_characters),
    cmocka_unit_test (invalid_utf8),
    cmocka_unit_test (severity_bit),
    cmocka_unit_test (stdint_limits_are_taken),
    cmocka_unit_test (translation_disagrees_with_master),
    cmocka_unit_test (diagnostics_are_capped),
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}
