/* SPDX-License-Identifier: MIT */
/* How omerrc fails.  Diagnostics in GNU form, FILE:LINE:COLUMN: error:
   MESSAGE (or warning:), collected during a run and printed sorted by
   file (in the order files were first named), line and column, so that
   every error of a run is reported, in reading order, whatever pass
   found it.  And
   memory: an allocation failure stops the program with one message
   (temporary outputs are removed on the way out), so no caller handles
   it.  */
#ifndef OMERRC_DIAG_H
#define OMERRC_DIAG_H

#include <stdbool.h>
#include <stdio.h>

struct diag
{
  struct diag_entry *entries;
  size_t count;
  size_t errors;
  char **files;            /* file names in order of first use (copies) */
  size_t file_count;
};

#define DIAG_INIT { 0 }

/* At most this many diagnostics are kept and printed; the others are
   counted.  */
#define DIAG_KEPT_MAX 10000

/* LINE and COLUMN count from 1; COLUMN counts characters.  LINE 0 speaks
   of the file as a whole (FILE: error: MESSAGE), COLUMN 0 of the line
   (FILE:LINE: error: MESSAGE).  The strings are copied.  Returns false,
   for a caller that fails with the error.  */
bool diag_error (struct diag *d, const char *file, unsigned line,
                 unsigned column, const char *fmt, ...)
  __attribute__ ((format (printf, 5, 6)));
/* diag_error about FILE as a whole: WHAT, and the reason errno gives;
   returns false.  */
bool diag_errno (struct diag *d, const char *file, const char *what);
/* FILE: warning: MESSAGE, printed with the errors but not one of them:
   something the run did that its user may not have meant.  */
void diag_warning (struct diag *d, const char *file, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));
/* S with what a terminal would act on escaped: C0 controls and DEL as
   \xHH, C1 controls and bidi controls (UTF-8) as \uHHHH; malloc'd.  So
   a diagnostic stays one line of text whatever a file name, an argument
   or a table brought into it (diag_error applies it to both).  */
char *diag_printable (const char *s);
/* Whether S has a bidirectional embedding, override or isolate control
   (U+202A-202E, U+2066-2069), with which text shows otherwise than it
   reads: in a terminal, and in the comments of the outputs.  */
bool diag_has_bidi_control (const char *s);
/* Prints the collected diagnostics to OUT (once, before diag_free).  */
void diag_flush (struct diag *d, FILE *out);
void diag_free (struct diag *d);

_Noreturn void mem_exhausted (void);
void *mem_realloc (void *p, size_t n);
char *mem_strdup (const char *s);
char *mem_strndup (const char *s, size_t n);
/* The text printf would print, malloc'd (vasprintf).  */
char *mem_printf (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
/* A stream writing to memory (open_memstream), and closing it: *TEXT is
   then what was written, NUL-terminated, malloc'd.  */
FILE *mem_open (char **text);
void mem_close (FILE *f);

#endif
