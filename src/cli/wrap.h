/* SPDX-License-Identifier: MIT */
#ifndef OMERR_WRAP_H
#define OMERR_WRAP_H

#include <stdio.h>

/* The width to wrap standard output to: the terminal's columns when it
   is a terminal (COLUMNS when the terminal does not say), else 0 (no
   wrapping: pipes and files get one line per code).  */
int output_width (void);

/* Writes TEXT (printable, in the locale's charset) and a newline to OUT,
   wrapped to WIDTH columns (0: not wrapped) with continuation lines
   indented by INDENT columns.  Widths are wcwidth's: East Asian
   characters count two.  Lines break at spaces and beside wide
   characters, never before closing punctuation or after an opening
   bracket; a word longer than a line is cut.  */
void put_wrapped (FILE *out, const char *text, int width, int indent);

#endif
