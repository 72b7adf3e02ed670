#ifndef OMERR_LANGUAGE_H
#define OMERR_LANGUAGE_H

#include <stdint.h>

/* Whether MESSAGE, just returned by omerr_gettext (CODE), came from a
   catalog rather than the library's English.  Decided without asking
   gettext: the library does not when a catalog is damaged.  */
int message_translated (uint32_t code, const char *message);

/* The language MESSAGE, just returned by omerr_gettext (CODE) in the
   calling thread's locale, is in: the catalog's Language header, or "en"
   for the compiled-in English.  The result stays valid until the next
   call.  */
const char *message_language (uint32_t code, const char *message);

#endif
