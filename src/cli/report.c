/* SPDX-License-Identifier: MIT */
/* The output for one code, in each style.  */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "complain.h"
#include "explain.h"
#include "i18n.h"
#include "json.h"
#include "printable.h"
#include "report.h"
#include "utf8-message.h"
#include "wrap.h"

/* Continuation lines of a wrapped message.  */
#define HANGING_INDENT 4

struct report_options report_options = { STYLE_FULL, 0, 0 };

/* The JSON members of ORIGIN.  */
static void
json_origin (const struct origin *origin)
{
  if (origin == NULL)
    return;
  if (origin->file != NULL)
    {
      fputs (",\"file\":", stdout);
      json_string (stdout, origin->file);
      printf (",\"line\":%lu", origin->line);
    }
  if (origin->input != NULL)
    {
      fputs (",\"input\":", stdout);
      json_string (stdout, origin->input);
    }
}

static void
report_json (const omerr_table *t, uint32_t code, const struct origin *origin)
{
  const char *symbol = t != NULL ? omerr_table_symbol (t, code) : NULL;
  const char *group = t != NULL ? omerr_table_group (t, code) : NULL;
  const char *language, *message = utf8_message (t, code, &language);

  printf ("{\"code\":\"0x%08" PRIX32 "\",\"value\":%" PRIu32
          ",\"signed\":%" PRId32 ",\"symbol\":",
          code, code, (int32_t) code);
  if (symbol != NULL)
    json_string (stdout, symbol);
  else
    fputs ("null", stdout);
  fputs (",\"message\":", stdout);
  json_string (stdout, message);
  fputs (",\"language\":", stdout);
  json_string (stdout, language);
  printf (",\"known\":%s", symbol != NULL ? "true" : "false");
  fputs (",\"table\":", stdout);
  if (t != NULL)
    json_string (stdout, omerr_table_name (t));
  else
    fputs ("null,\"error\":\"unknown code\"", stdout);
  if (group != NULL)
    {
      fputs (",\"group\":", stdout);
      json_string (stdout, group);
    }
  if (report_options.explain)
    printf (",\"severity\":%u,\"customer\":%u,\"facility\":%u,\"number\":%u",
            (unsigned) (code >> 31), (unsigned) (code >> 29) & 1,
            (unsigned) (code >> 16) & 0x7FF, (unsigned) code & 0xFFFF);
  json_origin (origin);
  fputs ("}\n", stdout);
}

void
report_bad_input (const char *input, const char *error)
{
  if (report_options.style != STYLE_JSON)
    return;
  fputs ("{\"input\":", stdout);
  json_string (stdout, input);
  fputs (",\"known\":false,\"error\":", stdout);
  json_string (stdout, error);
  fputs ("}\n", stdout);
}

/* Writes LINE, wrapped when the output is a terminal.  */
static void
put_line (const char *line)
{
  put_wrapped (stdout, line, report_options.width, HANGING_INDENT);
}

/* One more line of --explain, printable, wrapped as the message is (the
   newline that ends FORMAT is put_line's).  */
static void
put_field (const char *format, const char *value)
{
  char *safe = printable (value), *line = NULL;

  if (safe != NULL && asprintf (&line, format, safe) >= 0)
    {
      line[strcspn (line, "\n")] = '\0';
      put_line (line);
      free (line);
    }
  free (safe);
}

void
report_entry (const omerr_table *t, uint32_t code, const struct origin *origin)
{
  const char *symbol = t != NULL ? omerr_table_symbol (t, code) : NULL;
  const char *message, *file = "";
  char *safe, *line, where[32] = "";
  int n;

  if (report_options.style == STYLE_JSON)
    {
      report_json (t, code, origin);
      return;
    }
  message = t != NULL ? omerr_table_gettext (t, code) : omerr_gettext (code);
  if (origin != NULL && origin->file != NULL)
    {
      file = origin->file;
      snprintf (where, sizeof where, ":%lu: ", origin->line);
    }
  /* asprintf, not a memory stream: open_memstream's 8 kB buffer, cleared
     and then touched, cost each run of the command about 8,000
     instructions and two page faults.  */
  if (report_options.style == STYLE_MESSAGE)
    n = asprintf (&line, "%s%s%s", file, where, message);
  else if (t != NULL)
    n = asprintf (&line, "%s%s0x%08" PRIX32 " (%s) -- %" PRIu32 " (%" PRId32
                  ") [%s]: %s", file, where, code, symbol, code,
                  (int32_t) code, omerr_table_name (t), message);
  else
    n = asprintf (&line, "%s%s0x%08" PRIX32 " (%s) -- %" PRIu32 " (%" PRId32
                  "): %s", file, where, code, _("unknown"), code,
                  (int32_t) code, message);
  if (n < 0)
    return;
  /* Catalogs, tables and file names are text from outside.  */
  safe = printable (line);
  if (safe != NULL)
    put_line (safe);
  free (safe);
  free (line);
  if (report_options.explain && report_options.style == STYLE_FULL)
    {
      explain_code (stdout, code, report_options.width);
      if (t != NULL && omerr_table_group (t, code) != NULL)
        put_field (_("  group: %s\n"), omerr_table_group (t, code));
      if (t != NULL && omerr_table_note (t, code) != NULL)
        put_field (_("  note: %s\n"), omerr_table_note (t, code));
    }
}

int
report_code (uint32_t code, const omerr_table *only,
             const struct origin *origin)
{
  const omerr_table *first, **all;
  size_t n, i;

  if (only != NULL)
    {
      if (omerr_table_symbol (only, code) == NULL)
        {
          /* Not "unknown": another table may know it.  */
          if (report_options.style == STYLE_JSON)
            {
              printf ("{\"code\":\"0x%08" PRIX32 "\",\"known\":false,"
                      "\"table\":", code);
              json_string (stdout, omerr_table_name (only));
              fputs (",\"error\":\"not in this table\"", stdout);
              json_origin (origin);
              fputs ("}\n", stdout);
            }
          else
            complain (_("0x%08" PRIX32 " is not in table '%s'"), code,
                      omerr_table_name (only));
          return 1;
        }
      report_entry (only, code, origin);
      return 0;
    }
  n = omerr_tables_for (code, &first, 1);
  if (n == 0)
    {
      report_entry (NULL, code, origin);
      return 1;
    }
  if (n == 1)
    {
      report_entry (first, code, origin);
      return 0;
    }
  all = malloc (n * sizeof *all);
  if (all == NULL)
    {
      report_entry (first, code, origin);
      return 0;
    }
  n = omerr_tables_for (code, all, n);
  for (i = 0; i < n; i++)
    report_entry (all[i], code, origin);
  free (all);
  return 0;
}
