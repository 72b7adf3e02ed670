/* Structural check of a compiled message catalog (.mo file).

   glibc's gettext trusts the offsets in a catalog: one cut short after its
   header makes it read past the end of the mapping and crash; a hash table
   whose size is not prime, or that has no empty slot, makes its lookup
   probe forever.  Everything gettext follows is checked here to lie inside
   the file, the hash table to be one gettext can search, and every
   translation to be a non-empty string; whether a translation's bytes
   are text is checked when it is used (message.c).  */
#include <config.h>

#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "omerr-internal.h"

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28

struct mo
{
  const unsigned char *data;
  uint64_t size;
  int swapped;
};

/* The 32-bit word at OFFSET, in the byte order the file was written in.  */
static uint32_t
word (const struct mo *mo, uint64_t offset)
{
  uint32_t w;

  memcpy (&w, mo->data + offset, sizeof w);
  return mo->swapped ? __builtin_bswap32 (w) : w;
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

/* The translation table at OFFSET (already known to be in the file): no
   empty translation (msgfmt writes none), no NUL inside one but between
   plural forms.  */
static int
translations_ok (const struct mo *mo, uint64_t originals, uint64_t offset,
                 uint32_t count)
{
  uint32_t i;

  for (i = 0; i < count; i++)
    {
      uint64_t length = word (mo, offset + 8 * i);
      uint64_t start = word (mo, offset + 8 * i + 4);
      uint64_t msgid_length = word (mo, originals + 8 * i);
      const unsigned char *msgid = mo->data + word (mo, originals + 8 * i + 4);
      int plural = memchr (msgid, '\0', msgid_length) != NULL;

      if (length == 0 || (!plural && memchr (mo->data + start, '\0', length)))
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
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  struct mo mo;
  uint32_t magic;
  void *data;
  int ok;

  if (fd < 0)
    return 1;   /* no catalog: gettext skips it, nothing to fear */
  if (fstat (fd, &st) != 0 || st.st_size < MO_HEADER_SIZE)
    {
      close (fd);
      return 0;
    }
  /* Read-only and shared, as gettext maps it: no copy.  */
  data = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
  close (fd);
  if (data == MAP_FAILED)
    return 0;
  mo.data = data;
  mo.size = (uint64_t) st.st_size;
  memcpy (&magic, mo.data, sizeof magic);
  mo.swapped = magic == __builtin_bswap32 (MO_MAGIC);
  ok = valid (&mo);
  munmap (data, (size_t) st.st_size);
  return ok;
}
