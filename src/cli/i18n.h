/* SPDX-License-Identifier: MIT */
/* The command's own messages: text domain "omerr-cli" (po-cli/), apart
   from the code tables' domains, which the library binds and reads.  */
#ifndef OMERR_CLI_I18N_H
#define OMERR_CLI_I18N_H

#include <libintl.h>

#define CLI_DOMAIN "omerr-cli"

/* The command calls textdomain (CLI_DOMAIN): plain gettext is its own.  */
#define _(msgid) gettext (msgid)
/* Marks a string for xgettext, translated later where it is used.  */
#define N_(msgid) msgid

/* Binds CLI_DOMAIN where the library looks for catalogs
   (OMERR_LOCALEDIR, else the installed locale directory: the library's
   omerr_catalog_dir) and makes it the default domain.  */
void bind_cli_domain (void);

#endif
