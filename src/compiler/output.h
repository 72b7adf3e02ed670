/* All-or-nothing output: every file a run changes is first written to a
   temporary file beside it; only when the whole run succeeded are they
   renamed into place, and a file whose content did not change is left
   untouched.  */
#ifndef OMERRC_OUTPUT_H
#define OMERRC_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct diag;
struct output_set;

struct output_set *output_set_new (void);
/* Creates the temporary file for PATH and returns its name (owned by the
   set), or NULL after reporting to D.  Leftovers of killed runs for PATH
   are removed first.  */
const char *output_begin (struct output_set *set, const char *path,
                          struct diag *d);
/* An output written as a stream: compared with what PATH holds as it is
   written, it gets a temporary file only once it differs, so an
   unchanged output costs no file.  NULL after reporting to D.  One
   stream is open at a time; output_close reports a write error, naming
   PATH, and says whether all went well.  */
FILE *output_open (struct output_set *set, const char *path, struct diag *d);
bool output_close (struct output_set *set, FILE *f, struct diag *d);
/* Renames every temporary file into place (or drops it when PATH already
   holds the same bytes).  */
bool output_commit (struct output_set *set, struct diag *d);
/* Removes every temporary file; nothing the user had is touched.  */
void output_abort (struct output_set *set);
void output_set_free (struct output_set *set);

/* The leftover prefix: a temporary file for DIR/NAME is DIR/.NAME.omerrc-PID-XXXXXX.  */
#define OUTPUT_TEMP_MARK ".omerrc-"

#endif
