/* SPDX-License-Identifier: MIT */
/* PO files: read through libgettextpo (the one reader, also the tests'),
   written here in gettext's plain form without line wrapping, so that
   `msgcat --no-wrap` reproduces every file byte for byte.  */
#ifndef OMERRC_PO_FILE_H
#define OMERRC_PO_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

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
/* The entry for MSGID (the active one if any), or NULL.  */
struct pofile_entry *pofile_find (const struct pofile *f, const char *msgid);
/* Its msgstr when translated (non-empty, not fuzzy, not obsolete), or NULL.  */
const char *pofile_translation (const struct pofile *f, const char *msgid);
void pofile_free (struct pofile *f);

/* Writes E to OUT, after an empty line unless E is the header (which
   comes first); write errors stay in OUT's error indicator.  */
void pofile_write_entry (FILE *out, const struct pofile_entry *e);

#endif
