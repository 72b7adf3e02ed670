/* SPDX-License-Identifier: MIT */
/* libFuzzer target: omerrc's front end on arbitrary bytes, as a table file
   would bring them: read, validate, emit the C table and header into
   memory and the catalog template to /dev/null.  */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerrc.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
emit (const struct table *t, struct diag *d)
{
  static const struct catalog_info info = {
    "omerr", "0", "bugs@example.org", "fuzzer", NULL, NULL, 0,
    "2026-01-01 00:00+0000"
  };
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  if (mem == NULL)
    abort ();
  if (!table_file_emit (t, &info, mem, d))
    abort ();
  if (fclose (mem) != 0)
    abort ();
  /* A table that validated has rows, and the file holds each symbol.  */
  for (size_t i = 0; i < t->row_count; i++)
    if (memmem (buf, len, t->rows[i].cell[COLUMN_SYMBOL],
                strlen (t->rows[i].cell[COLUMN_SYMBOL]) + 1) == NULL)
      abort ();
  free (buf);
  if ((mem = fopen ("/dev/null", "w")) == NULL)
    abort ();
  if (table_file_emit_c (t, &info, mem, d)
      && table_file_emit_header (t, &info, mem, d))
    table_file_emit_hash (t, &info, mem, d);
  catalog_write_template (t, &info, mem, d);
  fclose (mem);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *text = malloc (size + 1);
  if (text == NULL)
    return 0;
  memcpy (text, data, size);
  struct diag d = DIAG_INIT;
  struct table t;
  if (table_read (&t, "fuzz.md", text, size, NULL, NULL, &d))
    {
      size_t errors = d.errors;
      table_validate (&t, &d);
      if (d.errors == errors)
        emit (&t, &d);
    }
  table_free (&t);
  FILE *null = fopen ("/dev/null", "w");
  if (null != NULL)
    {
      diag_flush (&d, null);
      fclose (null);
    }
  diag_free (&d);
  return 0;
}
