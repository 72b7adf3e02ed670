/* The multiplicative hash libomerr's message cache uses for the table's
   codes: slot = (code * multiplier mod 2^32) >> (32 - bits).  omerrc
   chooses it so that, where it can, no two codes of the table share a
   first slot, and the cache's hit needs a single comparison.  */
#ifndef OMERRC_CODE_HASH_H
#define OMERRC_CODE_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct code_hash
{
  unsigned bits;                /* the cache has 2^bits slots */
  uint32_t multiplier;          /* odd */
  size_t shared;                /* codes whose first slot another took */
};

/* Chooses the hash for the N distinct CODES; false when out of memory.  */
bool code_hash_choose (const uint32_t *codes, size_t n,
                       struct code_hash *hash);

/* The first slot of CODE under HASH.  */
uint32_t code_hash_slot (const struct code_hash *hash, uint32_t code);

#endif
