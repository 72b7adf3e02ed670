/* SPDX-License-Identifier: MIT */
/* Reading GNU .mo catalogs: read (or mapped, when large) and checked whole
   when opened, so that nothing read afterwards can lie outside the file.

   The layout (gettext manual, "The Format of GNU MO Files"): seven 32-bit
   words in the byte order of the machine that wrote the file (magic,
   revision, entry count N, offsets of the table of originals, of the
   table of translations and of the hash table, hash table size), then the
   two tables of N (length, offset) pairs, each string NUL-terminated in
   the file, and the hash table of slots holding an entry index plus one
   (0: empty).  Minor revisions from 1 on add system-dependent strings
   after five more header words.  */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo-file.h"

#define MO_MAGIC 0x950412deU
/* The header with the system-dependent words: gettext ignores a file
   shorter than that, whatever its revision.  */
#define MO_HEADER_SIZE 48

/* Catalogs up to this size are read into memory, larger ones mapped.  At
   start-up a mapping costs more than reading a small file (mmap, a page
   fault, munmap: on the test machine 14 us against 4 us for reading 23 kB
   into memory already touched), and the damaged-catalog check reads every
   catalog of a domain into one buffer, whose pages are touched once.  */
#define MO_READ_MAX (256 * 1024)

struct omerr_mo
{
  const unsigned char *data;
  size_t size;
  int swapped, mapped;          /* MAPPED: DATA is a mapping, else read */
  uint32_t count, originals, translations, hash_size, hash_offset;
};

/* The 32-bit word at OFFSET (checked by the caller), in the file's byte
   order.  */
static uint32_t
word (const struct omerr_mo *mo, uint64_t offset)
{
  uint32_t w;

  memcpy (&w, mo->data + offset, sizeof w);
  return mo->swapped ? __builtin_bswap32 (w) : w;
}

/* Whether the COUNT words from OFFSET lie inside the file, aligned as
   gettext reads them.  */
static int
words_inside (const struct omerr_mo *mo, uint64_t offset, uint64_t count)
{
  return offset % 4 == 0 && offset <= mo->size
    && count * 4 <= mo->size - offset;
}

/* Whether descriptor I of the table at TABLE names a string that ends in
   a NUL inside the file.  */
static int
string_inside (const struct omerr_mo *mo, uint32_t table, uint32_t i)
{
  uint64_t length = word (mo, table + 8 * (uint64_t) i);
  uint64_t start = word (mo, table + 8 * (uint64_t) i + 4);

  return start < mo->size && length < mo->size - start
    && mo->data[start + length] == '\0';
}

static const char *
string_at (const struct omerr_mo *mo, uint32_t table, size_t i)
{
  return (const char *) mo->data + word (mo, table + 8 * (uint64_t) i + 4);
}

static int
is_prime (uint32_t n)
{
  uint32_t d;

  for (d = 2; d <= n / d; d++)
    if (n % d == 0)
      return 0;
  return n >= 2;
}

/* gettext probes a hash table without bound until an empty slot: with a
   prime size every probe sequence visits every slot, so one empty slot
   ends them all.  Slots name entries of the file, never past them.  The
   number of empty slots, 0 when the table is unusable.  */
static uint32_t
hash_empty_slots (const struct omerr_mo *mo)
{
  uint32_t i, slot, empty = 0;

  if (!is_prime (mo->hash_size)
      || !words_inside (mo, mo->hash_offset, mo->hash_size))
    return 0;
  for (i = 0; i < mo->hash_size; i++)
    {
      slot = word (mo, mo->hash_offset + 4 * (uint64_t) i);
      if (slot > mo->count)
        return 0;
      empty += slot == 0;
    }
  return empty;
}

/* Whether NAME is a system-dependent segment gettext expands: an
   <inttypes.h> PRI macro or glibc's "I" flag.  gettext's loader takes the
   length of an unknown one's missing value (a crash): such a name is
   damage.  */
static int
segment_known (const char *name)
{
  static const char *const widths[] = {
    "8", "16", "32", "64", "LEAST8", "LEAST16", "LEAST32", "LEAST64",
    "FAST8", "FAST16", "FAST32", "FAST64", "MAX", "PTR",
  };
  size_t i;

  if (strcmp (name, "I") == 0)
    return 1;
  if (strncmp (name, "PRI", 3) != 0 || name[3] == '\0'
      || strchr ("diouxX", name[3]) == NULL)
    return 0;
  for (i = 0; i < sizeof widths / sizeof widths[0]; i++)
    if (strcmp (name + 4, widths[i]) == 0)
      return 1;
  return 0;
}

#define MO_SEGMENTS_END 0xffffffffU

/* Whether the system-dependent string described at AT lies inside the
   file: its start word, then (size, segment) pairs up to one whose
   segment is MO_SEGMENTS_END, each segment one of the SEGMENTS, the
   static parts (SIZE bytes each, one after the other from the start)
   inside the file and ending in a NUL.  */
static int
sysdep_string_inside (const struct omerr_mo *mo, uint32_t at,
                      uint32_t segments)
{
  uint64_t p, total = 0;
  uint32_t start, size = 0, segment;

  if (!words_inside (mo, at, 1))
    return 0;
  start = word (mo, at);
  for (p = (uint64_t) at + 4;; p += 8)
    {
      if (!words_inside (mo, p, 2))
        return 0;
      size = word (mo, p);
      segment = word (mo, p + 4);
      total += size;
      if (segment == MO_SEGMENTS_END)
        break;
      if (segment >= segments)
        return 0;
    }
  return size > 0 && start < mo->size && total <= mo->size - start
         && mo->data[start + total - 1] == '\0';
}

/* Whether the system-dependent strings of a minor revision 1 catalog
   (the header's words 7 to 11: segment count and table, string count,
   tables of originals and translations) can be given to gettext, which
   reads them at load without a check of its own and adds each string to
   a copy of the hash table, taking the first empty slot it probes: one
   must be left for every lookup after that (EMPTY slots now).  */
static int
sysdep_usable (const struct omerr_mo *mo, uint32_t empty)
{
  uint32_t segments = word (mo, 28), segment_table = word (mo, 32);
  uint32_t strings = word (mo, 36), originals = word (mo, 40);
  uint32_t translations = word (mo, 44), i, length, start;

  if (strings == 0)
    return 1;
  if (strings >= empty
      || !words_inside (mo, segment_table, 2 * (uint64_t) segments)
      || !words_inside (mo, originals, strings)
      || !words_inside (mo, translations, strings))
    return 0;
  for (i = 0; i < segments; i++)
    {
      length = word (mo, segment_table + 8 * (uint64_t) i);
      start = word (mo, segment_table + 8 * (uint64_t) i + 4);
      if (length == 0 || start >= mo->size || length > mo->size - start
          || mo->data[start + length - 1] != '\0'
          || !segment_known ((const char *) mo->data + start))
        return 0;
    }
  for (i = 0; i < strings; i++)
    if (!sysdep_string_inside (mo, word (mo, originals + 4 * (uint64_t) i),
                               segments)
        || !sysdep_string_inside (mo,
                                  word (mo, translations + 4 * (uint64_t) i),
                                  segments))
      return 0;
  return 1;
}

/* 0 when MO can be trusted; ENOMSG when gettext would not use it either;
   EINVAL when gettext would use it but must not.  */
static int
check (struct omerr_mo *mo)
{
  uint32_t magic, revision, i, empty = 0;

  memcpy (&magic, mo->data, sizeof magic);
  if (magic != MO_MAGIC && magic != __builtin_bswap32 (MO_MAGIC))
    return ENOMSG;
  mo->swapped = magic != MO_MAGIC;
  revision = word (mo, 4);
  mo->count = word (mo, 8);
  mo->originals = word (mo, 12);
  mo->translations = word (mo, 16);
  mo->hash_size = word (mo, 20);
  mo->hash_offset = word (mo, 24);
  if (revision >> 16 > 1)
    return ENOMSG;
  /* Minor revisions from 1 on require a hash table.  */
  if ((revision & 0xffff) != 0 && mo->hash_size <= 2)
    return ENOMSG;
  if (!words_inside (mo, mo->originals, 2 * (uint64_t) mo->count)
      || !words_inside (mo, mo->translations, 2 * (uint64_t) mo->count))
    return EINVAL;
  for (i = 0; i < mo->count; i++)
    if (!string_inside (mo, mo->originals, i)
        || !string_inside (mo, mo->translations, i))
      return EINVAL;
  /* A table of 2 slots or fewer is not used: entries are then found by
     binary search.  */
  if (mo->hash_size <= 2)
    mo->hash_size = 0;
  else if ((empty = hash_empty_slots (mo)) == 0)
    return EINVAL;
  /* System-dependent strings (<inttypes.h> macros in C format strings,
     as in the command's own catalog) are checked, not read: lookups
     here find the others only.  */
  if ((revision & 0xffff) != 0 && !sysdep_usable (mo, empty))
    return EINVAL;
  return 0;
}

/* Reads the SIZE bytes of the file open as FD into C's buffer, grown as
   needed; false when they cannot all be read (the file shrank meanwhile,
   a read error, no memory).  */
static int
read_whole (int fd, size_t size, struct omerr_mo_checks *c)
{
  size_t done = 0;
  ssize_t n;
  unsigned char *grown;

  if (size > c->capacity)
    {
      grown = realloc (c->buffer, size);
      if (grown == NULL)
        return 0;
      c->buffer = grown;
      c->capacity = size;
    }
  while (done < size)
    {
      n = read (fd, c->buffer + done, size - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return 0;
      done += (size_t) n;
    }
  return 1;
}

/* Opens PATH relative to DIR_FD into MO (the file's bytes in C's buffer,
   as read_whole, or mapped) and checks it: 0, or the errno value of
   omerr_mo_openat's NULL; *ST is the open file's status.  On success the
   caller owns the mapping when MO->mapped.  */
static int
load (int dir_fd, const char *path, struct omerr_mo *mo,
      struct omerr_mo_checks *c, struct stat *st)
{
  /* Non-blocking: a FIFO would otherwise wait for a writer.  */
  int fd = openat (dir_fd, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  void *data = MAP_FAILED;
  int error;

  *st = (struct stat) { 0 };
  if (fd < 0)
    return errno;
  if (fstat (fd, st) != 0 || !S_ISREG (st->st_mode)
      || st->st_size < MO_HEADER_SIZE || (uint64_t) st->st_size > SIZE_MAX)
    {
      close (fd);
      /* gettext's open of a FIFO blocks: not to be let near it.  */
      return S_ISFIFO (st->st_mode) ? EINVAL : ENOMSG;
    }
  mo->size = (size_t) st->st_size;
  mo->mapped = mo->size > MO_READ_MAX;
  if (mo->mapped)
    /* Read-only and private, as gettext maps it.  */
    data = mmap (NULL, mo->size, PROT_READ, MAP_PRIVATE, fd, 0);
  else if (read_whole (fd, mo->size, c))
    data = c->buffer;
  close (fd);
  /* Not readable now: not known to be sound.  */
  if (data == MAP_FAILED)
    return EINVAL;
  mo->data = data;
  error = check (mo);
  if (error != 0 && mo->mapped)
    munmap (data, mo->size);
  return error;
}

struct omerr_mo *
omerr_mo_open (const char *path)
{
  return omerr_mo_openat (AT_FDCWD, path);
}

struct omerr_mo *
omerr_mo_openat (int dir_fd, const char *path)
{
  struct omerr_mo *mo = malloc (sizeof *mo);
  struct omerr_mo_checks c = { 0 };
  struct stat st;
  int error = mo == NULL ? EINVAL : load (dir_fd, path, mo, &c, &st);

  if (error != 0 || mo->mapped)
    free (c.buffer);
  if (error != 0)
    {
      free (mo);
      errno = error;
      return NULL;
    }
  return mo;
}

int
omerr_mo_check_at (int dir_fd, const char *path,
                   struct omerr_mo_checks *checks)
{
  struct omerr_mo mo;
  struct stat st;
  size_t i;
  int error;

  /* Once some file was found sound, fstatat tells it, not read again.
     (Before that it would only tell a missing file, where the openat
     that reads one also fails: one system call less at start-up.)  */
  if (checks->sound > 0 && fstatat (dir_fd, path, &st, 0) != 0)
    return errno;
  for (i = 0; i < checks->sound; i++)
    if (checks->file[i].dev == st.st_dev && checks->file[i].ino == st.st_ino
        && checks->file[i].size == st.st_size
        && checks->file[i].ctime.tv_sec == st.st_ctim.tv_sec
        && checks->file[i].ctime.tv_nsec == st.st_ctim.tv_nsec)
      return 0;
  /* What is remembered is the file that was read (ST again, from the
     open file), whatever was at PATH a moment before.  */
  error = load (dir_fd, path, &mo, checks, &st);
  if (error == 0 && mo.mapped)
    munmap ((void *) mo.data, mo.size);
  /* Past the room for them, sound files are only read again.  */
  if (error == 0 && checks->sound < sizeof checks->file / sizeof *checks->file)
    {
      i = checks->sound++;
      checks->file[i].dev = st.st_dev;
      checks->file[i].ino = st.st_ino;
      checks->file[i].size = st.st_size;
      checks->file[i].ctime = st.st_ctim;
    }
  return error;
}

/* The hash function of the format (hashpjw, with 32-bit words).  */
static uint32_t
hash_string (const char *s)
{
  uint32_t h = 0, g;

  for (; *s != '\0'; s++)
    {
      h = (h << 4) + (unsigned char) *s;
      g = h & 0xf0000000U;
      if (g != 0)
        h ^= (g >> 24) ^ g;
    }
  return h;
}

/* The index of the entry whose original is MSGID, or -1.  */
static int64_t
find (const struct omerr_mo *mo, const char *msgid)
{
  uint32_t h, index, step, probes, slot, low = 0, high = mo->count, mid;
  int order;

  if (mo->hash_size != 0)
    {
      h = hash_string (msgid);
      index = h % mo->hash_size;
      step = 1 + h % (mo->hash_size - 2);
      for (probes = 0; probes < mo->hash_size; probes++)
        {
          slot = word (mo, mo->hash_offset + 4 * (uint64_t) index);
          if (slot == 0)
            return -1;
          if (strcmp (msgid, string_at (mo, mo->originals, slot - 1)) == 0)
            return slot - 1;
          index = index >= mo->hash_size - step
            ? index - (mo->hash_size - step) : index + step;
        }
      return -1;
    }
  while (low < high)
    {
      mid = low + (high - low) / 2;
      order = strcmp (msgid, string_at (mo, mo->originals, mid));
      if (order == 0)
        return mid;
      if (order < 0)
        high = mid;
      else
        low = mid + 1;
    }
  return -1;
}

const char *
omerr_mo_get (const struct omerr_mo *mo, const char *msgid)
{
  int64_t i = find (mo, msgid);
  const char *t;

  if (i < 0)
    return NULL;
  t = string_at (mo, mo->translations, (size_t) i);
  return *t == '\0' ? NULL : t;
}

size_t
omerr_mo_count (const struct omerr_mo *mo)
{
  return mo->count;
}

const char *
omerr_mo_msgid_at (const struct omerr_mo *mo, size_t i)
{
  return string_at (mo, mo->originals, i);
}

const char *
omerr_mo_msgstr_at (const struct omerr_mo *mo, size_t i)
{
  return string_at (mo, mo->translations, i);
}

char *
omerr_mo_header_field (const struct omerr_mo *mo, const char *name)
{
  const char *line = omerr_mo_get (mo, ""), *value, *end;
  size_t n = strlen (name);
  char *copy;

  while (line != NULL && *line != '\0')
    {
      if (strncmp (line, name, n) == 0 && line[n] == ':')
        {
          value = line + n + 1;
          value += strspn (value, " \t");
          end = value + strcspn (value, "\n");
          while (end > value && (end[-1] == ' ' || end[-1] == '\t'
                                 || end[-1] == '\r'))
            end--;
          copy = malloc ((size_t) (end - value) + 1);
          if (copy != NULL)
            {
              memcpy (copy, value, (size_t) (end - value));
              copy[end - value] = '\0';
            }
          return copy;
        }
      line = strchr (line, '\n');
      if (line != NULL)
        line++;
    }
  return NULL;
}

void
omerr_mo_close (struct omerr_mo *mo)
{
  if (mo == NULL)
    return;
  if (mo->mapped)
    munmap ((void *) mo->data, mo->size);
  else
    free ((void *) mo->data);
  free (mo);
}
