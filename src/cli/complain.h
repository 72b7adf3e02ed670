/* SPDX-License-Identifier: MIT */
#ifndef OMERR_COMPLAIN_H
#define OMERR_COMPLAIN_H

/* The command's name in its messages.  */
#define PROGRAM_NAME "omerr"

/* Writes "omerr: ", FORMAT (already translated) with its arguments and a
   newline to standard error.  */
void complain (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));

#endif
