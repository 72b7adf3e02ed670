/* SPDX-License-Identifier: MIT */
/* The one reader of table files (table-format.h), and the lookups of one
   table by code.

   Opening a file checks its header: every part inside the file, the
   string blob ending with a NUL, the name.  That costs the same for any
   size of table, so that a program pays almost nothing for the tables
   installed.  Each entry of an installed table is checked when it is used
   (its offsets inside the blob, its symbol): an entry that fails is not
   there.  A table
   whose codes are out of order, or whose symbol index is, may then miss
   codes it has, and never reads outside its file.  */
#include <config.h>

#include <string.h>

#include "omerr.h"
#include "omerr-internal.h"

/* Whether S is a symbol as omerrc writes them: [A-Z0-9_]+.  */
static bool
symbol_ok (const char *s)
{
  if (*s == '\0')
    return false;
  for (; *s != '\0'; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return false;
  return true;
}

bool
omerr_table_entry_ok (const struct omerr_table *t, uint32_t i)
{
  int f;

  if (i >= t->count)
    return false;
  for (f = OMERR_TE_SYMBOL; f < OMERR_TE_COUNT; f++)
    if (omerr_table_field (t, i, (enum omerr_table_entry_field) f)
        >= t->strings_size)
      return false;
  return symbol_ok (omerr_table_string (t, i, OMERR_TE_SYMBOL))
         && *omerr_table_string (t, i, OMERR_TE_ENGLISH) != '\0';
}

bool
omerr_table_sound (const struct omerr_table *t)
{
  const char *previous = NULL;
  uint32_t i;

  for (i = 0; i < t->count; i++)
    if (!omerr_table_entry_ok (t, i)
        || (i > 0 && omerr_table_field (t, i - 1, OMERR_TE_CODE)
                     >= omerr_table_field (t, i, OMERR_TE_CODE)))
      return false;
  /* The symbol index in strict strcmp order: each entry once.  */
  for (i = 0; i < t->count; i++)
    {
      uint32_t e = omerr_le32 (t->by_symbol + 4 * (size_t) i);
      const char *s;

      if (e >= t->count)
        return false;
      s = omerr_table_string (t, e, OMERR_TE_SYMBOL);
      if (previous != NULL && strcmp (previous, s) >= 0)
        return false;
      previous = s;
    }
  return true;
}

bool
omerr_table_read (struct omerr_table *t, const unsigned char *base,
                  size_t size, bool check_all)
{
  uint64_t entries, index, strings, strings_size, count, name, notice;

  memset (t, 0, sizeof *t);
  if (size < OMERR_TABLE_HEADER_SIZE || size > OMERR_TABLE_FILE_MAX
      || memcmp (base, OMERR_TABLE_MAGIC, OMERR_TABLE_MAGIC_SIZE) != 0
      || omerr_le32 (base + OMERR_TF_BYTE_ORDER) != OMERR_TABLE_BYTE_ORDER
      || omerr_le32 (base + OMERR_TF_VERSION) != OMERR_TABLE_VERSION
      || omerr_le32 (base + OMERR_TF_HEADER_SIZE) != OMERR_TABLE_HEADER_SIZE
      || omerr_le32 (base + OMERR_TF_FILE_SIZE) != size)
    return false;
  count = omerr_le32 (base + OMERR_TF_COUNT);
  entries = omerr_le32 (base + OMERR_TF_ENTRIES);
  index = omerr_le32 (base + OMERR_TF_BY_SYMBOL);
  strings = omerr_le32 (base + OMERR_TF_STRINGS);
  strings_size = omerr_le32 (base + OMERR_TF_STRINGS_SIZE);
  name = omerr_le32 (base + OMERR_TF_NAME);
  notice = omerr_le32 (base + OMERR_TF_NOTICE);
  /* Each part inside the file (64-bit sums: no wrap-around), the blob
     not empty, starting with the empty string and ending with a NUL.  */
  if (entries < OMERR_TABLE_HEADER_SIZE
      || entries + count * OMERR_TABLE_ENTRY_SIZE > size
      || index < OMERR_TABLE_HEADER_SIZE || index + 4 * count > size
      || strings < OMERR_TABLE_HEADER_SIZE || strings_size == 0
      || strings + strings_size > size
      || base[strings] != '\0' || base[strings + strings_size - 1] != '\0'
      || name >= strings_size || notice >= strings_size)
    return false;
  t->entries = base + entries;
  t->by_symbol = base + index;
  t->strings = (const char *) base + strings;
  t->count = (uint32_t) count;
  t->strings_size = (uint32_t) strings_size;
  t->name = t->strings + name;
  t->notice = t->strings + notice;
  t->hash_bits = omerr_le32 (base + OMERR_TF_HASH_BITS);
  t->hash_multiplier = omerr_le32 (base + OMERR_TF_HASH_MULTIPLIER);
  return !check_all || omerr_table_name_ok (t->name);
}

long
omerr_table_find (const struct omerr_table *t, uint32_t code)
{
  size_t lo = 0, hi = t->count;

  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uint32_t c = omerr_table_field (t, (uint32_t) mid, OMERR_TE_CODE);

      /* An entry that points outside the file is no entry.  The built-in
         table is the library's own bytes: its entries need no check (a
         lookup that misses the message cache finds its code here).  */
      if (c == code)
        return t == omerr_builtin ()
               || omerr_table_entry_ok (t, (uint32_t) mid) ? (long) mid : -1;
      if (c < code)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* Field F of CODE's entry in T as a string; NULL when T does not know
   CODE or (OPTIONAL) the field is empty.  */
static const char *
string_of (const omerr_table *t, uint32_t code,
           enum omerr_table_entry_field f, bool optional)
{
  long e = t != NULL ? omerr_table_find (t, code) : -1;
  const char *s;

  if (e < 0)
    return NULL;
  s = omerr_table_string (t, (uint32_t) e, f);
  return optional && *s == '\0' ? NULL : s;
}

const char *
omerr_table_symbol (const omerr_table *t, uint32_t code)
{
  return string_of (t, code, OMERR_TE_SYMBOL, false);
}

const char *
omerr_table_english (const omerr_table *t, uint32_t code)
{
  return string_of (t, code, OMERR_TE_ENGLISH, false);
}

const char *
omerr_table_group (const omerr_table *t, uint32_t code)
{
  return string_of (t, code, OMERR_TE_GROUP, true);
}

const char *
omerr_table_note (const omerr_table *t, uint32_t code)
{
  return string_of (t, code, OMERR_TE_NOTE, true);
}

const char *
omerr_table_name (const omerr_table *t)
{
  return t != NULL ? t->name : NULL;
}

const char *
omerr_table_notice (const omerr_table *t)
{
  return t != NULL ? t->notice : NULL;
}

size_t
omerr_table_size (const omerr_table *t)
{
  return t != NULL ? t->count : 0;
}

uint32_t
omerr_table_code_at (const omerr_table *t, size_t i)
{
  /* A damaged entry is not there: no code the table then denies.  */
  return t != NULL && i < t->count
         && (t == omerr_builtin () || omerr_table_entry_ok (t, (uint32_t) i))
         ? omerr_table_field (t, (uint32_t) i, OMERR_TE_CODE) : 0;
}

int
omerr_table_entry_at (const omerr_table *t, size_t i, uint32_t *code)
{
  uint32_t c;

  if (t == NULL || i >= t->count)
    return -1;
  /* The entry is there when its code's lookup finds it: not when it is
     damaged, or a code after it in the table sorts before it.  */
  c = omerr_table_field (t, (uint32_t) i, OMERR_TE_CODE);
  if (omerr_table_find (t, c) != (long) i)
    return -1;
  if (code != NULL)
    *code = c;
  return 0;
}

/* The first table in lookup order that knows CODE, and its entry.  */
static const omerr_table *
first_table (uint32_t code, long *entry)
{
  const omerr_table *t = omerr_builtin ();

  *entry = omerr_table_find (t, code);
  return *entry >= 0 ? t : omerr_installed_find (code, entry);
}

const char *
omerr_symbol (uint32_t code)
{
  long e;
  const omerr_table *t = first_table (code, &e);

  return t ? omerr_table_string (t, (uint32_t) e, OMERR_TE_SYMBOL) : NULL;
}

const char *
omerr_english (uint32_t code)
{
  long e;
  const omerr_table *t = first_table (code, &e);

  return t ? omerr_table_string (t, (uint32_t) e, OMERR_TE_ENGLISH) : NULL;
}

size_t
omerr_count (void)
{
  return omerr_table_size (omerr_builtin ());
}

uint32_t
omerr_code_at (size_t i)
{
  return omerr_table_code_at (omerr_builtin (), i);
}
