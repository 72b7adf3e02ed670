/* SPDX-License-Identifier: MIT */
/* A table file held in memory, with the positions of its lines, so that a
   diagnostic can name the line and column of anything found in it.  */
#ifndef OMERRC_SOURCE_H
#define OMERRC_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

struct diag;

struct source
{
  const char *path;        /* as named on the command line, for diagnostics */
  char *text;              /* the bytes, NUL-terminated, UTF-8 BOM removed */
  size_t len;
  size_t *line_start;      /* byte offset of each line; line N is [N - 1] */
  size_t line_count;
};

/* Takes TEXT (LEN bytes, malloc'd, one spare byte for a NUL) over, or reads
   PATH whole; checks it is UTF-8 without NUL bytes, reporting every bad
   line to D: false when the text cannot be used.  */
bool source_init (struct source *src, const char *path, char *text,
                  size_t len, struct diag *d);
bool source_read_file (struct source *src, const char *path, struct diag *d);
void source_free (struct source *src);
/* The column (from 1, in characters) of byte OFFSET; the bytes of line
   LINE without its line terminator.  */
unsigned source_column_of (const struct source *src, size_t offset);
const char *source_line (const struct source *src, unsigned line, size_t *len);

#endif
