/* SPDX-License-Identifier: MIT */
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
     and re-created locale_t may reuse, without any counter change), its
     LC_MESSAGES locale name and LC_CTYPE codeset are the same strings,
     compared by content.  gettext's answer depends on the name alone
     (the domains are asked for in UTF-8: domain.c); the cache keeps it
     converted to the codeset (message.c).
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

#include "omerr-internal.h"
#include "omerr-table-hash.h"
#include "table-format.h"

/* A table of more codes than this is looked up without a cache: the cache
   would cost each thread 12 bytes per slot.  */
#define OMERR_LARGEST_CACHED_TABLE 65536

#if defined HAVE_NL_MSG_CAT_CNTR && defined _NL_LOCALE_NAME \
    && defined HAVE_USELOCALE && defined __GNUC__ \
    && OMERR_TABLE_ROWS <= OMERR_LARGEST_CACHED_TABLE
# define OMERR_MESSAGE_CACHE 1
#endif

#ifdef OMERR_MESSAGE_CACHE

/* The hash omerrc chose for the table's codes (omerr-table-hash.h), as
   compile-time constants: an immediate multiply and shift.  A test may
   impose a worse multiplier to exercise the probing.  */
#define OMERR_CACHE_BITS OMERR_TABLE_HASH_BITS
#define OMERR_CACHE_SLOTS (1u << OMERR_CACHE_BITS)
#ifndef OMERR_CACHE_MULTIPLIER
# define OMERR_CACHE_MULTIPLIER OMERR_TABLE_HASH_MULTIPLIER
#endif
/* The cache holds at most one slot per code: probing ends at a free one.  */
_Static_assert (OMERR_CACHE_SLOTS > OMERR_TABLE_ROWS,
                "the cache has a free slot");

/* The codes of the installed tables a thread asked about, with their
   messages: open addressing over OMERR_OTHER_SLOTS slots, linear probing,
   at most half of them taken (a later code goes uncached).  */
#define OMERR_OTHER_BITS 12
#define OMERR_OTHER_SLOTS (1u << OMERR_OTHER_BITS)
struct omerr_other_cache
{
  uint32_t used;
  uint32_t codes[OMERR_OTHER_SLOTS];
  const char *messages[OMERR_OTHER_SLOTS];   /* NULL: free */
};

struct omerr_message_cache
{
  /* The identity the slots are valid for.  */
  int counter;
  locale_t locale;              /* uselocale ((locale_t) 0) */
  /* LOCALE when that is the global locale, else (locale_t) 0, which
     uselocale never returns: the inline path then goes out of line.  */
  locale_t global;
  /* LOCALE's LC_MESSAGES name and LC_CTYPE codeset (compared for a
     thread locale), and how its messages are asked for.  */
  char *name_copy, *codeset_copy;
  struct omerr_lookup how;
  unsigned used;                /* when last made current (LRU) */
  unsigned turns;               /* how often, lately (message-cache.c) */
  /* The next of the thread's caches whose locale has the same hash.  */
  struct omerr_message_cache *chain;
  /* The unknown-code template (NULL: not asked yet), and the lengths
     before and after its "%s".  */
  const char *unknown;
  size_t unknown_before, unknown_after;
  /* The installed tables' codes (NULL: none asked yet).  */
  struct omerr_other_cache *others;
  /* Open addressing with linear probing over OMERR_CACHE_SLOTS slots (see
     omerr-table-hash.h: for the table's own codes, each one's first slot
     is its own).  A slot is free when its message is NULL; a free slot's
     code is one that does not hash to it, so that the inline path needs
     a single comparison.  Two arrays, so that each is indexed by a
     scaled register.  */
  uint32_t codes[OMERR_CACHE_SLOTS];
  const char *messages[OMERR_CACHE_SLOTS];
};

/* The compiler's TLS model: in the shared library, TLS descriptors
   (TLS_DESC_CFLAGS, see configure.ac) make it a load and one call that
   returns at once while libomerr sits in the static TLS block (loaded
   with the program), without STATIC_TLS (a dlopen of libomerr never
   fails for want of static TLS); programs linking libomerr.a get
   initial-exec or local-exec from the compiler.
   A thread without a cache of its own points at omerr_no_cache, which
   matches no locale: the hot path needs no test for NULL.  */
extern __thread struct omerr_message_cache *omerr_thread_cache
  __attribute__ ((visibility ("hidden")));
extern struct omerr_message_cache omerr_no_cache
  __attribute__ ((visibility ("hidden")));

/* The cached message of CODE in the calling thread's locale, or NULL
   when the caller must ask gettext (no cache yet, stale, unknown code,
   not asked yet): the whole of what omerr_cache_first_slot only begins,
   with the full probe and thread-specific locales, whose names are
   compared.  */
const char *omerr_cache_lookup (uint32_t code)
  __attribute__ ((visibility ("hidden")));


/* The calling thread's cache for its present locale and counter, made
   current (a new, empty one when none of the thread's holds); NULL when
   there is none (the thread's first lookup, no memory).  */
struct omerr_message_cache *omerr_cache_now (void)
  __attribute__ ((visibility ("hidden")));
/* Remembers MESSAGE as the message of the built-in table's CODE in the
   locale omerr_cache_now last found no cache for (and did not make one),
   if it did.  */
void omerr_cache_remember (uint32_t code, const char *message)
  __attribute__ ((visibility ("hidden")));
/* Where the calling thread remembers whether the text T of a catalog is
   valid (it is when the slot holds T), or NULL when the thread has no
   caches.  gettext keeps a catalog's texts, once loaded, for the life
   of the process, so a text found valid at an address stays so: a
   locale that misses the caches (more locales by turns than a thread
   keeps caches for) is spared checking the same text again.  */
const char **omerr_cache_valid_slot (const char *t)
  __attribute__ ((visibility ("hidden")));
/* Remembers MESSAGE as the message of the known CODE.  */
void omerr_cache_store (struct omerr_message_cache *c, uint32_t code,
                        const char *message)
  __attribute__ ((visibility ("hidden")));

/* In the installed tables' part of a cache, the mark of a code no table
   knows (its message is C's unknown-code template, filled in).  */
extern const char omerr_cache_unknown[] __attribute__ ((visibility ("hidden")));

/* The message of an installed table's CODE cached in C (or
   omerr_cache_unknown), or NULL; and remembering it (when there is
   room).  */
void omerr_cache_other_store (struct omerr_message_cache *c, uint32_t code,
                              const char *message)
  __attribute__ ((visibility ("hidden")));

/* The first slot of CODE.  */
static inline uint32_t
omerr_cache_hash (uint32_t code)
{
  return omerr_hash_slot (code, OMERR_CACHE_MULTIPLIER, OMERR_CACHE_BITS);
}

/* Goes on probing from slot I, where CODE was not.  */
const char *omerr_cache_probe_on (const struct omerr_message_cache *c,
                                  uint32_t code, uint32_t i)
  __attribute__ ((visibility ("hidden")));

/* The message cached in C for CODE, or NULL.  */
static inline const char *
omerr_cache_probe (const struct omerr_message_cache *c, uint32_t code)
{
  uint32_t i = omerr_cache_hash (code);

  if (__builtin_expect (c->codes[i] == code, 1))
    return c->messages[i];
  return omerr_cache_probe_on (c, code, i);
}

/* Whether C holds for the calling thread, LOCALE being its
   uselocale ((locale_t) 0): the common case of omerr_cache_lookup, the
   global locale, inline.  Every instruction of omerr_gettext's hit counts
   (see tests/bench/).  The counter is read once, without tearing; glibc
   too reads it without a lock.  */
static inline int
omerr_cache_holds_global (const struct omerr_message_cache *c,
                          locale_t locale)
{
  int counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);

  return !(__builtin_expect (locale != c->global, 0)
           || c->counter != counter);
}

/* The installed tables' part: Fibonacci hashing, the top bits.  */
static inline uint32_t
omerr_other_hash (uint32_t code)
{
  return (uint32_t) (code * 2654435769u) >> (32 - OMERR_OTHER_BITS);
}

static inline const char *
omerr_cache_other_probe (const struct omerr_message_cache *c, uint32_t code)
{
  const struct omerr_other_cache *o = c->others;
  uint32_t i;

  if (o == NULL)
    return NULL;
  for (i = omerr_other_hash (code); o->messages[i] != NULL;
       i = (i + 1) % OMERR_OTHER_SLOTS)
    if (o->codes[i] == code)
      return o->messages[i];
  return NULL;
}

/* The message cached in C (which holds) for CODE, whose first slot holds
   another code: the rest of the built-in table's probe, then the
   installed tables' part (omerr_cache_unknown for a code of none).  NULL
   when not cached.  */
static inline const char *
omerr_cache_rest (const struct omerr_message_cache *c, uint32_t code)
{
  uint32_t i;

  for (i = omerr_cache_hash (code); c->messages[i] != NULL;
       i = (i + 1) % OMERR_CACHE_SLOTS)
    if (c->codes[i] == code)
      return c->messages[i];
  return omerr_cache_other_probe (c, code);
}

#endif /* OMERR_MESSAGE_CACHE */

#endif
