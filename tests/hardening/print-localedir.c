/* SPDX-License-Identifier: MIT */
/* Prints the directory libomerr bound its text domain to, or with an
   argument the names of the tables it found besides the built-in one, a
   line each: the setuid test runs it with OMERR_LOCALEDIR, and
   OMERR_TABLE_PATH and OMERR_TABLEDIR, set, as a set-uid program and as
   a plain one.  */
#include <config.h>

#include <libintl.h>
#include <stdio.h>

#include "omerr.h"

/* LeakSanitizer cannot run in a set-uid process (sanitizer builds).  */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

int
main (int argc, char **argv)
{
  const omerr_table *t;

  (void) argv;
  if (argc > 1)
    {
      for (size_t i = 1; (t = omerr_table_at (i)) != NULL; i++)
        if (printf ("%s\n", omerr_table_name (t)) < 0)
          return 1;
      return 0;
    }
  omerr_gettext (omerr_code_at (0));       /* binds the domain */
  const char *dir = bindtextdomain ("omerr", NULL);
  return printf ("%s\n", dir ? dir : "(none)") < 0;
}
