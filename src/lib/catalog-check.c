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

/* Whether the table of COUNT (length, offset) descriptors at OFFSET lies
   inside the file.  */
static int
table_ok (const struct mo *mo, uint64_t offset, uint64_t count)
{
  return offset <= mo->size && count * 8 <= mo->size - offset;
}

/* Whether descriptor I of the table at OFFSET names a NUL-terminated
   string inside the file; its start and length go to *START, *LENGTH.
   Inline: it runs twice per message.  */
static inline int
string_ok (const struct mo *mo, uint64_t offset, uint64_t i,
           uint64_t *start, uint64_t *length)
{
  *length = word (mo, offset + 8 * i);
  *start = word (mo, offset + 8 * i + 4);
  return *start <= mo->size && *length < mo->size - *start
    && mo->data[*start + *length] == '\0';
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

/* The COUNT strings of the tables of originals and translations, in one
   pass: each inside the file and NUL-terminated; no translation empty
   (msgfmt writes none), none with a NUL inside but between plural forms,
   that is unless its original has one too (msgid and msgid_plural).  */
static int
strings_ok (const struct mo *mo, uint64_t originals, uint64_t translations,
            uint32_t count)
{
  uint64_t i, start, length, msgid_start, msgid_length;

  if (!table_ok (mo, originals, count) || !table_ok (mo, translations, count))
    return 0;
  for (i = 0; i < count; i++)
    {
      if (!string_ok (mo, originals, i, &msgid_start, &msgid_length)
          || !string_ok (mo, translations, i, &start, &length)
          || length == 0)
        return 0;
      /* The original is looked at only when the translation has a NUL
         inside: rare, and half the calls.  */
      if (memchr (mo->data + start, '\0', length) != NULL
          && memchr (mo->data + msgid_start, '\0', msgid_length) == NULL)
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
  return word (mo, 4) == 0
    && strings_ok (mo, word (mo, 12), word (mo, 16), count)
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
