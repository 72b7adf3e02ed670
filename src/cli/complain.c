/* SPDX-License-Identifier: MIT */
/* Messages on standard error, each named after the command.  */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "complain.h"
#include "printable.h"

/* The input the messages are about, if any.  */
static const char *place_file;
static unsigned long place_line;

void
complain_place (const char *file, unsigned long line)
{
  place_file = file;
  place_line = line;
}

void
complain (const char *format, ...)
{
  va_list ap;
  char *text = NULL, *safe;
  const char *shown;

  va_start (ap, format);
  if (vasprintf (&text, format, ap) < 0)
    text = NULL;
  va_end (ap);
  /* Arguments and file names are quoted as given: printable first.  */
  safe = text != NULL ? printable (text) : NULL;
  shown = safe != NULL ? safe : text != NULL ? text : format;
  if (place_file != NULL)
    fprintf (stderr, "%s: %s:%lu: %s\n", PROGRAM_NAME, place_file,
             place_line, shown);
  else
    fprintf (stderr, "%s: %s\n", PROGRAM_NAME, shown);
  free (safe);
  free (text);
}
