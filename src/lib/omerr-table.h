/* Layout of the message table that omerrc generates (src/generated/omerr-table.c).
   Internal to libomerr: nothing here is exported.

   All strings live in one constant blob, addressed by offsets, so the shared
   library needs no relocation for them and the table costs nothing at start-up.  */
#ifndef OMERR_TABLE_H
#define OMERR_TABLE_H

#include <stddef.h>
#include <stdint.h>

struct omerr_table_entry
{
  uint32_t code;           /* the HRESULT-style code */
  uint32_t symbol;         /* offset in omerr_table_strings of the symbol */
  uint32_t english;        /* offset in omerr_table_strings of the English text */
};

/* Entries sorted by code, ascending; codes are unique.  */
extern const struct omerr_table_entry omerr_table_entries[];
/* Indices into omerr_table_entries, sorted by symbol (strcmp order; symbols
   are [A-Z][A-Z0-9_]*, so an upper-cased key gives a case-insensitive lookup).  */
extern const uint32_t omerr_table_by_symbol[];
extern const size_t omerr_table_size;
/* NUL-terminated UTF-8 strings, one after the other.  */
extern const char omerr_table_strings[];

#endif
