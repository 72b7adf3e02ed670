/* SPDX-License-Identifier: MIT */
/* PO files: read through libgettextpo (the one reader, also the tests'),
   written here in gettext's plain form without line wrapping, so that
   `msgcat --no-wrap` reproduces every file byte for byte.  And the
   gettext catalogs omerrc writes of them: the template, the catalogs
   imported from the tables, and a translator's catalog brought up to
   date.  Each entry is keyed by symbol and shows the code, the English
   text, and the row's group and note when it has them, as extracted
   comments.  */
#ifndef OMERRC_CATALOG_H
#define OMERRC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct table;
struct diag;

/* One entry, as read (strings owned by its struct pofile: the comments
   its own, the others libgettextpo's) or to write (strings borrowed).  */
struct pofile_entry
{
  const char *msgctxt;        /* or NULL */
  const char *msgid;          /* "" and not obsolete: the header */
  const char *msgstr;
  const char *comments;       /* translator comments, lines, or NULL */
  const char *extracted;      /* extracted comments, lines, or NULL */
  const char *prev_msgid;     /* #| msgid, or NULL */
  const char *ref_file;       /* #: FILE:LINE (writing only), or NULL */
  size_t ref_line;
  bool fuzzy;
  bool obsolete;
  bool no_c_format;
  bool used;                  /* set by whoever consumed a read entry */
};

struct pofile
{
  struct po_file *file;       /* libgettextpo's, holding the strings, or NULL */
  struct pofile_entry header; /* msgid "" (msgstr NULL when none) */
  struct pofile_entry *entries;  /* sorted by msgid, active ones first */
  size_t count;
};

/* Reads PATH into F.  A missing file gives an empty F and true; an
   unreadable or malformed one is reported to D and gives false.  */
bool pofile_read (struct pofile *f, const char *path, struct diag *d);
/* Its msgstr when translated (non-empty, not fuzzy, not obsolete), or NULL.  */
const char *pofile_translation (const struct pofile *f, const char *msgid);
void pofile_free (struct pofile *f);

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

/* An output made of the validated MASTER, written to F (any stream: the
   fuzzers write to memory), the table named INFO->package, with the
   notice INFO->notice (or none); false after reporting to D.  */
typedef bool output_writer (const struct table *master,
                            const struct catalog_info *info, FILE *f,
                            struct diag *d);

/* The catalog of TABLE's language imported from TABLE (which may be
   MASTER itself), in the master's order.  CURRENT is the catalog as it
   stands (translators' work) and PREVIOUS what the last import brought in
   (both may be empty).
   An entry a translator changed is kept unless the imported text itself
   changed since the previous import; without a record of the previous
   import, a translator's text is never replaced.  The master's catalog
   (TABLE MASTER) is MASTER's texts, whatever CURRENT has.  Returns the
   number of entries kept as translators' that PREVIOUS does not have.
   With CURRENT and PREVIOUS empty this is the plain import, which is also
   what is recorded as the next run's PREVIOUS.
   TABLE NULL: CURRENT, a catalog with a header (PREVIOUS not used),
   brought up to date with MASTER: every translation is kept; an entry
   whose English changed since it was translated becomes fuzzy, the
   previous English shown as its previous msgid (#|); new symbols arrive
   untranslated; symbols gone from the master become obsolete (#~).  With
   CURRENT empty, that is the template: msgid = symbol, msgstr empty, a
   reference to the master table's line.  */
size_t catalog_write (const struct table *table, const struct table *master,
                      const struct catalog_info *info, struct pofile *current,
                      const struct pofile *previous, FILE *out);
/* The template, written as table-file.h's files are.  */
output_writer catalog_write_template;

#endif
