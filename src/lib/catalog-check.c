/* Structural check of a compiled message catalog (.mo file).

   glibc's gettext trusts the offsets in a catalog: one cut short after its
   header makes it read past the end of the mapping and crash.  Everything
   gettext follows is checked here to lie inside the file.  */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr-internal.h"

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28

struct mo
{
  const unsigned char *data;
  uint64_t size;
  int swapped;
};

static uint32_t
word (const struct mo *mo, uint64_t offset)
{
  const unsigned char *p = mo->data + offset;

  return mo->swapped
         ? (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | p[3]
         : (uint32_t) p[3] << 24 | (uint32_t) p[2] << 16 | (uint32_t) p[1] << 8 | p[0];
}

/* A table of COUNT (length, offset) descriptors at OFFSET, each naming a
   NUL-terminated string inside the file.  */
static int
strings_ok (const struct mo *mo, uint64_t offset, uint64_t count)
{
  uint64_t i;

  if (offset > mo->size || count * 8 > mo->size - offset)
    return 0;
  for (i = 0; i < count; i++)
    {
      uint64_t length = word (mo, offset + 8 * i);
      uint64_t start = word (mo, offset + 8 * i + 4);

      if (start > mo->size || length >= mo->size - start
          || mo->data[start + length] != '\0')
        return 0;
    }
  return 1;
}

static int
valid (const struct mo *mo)
{
  uint32_t magic, count, hash_size;
  uint64_t hash_offset, i;

  if (mo->size < MO_HEADER_SIZE)
    return 0;
  magic = word (mo, 0);
  if (magic != MO_MAGIC)
    return 0;
  /* Revision 0 only: major 1 adds system-dependent strings, which msgfmt
     writes only for <inttypes.h> macros, and omerr's catalogs have none.  */
  count = word (mo, 8);
  hash_size = word (mo, 20);
  hash_offset = word (mo, 24);
  if (word (mo, 4) != 0 || !strings_ok (mo, word (mo, 12), count)
      || !strings_ok (mo, word (mo, 16), count))
    return 0;
  if (hash_size == 0)
    return 1;
  if (hash_offset > mo->size || (uint64_t) hash_size * 4 > mo->size - hash_offset)
    return 0;
  /* Hash slots hold a string index plus one, or 0 for empty.  */
  for (i = 0; i < hash_size; i++)
    if (word (mo, hash_offset + 4 * i) > count)
      return 0;
  return 1;
}

int
omerr_catalog_valid (const char *path)
{
  FILE *f = fopen (path, "rb");
  unsigned char *data = NULL, *bigger;
  size_t size = 0, capacity = 0, n;
  struct mo mo;
  int ok;

  if (f == NULL)
    return 1;   /* no catalog: gettext skips it, nothing to fear */
  do
    {
      if (size == capacity)
        {
          capacity = capacity ? 2 * capacity : 65536;
          bigger = realloc (data, capacity);
          if (bigger == NULL)
            {
              free (data);
              fclose (f);
              return 0;
            }
          data = bigger;
        }
      n = fread (data + size, 1, capacity - size, f);
      size += n;
    }
  while (n > 0);
  ok = !ferror (f);
  fclose (f);

  mo.data = data;
  mo.size = size;
  mo.swapped = size >= 4 && data[0] == 0x95 && data[3] == 0xde;
  ok = ok && valid (&mo);
  free (data);
  return ok;
}
