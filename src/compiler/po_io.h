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

/* A new message.  */
po_message_t po_new_message (const char *msgid, const char *msgstr);
/* Writes FILE to PATH; a failure is reported as about FINAL_PATH.  */
bool po_write (po_file_t file, const char *path, const char *final_path,
               struct diag *d);

#endif
