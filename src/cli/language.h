#ifndef OMERR_LANGUAGE_H
#define OMERR_LANGUAGE_H

#include <stdint.h>

/* The language MESSAGE, just returned by omerr_gettext (CODE) in the
   calling thread's locale, is in: the catalog's Language header, or "en"
   for the compiled-in English.  The result stays valid until the next
   call.  */
const char *message_language (uint32_t code, const char *message);

#endif
