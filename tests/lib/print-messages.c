/* SPDX-License-Identifier: MIT */
/* A client using only omerr_gettext: prints the message of each code
   given (hex) in the environment's locale, one per line.  The tests of
   installed tables run it.  */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "omerr.h"

int
main (int argc, char **argv)
{
  int i;

  setlocale (LC_ALL, "");
  for (i = 1; i < argc; i++)
    puts (omerr_gettext ((uint32_t) strtoul (argv[i], NULL, 16)));
  return ferror (stdout) || fclose (stdout) != 0;
}
