/* SPDX-License-Identifier: MIT */
/* omerr_gettext and omerr_gettext_l.  */
#include <config.h>

#include <locale.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "message-cache.h"

/* Unknown-code messages live here, one buffer per thread.  */
static _Thread_local char scratch[OMERR_SCRATCH_SIZE];

#ifdef OMERR_MESSAGE_CACHE
/* What is not in the cache, or a code of no table, whose message is
   written into the scratch buffer (the address of which costs a call in
   a shared library).  */
static const char * __attribute__ ((noinline))
not_cached (const struct omerr_message_cache *c, uint32_t code,
            const char *m)
{
  if (m == omerr_cache_unknown)
    {
      omerr_unknown_write (c->unknown, c->unknown_before, c->unknown_after,
                           code, scratch);
      return scratch;
    }
  return omerr_message_fill (code, scratch);
}

/* omerr_gettext after the first slot: out of line, so that the hit keeps
   only CODE and the cache in registers.  */
static const char * __attribute__ ((noinline))
off_first_slot (const struct omerr_message_cache *c, uint32_t code)
{
  const char *m = omerr_cache_rest (c, code);

  if (__builtin_expect (m != NULL && m != omerr_cache_unknown, 1))
    return m;
  return not_cached (c, code, m);
}

/* omerr_gettext when the cache does not hold for the global locale: a
   thread's own locale, a stale cache, none yet.  */
static const char * __attribute__ ((noinline))
uncached (uint32_t code)
{
  /* The thread's locale asked again: passing it costs the hit a move.  */
  const char *m = omerr_cache_lookup (code);

  if (m != NULL)
    return m;
  return omerr_message_fill (code, scratch);
}
#endif

const char *
omerr_gettext (uint32_t code)
{
#ifdef OMERR_MESSAGE_CACHE
  /* The hot path, inline: no call but uselocale, first, so that only
     CODE must survive it.  */
  locale_t locale = uselocale ((locale_t) 0);
  const struct omerr_message_cache *c = omerr_thread_cache;
  uint32_t i;

  if (!omerr_cache_holds_global (c, locale))
    return uncached (code);
  i = omerr_cache_hash (code);
  if (__builtin_expect (c->codes[i] != code, 0))
    return off_first_slot (c, code);
  /* Only a taken slot holds a code that hashes to it: the message is
     there, never NULL.  */
  if (c->messages[i] == NULL)
    __builtin_unreachable ();
  return c->messages[i];
#else
  return omerr_message (code, scratch);
#endif
}

const char *
omerr_gettext_l (uint32_t code, locale_t locale)
{
  /* gettext reads the thread's locale; switch only for this lookup.
     uselocale ((locale_t) 0) just reports the current one.  */
  locale_t previous = uselocale (locale);
  const char *message = omerr_message (code, scratch);

  if (locale != (locale_t) 0)
    uselocale (previous);
  return message;
}
