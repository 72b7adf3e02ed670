/* SPDX-License-Identifier: MIT */
#ifndef OMERR_MESSAGE_LANGUAGE_H
#define OMERR_MESSAGE_LANGUAGE_H

#include <stdint.h>

#include "omerr.h"

/* Whether MESSAGE, just returned by omerr_table_gettext (T, CODE) (T
   NULL: by omerr_gettext (CODE)), came from a catalog rather than the
   table's English.  Decided without asking
   gettext: the library does not when a catalog is damaged.  */
int message_translated (const omerr_table *t, uint32_t code,
                        const char *message);

/* The language MESSAGE, just returned as above in the calling thread's
   locale, is in: the catalog's Language header, or "en"
   for the compiled-in English.  The result stays valid until the next
   call.  */
const char *message_language (const omerr_table *t, uint32_t code,
                              const char *message);

#endif
