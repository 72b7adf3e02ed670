/* SPDX-License-Identifier: MIT */
/* Limits shared by the compiler (what a table may hold) and the command
   (what it looks up): one rule, stated once, documented in omerrc(1) and
   omerr(1).  */
#ifndef OMERR_SYMBOL_LIMIT_H
#define OMERR_SYMBOL_LIMIT_H

/* A symbol is [A-Z][A-Z0-9_]* and at most this many bytes long.  */
#define OMERR_SYMBOL_MAX 255
/* The same, for messages.  */
#define OMERR_SYMBOL_MAX_TEXT "255"

#endif
