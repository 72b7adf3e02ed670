/* SPDX-License-Identifier: MIT */
#ifndef OMERR_PRINTABLE_H
#define OMERR_PRINTABLE_H

/* S (in the locale's charset) with what a terminal would act on instead
   of showing escaped: control characters (C0, DEL, C1) and bidi controls
   as \xHH or \uHHHH, and bytes that are no character of the charset as
   \xHH.  Malloc'd; NULL without memory.  */
char *printable (const char *s);

#endif
