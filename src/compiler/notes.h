/* SPDX-License-Identifier: MIT */
/* Notes on the published text (data/NAME.notes.md): what a translator
   should know about a row whose published text is wrong, kept apart from
   the table so that the table stays as published.  The format is
   described in data/README.md.  */
#ifndef OMERRC_NOTES_H
#define OMERRC_NOTES_H

#include <stdbool.h>

struct table;
struct diag;

/* Reads the notes of PATH and gives each to its row of the validated
   MASTER as row->note.  A note for a code MASTER does not have, a second
   note for one code and a line of no known form are errors (FILE:LINE:
   COLUMN in D); returns false if there was any.  */
bool notes_attach (struct table *master, const char *path, struct diag *d);

#endif
