/* SPDX-License-Identifier: MIT */
#ifndef OMERR_SCAN_H
#define OMERR_SCAN_H

#include "omerr.h"

/* --scan: reports every known code found in the free text of PATH ("-":
   standard input; read as text_lines_read reads it), once per line it is
   on, as FILE:LINE: and its report (ONLY: codes of that table alone).
   Returns 0 when some code was found, 1 when none, 2 when PATH could not
   be read or was refused (said on standard error).  */
int scan_file (const char *path, const omerr_table *only);

#endif
