/* SPDX-License-Identifier: MIT */
/* omerr_is_known: whether any table the library looks codes up in knows
   a code; the same tables, in the same order, as omerr_symbol.  */
#include <config.h>

#include "omerr.h"

int
omerr_is_known (uint32_t code)
{
  return omerr_symbol (code) != NULL;
}
