/* SPDX-License-Identifier: MIT */
/* libFuzzer target: omerrc compiling a fixed table under a file name from
   the fuzzer (fuzz-omerrc.h).  The name reaches the C outputs' comments,
   the template's "#:" references and header comment, and the
   diagnostics: each must carry it harmlessly (the C code and the table
   file those of the reference run, the template parsed by libgettextpo
   with each reference naming exactly this file and line) or the run
   refuse it, writing nothing.  A '/' in the name makes directories under
   IN/ ("a*" / "b.md"); a name with an empty, "." or ".." part is not
   tried, as it would leave IN/.  */
#include <config.h>

#include "fuzz-omerrc.h"
#include "fuzz-string.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Whether NAME's parts are each a file name of IN/'s tree.  */
static bool
name_stays_inside (const char *name)
{
  const char *p = name;
  for (;;)
    {
      size_t n = strcspn (p, "/");
      if (n == 0 || n > 255 || (n == 1 && p[0] == '.')
          || (n == 2 && p[0] == '.' && p[1] == '.'))
        return false;
      if (p[n] == '\0')
        return true;
      p += n + 1;
    }
}

/* The rows of fuzz_table: symbol and line.  */
static const struct { const char *symbol; int line; } rows[] = {
  { "OM_E_NO_SERVICE", 8 }, { "OM_S_DONE", 9 }, { "OM_E_BUSY", 10 }
};

/* The template of a run that took NAME: the rows' entries only, each
   referring to NAME at its line.  A name with white space is written as
   is, as xgettext 0.21 writes one, and libgettextpo reads it as several
   references: only the entries are checked then.  */
static void
check_pot (const char *name)
{
  po_file_t po = fuzz_read_pot ();
  if (fuzz_pot_count (po) != sizeof rows / sizeof *rows)
    abort ();
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
    {
      po_message_t m;
      po_filepos_t pos;
      if ((m = fuzz_pot_entry (po, rows[i].symbol)) == NULL)
        abort ();
      if (strpbrk (name, " \t") != NULL)
        continue;
      if ((pos = po_message_filepos (m, 0)) == NULL
          || po_message_filepos (m, 1) != NULL
          || strcmp (po_filepos_file (pos), name) != 0
          || po_filepos_start_line (pos) != (size_t) rows[i].line)
        abort ();
    }
  po_file_free (po);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *name = fuzz_string (data, size);
  if (name == NULL)
    return 0;
  fuzz_reference ();
  if (!name_stays_inside (name))
    {
      free (name);
      return 0;
    }
  /* The directories of NAME, made under IN/, removed afterwards.  */
  char *path = path_in (fuzz_dir ("in"), name), *diag;
  size_t base = strlen (fuzz_dir ("in")) + 1, made = 0;
  bool ok = true;
  for (char *slash = strchr (path + base, '/'); ok && slash != NULL;
       slash = strchr (slash + 1, '/'))
    {
      *slash = '\0';
      ok = mkdir (path, 0700) == 0;
      made += ok;
      *slash = '/';
    }
  FILE *f = ok ? fopen (path, "w") : NULL;
  if (f != NULL)
    {
      if (fputs (fuzz_table, f) == EOF || fclose (f) != 0)
        abort ();
      char *args[] = { NULL, path };
      args[0] = malloc (strlen (fuzz_dir ("in")) + 16);
      if (args[0] == NULL)
        abort ();
      sprintf (args[0], "--source-root=%s", fuzz_dir ("in"));
      int status = fuzz_omerrc (args, 2, &diag);
      if (status == 0)
        {
          fuzz_check_diagnostics (diag);
          fuzz_check_c_outputs ();
          check_pot (name);
        }
      else
        fuzz_check_failure (status, diag);
      free (diag);
      free (args[0]);
      unlink (path);
    }
  while (made-- > 0)
    {
      *strrchr (path + base, '/') = '\0';
      if (rmdir (path) != 0)
        abort ();
    }
  free (path);
  free (name);
  return 0;
}
