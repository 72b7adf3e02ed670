/* SPDX-License-Identifier: MIT */
#ifndef OMERR_JSON_H
#define OMERR_JSON_H

#include <stdio.h>

/* Writes S, UTF-8, as a JSON string literal; a byte that is not part of
   valid UTF-8 becomes U+FFFD.  */
void json_string (FILE *out, const char *s);

#endif
