/* The per-thread cache of the messages gettext returned: the hot path of
   omerr_gettext without a call into gettext.

   Each thread remembers, for the locale it last asked in, the pointer
   dgettext gave for every code it asked about (or the English, where
   gettext has nothing or must not be asked).  The cache holds while
   gettext's own answer cannot have changed:

   - glibc's _nl_msg_cat_cntr is unchanged: setlocale (whenever it changes
     a category), textdomain and bindtextdomain or bind_textdomain_codeset
     (whenever they change a binding) increment it.  So it also covers the
     global locale and a rebinding of the "omerr" domain.
   - the thread's locale is the same: uselocale ((locale_t) 0) gives the
     same value and, for a thread-specific locale (whose address a freed
     and re-created locale_t may reuse, without any counter change), the
     LC_MESSAGES locale name is the same string, compared by content.
     This is the very identity glibc's own cache of translations uses
     (category, locale name, counter).
   - LANGUAGE: glibc reads it afresh only for messages it has not cached,
     and documents that a program changing it at run time must bump the
     counter (textdomain (textdomain (NULL)) does).  The cache follows
     the same rule: a changed LANGUAGE shows after the next counter change.

   Without the counter (HAVE_NL_MSG_CAT_CNTR undefined) or the locale name
   (_NL_LOCALE_NAME), there is no such signal: every call asks dgettext.  */
#ifndef OMERR_MESSAGE_CACHE_H
#define OMERR_MESSAGE_CACHE_H

#include <langinfo.h>
#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#if defined HAVE_NL_MSG_CAT_CNTR && defined _NL_LOCALE_NAME \
    && defined HAVE_USELOCALE && defined __GNUC__
# define OMERR_MESSAGE_CACHE 1
#endif

#ifdef OMERR_MESSAGE_CACHE

/* glibc's catalog counter (not declared in any header).  */
extern int _nl_msg_cat_cntr;

struct omerr_cache_slot
{
  const char *message;          /* NULL: the slot is free */
  uint32_t code;
};

struct omerr_message_cache
{
  /* The identity the slots are valid for.  */
  int counter;
  locale_t locale;              /* uselocale ((locale_t) 0) */
  /* LOCALE when that is the global locale, else (locale_t) 0, which
     uselocale never returns: the inline path then goes out of line.  */
  locale_t global;
  char *name_copy;              /* LC_MESSAGES name of a thread locale */
  /* The unknown-code template (NULL: not asked yet).  */
  const char *unknown;
  /* Open addressing, linear probing; the capacity is a power of two at
     least twice the number of codes, so a probe ends soon.  */
  unsigned shift;               /* 32 - log2 (capacity) */
  uint32_t mask;                /* capacity - 1 */
  struct omerr_cache_slot slots[];
};

/* Initial-exec: one load from the thread pointer, no __tls_get_addr.
   Eight bytes fit the static TLS reserve even when libomerr is dlopened.
   A thread without a cache of its own points at omerr_no_cache, which
   matches no locale: the hot path needs no test for NULL.  */
extern __thread struct omerr_message_cache *omerr_thread_cache
  __attribute__ ((tls_model ("initial-exec"), visibility ("hidden")));
extern struct omerr_message_cache omerr_no_cache
  __attribute__ ((visibility ("hidden")));

/* omerr_cache_lookup for a thread-specific LOCALE (out of line: the
   rare case, with a comparison of locale names).  */
const char *omerr_cache_lookup_thread (uint32_t code, locale_t locale)
  __attribute__ ((visibility ("hidden")));

/* The calling thread's cache, emptied first unless it holds for the
   thread's present locale and counter; NULL when there is none (no
   memory, or a table too large to cache).  *UNTRANSLATED tells whether
   the thread's LC_MESSAGES is C or POSIX, where gettext translates
   nothing.  */
struct omerr_message_cache *omerr_cache_now (int *untranslated)
  __attribute__ ((visibility ("hidden")));
/* Remembers MESSAGE as the message of the known CODE.  */
void omerr_cache_store (struct omerr_message_cache *c, uint32_t code,
                        const char *message)
  __attribute__ ((visibility ("hidden")));

/* Goes on probing from slot I, where CODE was not.  */
const char *omerr_cache_probe_on (const struct omerr_message_cache *c,
                                  uint32_t code, uint32_t i)
  __attribute__ ((visibility ("hidden")));

static inline uint32_t
omerr_cache_hash (const struct omerr_message_cache *c, uint32_t code)
{
  /* Fibonacci hashing: the top bits of the product spread codes that
     differ in any bits, like 0x80CF0001 and 0x80CF1001.  */
  return (code * 2654435769u) >> c->shift;
}

/* The message cached in C for the known CODE, or NULL: the first slot
   inline, the rest of the probe out of line.  */
static inline const char *
omerr_cache_probe (const struct omerr_message_cache *c, uint32_t code)
{
  uint32_t i = omerr_cache_hash (c, code);

  if (__builtin_expect (c->slots[i].code == code, 1))
    return c->slots[i].message;
  return omerr_cache_probe_on (c, code, i);
}

/* The cached message of the known CODE, or NULL when the caller must take
   the slow path (no cache yet, stale, unknown code, not asked yet).
   Every instruction here counts (see tests/bench/).  */
static inline const char *
omerr_cache_lookup (uint32_t code)
{
  /* First the call, so that only CODE must survive it.  */
  locale_t locale = uselocale ((locale_t) 0);
  const struct omerr_message_cache *c = omerr_thread_cache;

  /* The counter is read once, without tearing; glibc too reads it
     without a lock.  */
  if (__builtin_expect (locale == c->global, 1)
      && c->counter == __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED))
    return omerr_cache_probe (c, code);
  return omerr_cache_lookup_thread (code, locale);
}

#endif /* OMERR_MESSAGE_CACHE */

#endif
