/* SPDX-License-Identifier: MIT */
/* What is known about a code nobody knows as given.  */
#ifndef OMERR_HINTS_H
#define OMERR_HINTS_H

#include <stdint.h>

/* Facilities (bits 16-26 of an HRESULT) the hints know.  */
#define FACILITY_WINDOWSUPDATE 0x024
/* The software update agent's codes (0x80CFxxxx) mirror Windows Update's.  */
#define FACILITY_OM 0x0CF

/* The name winerror.h gives FACILITY, or NULL.  */
const char *facility_name (unsigned facility);

/* Writes to standard error, as hints, what is known about CODE, which
   no table knows: its Windows Update or OM twin, the list to look a
   Windows Update code up in, and, when WORD (the code's word of the
   argument, as parse_input found it) was read as decimal, the readings
   of its digits as hex or as a negative number that name a known or
   plausible code.  DECIMAL says whether WORD was read as decimal.  */
void hint_unknown (const char *word, uint32_t code, int decimal);

#endif
