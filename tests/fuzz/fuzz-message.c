/* SPDX-License-Identifier: MIT */
/* libFuzzer target: omerrc's --message option (fuzz-omerrc.h).  The
   fuzzer's bytes are the values of up to 8 --message options, separated
   by NUL bytes (as arguments are).  Either the run refuses them, writing
   nothing, or the template, parsed by libgettextpo, holds the table's
   rows and one entry per message, keyed by its symbol (a valid one) and
   showing its English text exactly; the C outputs are the reference
   run's.  */
#include <config.h>

#include "fuzz-omerrc.h"
#include "omerrc.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

enum { MAX_MESSAGES = 8 };

static void
check_pot (char *const *values, size_t n)
{
  static const char *const symbols[] = { "OM_E_NO_SERVICE", "OM_S_DONE",
                                         "OM_E_BUSY" };
  po_file_t po = fuzz_read_pot ();
  if (fuzz_pot_count (po) != 3 + n)
    abort ();
  for (size_t i = 0; i < 3; i++)
    if (fuzz_pot_entry (po, symbols[i]) == NULL)
      abort ();
  for (size_t i = 0; i < n; i++)
    {
      const char *value = values[i] + strlen ("--message=");
      const char *eq = strchr (value, '=');
      char *symbol = strndup (value, (size_t) (eq - value));
      po_message_t m = symbol ? fuzz_pot_entry (po, symbol) : NULL;
      char *comments = m ? fuzz_extracted_comments (m) : NULL;
      size_t want = strlen ("English: ") + strlen (eq + 1) + 1;
      size_t have = comments ? strlen (comments) : 0;
      /* The English last, whole, on a line of its own.  */
      if (symbol == NULL || comments == NULL
          || table_symbol_problem (symbol) != NULL || have < want
          || (have > want && comments[have - want - 1] != '\n')
          || strncmp (comments + have - want, "English: ", 9) != 0
          || strncmp (comments + have - want + 9, eq + 1, want - 10) != 0
          || comments[have - 1] != '\n')
        abort ();
      free (comments);
      free (symbol);
    }
  po_file_free (po);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *values[MAX_MESSAGES + 1], *diag;
  size_t n = 0;
  fuzz_reference ();
  for (size_t start = 0; start <= size && n < MAX_MESSAGES; n++)
    {
      const uint8_t *nul = memchr (data + start, '\0', size - start);
      size_t len = nul ? (size_t) (nul - data) - start : size - start;
      if ((values[n] = malloc (len + 11)) == NULL)
        abort ();
      memcpy (values[n], "--message=", 10);
      memcpy (values[n] + 10, data + start, len);
      values[n][10 + len] = '\0';
      start += len + 1;
    }
  values[n] = fuzz_put_table ("ref.md");
  int status = fuzz_omerrc (values, n + 1, &diag);
  if (status == 0)
    {
      fuzz_check_diagnostics (diag);
      fuzz_check_c_outputs ();
      check_pot (values, n);
    }
  else
    fuzz_check_failure (status, diag);
  free (diag);
  for (size_t i = 0; i <= n; i++)
    free (values[i]);
  return 0;
}
