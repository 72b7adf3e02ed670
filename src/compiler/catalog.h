/* Writing gettext catalogs (the template and one PO file per language)
   through libgettextpo, so that the files are formatted exactly as the
   gettext tools format them (msgcat reproduces them byte for byte).  */
#ifndef OMERRC_CATALOG_H
#define OMERRC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "po_io.h"

struct table;
struct table_row;
struct diag;
struct strbuf;

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

/* LANG's catalog imported from TABLE (which may be MASTER itself), in the
   master's order, written to PATH.  CURRENT is the catalog as it stands
   (translators' work) and PREVIOUS what the last import brought in (both
   may be empty).  An entry a translator changed is kept unless the
   imported text itself changed since the previous import; without a
   record of the previous import, a translator's text is never replaced.
   With CURRENT and PREVIOUS empty this is the plain import, which is also
   what is recorded as the next run's PREVIOUS.  */
bool catalog_write_import (const struct table *table,
                           const struct table *master, const char *lang,
                           const struct catalog_info *info,
                           struct po_entries *current,
                           const struct po_entries *previous,
                           const char *path, const char *final_path,
                           struct diag *d);

/* Brings the catalog CURRENT up to date with MASTER, writing the result to
   PATH: every translation is kept; an entry whose English changed since it
   was translated becomes fuzzy, the previous English shown as its previous
   msgid (#|); new symbols arrive untranslated; symbols gone from the master
   become obsolete (#~).  */
bool catalog_update (const struct table *master,
                     const struct catalog_info *info,
                     struct po_entries *current, const char *path,
                     const char *final_path, struct diag *d);

/* Shared by the writers: an entry for a table ROW or an EXTRA message
   (EXTRACTED receives its comments, kept until the entry is written), and
   what the translator had in OLD carried over: msgstr (unless MSGSTR is
   given), comments, and, unless MSGSTR is given, the fuzzy state.  */
bool catalog_row_entry (struct po_entry_text *e, struct strbuf *extracted,
                        const struct table *master,
                        const struct table_row *row);
bool catalog_extra_entry (struct po_entry_text *e, struct strbuf *extracted,
                          const struct catalog_extra *x);
void catalog_carry_over (struct po_entry_text *e, const char *msgstr,
                         struct po_entries *from, struct po_entry *old);

#endif
