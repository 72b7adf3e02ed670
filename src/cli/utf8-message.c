/* SPDX-License-Identifier: MIT */
/* Messages in UTF-8 for --json, whatever the locale's charset.

   Best: ask gettext again with LC_CTYPE switched to a UTF-8 locale, so the
   catalog's own UTF-8 text comes back (converting the locale's output
   would lose what its charset cannot hold).  Otherwise convert with iconv.  */
#include <config.h>

#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "message-language.h"
#include "utf8.h"
#include "utf8-message.h"

static enum { UNSET, NATIVE, SWITCH, CONVERT } method = UNSET;
static locale_t utf8_locale;
static char *converted;

static void
choose_method (void)
{
  locale_t base;

  if (strcmp (nl_langinfo (CODESET), "UTF-8") == 0)
    {
      method = NATIVE;
      return;
    }
  base = duplocale (uselocale ((locale_t) 0));
  if (base != (locale_t) 0)
    {
      utf8_locale = newlocale (LC_CTYPE_MASK, "C.UTF-8", base);
      if (utf8_locale != (locale_t) 0)
        {
          method = SWITCH;
          return;
        }
      freelocale (base);
    }
  method = CONVERT;
}

int
utf8_in_ascii_locale (const char *s)
{
  return strcmp (nl_langinfo (CODESET), "ANSI_X3.4-1968") == 0
         && omerr_utf8_valid (s, strlen (s), NULL);
}

char *
utf8_from_locale (const char *s)
{
  iconv_t cd;
  size_t in_left = strlen (s), out_size = 4 * in_left + 1, out_left;
  char *in = (char *) s, *out, *result;

  if (utf8_in_ascii_locale (s))
    return strdup (s);
  cd = iconv_open ("UTF-8", nl_langinfo (CODESET));
  if (cd == (iconv_t) -1)
    return NULL;
  result = malloc (out_size);
  if (result == NULL)
    {
      iconv_close (cd);
      return NULL;
    }
  out = result;
  out_left = out_size - 1;
  while (in_left > 0
         && iconv (cd, &in, &in_left, &out, &out_left) == (size_t) -1)
    {
      if (out_left == 0)
        break;
      *out++ = '?';
      out_left--;
      in++;
      in_left--;
    }
  *out = '\0';
  iconv_close (cd);
  return result;
}

static const char *
message_of (const omerr_table *t, uint32_t code)
{
  return t != NULL ? omerr_table_gettext (t, code) : omerr_gettext (code);
}

const char *
utf8_message (const omerr_table *t, uint32_t code, const char **language)
{
  const char *message;
  locale_t previous;

  if (method == UNSET)
    choose_method ();
  if (method == SWITCH)
    {
      previous = uselocale (utf8_locale);
      message = message_of (t, code);
      *language = message_language (t, code, message);
      uselocale (previous);
      return message;
    }
  message = message_of (t, code);
  *language = message_language (t, code, message);
  if (method != CONVERT)
    return message;
  free (converted);
  converted = utf8_from_locale (message);
  return converted != NULL ? converted : message;
}

void
utf8_message_end (void)
{
  if (method == SWITCH)
    freelocale (utf8_locale);
  free (converted);
  converted = NULL;
  method = UNSET;
}
