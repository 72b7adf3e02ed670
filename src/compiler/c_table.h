/* The generated C side of libomerr: the code table (one string blob and
   offsets, sorted by code, see src/lib/omerr-table.h), the public header
   of constants, and the internal header of the table's hash
   (code_hash.h).  */
#ifndef OMERRC_C_TABLE_H
#define OMERRC_C_TABLE_H

#include <stdbool.h>
#include <stdio.h>

struct table;
struct diag;

/* Write to F (any stream: the fuzzers write to memory).  */
bool c_table_emit_source (const struct table *master, FILE *f,
                          struct diag *d);
bool c_table_emit_header (const struct table *master, FILE *f,
                          struct diag *d);
bool c_table_emit_hash (const struct table *master, FILE *f,
                        struct diag *d);
#endif
