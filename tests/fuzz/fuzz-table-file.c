/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the table file reader (src/lib/table-lookup.c) on
   arbitrary bytes, as a damaged or hostile NAME.omt would bring them.  A
   file the reader takes must answer every lookup from inside itself,
   every string ending inside the blob; a sound one (omerr_table_sound)
   finds each code at its place and each symbol back to its code.  */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "omerr-internal.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Whether S, a string of T, ends inside T's blob.  */
static void
inside (const struct omerr_table *t, const char *s)
{
  if (s == NULL)
    return;
  if (s < t->strings || s >= t->strings + t->strings_size
      || strlen (s) >= (size_t) (t->strings + t->strings_size - s))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* A copy of exactly SIZE bytes, so that ASan sees any read past it, at
     an alignment no better than malloc's (mmap gives pages).  */
  unsigned char *copy = malloc (size ? size : 1);
  struct omerr_table t;

  if (copy == NULL)
    return 0;
  memcpy (copy, data, size);
  if (omerr_table_read (&t, copy, size, true))
    {
      bool sound = omerr_table_sound (&t);

      inside (&t, omerr_table_name (&t));
      inside (&t, omerr_table_notice (&t));
      if (!omerr_table_name_ok (omerr_table_name (&t)))
        abort ();
      for (size_t i = 0; i < omerr_table_size (&t); i++)
        {
          uint32_t code = omerr_table_code_at (&t, i), back = 0, at = 0;
          const char *symbol = omerr_table_symbol (&t, code);
          bool there = omerr_table_entry_at (&t, i, &at) == 0;

          if (sound && (omerr_table_find (&t, code) != (long) i
                        || symbol == NULL || !there))
            abort ();
          /* An entry said to be there is the one its code finds.  */
          if (there && (at != code || omerr_table_find (&t, at) != (long) i
                        || omerr_table_symbol (&t, at) == NULL))
            abort ();
          inside (&t, symbol);
          inside (&t, omerr_table_english (&t, code));
          inside (&t, omerr_table_group (&t, code));
          inside (&t, omerr_table_note (&t, code));
          if (sound && (omerr_table_code (&t, symbol, &back) != 0
                        || back != code))
            abort ();
        }
      /* Codes and symbols it does not have.  */
      (void) omerr_table_find (&t, 0);
      (void) omerr_table_find (&t, UINT32_MAX);
      (void) omerr_table_code (&t, "", NULL);
      (void) omerr_table_code (&t, "zz_not_there", NULL);
    }
  free (copy);
  return 0;
}
