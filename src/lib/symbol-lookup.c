/* SPDX-License-Identifier: MIT */
/* Symbol -> code, ignoring ASCII case, over a table's symbol index.  */
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
omerr_table_code (const omerr_table *t, const char *symbol, uint32_t *code)
{
  size_t lo = 0, hi = t != NULL ? t->count : 0;

  if (symbol == NULL)
    return -1;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uint32_t e = omerr_le32 (t->by_symbol + 4 * mid);
      int cmp;

      if (!omerr_table_entry_ok (t, e))
        return -1;
      cmp = compare_upper (symbol, omerr_table_string (t, e, OMERR_TE_SYMBOL));

      if (cmp == 0)
        {
          if (code != NULL)
            *code = omerr_table_field (t, e, OMERR_TE_CODE);
          return 0;
        }
      if (cmp > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* The first table in lookup order that knows SYMBOL.  */
int
omerr_code (const char *symbol, uint32_t *code)
{
  const omerr_table *t;
  size_t i;

  for (i = 0; (t = omerr_table_at (i)) != NULL; i++)
    if (omerr_table_code (t, symbol, code) == 0)
      return 0;
  return -1;
}
