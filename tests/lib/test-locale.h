/* SPDX-License-Identifier: MIT */
/* Opening the tests' own locales (built by localedef under $LOCPATH).  */
#ifndef OMERR_TEST_LOCALE_H
#define OMERR_TEST_LOCALE_H

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

static inline locale_t
test_locale (const char *name)
{
  locale_t l = newlocale (LC_ALL_MASK, name, (locale_t) 0);

  if (l == (locale_t) 0)
    {
      fprintf (stderr, "locale %s missing (LOCPATH=%s)\n", name,
               getenv ("LOCPATH") ? getenv ("LOCPATH") : "unset");
      abort ();
    }
  return l;
}

#endif
