/* SPDX-License-Identifier: MIT */
#ifndef OMERR_UTF8_MESSAGE_H
#define OMERR_UTF8_MESSAGE_H

#include <stdint.h>

#include "omerr.h"

/* The message of CODE in table T (NULL: an unknown code) in the active
   language, encoded in UTF-8 whatever the locale's charset, and (in
   *LANGUAGE) the language it is in.  Valid until the next call.  */
const char *utf8_message (const omerr_table *t, uint32_t code,
                          const char **language);

/* Whether the locale's charset is ASCII (the C locale's) and S valid
   UTF-8: the bytes a terminal sends there whatever LANG says, taken as
   UTF-8 (as Python and Git take them).  */
int utf8_in_ascii_locale (const char *s);

/* S converted from the locale's charset to UTF-8 (unconvertible bytes
   become '?'; in the C locale, UTF-8 is taken as it is), malloc'd; NULL
   when iconv cannot help or memory runs out.  */
char *utf8_from_locale (const char *s);

/* Releases what utf8_message keeps between calls.  */
void utf8_message_end (void);

#endif
