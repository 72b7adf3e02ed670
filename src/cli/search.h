/* SPDX-License-Identifier: MIT */
#ifndef OMERR_SEARCH_H
#define OMERR_SEARCH_H

#include <stdint.h>

/* Whether NEEDLE occurs in HAYSTACK ignoring case; both are in the
   locale's charset.  */
int contains_ignoring_case (const char *haystack, const char *needle);

/* Whether NEEDLE is text in the locale's charset (a search for part of
   a character would match where no character is).  */
int search_text_valid (const char *needle);

/* Whether NEEDLE, 1 to 8 hex digits after an optional 0x, occurs in
   CODE's 8 hex digits ("80CF00" in 0x80CF0001), ignoring case.  */
int matches_code_digits (uint32_t code, const char *needle);

#endif
