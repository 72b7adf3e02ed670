/* Writing gettext catalogs (the template and one PO file per language)
   through libgettextpo, so that the files are formatted exactly as the
   gettext tools format them (msgcat reproduces them byte for byte).  */
#ifndef OMERRC_CATALOG_H
#define OMERRC_CATALOG_H

#include <stdbool.h>

struct table;
struct diag;

#include <stddef.h>

/* A message of the program itself rather than a row of the table (the
   library's "unknown code" text): keyed by SYMBOL like the rows, its
   English in the master's catalog; a translation keeps whatever its
   translator wrote for it.  */
struct catalog_extra
{
  const char *symbol;
  const char *english;
};

struct catalog_info
{
  const char *package;          /* Project-Id-Version: PACKAGE VERSION */
  const char *version;
  const char *bugs_address;     /* Report-Msgid-Bugs-To */
  const char *translator;       /* Last-Translator of imported catalogs */
  const char *notice;           /* extra header comment lines (attribution), or NULL */
  const struct catalog_extra *extra;   /* messages that are not table rows */
  size_t extra_count;
};

/* The template: msgid = symbol, msgstr empty, the code and English text as
   extracted comments, a reference to the master table's line.  */
bool catalog_write_template (const struct table *master,
                             const struct catalog_info *info,
                             const char *path, const char *final_path,
                             struct diag *d);
/* LANG's catalog: msgstr = TABLE's text for each of MASTER's symbols (TABLE
   may be MASTER itself), in the master's order.  */
bool catalog_write_translation (const struct table *table,
                                const struct table *master, const char *lang,
                                const struct catalog_info *info,
                                const char *path, const char *final_path,
                             struct diag *d);

/* Brings the existing catalog EXISTING up to date with MASTER, writing
   the result to PATH: every translation is kept; an entry whose English
   changed since it was translated becomes fuzzy, the previous English shown
   as its previous msgid (#|); new symbols arrive untranslated; symbols gone
   from the master become obsolete (#~).  */
bool catalog_update (const struct table *master,
                     const struct catalog_info *info, const char *existing,
                     const char *path, const char *final_path,
                     struct diag *d);

#endif
