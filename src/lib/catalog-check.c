/* Structural check of a compiled message catalog (.mo file).

   glibc's gettext trusts the offsets in a catalog: one cut short after its
   header makes it read past the end of the mapping and crash; a hash table
   whose size is not prime, or that has no empty slot, makes its lookup
   probe forever.  Everything gettext follows is checked here to lie inside
   the file, the hash table to be one gettext can search, and, in a UTF-8
   catalog, every translation to be non-empty UTF-8.  */
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
is_prime (uint32_t n)
{
  uint32_t d;

  if (n < 2)
    return 0;
  for (d = 2; d <= n / d; d++)
    if (n % d == 0)
      return 0;
  return 1;
}

/* gettext's probe sequence visits every slot of a prime-sized table, so
   one empty slot ends every search.  */
static int
hash_ok (const struct mo *mo, uint32_t count, uint32_t size, uint64_t offset)
{
  uint64_t i;
  int empty = 0;

  if (size == 0)
    return 1;
  if (size <= 2 || !is_prime (size) || offset > mo->size
      || (uint64_t) size * 4 > mo->size - offset)
    return 0;
  /* Slots hold a string index plus one, or 0 for empty.  */
  for (i = 0; i < size; i++)
    {
      uint32_t slot = word (mo, offset + 4 * i);

      if (slot > count)
        return 0;
      empty |= slot == 0;
    }
  return empty;
}

static int
utf8_ok (const unsigned char *s, uint64_t length)
{
  uint64_t i = 0;

  while (i < length)
    {
      unsigned char c = s[i];
      uint64_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2
        : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      uint64_t k;

      if (n == 0 || n > length - i)
        return 0;
      for (k = 1; k < n; k++)
        if ((s[i + k] & 0xC0) != 0x80)
          return 0;
      /* No overlong forms, surrogates or code points past U+10FFFF.  */
      if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)
          || (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
        return 0;
      i += n;
    }
  return 1;
}

/* The translation table at OFFSET (already known to be in the file): no
   empty translation (msgfmt writes none), no NUL inside one but between
   plural forms, and in a catalog whose header declares UTF-8, UTF-8 only.  */
static int
translations_ok (const struct mo *mo, uint64_t originals, uint64_t offset,
                 uint32_t count)
{
  uint32_t i;
  int utf8 = 0;

  for (i = 0; i < count; i++)
    if (word (mo, originals + 8 * i) == 0)     /* the header entry */
      {
        const char *header = (const char *) mo->data + word (mo, offset + 8 * i + 4);

        utf8 = strstr (header, "charset=UTF-8") != NULL;
      }
  for (i = 0; i < count; i++)
    {
      uint64_t length = word (mo, offset + 8 * i);
      uint64_t start = word (mo, offset + 8 * i + 4);
      uint64_t msgid_length = word (mo, originals + 8 * i);
      const unsigned char *msgid = mo->data + word (mo, originals + 8 * i + 4);
      int plural = memchr (msgid, '\0', msgid_length) != NULL;

      if (length == 0 || (!plural && memchr (mo->data + start, '\0', length))
          || (utf8 && !utf8_ok (mo->data + start, length)))
        return 0;
    }
  return 1;
}

static int
valid (const struct mo *mo)
{
  uint32_t magic, count;

  if (mo->size < MO_HEADER_SIZE)
    return 0;
  magic = word (mo, 0);
  if (magic != MO_MAGIC)
    return 0;
  /* Revision 0 only: major 1 adds system-dependent strings, which msgfmt
     writes only for <inttypes.h> macros, and omerr's catalogs have none.  */
  count = word (mo, 8);
  return word (mo, 4) == 0 && strings_ok (mo, word (mo, 12), count)
    && strings_ok (mo, word (mo, 16), count)
    && translations_ok (mo, word (mo, 12), word (mo, 16), count)
    && hash_ok (mo, count, word (mo, 20), word (mo, 24));
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
