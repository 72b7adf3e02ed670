/* libomerr: the message for an omerr error code, in the user's language.

   The application calls setlocale (LC_ALL, "") once, as with any library
   that uses gettext; the library binds its own text domain "omerr" and
   never changes the locale.  See omerr_gettext(3).  */
#ifndef OMERR_H
#define OMERR_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include <omerr-codes.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined OMERR_BUILDING_LIBRARY && defined __GNUC__
# define OMERR_API __attribute__ ((visibility ("default")))
#else
# define OMERR_API
#endif

/* The message for CODE in the calling thread's LC_MESSAGES locale; the
   compiled-in English when there is no translation; for an unknown code a
   localized message naming it in hex, kept in per-thread storage until the
   thread's next call.  Never NULL.  */
OMERR_API const char *omerr_gettext (uint32_t code);

/* Same, for an explicit locale; the thread's locale is left as it was.  */
OMERR_API const char *omerr_gettext_l (uint32_t code, locale_t locale);

/* Copies the message into BUF of SIZE bytes.  Returns 0, or ERANGE when it
   did not fit: BUF then holds the longest prefix that ends on a character
   boundary of the current LC_CTYPE charset.  *NEEDED (if not NULL) gets the
   size the whole message needs, terminating NUL included.  */
OMERR_API int omerr_gettext_r (uint32_t code, char *buf, size_t size,
                               size_t *needed);

/* The symbolic name of CODE ("OM_E_NO_SERVICE"), or NULL when unknown.  */
OMERR_API const char *omerr_symbol (uint32_t code);

/* Looks SYMBOL up, ignoring ASCII case.  Returns 0 and stores the code in
   *CODE, or returns -1 when there is no such symbol.  */
OMERR_API int omerr_code (const char *symbol, uint32_t *code);

/* The compiled-in English message of CODE (ASCII), or NULL when unknown.  */
OMERR_API const char *omerr_english (uint32_t code);

/* The number of known codes, and the I-th of them in ascending order
   (0 when I is out of range).  */
OMERR_API size_t omerr_count (void);
OMERR_API uint32_t omerr_code_at (size_t i);

#ifdef __cplusplus
}
#endif

#endif
