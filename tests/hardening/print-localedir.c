/* SPDX-License-Identifier: MIT */
/* Prints the directory libomerr bound its text domain to: the setuid test
   runs it with OMERR_LOCALEDIR set, as a set-uid program and as a plain one.  */
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
main (void)
{
  omerr_gettext (omerr_code_at (0));       /* binds the domain */
  const char *dir = bindtextdomain ("omerr", NULL);
  return printf ("%s\n", dir ? dir : "(none)") < 0;
}
