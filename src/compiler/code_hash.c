#include <config.h>

#include "code_hash.h"

#include <stdlib.h>

/* A cache of up to this many slots may be a quarter full, which makes a
   multiplier without shared first slots easy to find (a few dozen tries
   for the bundled table); larger ones are half full.  */
#define SPARSE_SLOTS 4096
/* Tries are bounded by this many hashed codes in all, so that the search
   stays a small part of a compile whatever the table's size.  */
#define SEARCH_BUDGET 2000000
/* Fibonacci hashing's multiplier (2^32 / golden ratio): the first try,
   and good on its own for runs of consecutive codes.  */
#define GOLDEN 2654435769u

uint32_t
code_hash_slot (const struct code_hash *hash, uint32_t code)
{
  return (uint32_t) (code * hash->multiplier) >> (32 - hash->bits);
}

/* How many of the N CODES find their first slot taken under HASH.  SEEN
   has a stamp per slot; a slot is taken in this try when its stamp is
   STAMP.  */
static size_t
count_shared (const struct code_hash *hash, const uint32_t *codes, size_t n,
              uint32_t *seen, uint32_t stamp, size_t give_up)
{
  size_t shared = 0;

  for (size_t i = 0; i < n && shared < give_up; i++)
    {
      uint32_t slot = code_hash_slot (hash, codes[i]);

      if (seen[slot] == stamp)
        shared++;
      seen[slot] = stamp;
    }
  return shared;
}

bool
code_hash_choose (const uint32_t *codes, size_t n, struct code_hash *hash)
{
  size_t slots = 16, tries;
  unsigned bits = 4;
  uint32_t *seen, next = GOLDEN;

  while (slots < (slots <= SPARSE_SLOTS ? 4 : 2) * n && bits < 32)
    slots *= 2, bits++;
  hash->bits = bits;
  hash->multiplier = GOLDEN;
  hash->shared = n;
  /* Tables of over 2^25 codes get no search: its memory would be wasted
     (libomerr caches no table of over 65,536 codes).  */
  if (bits > 26)
    return true;
  seen = calloc (slots, sizeof *seen);
  if (seen == NULL)
    return false;
  tries = n > 0 ? SEARCH_BUDGET / n : 1;
  if (tries < 1)
    tries = 1;
  for (uint32_t t = 1; t <= tries && hash->shared > 0; t++)
    {
      struct code_hash h = { bits, next | 1u, 0 };

      h.shared = count_shared (&h, codes, n, seen, t, hash->shared);
      if (h.shared < hash->shared)
        *hash = h;
      /* The next candidate: a linear congruential sequence, so that the
         choice is the same on every machine.  */
      next = next * 1103515245u + 12345u;
    }
  free (seen);
  return true;
}
