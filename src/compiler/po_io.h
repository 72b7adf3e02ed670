/* Reading and writing PO files through libgettextpo, whose fatal errors
   must not return: they are turned into diagnostics here.  */
#ifndef OMERRC_PO_IO_H
#define OMERRC_PO_IO_H

#include <gettext-po.h>
#include <stdbool.h>
#include <stddef.h>

struct diag;

/* The entries of an existing catalog, sorted by msgid for lookups.  */
struct po_entry
{
  const char *msgid;
  po_message_t message;
  bool used;                  /* set by whoever consumed it */
};

struct po_entries
{
  po_file_t file;             /* NULL when there was no such file */
  po_message_t header;
  struct po_entry *entries;
  size_t count;
  char **owned;               /* strings libgettextpo allocated for us */
  size_t owned_count;
};

/* Reads PATH into E.  A missing file gives an empty E and true; an
   unreadable or malformed one is reported to D and gives false.  */
bool po_entries_read (struct po_entries *e, const char *path, struct diag *d);
/* The entry for MSGID (obsolete ones included), or NULL.  */
struct po_entry *po_entries_find (const struct po_entries *e, const char *msgid);
/* Its msgstr when translated (non-empty, not fuzzy, not obsolete), or NULL.  */
const char *po_entries_translation (const struct po_entries *e,
                                    const char *msgid);
void po_entries_free (struct po_entries *e);
/* A message's translator or extracted comments ("" when none), valid until
   po_entries_free: libgettextpo allocates them afresh on every call and
   leaves them to the caller.  */
const char *po_entries_comments (struct po_entries *e, po_message_t m);
const char *po_entries_extracted_comments (struct po_entries *e,
                                           po_message_t m);

/* A new message.  */
po_message_t po_new_message (const char *msgid, const char *msgstr);
/* Writes FILE to PATH; a failure is reported as about FINAL_PATH.  */
bool po_write (po_file_t file, const char *path, const char *final_path,
               struct diag *d);

/* One entry to write, its strings borrowed until po_writer_add returns.  */
struct po_entry_text
{
  const char *msgid;
  const char *msgstr;
  const char *comments;        /* translator comments, or NULL */
  const char *extracted;       /* extracted comments, lines ending in \n */
  const char *ref_file;        /* reference file:line, or NULL */
  size_t ref_line;
  bool fuzzy;
  const char *prev_msgid;      /* #| msgid, or NULL */
  bool no_c_format;
  bool obsolete;
};

/* Writes a catalog entry by entry.  An entry that gettext would print on
   single lines is formatted here; the others (wrapped text, escapes, flags,
   comments) go through libgettextpo, so the file is byte for byte what
   msgcat writes, at a fraction of libgettextpo's cost for large tables.  */
struct po_writer;
/* HEADER: msgid "", its comments, fuzzy or not (borrowed until it
   returns).  The catalog goes to PATH, which may be opened at once.  */
struct po_writer *po_writer_new (const struct po_entry_text *header,
                                 const char *path);
bool po_writer_add (struct po_writer *w, const struct po_entry_text *e);
/* Writes everything to PATH and frees W.  */
bool po_writer_finish (struct po_writer *w, const char *path,
                       const char *final_path, struct diag *d);

#endif
