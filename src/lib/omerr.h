/* SPDX-License-Identifier: MIT */
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
#include <omerr-version.h>

/* locale_t is POSIX 2008, not ISO C: <locale.h> declares it (with
   LC_GLOBAL_LOCALE) in the POSIX and GNU modes, and in C++ with glibc,
   not under a strict -std=c99 or c11.  OMERR_HAVE_LOCALE_T tells whether
   omerr_gettext_l is declared; everything else is there either way.  */
#if !defined OMERR_HAVE_LOCALE_T && defined LC_GLOBAL_LOCALE
# define OMERR_HAVE_LOCALE_T 1
#endif

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

#ifdef OMERR_HAVE_LOCALE_T
/* Same, for an explicit locale; the thread's locale is left as it was.  */
OMERR_API const char *omerr_gettext_l (uint32_t code, locale_t locale);
#endif

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

/* Many tables.  Besides the table compiled into the library (named
   "omerr"), libomerr finds the tables installed as
   $(pkgdatadir)/tables/NAME.omt (OMERR_TABLEDIR names another directory
   to read instead), and before them those in the directories of
   OMERR_TABLE_PATH (colon-separated; both ignored in set-uid programs).
   They are looked for once, on the first code the built-in table does not
   know, or on the first call below that needs them.  A damaged table file
   is skipped.  omerr_gettext, omerr_gettext_l, omerr_gettext_r,
   omerr_symbol, omerr_code and omerr_english answer from the first table,
   in lookup order, that knows the code; omerr_count and omerr_code_at
   stay the built-in table's.  See omerr_table(3).  */
typedef struct omerr_table omerr_table;

/* The I-th table in lookup order: 0 is the built-in table "omerr", then
   the tables of OMERR_TABLE_PATH in the order of its directories, then
   the installed ones; within one directory by name (strcmp order), and a
   name already found earlier is not taken again.  NULL past the end.  */
OMERR_API const omerr_table *omerr_table_at (size_t i);

/* The table named NAME, or NULL.  */
OMERR_API const omerr_table *omerr_table_by_name (const char *name);

/* Every table that knows CODE, in lookup order.  Stores at most MAX of
   them in OUT (which may be NULL when MAX is 0) and returns how many
   there are.  */
OMERR_API size_t omerr_tables_for (uint32_t code, const omerr_table **out,
                                   size_t max);

/* The table's name, which is also its text domain ("omerr").  */
OMERR_API const char *omerr_table_name (const omerr_table *t);

/* The table's source and licence notice (UTF-8, may hold several lines),
   "" when it has none.  */
OMERR_API const char *omerr_table_notice (const omerr_table *t);

/* The number of entries in T, and the code of the I-th in ascending
   order (0 when I is out of range or that entry is damaged: not there).  */
OMERR_API size_t omerr_table_size (const omerr_table *t);
OMERR_API uint32_t omerr_table_code_at (const omerr_table *t, size_t i);

/* Whether the I-th entry of T is there, which omerr_table_code_at's 0
   cannot tell (0x00000000 may be a code): 0 and *CODE (if CODE is not
   NULL) set to its code, or -1 when I is out of range or the entry is
   damaged or out of order, so that looking its code up does not find
   it.  */
OMERR_API int omerr_table_entry_at (const omerr_table *t, size_t i,
                                    uint32_t *code);

/* Looks SYMBOL up in T, ignoring ASCII case: 0 and *CODE (if CODE is not
   NULL) set, or -1.  */
OMERR_API int omerr_table_code (const omerr_table *t, const char *symbol,
                                uint32_t *code);

/* The message for CODE in the first language of LANGUAGES that has a
   catalog: a gettext name ("zh_TW"), a BCP 47 tag ("zh-Hant-TW"), or a
   list of them separated by ':' or ','; zh_HK and zh_MO fall back to
   zh_TW.  UTF-8, whatever the locale; English when no language of the
   list has a catalog.  Neither the process's nor the thread's locale is
   used or changed, and no locale need be installed.  Never NULL.  */
OMERR_API const char *omerr_gettext_lang (uint32_t code,
                                          const char *languages);

/* What T says of CODE: its symbol, its English text (UTF-8), the section
   heading it stands under in its source document, a note on its text.
   NULL when T does not know CODE (and, for the last two, when the entry
   has none).  */
OMERR_API const char *omerr_table_symbol (const omerr_table *t,
                                          uint32_t code);
OMERR_API const char *omerr_table_english (const omerr_table *t,
                                           uint32_t code);
OMERR_API const char *omerr_table_group (const omerr_table *t,
                                         uint32_t code);
OMERR_API const char *omerr_table_note (const omerr_table *t,
                                        uint32_t code);

/* T's message for CODE in the calling thread's LC_MESSAGES locale, from
   the catalog of T's text domain, else T's English; NULL when T does not
   know CODE.  */
OMERR_API const char *omerr_table_gettext (const omerr_table *t,
                                           uint32_t code);

/* T's message for CODE as omerr_gettext_lang gives it, from the catalogs
   of T's text domain; NULL when T does not know CODE.  */
OMERR_API const char *omerr_table_gettext_lang (const omerr_table *t,
                                                uint32_t code,
                                                const char *languages);

/* The languages T has a catalog for in the library's locale directory
   ("en", "zh_TW": the names of the LL/LC_MESSAGES/NAME.mo directories
   found, in strcmp order).  Stores at most MAX of them in OUT (constant
   strings, valid for the life of the process) and returns how many
   there are.  */
OMERR_API size_t omerr_table_languages (const omerr_table *t,
                                        const char **out, size_t max);

/* Whether CODE is in a table the library knows (then omerr_symbol (CODE)
   is not NULL).  */
OMERR_API int omerr_is_known (uint32_t code);

/* The version of the library the program runs with ("0.1.0"); compare
   OMERR_VERSION, that of the headers it was compiled with.  */
OMERR_API const char *omerr_version (void);

/* The fields of a code (an HRESULT: severity bit 31, customer bit 29,
   facility bits 16 to 26, number bits 0 to 15), from any integer
   argument taken as its 32 bits; constant expressions for constants
   (case labels, array sizes; not #if, which knows no casts).
   See omerr_severity(3).  */
#define OMERR_SEVERITY(code) ((unsigned) ((uint32_t) (code) >> 31))
#define OMERR_CUSTOMER(code) ((unsigned) (((uint32_t) (code) >> 29) & 1u))
#define OMERR_FACILITY(code) ((unsigned) (((uint32_t) (code) >> 16) & 0x7FFu))
#define OMERR_NUMBER(code) ((unsigned) ((uint32_t) (code) & 0xFFFFu))
/* Whether CODE reports a failure (its severity bit) or a success.  */
#define OMERR_FAILED(code) (OMERR_SEVERITY (code) != 0)
#define OMERR_SUCCEEDED(code) (OMERR_SEVERITY (code) == 0)
/* The code of severity SEV (0 or 1), facility FAC and number NUM.  */
#define OMERR_MAKE_CODE(sev, fac, num) \
  ((uint32_t) (((uint32_t) (sev) & 1u) << 31 \
               | ((uint32_t) (fac) & 0x7FFu) << 16 \
               | ((uint32_t) (num) & 0xFFFFu)))

#ifdef __cplusplus
}
#endif

#endif
