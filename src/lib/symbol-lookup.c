/* Symbol -> code, ignoring ASCII case, over the by-symbol index.  */
#include <config.h>

#include "omerr.h"
#include "omerr-internal.h"

/* strcmp of KEY, upper-cased in ASCII (never by the locale: Turkish 'i'),
   against a table symbol, which is upper case already.  */
static int
compare_upper (const char *key, const char *symbol)
{
  const unsigned char *k = (const unsigned char *) key;
  const unsigned char *s = (const unsigned char *) symbol;

  for (;; k++, s++)
    {
      unsigned char a = *k >= 'a' && *k <= 'z' ? *k - 'a' + 'A' : *k;

      if (a != *s || a == '\0')
        return (a > *s) - (a < *s);
    }
}

int
omerr_code (const char *symbol, uint32_t *code)
{
  size_t lo = 0, hi = omerr_table_size;

  if (symbol == NULL)
    return -1;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      const struct omerr_table_entry *e
        = &omerr_table_entries[omerr_table_by_symbol[mid]];
      int cmp = compare_upper (symbol, omerr_table_strings + e->symbol);

      if (cmp == 0)
        {
          if (code != NULL)
            *code = e->code;
          return 0;
        }
      if (cmp > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}
