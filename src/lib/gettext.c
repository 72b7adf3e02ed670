/* omerr_gettext and omerr_gettext_l.  */
#include <config.h>

#include <locale.h>

#include "omerr.h"
#include "omerr-internal.h"
#include "message-cache.h"

/* Unknown-code messages live here, one buffer per thread.  */
static _Thread_local char scratch[OMERR_SCRATCH_SIZE];

const char *
omerr_gettext (uint32_t code)
{
#ifdef OMERR_MESSAGE_CACHE
  /* The hot path, inline: no call but uselocale.  */
  const char *m = omerr_cache_first_slot (code);

  if (__builtin_expect (m != NULL, 1))
    return m;
  /* Then the whole cache (a thread's own locale, a code off its first
     slot), still without the scratch buffer, whose address costs a call
     in a shared library.  */
  m = omerr_cache_lookup (code);
  if (m != NULL)
    return m;
  return omerr_message_fill (code, scratch);
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
