/* A minimal reader of the project's PO files, for checking results
   against the catalogs' own text (independent of gettext's runtime).  */
#ifndef OMERR_TEST_PO_FILE_H
#define OMERR_TEST_PO_FILE_H

#include <stddef.h>

struct po_entry
{
  char *msgid;
  char *msgstr;
};

struct po_file
{
  struct po_entry *entries;     /* header and fuzzy entries left out */
  size_t count;
};

/* Reads $top_srcdir/po/LANG.po; aborts the test program on failure.  */
void po_file_read (struct po_file *po, const char *lang);
/* The msgstr of MSGID, or NULL.  */
const char *po_file_lookup (const struct po_file *po, const char *msgid);
void po_file_free (struct po_file *po);

#endif
