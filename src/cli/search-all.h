/* SPDX-License-Identifier: MIT */
#ifndef OMERR_SEARCH_ALL_H
#define OMERR_SEARCH_ALL_H

#include "omerr.h"

/* --search-all: the catalogs of every language installed for one table,
   read through the library's .mo reader (no locale needed).  */
struct catalogs;

/* The catalogs of T in the command's catalog directory; NULL without
   memory (a table with none gives an empty set).  */
struct catalogs *catalogs_open (const omerr_table *t);

/* Whether some catalog's message for SYMBOL contains NEEDLE (UTF-8),
   ignoring case.  */
int catalogs_contain (const struct catalogs *c, const char *symbol,
                      const char *needle);

void catalogs_close (struct catalogs *c);

#endif
