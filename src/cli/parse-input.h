/* SPDX-License-Identifier: MIT */
/* Parsing of one command-line argument into a code.  */
#ifndef OMERR_PARSE_INPUT_H
#define OMERR_PARSE_INPUT_H

#include <stddef.h>
#include <stdint.h>

enum input_kind
{
  INPUT_HEX,            /* 0x80cf0001, 80CF0001 */
  INPUT_DECIMAL,        /* 2161049601 */
  INPUT_SIGNED,         /* -2133917695 */
  INPUT_SYMBOL,         /* om_e_no_service (a known symbol) */
  INPUT_UNKNOWN_SYMBOL, /* shaped like a symbol, but not in the table */
  INPUT_MALFORMED,      /* none of the above */
  INPUT_OUT_OF_RANGE    /* a number that does not fit 32 bits */
};

/* Classifies ARG (NUL-terminated, any bytes) and, for the first four kinds,
   stores the code in *CODE.  Surrounding ASCII blanks are ignored, and so
   are a KEY= prefix and ASCII punctuation around one code-shaped word
   (see next_code_token).  *START and *LENGTH say where in ARG the word
   read is (blanks, punctuation and prefix left out; for INPUT_MALFORMED,
   ARG without its blanks).  Safe to call on arbitrary input: the entry
   point for fuzzing.  */
enum input_kind parse_input (const char *arg, uint32_t *code, size_t *start,
                             size_t *length);

/* Finds the next code-shaped word of TEXT (N bytes) at or after *POS:
   "0x" and 1 to 8 hex digits, a word of 8 hex digits (read as hex), a
   decimal of 10 digits that is a failure code signed or unsigned, or a
   known symbol.  Returns 1 with its offset, length and code, and *POS
   past it; 0 at the end of TEXT.  */
int next_code_token (const char *text, size_t n, size_t *pos, size_t *start,
                     size_t *length, uint32_t *code);

#endif
