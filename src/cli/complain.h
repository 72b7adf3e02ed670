/* SPDX-License-Identifier: MIT */
#ifndef OMERR_COMPLAIN_H
#define OMERR_COMPLAIN_H

/* The command's name in its messages.  */
#define PROGRAM_NAME "omerr"

/* Writes "omerr: ", the place set by complain_place, FORMAT (already
   translated) with its arguments and a newline to standard error.  */
void complain (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));

/* Until called again with FILE NULL, every message is about line LINE of
   FILE ("-": standard input), and says so first, as "FILE:LINE: ".  FILE
   is printed as it is.  */
void complain_place (const char *file, unsigned long line);

#endif
