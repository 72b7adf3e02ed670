/* Messages on standard error, each named after the command.  */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "complain.h"

void
complain (const char *format, ...)
{
  va_list ap;

  fprintf (stderr, "%s: ", PROGRAM_NAME);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  putc ('\n', stderr);
}
