/* SPDX-License-Identifier: MIT */
/* The one place where a code becomes a message: the catalog's translation,
   else the compiled-in English.  */
#include <config.h>

#include <errno.h>
#ifdef HAVE_ICONV_OPEN
# include <iconv.h>
#endif
#include <libintl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "message-cache.h"
#include "utf8.h"

/* Whether T is UTF-8 text, as the domains are asked for (domain.c): not
   empty, and valid by the project's one UTF-8 check (src/common/utf8.c,
   as gettext-lang.c checks what it reads).  A damaged catalog can hand
   gettext any bytes; checking the one message used, when it enters the
   cache, costs far less than checking every message of the catalog when
   it is opened.  */
static int
text_valid (const char *t)
{
#ifdef OMERR_MESSAGE_CACHE
  const char **known = omerr_cache_valid_slot (t);

  if (known != NULL && *known == t)
    return 1;
#endif
  if (*t == '\0' || !omerr_utf8_valid (t, strlen (t), NULL))
    return 0;
#ifdef OMERR_MESSAGE_CACHE
  if (known != NULL)
    *known = t;
#endif
  return 1;
}

#ifdef HAVE_ICONV_OPEN
/* The messages converted from UTF-8 to another charset: made once and
   kept for the life of the process, as gettext keeps its own, so that a
   cache that comes back or a new one gets the same pointer.  A list
   under a lock: only a message entering a cache comes here, and only in
   a locale whose charset is not UTF-8.  */
struct conversion
{
  struct conversion *next;
  const char *from;             /* gettext's UTF-8 text */
  const char *text;             /* NULL: the charset cannot show it */
  char charset[];
};
/* The converter to each charset, kept open.  */
struct converter
{
  struct converter *next;
  iconv_t cd;
  char charset[];
};
#define CONVERSION_BUCKETS 64
static struct conversion *conversions[CONVERSION_BUCKETS];
static struct converter *converters;
static pthread_mutex_t conversion_lock = PTHREAD_MUTEX_INITIALIZER;

/* FROM, valid UTF-8, converted by CD (to CHARSET//TRANSLIT, as gettext
   converts: a character the charset lacks becomes its transliteration,
   else "?"), malloc'd; NULL when iconv fails or without memory.  */
static char *
convert (iconv_t cd, const char *from)
{
  size_t size = strlen (from) + 1, in_left, out_left;
  char *out = NULL, *bigger, *in, *p;

  while ((bigger = realloc (out, size *= 2)) != NULL)
    {
      out = bigger;
      in = (char *) from;
      in_left = strlen (from);
      p = out;
      out_left = size - 1;
      iconv (cd, NULL, NULL, NULL, NULL);
      if (iconv (cd, &in, &in_left, &p, &out_left) != (size_t) -1
          && iconv (cd, NULL, NULL, &p, &out_left) != (size_t) -1)
        {
          *p = '\0';
          return out;
        }
      if (errno != E2BIG)
        break;
    }
  free (out);
  return NULL;
}

/* T, gettext's UTF-8 text, in CHARSET; NULL when it cannot be shown
   there (the caller answers in English) or without memory.  */
static const char *
converted (const char *t, const char *charset)
{
  struct conversion **bucket
    = &conversions[((uintptr_t) t >> 3) % CONVERSION_BUCKETS], *v;
  struct converter *k;
  size_t charset_size = strlen (charset) + 1;
  const char *text = NULL;

  pthread_mutex_lock (&conversion_lock);
  for (v = *bucket; v != NULL; v = v->next)
    if (v->from == t && strcmp (v->charset, charset) == 0)
      break;
  if (v == NULL)
    {
      for (k = converters; k != NULL; k = k->next)
        if (strcmp (k->charset, charset) == 0)
          break;
      if (k == NULL && (k = malloc (sizeof *k + charset_size)) != NULL)
        {
          char to[OMERR_CODESET_SIZE + sizeof "//TRANSLIT"];

          memcpy (k->charset, charset, charset_size);
          memcpy (to, charset, charset_size - 1);
          memcpy (to + charset_size - 1, "//TRANSLIT", sizeof "//TRANSLIT");
          k->cd = iconv_open (to, "UTF-8");
          k->next = converters;
          converters = k;
        }
      if (k != NULL && (v = malloc (sizeof *v + charset_size)) != NULL)
        {
          v->from = t;
          /* A charset iconv does not know shows nothing but English.  */
          v->text = k->cd != (iconv_t) -1 ? convert (k->cd, t) : NULL;
          memcpy (v->charset, charset, charset_size);
          v->next = *bucket;
          *bucket = v;
        }
    }
  if (v != NULL)
    text = v->text;
  pthread_mutex_unlock (&conversion_lock);
  return text;
}
#endif

/* The catalog's text for MSGID in DOMAIN, in the charset HOW says, or
   NULL when gettext has none (it then hands back MSGID itself), when
   the charset cannot show it, or when gettext must not be asked: in C
   or POSIX, or when a catalog it may open is damaged.  */
static const char *
translation (const char *domain, const char *msgid,
             const struct omerr_lookup *how)
{
  const char *t;

  if (how->untranslated || omerr_catalog_damaged_for (domain))
    return NULL;
  t = dgettext (domain, msgid);
  if (t == msgid || strcmp (t, msgid) == 0 || !text_valid (t))
    return NULL;
  if (how->utf8)
    return t;
#ifdef HAVE_ICONV_OPEN
  return converted (t, how->charset);
#else
  return NULL;
#endif
}

/* The message of entry E of table T: its catalog's, else its English.  */
static const char *
table_message (const struct omerr_table *t, long e,
               const struct omerr_lookup *how)
{
  const char *m = translation (t->name,
                               omerr_table_string (t, (uint32_t) e,
                                                   OMERR_TE_SYMBOL),
                               how);

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
  /* Without the locale's names, the English.  */
  struct omerr_lookup own = { 1, 1, "" };
  const struct omerr_lookup *how = &own;
#ifdef OMERR_MESSAGE_CACHE
  struct omerr_message_cache *c;
#endif

  omerr_bind_domain ();
#ifdef OMERR_MESSAGE_CACHE
  /* The catalog check in translation () runs here only, when a message
     enters the cache, not on every call.  */
  c = omerr_cache_now ();
  if (c != NULL)
    how = &c->how;
  else
#endif
  if (!omerr_lookup_now (&own))
    own.untranslated = 1;
  if (e >= 0)
    {
#ifdef OMERR_MESSAGE_CACHE
      /* The cache may hold it now (another locale's cache came back).  */
      if (c != NULL && (t = omerr_cache_probe (c, code)) != NULL)
        return t;
#endif
      t = table_message (table, e, how);
#ifdef OMERR_MESSAGE_CACHE
      if (c != NULL)
        omerr_cache_store (c, code, t);
      else
        omerr_cache_remember (code, t);
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
      t = table_message (table, e, how);
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
      template = translation (OMERR_DOMAIN, OMERR_UNKNOWN_MSGID, how);
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

const char *
omerr_table_gettext (const omerr_table *t, uint32_t code)
{
  long e = t != NULL ? omerr_table_find (t, code) : -1;
  const omerr_table *first;
  long first_entry;
  struct omerr_lookup how;

  if (e < 0)
    return NULL;
  /* The table omerr_gettext answers from: its cached answer.  */
  first = t == omerr_builtin () ? t : NULL;
  if (first == NULL && omerr_table_find (omerr_builtin (), code) < 0)
    first = omerr_installed_find (code, &first_entry);
  if (first == t)
    return omerr_gettext (code);
  omerr_bind_domain ();
  if (!omerr_lookup_now (&how))
    how.untranslated = 1;
  return table_message (t, e, &how);
}
