/* SPDX-License-Identifier: MIT */
/* omerr_gettext_lang and omerr_table_gettext_lang: the message in a
   language asked for by name, read from the catalogs with the library's
   own .mo reader (mo-file.c): glibc's gettext can only answer for the
   locale in force, and that needs the locale installed.

   Each language list resolves once to a catalog (or to none: English),
   remembered in a list that only grows and is read without a lock, as
   is each catalog opened; catalogs stay mapped for the life of the
   process.  After the first call for a list and code, a lookup is a walk
   of that short list and a load of the message it remembered.  */
#include <config.h>

#include <libintl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "mo-file.h"
#include "utf8.h"
#include "zh-variants.h"

struct slot
{
  _Atomic uint64_t key;                /* 0: empty; else code + 2^32 */
  _Atomic (const char *) message;      /* NULL while being filled */
};

struct known
{
  struct known *next;
  const struct omerr_mo *mo;   /* NULL: no catalog, English */
  const char *name;            /* a catalog's or a list's name */
  /* For a list: the messages of its table's codes once looked up, in
     an open-addressing table of SIZE slots (a power of two, at least
     twice the table's entries), filled without a lock: a call then costs
     no more than omerr_gettext_l.  */
  struct slot *messages;
  uint32_t size;
  char domain[];               /* then the name */
};

/* Catalogs found (by domain and catalog name), and language lists
   resolved (by domain and list).  Lists are remembered up to a bound,
   since a server may be sent any number of them; past it they are
   resolved on each call, from the catalogs already open.  */
static _Atomic (struct known *) catalogs, lists;
static atomic_int list_count;
#define LIST_LIMIT 256

static struct known *
find (struct known *k, const char *domain, const char *name)
{
  for (; k != NULL; k = k->next)
    if (strcmp (k->name, name) == 0 && strcmp (k->domain, domain) == 0)
      return k;
  return NULL;
}

/* Adds NAME of DOMAIN to LIST, with room for the messages of COUNT
   entries unless COUNT is 0; returns it, or NULL when memory ran out.  */
static struct known *
add (_Atomic (struct known *) *list, const char *domain, const char *name,
     const struct omerr_mo *mo, size_t count)
{
  size_t d = strlen (domain) + 1, n = strlen (name) + 1;
  struct known *k = malloc (sizeof *k + d + n);

  if (k == NULL)
    return NULL;
  for (k->size = 2; count > 0 && k->size < 2 * count; k->size *= 2)
    ;
  k->messages = count > 0 ? calloc (k->size, sizeof *k->messages) : NULL;
  if (count > 0 && k->messages == NULL)
    {
      free (k);
      return NULL;
    }
  k->mo = mo;
  memcpy (k->domain, domain, d);
  k->name = memcpy (k->domain + d, name, n);
  k->next = atomic_load_explicit (list, memory_order_relaxed);
  while (!atomic_compare_exchange_weak_explicit (list, &k->next, k,
                                                 memory_order_release,
                                                 memory_order_relaxed))
    ;
  return k;
}

/* Whether MO's text can be handed out as UTF-8: it declares UTF-8 (or
   ASCII, a subset) or nothing; another charset is refused, not
   converted.  */
static int
utf8_catalog (const struct omerr_mo *mo)
{
  char *type = omerr_mo_header_field (mo, "Content-Type");
  const char *charset = type ? strstr (type, "charset=") : NULL;
  /* No charset: msgfmt always writes one; the text is checked anyway.  */
  int ok = charset == NULL
    || (strcasecmp (charset + 8, "UTF-8") == 0
        || strcasecmp (charset + 8, "UTF8") == 0
        || strcasecmp (charset + 8, "ASCII") == 0
        || strcasecmp (charset + 8, "US-ASCII") == 0);

  free (type);
  return ok;
}

/* DOMAIN's catalog NAME (gettext's "zh_TW"), or NULL.  */
static const struct omerr_mo *
catalog (const char *domain, const char *name)
{
  struct known *k = find (atomic_load_explicit (&catalogs,
                                                memory_order_acquire),
                          domain, name);
  const char *dir;
  char path[4096];
  struct omerr_mo *mo;

  if (k != NULL)
    return k->mo;
  dir = bindtextdomain (domain, NULL);
  if (dir == NULL
      || (size_t) snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo",
                            dir, name, domain) >= sizeof path)
    return NULL;
  mo = omerr_mo_open (path);
  if (mo != NULL && !utf8_catalog (mo))
    {
      omerr_mo_close (mo);
      mo = NULL;
    }
  /* Only catalogs found are remembered: names asked for are unbounded.  */
  if (mo != NULL)
    add (&catalogs, domain, name, mo, 0);
  return mo;
}

/* 1 when zh_REGION is one of the Chinese variants that read the zh_TW
   catalog: OMERR_ZH_VARIANTS, made from po/variants.mk's list, the one
   make install links to the zh_TW catalogs.  */
static int
zh_variant (const char *region)
{
  char word[16];

  snprintf (word, sizeof word, " zh_%.3s ", region);
  return region[0] != '\0'
    && strstr (" " OMERR_ZH_VARIANTS " ", word) != NULL;
}

/* 1 when the N bytes at S are all letters (or DIGITS, digits).  */
static int
all_alnum (const char *s, size_t n, int digits)
{
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')
          || (digits && s[i] >= '0' && s[i] <= '9')))
      return 0;
  return 1;
}

/* The catalog for one language of a list (N bytes at S): a gettext name
   ("zh_TW", "zh_TW.UTF-8") or a BCP 47 tag ("zh-Hant-TW", "zh-TW"), an
   Accept-Language weight (";q=0.8") ignored.  Tried: language_REGION,
   then for a Chinese variant (zh_HK, zh_MO) zh_TW (the command's
   fallback; zh_CN and zh_SG never get Traditional Chinese), then the
   language alone.  */
static const struct omerr_mo *
language_catalog (const char *domain, const char *s, size_t n)
{
  char language[9] = "", region[4] = "", script[5] = "", name[16];
  const char *end = s + strcspn (s, ".@;");
  size_t part = 0, length;
  const struct omerr_mo *mo;

  if (end > s + n)
    end = s + n;
  for (; s < end; s += length + (s + length < end), part++)
    {
      length = strcspn (s, "-_.@;:, ");
      if (s + length > end)
        length = (size_t) (end - s);
      /* Letters and digits only: nothing of a path gets through.  */
      if (!all_alnum (s, length, part > 0))
        return NULL;
      if (part == 0 && length >= 2 && length < sizeof language)
        for (size_t i = 0; i <= length; i++)
          language[i] = i < length ? (char) (s[i] | 0x20) : '\0';
      else if (part == 0)
        return NULL;
      else if (length == 4 && script[0] == '\0' && region[0] == '\0')
        memcpy (script, s, 4);
      else if ((length == 2 || length == 3) && region[0] == '\0')
        for (size_t i = 0; i <= length; i++)
          region[i] = i < length ? (char) (s[i] & ~0x20) : '\0';
    }
  if (language[0] == '\0')
    return NULL;
  /* The script decides between Simplified and Traditional Chinese.  */
  if (strcmp (language, "zh") == 0 && strcasecmp (script, "Hans") == 0)
    strcpy (region, "CN");
  else if (strcmp (language, "zh") == 0 && strcasecmp (script, "Hant") == 0
           && !zh_variant (region))
    strcpy (region, "TW");
  snprintf (name, sizeof name, "%s_%s", language, region);
  if (region[0] != '\0' && (mo = catalog (domain, name)) != NULL)
    return mo;
  if (strcmp (language, "zh") == 0 && zh_variant (region)
      && (mo = catalog (domain, "zh_TW")) != NULL)
    return mo;
  return catalog (domain, language);
}

/* The catalog of the first language of LANGUAGES that DOMAIN has one
   for, or NULL, into *MO; "C" and "POSIX" stop the list, as in gettext.
   Returns the list's record (messages of COUNT entries), or NULL when it
   is not remembered.  */
static struct known *
resolve (const char *domain, const char *languages, size_t count,
         const struct omerr_mo **mo)
{
  struct known *k = find (atomic_load_explicit (&lists, memory_order_acquire),
                          domain, languages);
  const char *p = languages;
  size_t n;

  if (k != NULL)
    {
      *mo = k->mo;
      return k;
    }
  *mo = NULL;
  while (*p != '\0' && *mo == NULL)
    {
      p += strspn (p, ":, ");
      n = strcspn (p, ":,");
      if ((n == 1 && *p == 'C') || (n == 5 && strncmp (p, "POSIX", 5) == 0))
        break;
      if (n > 0)
        *mo = language_catalog (domain, p, n);
      p += n;
    }
  if (atomic_fetch_add (&list_count, 1) >= LIST_LIMIT)
    return NULL;
  return add (&lists, domain, languages, *mo, count);
}

/* MSGID's text in MO, if it is non-empty UTF-8; else NULL.  */
static const char *
text (const struct omerr_mo *mo, const char *msgid)
{
  const char *t = mo != NULL ? omerr_mo_get (mo, msgid) : NULL;

  return t != NULL && omerr_utf8_valid (t, strlen (t), NULL) ? t : NULL;
}

/* Unknown-code messages live here, one buffer per thread.  */
static _Thread_local char scratch[OMERR_SCRATCH_SIZE];

/* The slot of CODE in LIST's messages, claimed for it with CLAIM, or
   NULL (not there, or no room).  */
static struct slot *
slot_of (struct known *list, uint32_t code, int claim)
{
  uint64_t key = code | (uint64_t) 1 << 32, seen;
  uint32_t i = (uint32_t) (code * 0x9E3779B1U) & (list->size - 1), probes;
  struct slot *s;

  for (probes = 0; probes < list->size; probes++, i = (i + 1) & (list->size - 1))
    {
      s = &list->messages[i];
      seen = atomic_load_explicit (&s->key, memory_order_acquire);
      if (seen == key)
        return s;
      if (seen == 0 && !claim)
        return NULL;
      if (seen == 0 && atomic_compare_exchange_strong (&s->key, &seen, key))
        return s;
      if (seen == key)
        return s;
    }
  return NULL;
}

/* Entry E of table T (E < 0: unknown, in the built-in table's words),
   in MO, remembered in LIST.  */
static const char *
message (const struct omerr_table *t, long e, uint32_t code,
         struct known *list, const struct omerr_mo *mo)
{
  struct slot *s;
  const char *m;

  if (e >= 0)
    {
      m = text (mo, omerr_table_string (t, (uint32_t) e, OMERR_TE_SYMBOL));
      if (m == NULL)
        m = omerr_table_string (t, (uint32_t) e, OMERR_TE_ENGLISH);
      /* Threads racing here store the same pointer.  */
      if (list != NULL && (s = slot_of (list, code, 1)) != NULL)
        atomic_store_explicit (&s->message, m, memory_order_release);
      return m;
    }
  m = text (mo, OMERR_UNKNOWN_MSGID);
  if (m == NULL || !omerr_fill_template (m, code, scratch))
    omerr_fill_template (OMERR_UNKNOWN_ENGLISH, code, scratch);
  return scratch;
}

/* The remembered message of CODE for LANGUAGES in T's domain, or NULL;
   *LIST and *MO get the list's record and catalog.  */
static const char *
remembered (const struct omerr_table *t, uint32_t code, const char *languages,
            struct known **list, const struct omerr_mo **mo)
{
  struct slot *s;

  omerr_bind_domain ();
  *list = resolve (t->name, languages != NULL ? languages : "", t->count, mo);
  s = *list != NULL ? slot_of (*list, code, 0) : NULL;
  return s != NULL ? atomic_load_explicit (&s->message, memory_order_acquire)
    : NULL;
}

const char *
omerr_gettext_lang (uint32_t code, const char *languages)
{
  const struct omerr_table *t = omerr_builtin ();
  const struct omerr_mo *mo;
  struct known *list;
  const char *m = remembered (t, code, languages, &list, &mo);
  long e;

  if (m != NULL)
    return m;
  e = omerr_table_find (t, code);
  if (e < 0)
    {
      long installed_entry;
      const struct omerr_table *installed
        = omerr_installed_find (code, &installed_entry);

      if (installed != NULL)
        {
          t = installed, e = installed_entry;
          if ((m = remembered (t, code, languages, &list, &mo)) != NULL)
            return m;
        }
    }
  return message (t, e, code, list, mo);
}

const char *
omerr_table_gettext_lang (const omerr_table *t, uint32_t code,
                          const char *languages)
{
  const struct omerr_mo *mo;
  struct known *list;
  const char *m;
  long e;

  if (t == NULL)
    return NULL;
  m = remembered (t, code, languages, &list, &mo);
  if (m != NULL)
    return m;
  e = omerr_table_find (t, code);
  return e < 0 ? NULL : message (t, e, code, list, mo);
}
