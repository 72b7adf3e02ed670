/* SPDX-License-Identifier: MIT */
/* The omerr table file (NAME.omt), version 1: the one format of every code
   table, written by omerrc (src/compiler/table-file.c) and read by
   libomerr (src/lib/table-lookup.c), both for installed tables, which are
   mapped with mmap, and for the built-in table, which omerrc embeds in the
   library as a constant byte array of the very same bytes.

   Every number is an unsigned 32-bit integer stored little-endian,
   whatever the machine that wrote it; the byte-order field lets a reader
   that took the file for another order notice.  Offsets are from the
   start of the file (of the string blob, for string offsets), so the file
   needs no relocation and is read in place.  A writer makes the same
   bytes from the same table on any machine.

     offset  size  field
          0     8  magic "OMERRTBL"
          8     4  byte order: 0x01020304 (bytes 04 03 02 01)
         12     4  format version: 1
         16     4  header size: 64
         20     4  file size, in bytes
         24     4  number of entries (codes)
         28     4  offset of the entries
         32     4  offset of the symbol index
         36     4  offset of the string blob
         40     4  size of the string blob, in bytes
         44     4  the table's name (string offset): [a-z][a-z0-9_-]*,
                   also its text domain
         48     4  its notice: source and licence (string offset, UTF-8)
         52     4  hash bits B        the hash omerrc chose for the codes:
         56     4  hash multiplier M  code's slot = (code * M mod 2^32)
                                      >> (32 - B), few codes sharing one
         60     4  reserved, 0

   The entries, sorted by code, each unique, each of 5 numbers: code,
   symbol, English, group (the section heading of its source document),
   note (on the published text); the last four are string offsets.  The
   symbol index: entry numbers in strcmp order of their symbols (which are
   [A-Z0-9_]+, so an upper-cased key finds a symbol in any ASCII case).
   The string blob: NUL-terminated UTF-8 strings, the first one empty;
   offset 0 (the empty string) is a group or note that is absent.  The
   blob ends with a NUL.  */
#ifndef OMERR_TABLE_FORMAT_H
#define OMERR_TABLE_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define OMERR_TABLE_MAGIC "OMERRTBL"
#define OMERR_TABLE_MAGIC_SIZE 8
#define OMERR_TABLE_BYTE_ORDER 0x01020304u
#define OMERR_TABLE_VERSION 1u
#define OMERR_TABLE_HEADER_SIZE 64u
/* Fields of the header, by their offset.  */
enum omerr_table_field
{
  OMERR_TF_BYTE_ORDER = 8, OMERR_TF_VERSION = 12, OMERR_TF_HEADER_SIZE = 16,
  OMERR_TF_FILE_SIZE = 20, OMERR_TF_COUNT = 24, OMERR_TF_ENTRIES = 28,
  OMERR_TF_BY_SYMBOL = 32, OMERR_TF_STRINGS = 36, OMERR_TF_STRINGS_SIZE = 40,
  OMERR_TF_NAME = 44, OMERR_TF_NOTICE = 48, OMERR_TF_HASH_BITS = 52,
  OMERR_TF_HASH_MULTIPLIER = 56, OMERR_TF_RESERVED = 60
};
/* An entry: five numbers.  */
enum omerr_table_entry_field
{
  OMERR_TE_CODE, OMERR_TE_SYMBOL, OMERR_TE_ENGLISH, OMERR_TE_GROUP,
  OMERR_TE_NOTE, OMERR_TE_COUNT
};
#define OMERR_TABLE_ENTRY_SIZE (4u * OMERR_TE_COUNT)

/* Whether NAME is a table name, [a-z][a-z0-9_-]* of at most 64 bytes:
   the one rule for the writer, which refuses others, and the reader,
   which skips a file that names another.  */
static inline bool
omerr_table_name_ok (const char *name)
{
  size_t i;

  if (!(name[0] >= 'a' && name[0] <= 'z'))
    return false;
  for (i = 1; name[i] != '\0'; i++)
    if (!((name[i] >= 'a' && name[i] <= 'z')
          || (name[i] >= '0' && name[i] <= '9') || name[i] == '_'
          || name[i] == '-'))
      return false;
  return i <= 64;
}

/* A code's first slot in a hash of 2^BITS slots: the top bits of
   CODE * MULTIPLIER mod 2^32, the one formula of omerrc, which chooses
   MULTIPLIER, and of libomerr's message cache.  */
static inline uint32_t
omerr_hash_slot (uint32_t code, uint32_t multiplier, unsigned bits)
{
  return (uint32_t) (code * multiplier) >> (32 - bits);
}

/* The number stored at P, little-endian.  memcpy of 4 bytes compiles to a
   single load on machines that allow unaligned access.  */
static inline uint32_t
omerr_le32 (const unsigned char *p)
{
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t v;

  memcpy (&v, p, sizeof v);
  return v;
#else
  return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16
         | (uint32_t) p[3] << 24;
#endif
}

#endif
