/* SPDX-License-Identifier: MIT */
/* All-or-nothing output.  Every output of a run is named first (refused
   when named twice, when it is one of the inputs, or when it is neither
   a regular file nor a character device or FIFO); each is then written
   to a temporary file beside its target (symbolic links are followed),
   flushed to disk; the commit renames them into place, rolling the
   earlier ones back from kept originals if one rename fails.  An output
   whose bytes did not change is left untouched; a character device or
   FIFO is written through, at the commit.  */
#ifndef OMERRC_OUTPUT_H
#define OMERRC_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct diag;
struct output_set;

/* A set for at most MAX outputs.  Fatal signals (those not ignored) remove
   its temporary files; SIGXFSZ is ignored, so that a file-size limit is a
   write error naming the file.  */
struct output_set *output_set_new (size_t max);
/* Names PATH as an output; false after reporting to D.  */
bool output_add (struct output_set *set, const char *path, struct diag *d);
/* Refuses (false, reported to D) an output that is the file INPUT.  */
bool output_not_input (struct output_set *set, const char *input,
                       struct diag *d);
/* A stream to the added output PATH; NULL after reporting to D.  One
   stream is open at a time; output_close closes it, reports a write
   error, naming PATH, and says whether all went well.  */
FILE *output_open (struct output_set *set, const char *path, struct diag *d);
bool output_close (struct output_set *set, struct diag *d);
/* Puts every output in place, or none.  */
bool output_commit (struct output_set *set, struct diag *d);
/* Removes every temporary file left and frees SET.  */
void output_set_free (struct output_set *set);

/* The leftover prefix: a temporary file for DIR/NAME is DIR/.NAME.omerrc-PID-XXXXXX.  */
#define OUTPUT_TEMP_MARK ".omerrc-"

#endif
