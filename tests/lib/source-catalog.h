/* SPDX-License-Identifier: MIT */
/* The catalogs of the source tree, read through omerrc's one PO reader
   (src/compiler/catalog.c, libgettextpo), for checking the library's
   answers against the catalogs' own text.  */
#ifndef OMERR_TEST_SOURCE_CATALOG_H
#define OMERR_TEST_SOURCE_CATALOG_H

#include <stdio.h>
#include <stdlib.h>

#include "omerrc.h"

/* Reads $top_srcdir/po/LANG.po into PO; aborts the test on failure.  */
static inline void
read_source_catalog (struct pofile *po, const char *lang)
{
  const char *srcdir = getenv ("top_srcdir");
  char path[4096];
  struct diag d = DIAG_INIT;
  snprintf (path, sizeof path, "%s/po/%s.po", srcdir ? srcdir : ".", lang);
  if (!pofile_read (po, path, &d) || po->file == NULL || po->count == 0)
    {
      diag_flush (&d, stderr);
      fprintf (stderr, "%s: cannot read the catalog\n", path);
      abort ();
    }
  diag_free (&d);
}

#endif
