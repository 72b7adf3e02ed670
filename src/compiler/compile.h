/* SPDX-License-Identifier: MIT */
/* One run of omerrc: read the tables, validate them, write every output or
   none.  */
#ifndef OMERRC_COMPILE_H
#define OMERRC_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

struct diag;

struct table_input
{
  const char *path;
  const char *language;      /* gettext name given on the command line, or NULL */
};

struct compile_request
{
  struct table_input master;
  struct table_input *translations;
  size_t translation_count;
  const char *columns;       /* header names: code,symbol,description; or NULL */
  const char *source_root;   /* outputs name inputs relative to it; or NULL */
  const char *notes_path;    /* notes on the master's rows (notes.c), or NULL */
  const char *pot_path;      /* outputs; NULL: not wanted */
  const char *po_dir;         /* imports: PO_DIR/LL.po per table */
  const char *import_state_dir;  /* what the last import brought in, or NULL */
  const char *table_file_path;  /* the table file (src/lib/table-format.h) */
  const char *c_table_path;
  const char *header_path;
  const char *hash_header_path;
  const char **update_paths;  /* existing catalogs to bring up to date */
  size_t update_count;
  struct catalog_info info;
};

/* Returns true when every table was valid and every wanted output written.  */
bool compile_run (const struct compile_request *req, struct diag *d);

#endif
