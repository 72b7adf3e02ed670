/* Which catalog a message came from.  */
#include <config.h>

#include <inttypes.h>
#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "omerr.h"
#include "language.h"

/* The library's unknown-code message in English (a contract with it).  */
#define UNKNOWN_ENGLISH "Unknown error code 0x%08" PRIX32

/* Whether MESSAGE came from a catalog rather than the library's English.
   Decided without asking gettext: the library does not when a catalog is
   damaged.  */
static int
translated (uint32_t code, const char *message)
{
  const char *english = omerr_english (code);
  char unknown[64];

  if (english != NULL)
    return message != english;
  snprintf (unknown, sizeof unknown, UNKNOWN_ENGLISH, code);
  return strcmp (message, unknown) != 0;
}

const char *
message_language (uint32_t code, const char *message)
{
  static char language[64];
  const char *header, *field, *end;
  size_t n;

  if (!translated (code, message))
    return "en";
  /* The catalog's header is the translation of "".  */
  header = dgettext ("omerr", "");
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
