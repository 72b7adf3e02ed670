/* SPDX-License-Identifier: MIT */
#ifndef OMERR_REPORT_H
#define OMERR_REPORT_H

#include <stdint.h>

#include "omerr.h"

enum output_style
{
  STYLE_FULL,           /* 0x80CF0001 (OM_E_NO_SERVICE) -- 2161049601 (-2133917695) [omerr]: ... */
  STYLE_MESSAGE,        /* the message alone */
  STYLE_JSON            /* one JSON object */
};

/* How every report is written, set once by main.  WIDTH: columns to wrap
   to (0: none).  */
struct report_options
{
  enum output_style style;
  int explain;
  int width;
};
extern struct report_options report_options;

/* Where a code came from: the argument as given (or NULL), and for
   --scan the file and line (FILE NULL otherwise).  */
struct origin
{
  const char *input;
  const char *file;
  unsigned long line;
};

/* Reports CODE as every table knowing it does (ONLY, if not NULL: that
   table alone), one line (or block) per match, or once as unknown.
   Returns 0 when some table knows it, 1 when none does.  */
int report_code (uint32_t code, const omerr_table *only,
                 const struct origin *origin);

/* Reports CODE as table T knows it (T NULL: as unknown).  */
void report_entry (const omerr_table *t, uint32_t code,
                   const struct origin *origin);

/* With --json, the line for an INPUT that is no code: ERROR says why
   (a fixed English phrase, for scripts).  Nothing in the other styles:
   the caller complains on standard error.  */
void report_bad_input (const char *input, const char *error);

#endif
