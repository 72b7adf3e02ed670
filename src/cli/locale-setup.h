/* SPDX-License-Identifier: MIT */
#ifndef OMERR_LOCALE_SETUP_H
#define OMERR_LOCALE_SETUP_H

/* setlocale (LC_CTYPE and LC_MESSAGES, "") and, when the requested locale
   is not installed but a catalog for its language is, a UTF-8 stand-in
   that lets gettext still use that catalog (for the codes' messages and
   the command's own).  Warns once on stderr in that case (translated:
   i18n.h).  */
void setup_locale (const char *program_name);

#endif
