/* SPDX-License-Identifier: MIT */
/* The table file (format: src/lib/table-format.h) and what the built-in
   table of libomerr is made of: the same bytes as a C array, the public
   header of constants, and the header of the codes' hash for the
   library's message cache.  */
#ifndef OMERRC_TABLE_FILE_H
#define OMERRC_TABLE_FILE_H

#include <stdint.h>

#include "catalog.h"

output_writer table_file_emit, table_file_emit_c, table_file_emit_header,
  table_file_emit_hash;

/* The multiplicative hash of a table's codes: slot = (code * multiplier
   mod 2^32) >> (32 - bits), chosen so that, where it can, no two codes
   share a first slot (libomerr's cache hit is then one comparison).  */
struct code_hash
{
  unsigned bits;                /* 2^bits slots */
  uint32_t multiplier;          /* odd */
  size_t shared;                /* codes whose first slot another took */
};

/* Chooses the hash for the N distinct CODES.  */
void code_hash_choose (const uint32_t *codes, size_t n,
                       struct code_hash *hash);
uint32_t code_hash_slot (const struct code_hash *hash, uint32_t code);

#endif
