/* The one place where a code becomes a message: the catalog's translation,
   else the compiled-in English.  */
#include <config.h>

#include <inttypes.h>
#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "omerr-internal.h"

/* The catalog's text for MSGID, or NULL when gettext has none (it then
   hands back MSGID itself) or must not be asked (USABLE false).  */
static const char *
translation (const char *msgid, int usable)
{
  const char *t;

  if (!usable)
    return NULL;
  t = dgettext (OMERR_DOMAIN, msgid);
  return t == msgid || strcmp (t, msgid) == 0 ? NULL : t;
}

/* Writes TEMPLATE with its first "%s" replaced by HEX into SCRATCH.
   Returns false when TEMPLATE has no "%s" or the result does not fit.  */
static int
fill_template (const char *template, const char *hex, char *scratch)
{
  const char *mark = strstr (template, "%s");
  int n;

  if (mark == NULL)
    return 0;
  n = snprintf (scratch, OMERR_SCRATCH_SIZE, "%.*s%s%s",
                (int) (mark - template), template, hex, mark + 2);
  return n >= 0 && n < OMERR_SCRATCH_SIZE;
}

const char *
omerr_message (uint32_t code, char *scratch)
{
  const struct omerr_table_entry *e = omerr_find_entry (code);
  const char *t;
  char hex[sizeof "0x12345678"];
  int usable;

  omerr_bind_domain ();
  usable = !omerr_catalog_damaged ();
  if (e != NULL)
    {
      t = translation (omerr_table_strings + e->symbol, usable);
      return t ? t : omerr_table_strings + e->english;
    }

  snprintf (hex, sizeof hex, "0x%08" PRIX32, code);
  t = translation (OMERR_UNKNOWN_MSGID, usable);
  if (t == NULL || !fill_template (t, hex, scratch))
    fill_template (OMERR_UNKNOWN_ENGLISH, hex, scratch);
  return scratch;
}
