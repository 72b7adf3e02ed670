#ifndef OMERR_UTF8_MESSAGE_H
#define OMERR_UTF8_MESSAGE_H

#include <stdint.h>

/* The message of CODE in the active language, encoded in UTF-8 whatever
   the locale's charset, and (in *LANGUAGE) the language it is in.
   Valid until the next call.  */
const char *utf8_message (uint32_t code, const char **language);

/* Releases what utf8_message keeps between calls.  */
void utf8_message_end (void);

#endif
