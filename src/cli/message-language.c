/* SPDX-License-Identifier: MIT */
/* Which catalog a message came from.  */
#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "omerr.h"
#include "message-language.h"

int
message_translated (const omerr_table *t, uint32_t code, const char *message)
{
  static locale_t c_locale;
  const char *english = t != NULL ? omerr_table_english (t, code)
                                  : omerr_english (code);
  char untranslated[512];
  locale_t previous;

  if (english != NULL)
    return message != english;
  /* An unknown code: the library's own English for it, asked in the C
     locale (where no catalog is read), is the untranslated text.  Into a
     buffer of ours: MESSAGE may be the library's buffer for unknown
     codes.  */
  if (c_locale == (locale_t) 0)
    c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0)
    return 1;
  previous = uselocale (c_locale);
  omerr_gettext_r (code, untranslated, sizeof untranslated, NULL);
  uselocale (previous);
  return strcmp (message, untranslated) != 0;
}

const char *
message_language (const omerr_table *t, uint32_t code, const char *message)
{
  static char language[64];
  const char *header, *field, *end;
  size_t n;

  if (!message_translated (t, code, message))
    return "en";
  /* The catalog's header is the translation of "" (unknown codes: the
     built-in table's catalog).  */
  header = dgettext (t != NULL ? omerr_table_name (t) : "omerr", "");
  field = strstr (header, "Language:");
  if (field == NULL)
    return "und";
  field += strlen ("Language:");
  field += strspn (field, " \t");
  end = field + strcspn (field, " \t\n");
  n = (size_t) (end - field);
  if (n == 0 || n >= sizeof language)
    return "und";
  memcpy (language, field, n);
  language[n] = '\0';
  return language;
}
