/* SPDX-License-Identifier: MIT */
/* The one place where a code becomes a message: the catalog's translation,
   else the compiled-in English.  */
#include <config.h>

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "message-cache.h"

/* Whether T is text in the thread's charset: not empty, every character
   whole.  A damaged catalog can hand gettext any bytes; checking the one
   message used, when it enters the cache, costs far less than checking
   every message of the catalog when it is opened.  */
static int
text_valid (const char *t)
{
  mbstate_t state;
  size_t n;

  if (*t == '\0')
    return 0;
  memset (&state, 0, sizeof state);
  for (; *t != '\0'; t += n)
    {
      n = mbrlen (t, MB_LEN_MAX, &state);
      if (n == (size_t) -1 || n == (size_t) -2)
        return 0;
    }
  return 1;
}

/* The catalog's text for MSGID in DOMAIN, or NULL when gettext has none
   (it then hands back MSGID itself) or must not be asked: in C or POSIX
   (UNTRANSLATED), or when a catalog it may open is damaged.  */
static const char *
translation (const char *domain, const char *msgid, int untranslated)
{
  const char *t;

  if (untranslated || omerr_catalog_damaged_for (domain))
    return NULL;
  t = dgettext (domain, msgid);
  return t == msgid || strcmp (t, msgid) == 0 || !text_valid (t) ? NULL : t;
}

/* The message of entry E of table T: its catalog's, else its English.  */
static const char *
table_message (const struct omerr_table *t, long e, int untranslated)
{
  const char *m = translation (t->name,
                               omerr_table_string (t, (uint32_t) e,
                                                   OMERR_TE_SYMBOL),
                               untranslated);

  return m != NULL ? m
         : omerr_table_string (t, (uint32_t) e, OMERR_TE_ENGLISH);
}

/* Writes TEMPLATE with its first "%s" replaced by CODE in hex
   ("0x80CF9999") into SCRATCH.  Returns false when TEMPLATE has no "%s"
   or the result does not fit.  By hand, not snprintf: ten times fewer
   instructions.  */
int
omerr_fill_template (const char *template, uint32_t code, char *scratch)
{
  const char *mark = strstr (template, "%s");

  if (mark == NULL
      || strlen (template) + 8 >= OMERR_SCRATCH_SIZE)
    return 0;
  omerr_unknown_write (template, (size_t) (mark - template),
                       strlen (mark + 2), code, scratch);
  return 1;
}

void
omerr_unknown_write (const char *template, size_t before, size_t after,
                     uint32_t code, char *scratch)
{
  static const char digits[] = "0123456789ABCDEF";
  char *p = scratch + before;

  memcpy (scratch, template, before);
  /* Straight-line: a loop costs twice as many instructions.  */
  p[0] = '0';
  p[1] = 'x';
  p[2] = digits[code >> 28];
  p[3] = digits[(code >> 24) & 0xF];
  p[4] = digits[(code >> 20) & 0xF];
  p[5] = digits[(code >> 16) & 0xF];
  p[6] = digits[(code >> 12) & 0xF];
  p[7] = digits[(code >> 8) & 0xF];
  p[8] = digits[(code >> 4) & 0xF];
  p[9] = digits[code & 0xF];
  memcpy (p + 10, template + before + 2, after + 1);
}

const char *
omerr_message_fill (uint32_t code, char *scratch)
{
  const struct omerr_table *table = omerr_builtin ();
  long e = omerr_table_find (table, code);
  const char *t, *template = NULL;
  int untranslated = 0;
#ifdef OMERR_MESSAGE_CACHE
  struct omerr_message_cache *c;
#endif

  omerr_bind_domain ();
#ifdef OMERR_MESSAGE_CACHE
  /* The catalog check in translation () runs here only, when a message
     enters the cache, not on every call.  */
  c = omerr_cache_now (&untranslated);
#else
  untranslated = omerr_messages_untranslated ();
#endif
  if (e >= 0)
    {
#ifdef OMERR_MESSAGE_CACHE
      /* The cache may hold it now (another locale's cache came back).  */
      if (c != NULL && (t = omerr_cache_probe (c, code)) != NULL)
        return t;
#endif
      t = table_message (table, e, untranslated);
#ifdef OMERR_MESSAGE_CACHE
      if (c != NULL)
        omerr_cache_store (c, code, t);
#endif
      return t;
    }
  /* Then the installed tables (loaded on the first such miss).  */
  table = omerr_installed_find (code, &e);
  if (table != NULL)
    {
#ifdef OMERR_MESSAGE_CACHE
      if (c != NULL && (t = omerr_cache_other_probe (c, code)) != NULL
          && t != omerr_cache_unknown)
        return t;
#endif
      t = table_message (table, e, untranslated);
#ifdef OMERR_MESSAGE_CACHE
      if (c != NULL)
        omerr_cache_other_store (c, code, t);
#endif
      return t;
    }

#ifdef OMERR_MESSAGE_CACHE
  if (c != NULL)
    template = c->unknown;
#endif
  if (template == NULL)
    {
      template = translation (OMERR_DOMAIN, OMERR_UNKNOWN_MSGID,
                              untranslated);
      /* One "%s", and room for the code: else the English.  */
      if (template == NULL || strstr (template, "%s") == NULL
          || strlen (template) + 8 >= OMERR_SCRATCH_SIZE)
        template = OMERR_UNKNOWN_ENGLISH;
#ifdef OMERR_MESSAGE_CACHE
      if (c != NULL)
        {
          c->unknown = template;
          c->unknown_before = (size_t) (strstr (template, "%s") - template);
          c->unknown_after = strlen (template) - c->unknown_before - 2;
        }
#endif
    }
#ifdef OMERR_MESSAGE_CACHE
  /* A code no table knows: the next lookup of it writes the template
     straight away (omerr_gettext).  */
  if (c != NULL)
    omerr_cache_other_store (c, code, omerr_cache_unknown);
#endif
  if (!omerr_fill_template (template, code, scratch))
    omerr_fill_template (OMERR_UNKNOWN_ENGLISH, code, scratch);
  return scratch;
}

const char *
omerr_message (uint32_t code, char *scratch)
{
#ifdef OMERR_MESSAGE_CACHE
  const char *m = omerr_cache_lookup (code);

  if (m != NULL)
    return m;
#endif
  return omerr_message_fill (code, scratch);
}

int
omerr_messages_untranslated (void)
{
#ifdef _NL_LOCALE_NAME
  const char *name = nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES));
#else
  const char *name = setlocale (LC_MESSAGES, NULL);
#endif

  return name == NULL || strcmp (name, "C") == 0
         || strcmp (name, "POSIX") == 0;
}

const char *
omerr_table_gettext (const omerr_table *t, uint32_t code)
{
  long e = t != NULL ? omerr_table_find (t, code) : -1;
  const omerr_table *first;
  long first_entry;

  if (e < 0)
    return NULL;
  /* The table omerr_gettext answers from: its cached answer.  */
  first = t == omerr_builtin () ? t : NULL;
  if (first == NULL && omerr_table_find (omerr_builtin (), code) < 0)
    first = omerr_installed_find (code, &first_entry);
  if (first == t)
    return omerr_gettext (code);
  omerr_bind_domain ();
  return table_message (t, e, omerr_messages_untranslated ());
}
