/* SPDX-License-Identifier: MIT */
/* A code table as libomerr reads it: the built-in one (the table file that
   omerrc embeds as src/generated/omerr-table.c) or an installed one
   (mapped NAME.omt).  One format (table-format.h), one reader
   (table-lookup.c).  Internal to libomerr: nothing here is exported.  */
#ifndef OMERR_TABLE_H
#define OMERR_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "table-format.h"

/* The built-in table file (generated).  */
extern const unsigned char omerr_builtin_file[];
extern const size_t omerr_builtin_file_size;

/* The largest table file read: beyond it a file is taken as damaged.  */
#define OMERR_TABLE_FILE_MAX ((size_t) 256 << 20)

struct omerr_table
{
  const unsigned char *entries;     /* COUNT entries, sorted by code */
  const unsigned char *by_symbol;   /* COUNT entry numbers */
  const char *strings;              /* the string blob */
  uint32_t count;
  uint32_t strings_size;
  const char *name;
  const char *notice;
  uint32_t hash_bits, hash_multiplier;
  /* For an installed table: the mapping, to unmap if it is refused.  */
  void *map;
  size_t map_size;
  /* Its languages (omerr_table_languages), found on first use.  */
  const char **languages;
  size_t language_count;
  bool languages_known;
  /* Whether its text domain is bound (omerr_table_bind).  */
  int bound;
};

/* Reads the SIZE bytes at BASE as a table file into T: its header, with
   CHECK_ALL also the table's name (a file from outside; entries are
   checked when used, see table-lookup.c).  Returns false, T unusable,
   when the bytes are not a table file.  */
bool omerr_table_read (struct omerr_table *t, const unsigned char *base,
                       size_t size, bool check_all);

/* Whether entry I of T is inside T and sound (offsets in the blob, its
   symbol [A-Z0-9_]+, its English not empty).  */
bool omerr_table_entry_ok (const struct omerr_table *t, uint32_t i);
/* Whether every entry of T is, in order of code, with a sound symbol
   index: what omerrc writes (for tests and the fuzzer).  */
bool omerr_table_sound (const struct omerr_table *t);


/* The entry number of CODE in T, or -1.  */
long omerr_table_find (const struct omerr_table *t, uint32_t code);

/* Field F of entry I, and a string of the blob.  */
static inline uint32_t
omerr_table_field (const struct omerr_table *t, uint32_t i,
                   enum omerr_table_entry_field f)
{
  return omerr_le32 (t->entries + (size_t) i * OMERR_TABLE_ENTRY_SIZE
                     + 4 * (size_t) f);
}

static inline const char *
omerr_table_string (const struct omerr_table *t, uint32_t i,
                    enum omerr_table_entry_field f)
{
  return t->strings + omerr_table_field (t, i, f);
}

/* Binds T's text domain to the library's catalog directory, once, when
   the table is first handed out or asked: binding every table when they
   are found would cost each program start-up.  */
const struct omerr_table *omerr_table_bind (const struct omerr_table *t);

/* The built-in table.  */
const struct omerr_table *omerr_builtin (void);
/* The first installed table (lookup order, after the built-in one) that
   knows CODE, or NULL; loads the installed tables on first use.  *ENTRY
   gets CODE's entry number there.  */
const struct omerr_table *omerr_installed_find (uint32_t code, long *entry);

#endif
