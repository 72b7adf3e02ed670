/* Code -> entry lookups over the generated table (sorted by code).  */
#include <config.h>

#include "omerr.h"
#include "omerr-internal.h"

const struct omerr_table_entry *
omerr_find_entry (uint32_t code)
{
  size_t lo = 0, hi = omerr_table_size;

  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uint32_t c = omerr_table_entries[mid].code;

      if (c == code)
        return &omerr_table_entries[mid];
      if (c < code)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

const char *
omerr_symbol (uint32_t code)
{
  const struct omerr_table_entry *e = omerr_find_entry (code);

  return e ? omerr_table_strings + e->symbol : NULL;
}

const char *
omerr_english (uint32_t code)
{
  const struct omerr_table_entry *e = omerr_find_entry (code);

  return e ? omerr_table_strings + e->english : NULL;
}

size_t
omerr_count (void)
{
  return omerr_table_size;
}

uint32_t
omerr_code_at (size_t i)
{
  return i < omerr_table_size ? omerr_table_entries[i].code : 0;
}
