/* SPDX-License-Identifier: MIT */
/* The project's one UTF-8 check, shared by the compiler (its input) and
   the command (its JSON output).  */
#ifndef OMERR_UTF8_H
#define OMERR_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the N bytes at S are UTF-8 as RFC 3629 has it: no overlong
   form, no surrogate, nothing past U+10FFFF (a NUL byte is U+0000, valid).
   If not, *BAD_OFFSET (unless NULL) is the offset of the first byte of
   the first invalid or truncated sequence.  */
bool omerr_utf8_valid (const char *s, size_t n, size_t *bad_offset);

#endif
