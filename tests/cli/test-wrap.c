/* SPDX-License-Identifier: MIT */
/* Wrapping of long messages for a terminal (src/cli/wrap.c).  */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wrap.h"

static void
check (const char *text, int width, int indent, const char *want)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream (&buf, &size);

  assert_non_null (f);
  put_wrapped (f, text, width, indent);
  assert_int_equal (fclose (f), 0);
  assert_string_equal (buf, want);
  free (buf);
}

static void
words (void **state)
{
  (void) state;
  check ("0x80CF0001 (OM_E_NO_SERVICE): The agent could not provide the service.",
         24, 4,
         "0x80CF0001\n"
         "    (OM_E_NO_SERVICE):\n"
         "    The agent could not\n"
         "    provide the service.\n");
  check ("short", 24, 4, "short\n");
  check ("no wrapping at width 0 whatever its length", 0, 4,
         "no wrapping at width 0 whatever its length\n");
  check ("Averyveryverylongwordwithoutspaces end", 20, 4,
         "Averyveryverylongwor\n    dwithoutspaces\n    end\n");
}

static void
east_asian (void **state)
{
  (void) state;
  /* Two columns a character: 8 of them fill 16 columns.  */
  check ("代理程式無法提供服務。沒有連接端點的路由或網路連線。", 16, 2,
         "代理程式無法提供\n"
         "  服務。沒有連接\n"
         "  端點的路由或網\n"
         "  路連線。\n");
  check ("abc 代理程式", 12, 2, "abc 代理程式\n");
}

/* No line starts with closing punctuation or ends with an opening
   bracket: the character before goes down with it.  */
static void
punctuation_kept_with_its_word (void **state)
{
  (void) state;
  check ("代理程式無法提供。服務", 16, 2, "代理程式無法提\n  供。服務\n");
  check ("代理程式無法提「服務」", 16, 2, "代理程式無法提\n  「服務」\n");
  check ("代理程式無法提供，服務", 16, 2, "代理程式無法提\n  供，服務\n");
  check ("代理程式無法提供) x", 16, 2, "代理程式無法提\n  供) x\n");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (words),
    cmocka_unit_test (east_asian),
    cmocka_unit_test (punctuation_kept_with_its_word),
  };

  /* The build tree's C.UTF-8 (LOCPATH), for the characters' widths.  */
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      fputs ("C.UTF-8 not found (LOCPATH?)\n", stderr);
      return 1;
    }
  return cmocka_run_group_tests (tests, NULL, NULL);
}
