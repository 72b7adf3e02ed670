/* SPDX-License-Identifier: MIT */
/* An error table as read from one Markdown document (one table, or every
   table of a many-table page with the three columns): rows of code,
   symbol and description, each with the position it came from.  */
#ifndef OMERRC_TABLE_H
#define OMERRC_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "source.h"

enum table_column { COLUMN_CODE, COLUMN_SYMBOL, COLUMN_TEXT, COLUMN_COUNT };

struct table_row
{
  char *cell[COLUMN_COUNT];           /* rendered plain text */
  unsigned line;
  unsigned column[COLUMN_COUNT];      /* where each cell starts */
  uint32_t code;                      /* valid once validated */
  /* The heading of the row's table in a document of many tables, or NULL
     (kept in struct table's groups).  */
  const char *group;
  char *note;              /* on the published text (data/ notes), or NULL */
};

struct table
{
  struct source src;
  const char *name;          /* how outputs refer to the file (may be a
                                path relative to the source tree) */
  char *language;            /* gettext form (zh_TW), NULL if unknown */
  char *date;                /* front matter ms.date as YYYY-MM-DD, or NULL */
  unsigned header_line;      /* line of the first table's header row, 0: none */
  struct table_row *rows;
  size_t row_count, row_cap;
  char **groups;             /* the headings rows point to */
  size_t group_count;
  /* Row indices sorted by code and by symbol, which validation computes
     anyway; NULL until then (or when not every row had a valid key).  The
     outputs read them: they are only made of valid tables.  */
  size_t *by_code, *by_symbol;
};

/* Reads the table of PATH (or of the TEXT given, LEN bytes, malloc'd with a
   spare byte, taken over).  COLUMNS names the header cells of the code,
   symbol and description columns ("Error code,Message,Description"); NULL:
   they are the three columns of the first three-column table.  Problems go
   to D; false when the document could not be read as a table at all.  */
bool table_read_file (struct table *t, const char *path, const char *columns,
                      struct diag *d);
bool table_read_text (struct table *t, const char *path, char *text,
                      size_t len, const char *columns, struct diag *d);
void table_free (struct table *t);
/* Lines of a piece of a long document (a variable: tests make it small),
   and how many pieces were parsed so far.  */
extern unsigned table_piece_lines;
extern unsigned long table_pieces_parsed;

/* Why SYMBOL cannot name a code (not [A-Z][A-Z0-9_]*, or a name C or
   its library uses), or NULL when it can.  */
const char *table_symbol_problem (const char *symbol);
/* Whether S has a bidirectional control anywhere (diag_bidi_control).  */
bool table_has_bidi_control (const char *s);
/* Whether S ends in a backslash: on the last line of a PO comment ("#.
   English: ...") gettext's reader takes it for a line continuation.  */
bool table_text_ends_in_backslash (const char *s);
/* Checks the rows one by one and against each other; sets each row's code.
   A row repeating an earlier one (code, symbol and text) is dropped.  */
void table_validate (struct table *t, struct diag *d);
/* Checks that TRANSLATION has exactly MASTER's codes, each with the same
   symbol.  Both must be validated.  */
void table_check_against_master (const struct table *translation,
                                 const struct table *master, struct diag *d);
/* The row of CODE in a valid T, or NULL.  */
const struct table_row *table_find_code (const struct table *t, uint32_t code);

#endif
