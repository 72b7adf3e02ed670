/* SPDX-License-Identifier: MIT */
/* Time grows linearly with the input: a 1 MB table is read, validated and
   emitted in well under a second, 4 MB take about four times as long, and
   inputs on which cmark-gfm is quadratic are refused at once.  CPU time
   of this process is measured, so a busy machine does not matter much.  */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "omerrc.h"

/* Sanitizer builds are slower by far (more so with the full malloc stacks
   that the leak suppressions need): only the growth is checked there, on
   smaller tables.  */
#if defined __has_feature
# if __has_feature (address_sanitizer)
#  define OMERR_ASAN 1
# endif
#endif
#if defined __SANITIZE_ADDRESS__ || defined OMERR_ASAN
# define SLOWDOWN 20
# define MB (1 << 18)
#else
# define SLOWDOWN 1
# define MB (1 << 20)
#endif

struct text
{
  char *data;
  size_t len;
};

/* Repeats the output of LINE (called with 0, 1, ...) after HEAD until the
   text has at least SIZE bytes.  */
static struct text
generate (const char *head, size_t size,
          void (*line) (FILE *, size_t))
{
  struct text t = { NULL, 0 };
  FILE *f = open_memstream (&t.data, &t.len);
  assert_non_null (f);
  fputs (head, f);
  for (size_t i = 0; ftell (f) < (long) size; i++)
    line (f, i);
  assert_int_equal (fclose (f), 0);
  return t;
}

/* CPU seconds to compile T; *ERRORS gets the number of diagnostics.  */
static double
compile_seconds (struct text t, size_t *errors)
{
  clock_t start = clock ();
  char *copy = malloc (t.len + 1);
  assert_non_null (copy);
  memcpy (copy, t.data, t.len);
  struct diag d = DIAG_INIT;
  struct table table;
  if (table_read (&table, "big.md", copy, t.len, NULL, NULL, &d))
    table_validate (&table, &d);
  if (d.errors == 0)
    {
      static const struct catalog_info info = {
        "omerr", "0", "bugs@example.org", "tests", NULL, NULL, 0, NULL
      };
      FILE *null = fopen ("/dev/null", "w");
      assert_non_null (null);
      assert_true (table_file_emit_c (&table, &info, null, &d));
      assert_true (table_file_emit_header (&table, &info, null, &d));
      assert_true (catalog_write_template (&table, &info, null, &d));
      assert_false (ferror (null));
      fclose (null);
    }
  *errors = d.errors;
  table_free (&table);
  diag_free (&d);
  return (double) (clock () - start) / CLOCKS_PER_SEC;
}

#define HEAD "|Code|Symbol|Description|\n|---|---|---|\n"

static void
valid_row (FILE *f, size_t i)
{
  fprintf (f, "|0x%08zX|OM_E_ROW_%zu|Row %zu of a large table, with a "
           "**little** markup and `code`.|\n", 0x80000000 + i, i, i);
}

static void
large_tables_take_linear_time (void **state)
{
  (void) state;
  struct text one = generate (HEAD, MB, valid_row);
  struct text four = generate (HEAD, 4 * MB, valid_row);
  size_t errors;
  double t1 = compile_seconds (one, &errors);
  assert_int_equal (errors, 0);
  double t4 = compile_seconds (four, &errors);
  assert_int_equal (errors, 0);
  print_message ("# %d KB: %.3f s, %d KB: %.3f s\n", MB >> 10, t1,
                 MB >> 8, t4);
  assert_true (t1 < 1.0 * SLOWDOWN);
  /* Linear: about 4; quadratic would be 16.  */
  assert_true (t4 < 8 * t1 + 0.05);
  free (one.data);
  free (four.data);
}

/* Each pattern, 1 MB of it, must be refused within a fraction of a
   second: cmark-gfm would take minutes on most of them.  */
static void images_and_links (FILE *f, size_t i) { (void) i; fputs ("![[]()\n", f); }
static void pipes (FILE *f, size_t i) { (void) i; fputs ("||||||||||", f); }
static void delimiters (FILE *f, size_t i) { (void) i; fputs ("|-", f); }
static void wide_header (FILE *f, size_t i) { fputs (i < 4000 ? "|a" : "\nx", f); }
static void long_cell (FILE *f, size_t i) { (void) i; fputs ("xxxxxxxx", f); }

static void
pathological_inputs_are_refused_at_once (void **state)
{
  (void) state;
  static const struct
  {
    const char *name, *head;
    void (*line) (FILE *, size_t);
  } cases[] = {
    { "image openers and links", "", images_and_links },
    { "a row of pipes", HEAD, pipes },
    { "a long delimiter row", "|a|b|c|\n", delimiters },
    { "a wide header over many rows", "", wide_header },
    { "a 1 MB cell", HEAD "|0x80cf0001|OM_E_A|", long_cell },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      struct text t = generate (cases[i].head, 1 << 20, cases[i].line);
      size_t errors;
      double s = compile_seconds (t, &errors);
      print_message ("# %s: %.3f s, %zu errors\n", cases[i].name, s, errors);
      assert_true (errors > 0);
      assert_true (s < 0.25 * SLOWDOWN);
      free (t.data);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (large_tables_take_linear_time),
    cmocka_unit_test (pathological_inputs_are_refused_at_once),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
