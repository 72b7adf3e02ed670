/* SPDX-License-Identifier: MIT */
#ifndef OMERR_EXPLAIN_H
#define OMERR_EXPLAIN_H

#include <stdint.h>
#include <stdio.h>

/* Writes the HRESULT fields of CODE, one per line, indented (wrapped to
   WIDTH columns, 0: not wrapped, as wrap.h does); for a
   Windows Update code (facility 0x024) a hint naming the OM code at the
   same position, if there is one.  */
void explain_code (FILE *out, uint32_t code, int width);

#endif
