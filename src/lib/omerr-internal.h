/* SPDX-License-Identifier: MIT */
/* Declarations shared by libomerr's source files; none is exported.  */
#ifndef OMERR_INTERNAL_H
#define OMERR_INTERNAL_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "omerr-table.h"

#define OMERR_DOMAIN "omerr"

#ifdef HAVE_NL_MSG_CAT_CNTR
/* glibc's catalog counter (not declared in any header): setlocale,
   textdomain and bindtextdomain move it whenever they change anything.  */
extern int _nl_msg_cat_cntr;
#endif

/* Catalog key and compiled-in English of the unknown-code message; "%s"
   stands for the code ("0x80CF9999").  It is substituted by hand, never
   passed to printf, so a catalog cannot smuggle in conversions.  */
#define OMERR_UNKNOWN_MSGID "OMERR_UNKNOWN_CODE"
#define OMERR_UNKNOWN_ENGLISH "Unknown error code %s"

/* Room for any unknown-code message the library produces.  */
#define OMERR_SCRATCH_SIZE 256

/* Writes TEMPLATE with its first "%s" replaced by CODE in hex
   ("0x80CF9999") into SCRATCH.  Returns false when TEMPLATE has no "%s"
   or the result does not fit (message.c).  */
int omerr_fill_template (const char *template, uint32_t code, char *scratch);

/* Binds DOMAIN to DIR, its messages asked for in UTF-8 whatever the
   locale's charset (domain.c).  */
void omerr_bind_utf8 (const char *domain, const char *dir);
/* Binds the text domain once per process (thread-safe).  */
void omerr_bind_domain (void);
/* The directory the domain is bound to (after omerr_bind_domain).  */
const char *omerr_catalog_dir (void);

/* Whether gettext must not be asked for DOMAIN's messages: a catalog of
   the domain it could open is damaged (catalog-guard.c).  Binding the
   domain is the caller's business.  */
int omerr_catalog_damaged_for (const char *domain);

/* Writes TEMPLATE, whose "%s" has BEFORE bytes before it and AFTER
   after it, with CODE in hex ("0x80CF9999") in its place into SCRATCH
   (it fits: checked when the template was chosen).  By hand, not
   snprintf: ten times fewer instructions.  */
void omerr_unknown_write (const char *template, size_t before, size_t after,
                          uint32_t code, char *scratch);

/* Room for a codeset name ("UTF-8", "BIG5-HKSCS").  */
#define OMERR_CODESET_SIZE 64

/* How the calling thread's messages are asked for.  */
struct omerr_lookup
{
  int untranslated;             /* LC_MESSAGES is C or POSIX */
  int utf8;                     /* LC_CTYPE's codeset is UTF-8 */
  char charset[OMERR_CODESET_SIZE];   /* that codeset */
};
/* Fills HOW for the calling thread's locale (domain.c); false when its
   codeset is too long a name.  */
int omerr_lookup_now (struct omerr_lookup *how);
/* Whether the thread's LC_MESSAGES is C or POSIX, where gettext
   translates nothing (or its locale cannot be told).  */
int omerr_messages_untranslated (void);

/* The message of CODE in the calling thread's locale.  An unknown-code
   message is written to SCRATCH (OMERR_SCRATCH_SIZE bytes).  */
const char *omerr_message (uint32_t code, char *scratch);
/* The same without looking in the thread's message cache first (the
   caller did); fills the cache.  */
const char *omerr_message_fill (uint32_t code, char *scratch);

#endif
