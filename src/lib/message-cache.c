/* SPDX-License-Identifier: MIT */
/* The per-thread message cache: allocation, identity, filling.
   The rules for when it holds are in message-cache.h.  */
#include <config.h>

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "omerr-internal.h"
#include "message-cache.h"

#ifdef OMERR_MESSAGE_CACHE

/* (locale_t) 0, which uselocale never returns: no lookup matches.  */
struct omerr_message_cache omerr_no_cache;
__thread struct omerr_message_cache *omerr_thread_cache = &omerr_no_cache;

/* Whether the thread has looked a message up before.  */
static __thread bool asked_before;

/* A thread keeps a cache for each of the last locales it asked in, up
   to SETS, so that locales used by turns (omerr_gettext_l for each
   request's language) each keep theirs: a new cache costs an allocation
   and a dgettext call per code, more than the dgettext it saves.  The
   caches are found by their locale's address (BUCKETS chains).

   With more locales by turns than SETS, evicting the least recently used
   cache for each new locale would make every call a miss that fills a
   cache (a calloc of the whole table) only to evict it before it is
   asked again: 20 times dgettext's cost.  So a full thread admits a new
   locale only when it has come back more often than the cache it would
   evict: each cache counts the turns it was made current, and FREQS
   counters (by locale address) the turns of the locales missed; all
   are halved every AGING turns, so that a new set of locales soon
   outweighs the old.  A locale not admitted is answered without a cache
   (message.c), and SETS of the locales keep theirs.  A cache that can
   hold no more (a counter change) goes first, whatever its count.  The
   counters are many more than the locales a thread is likely to use:
   with 256 of them and 256 locales by turns, locales sharing a counter
   looked as if they came back more often than any cache, and a cache was
   evicted and made again at every sixth turn or so.  */
#define SETS 64
#define BUCKET_BITS 7
#define BUCKETS (1u << BUCKET_BITS)
#define FREQ_BITS 10
#define FREQS (1u << FREQ_BITS)
#define AGING 1024
#define VALID_BITS 10
#define VALID (1u << VALID_BITS)

/* The messages of the built-in table's codes asked for in a locale left
   without a cache (more locales by turns than SETS), found by locale and
   code, PAIRS of them per thread: without them every such call would ask
   gettext and check its catalogs, which costs twice what dgettext alone
   does.  Each holds while gettext's answer cannot change, as a cache does
   (message-cache.h): the same counter, and for a thread locale the same
   names, kept here; a locale whose names do not fit is not remembered.  */
#define PAIR_BITS 10
#define PAIRS (1u << PAIR_BITS)
struct pair
{
  locale_t locale;
  uint32_t code;
  int counter;
  const char *message;          /* NULL: free */
  char name[40], codeset[24];
};

struct thread_caches
{
  unsigned count, clock;
  /* The cache that goes next (NULL: to be found again), and when it was
     last made current.  */
  struct omerr_message_cache *victim;
  unsigned victim_used;
  struct omerr_message_cache *set[SETS];
  struct omerr_message_cache *bucket[BUCKETS];
  /* The counts, a byte each, eight to a word (halved a word at a time).  */
  uint64_t freq[FREQS / 8];
  /* Texts found valid (omerr_cache_valid_slot).  */
  const char *valid[VALID];
  /* The pairs (NULL: none yet), and the locale and counter a message that
     goes in one was asked for under (PENDING: such a message is being
     looked up, omerr_cache_now to omerr_cache_remember).  */
  struct pair *pairs;
  locale_t pending_locale;
  int pending_counter;
  bool pending;
};

/* The hash in BITS bits of the address P, whose low ALIGN bits say
   nothing (Fibonacci hashing).  */
static unsigned
address_hash (const void *p, unsigned align, unsigned bits)
{
  return (uint32_t) ((uint32_t) ((uintptr_t) p >> align) * 2654435769u)
         >> (32 - bits);
}

/* LOCALE's hash in BITS bits.  */
static unsigned
locale_hash (locale_t locale, unsigned bits)
{
  return address_hash (locale, 4, bits);
}

/* Every AGING turns of T, the counts halved.  */
static void __attribute__ ((noinline))
age (struct thread_caches *t)
{
  unsigned i;

  for (i = 0; i < FREQS / 8; i++)
    t->freq[i] = (t->freq[i] >> 1) & 0x7F7F7F7F7F7F7F7Fu;
  for (i = 0; i < t->count; i++)
    t->set[i]->turns /= 2;
}

/* One more turn of T: a switch or a miss.  */
static inline void
count_turn (struct thread_caches *t)
{
  if (++t->clock % AGING == 0)
    age (t);
}

/* The calling thread's caches (NULL: none yet).  */
static __thread struct thread_caches *caches;

/* A new, empty cache with the identity COUNTER and LOCALE; NULL without
   memory.  calloc frees every slot: each code is one that does not hash
   to its slot (0, and for slot 0 another), so no lookup matches it, and
   each message is NULL.  */
static struct omerr_message_cache *
new_cache (int counter, locale_t locale)
{
  struct omerr_message_cache *c = calloc (1, sizeof *c);
  uint32_t spare = 1;

  if (c == NULL)
    return NULL;
  while (omerr_cache_hash (spare) == 0)
    spare++;
  c->codes[0] = spare;
  /* A thread locale's names are compared by content: its address may be
     reused by another locale.  The global locale's are never read (see
     omerr_lookup_now): the counter tells all of its changes.  */
  if (locale != LC_GLOBAL_LOCALE)
    {
      c->name_copy = strdup (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES),
                                            locale));
      c->codeset_copy = strdup (nl_langinfo_l (CODESET, locale));
    }
  if ((locale != LC_GLOBAL_LOCALE
       && (c->name_copy == NULL || c->codeset_copy == NULL))
      || !omerr_lookup_now (&c->how))
    {
      free (c->name_copy);
      free (c->codeset_copy);
      free (c);
      return NULL;
    }
  c->counter = counter;
  c->locale = locale;
  c->global = locale == LC_GLOBAL_LOCALE ? locale : (locale_t) 0;
  return c;
}

static void
free_cache (struct omerr_message_cache *c)
{
  if (c != NULL)
    {
      free (c->name_copy);
      free (c->codeset_copy);
      free (c->others);
      free (c);
    }
}

/* Frees a thread's caches when it exits.  */
static pthread_key_t cache_key;
static int cache_key_made;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;

static void
free_caches (void *p)
{
  struct thread_caches *t = p;
  unsigned i;

  /* A later thread-exit destructor may still ask for a message: it gets
     its answer without a cache, which nothing would free.  */
  omerr_thread_cache = &omerr_no_cache;
  caches = NULL;
  asked_before = false;
  for (i = 0; i < t->count; i++)
    free_cache (t->set[i]);
  free (t->pairs);
  free (t);
}

static void
make_cache_key (void)
{
  cache_key_made = pthread_key_create (&cache_key, free_caches) == 0;
}

/* After dlclose no destructor of ours may run: live threads then keep
   their caches (a leak, not a crash).  */
__attribute__ ((destructor)) static void
delete_cache_key (void)
{
  if (cache_key_made)
    pthread_key_delete (cache_key);
}

/* The calling thread's caches, made on first use; NULL without memory.  */
static struct thread_caches *
thread_caches (void)
{
  struct thread_caches *t = caches;

  if (t != NULL)
    return t;
  pthread_once (&cache_key_once, make_cache_key);
  if (!cache_key_made)
    return NULL;
  t = calloc (1, sizeof *t);
  if (t != NULL && pthread_setspecific (cache_key, t) != 0)
    {
      free (t);
      t = NULL;
    }
  caches = t;
  return t;
}

const char omerr_cache_unknown[] = "";

const char *
omerr_cache_probe_on (const struct omerr_message_cache *c, uint32_t code,
                      uint32_t i)
{
  while (c->messages[i] != NULL)
    {
      if (c->codes[i] == code)
        return c->messages[i];
      i = (i + 1) % OMERR_CACHE_SLOTS;
    }
  return NULL;
}

/* Whether the cache C was filled for the thread-specific LOCALE's
   LC_MESSAGES name and LC_CTYPE codeset.  */
static int
same_names (const struct omerr_message_cache *c, locale_t locale)
{
  return strcmp (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale),
                 c->name_copy) == 0
         && strcmp (nl_langinfo_l (CODESET, locale), c->codeset_copy) == 0;
}

/* Whether the cache C holds for the calling thread, in LOCALE, at
   COUNTER.  For the global locale the counter says it all: setlocale
   changes it whenever it changes a category.  */
static int
holds (const struct omerr_message_cache *c, locale_t locale, int counter)
{
  return c->locale == locale && c->counter == counter
         && (locale == LC_GLOBAL_LOCALE || same_names (c, locale));
}

/* The thread's cache other than the current one that holds for LOCALE
   at COUNTER, made current; NULL when there is none.  */
static struct omerr_message_cache * __attribute__ ((noinline))
switch_to (locale_t locale, int counter)
{
  struct thread_caches *t = caches;
  struct omerr_message_cache *c;

  if (t == NULL)
    return NULL;
  for (c = t->bucket[locale_hash (locale, BUCKET_BITS)]; c != NULL;
       c = c->chain)
    if (c->locale == locale && holds (c, locale, counter))
      {
        count_turn (t);
        c->used = t->clock;
        c->turns++;
        omerr_thread_cache = c;
        return c;
      }
  return NULL;
}

/* The cache of T to evict for a new one at COUNTER: one that can hold no
   more, else the least recently used.  */
static struct omerr_message_cache *
victim (struct thread_caches *t, int counter)
{
  unsigned i, oldest = 0;

  /* Found again once it was made current since.  */
  if (t->victim == NULL || t->victim->used != t->victim_used)
    {
      for (i = 0; i < SETS && t->set[i]->counter == counter; i++)
        if (t->set[i]->used < t->set[oldest]->used)
          oldest = i;
      t->victim = t->set[i < SETS ? i : oldest];
      t->victim_used = t->victim->used;
    }
  return t->victim;
}

/* Puts C, a new cache of T, in place of OLD (NULL: in a free place).  */
static void
replace (struct thread_caches *t, struct omerr_message_cache *old,
         struct omerr_message_cache *c)
{
  struct omerr_message_cache **p;
  unsigned i = t->count;

  if (old != NULL)
    {
      for (p = &t->bucket[locale_hash (old->locale, BUCKET_BITS)]; *p != old;
           p = &(*p)->chain)
        ;
      *p = old->chain;
      for (i = 0; t->set[i] != old; i++)
        ;
      free_cache (old);
      t->victim = NULL;
    }
  else
    t->count++;
  t->set[i] = c;
  p = &t->bucket[locale_hash (c->locale, BUCKET_BITS)];
  c->chain = *p;
  *p = c;
  c->used = t->clock;
  omerr_thread_cache = c;
}

/* Out of line: the hit of a thread locale keeps its few registers.  */
static const char * __attribute__ ((noinline))
other_probe (const struct omerr_message_cache *c, uint32_t code)
{
  return omerr_cache_other_probe (c, code);
}

/* CODE's pair in T for LOCALE.  */
static struct pair *
pair_of (struct thread_caches *t, locale_t locale, uint32_t code)
{
  return &t->pairs[address_hash ((const void *) ((uintptr_t) locale
                                                 ^ ((uintptr_t) code << 4)),
                                 4, PAIR_BITS)];
}

/* The message remembered for CODE in the thread-specific or global
   LOCALE at COUNTER, or NULL.  */
static const char * __attribute__ ((noinline))
pair_lookup (locale_t locale, uint32_t code, int counter)
{
  const struct pair *p;

  if (caches == NULL || caches->pairs == NULL)
    return NULL;
  p = pair_of (caches, locale, code);
  if (p->locale != locale || p->code != code || p->counter != counter
      || p->message == NULL)
    return NULL;
  if (locale != LC_GLOBAL_LOCALE
      && (strcmp (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale),
                  p->name) != 0
          || strcmp (nl_langinfo_l (CODESET, locale), p->codeset) != 0))
    return NULL;
  return p->message;
}

void
omerr_cache_remember (uint32_t code, const char *message)
{
  struct thread_caches *t = caches;
  locale_t locale;
  struct pair *p;
  const char *name = "", *codeset = "";

  if (t == NULL || !t->pending)
    return;
  t->pending = false;
  locale = t->pending_locale;
  if (locale != LC_GLOBAL_LOCALE)
    {
      name = nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), locale);
      codeset = nl_langinfo_l (CODESET, locale);
    }
  if (strlen (name) >= sizeof p->name || strlen (codeset) >= sizeof p->codeset
      || (t->pairs == NULL
          && (t->pairs = calloc (PAIRS, sizeof *t->pairs)) == NULL))
    return;
  p = pair_of (t, locale, code);
  p->locale = locale;
  p->code = code;
  p->counter = t->pending_counter;
  p->message = message;
  strcpy (p->name, name);
  strcpy (p->codeset, codeset);
}

const char *
omerr_cache_lookup (uint32_t code)
{
  locale_t locale = uselocale ((locale_t) 0);
  const struct omerr_message_cache *c = omerr_thread_cache;
  int counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);
  const char *m;

  if (!holds (c, locale, counter)
      && (c = switch_to (locale, counter)) == NULL)
    return pair_lookup (locale, code, counter);
  m = omerr_cache_probe (c, code);
  if (m == NULL)
    m = other_probe (c, code);
  /* A code of no table: the caller writes its message.  */
  return m != omerr_cache_unknown ? m : NULL;
}

struct omerr_message_cache *
omerr_cache_now (void)
{
  /* Read before anything is looked up: a change during the filling then
     shows as a stale counter on the next call.  */
  int counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);
  locale_t locale = uselocale ((locale_t) 0);
  struct thread_caches *t;
  struct omerr_message_cache *c, *old = NULL;
  unsigned char *freq;
  bool admit = true;

  if (holds (omerr_thread_cache, locale, counter))
    return omerr_thread_cache;
  if ((c = switch_to (locale, counter)) != NULL)
    return c;
  /* A thread's first lookup goes without a cache: a program that asks
     once (the omerr command) would pay for a cache it never reads.  */
  if (!asked_before)
    {
      asked_before = true;
      return NULL;
    }
  t = thread_caches ();
  if (t == NULL)
    return NULL;
  t->pending = false;
  /* Compared before this miss counts: by turns, the locale missed and
     the cache that would go have come back as often, and the cache
     stays.  Twice as often, since two locales that share a counter count
     as one that came back twice as often (with 256 locales by turns,
     each asked for many codes, a 12 KiB cache was made and lost every
     sixth call or so).  */
  freq = (unsigned char *) t->freq + locale_hash (locale, FREQ_BITS);
  if (t->count == SETS)
    {
      old = victim (t, counter);
      admit = old->counter != counter || *freq > 2 * old->turns;
    }
  count_turn (t);
  if (*freq < UCHAR_MAX)
    ++*freq;
  if (!admit)
    {
      t->pending = true;
      t->pending_locale = locale;
      t->pending_counter = counter;
      return NULL;
    }
  /* One calloc, which for a large cache gets pages that come zeroed, and
     no memset call that only large tables would need (see
     tests/lib/relocations.sh).  */
  c = new_cache (counter, locale);
  if (c == NULL)
    return NULL;
  c->turns = *freq;
  replace (t, old, c);
  return c;
}

const char **
omerr_cache_valid_slot (const char *t)
{
  return caches != NULL ? &caches->valid[address_hash (t, 3, VALID_BITS)]
         : NULL;
}

void
omerr_cache_store (struct omerr_message_cache *c, uint32_t code,
                   const char *message)
{
  uint32_t i;

  for (i = omerr_cache_hash (code);; i = (i + 1) % OMERR_CACHE_SLOTS)
    if (c->messages[i] == NULL || c->codes[i] == code)
      {
        c->codes[i] = code;
        c->messages[i] = message;
        return;
      }
}

void
omerr_cache_other_store (struct omerr_message_cache *c, uint32_t code,
                         const char *message)
{
  struct omerr_other_cache *o = c->others;
  uint32_t i;

  if (o == NULL && (o = c->others = calloc (1, sizeof *o)) == NULL)
    return;
  for (i = omerr_other_hash (code);; i = (i + 1) % OMERR_OTHER_SLOTS)
    if (o->messages[i] == NULL || o->codes[i] == code)
      break;
  if (o->messages[i] == NULL)
    {
      if (o->used >= OMERR_OTHER_SLOTS / 2)
        return;
      o->used++;
    }
  o->codes[i] = code;
  o->messages[i] = message;
}

#endif /* OMERR_MESSAGE_CACHE */
