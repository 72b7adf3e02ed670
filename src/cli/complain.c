/* SPDX-License-Identifier: MIT */
/* Messages on standard error, each named after the command.  */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "complain.h"
#include "printable.h"

void
complain (const char *format, ...)
{
  va_list ap;
  char *text = NULL, *safe;

  va_start (ap, format);
  if (vasprintf (&text, format, ap) < 0)
    text = NULL;
  va_end (ap);
  /* Arguments and file names are quoted as given: printable first.  */
  safe = text != NULL ? printable (text) : NULL;
  fprintf (stderr, "%s: %s\n", PROGRAM_NAME,
           safe != NULL ? safe : text != NULL ? text : format);
  free (safe);
  free (text);
}
