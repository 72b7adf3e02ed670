/* SPDX-License-Identifier: MIT */
/* The command's own messages: text domain "omerr-cli" (po-cli/), apart
   from the code tables' domains, which the library binds and reads.  */
#ifndef OMERR_CLI_I18N_H
#define OMERR_CLI_I18N_H

#include <libintl.h>

#define CLI_DOMAIN "omerr-cli"

/* The command's own messages, from its catalog once the library's
   damaged-catalog check (omerr_gettext(3), "Damaged catalogs") passed it;
   else the English (xgettext: po-cli/Makevars knows _ and P_).  */
#define _(msgid) cli_gettext (msgid)
#define P_(singular, plural, n) cli_ngettext (singular, plural, n)
/* Marks a string for xgettext, translated later where it is used.  */
#define N_(msgid) msgid

/* gettext and ngettext in CLI_DOMAIN (bound, and made the default
   domain, at the first call), unless the locale translates nothing (no
   catalog is then opened, none checked) or a catalog of CLI_DOMAIN
   gettext could open is damaged: a crash or a hang of gettext otherwise.
   format_arg: a translation is a format as its msgid is (clang's
   -Wformat-security, as for gettext).  */
const char *cli_gettext (const char *msgid) __attribute__ ((format_arg (1)));
const char *cli_ngettext (const char *singular, const char *plural,
                          unsigned long n)
  __attribute__ ((format_arg (1), format_arg (2)));

#endif
