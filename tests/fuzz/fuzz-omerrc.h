/* SPDX-License-Identifier: MIT */
/* What the fuzz targets of omerrc's command line share: omerrc's own
   main() (src/compiler/main.c, its main renamed) run in-process on a
   fixed table, in a directory of the target's own, its diagnostics
   caught, and the checks of what it wrote:

   - on failure, nothing written, and each diagnostic one line of
     printable text;
   - on success, the C outputs, read as a C compiler reads them
     (trigraphs, line splices, comments, literals), the same code as for
     the reference run, whatever reached their comments and strings; the
     template parsed by libgettextpo without a complaint.

   A finding aborts.  The compiler tests' fixture (tests/compiler) is
   linked in for its file helpers.  */
#ifndef OMERR_FUZZ_OMERRC_H
#define OMERR_FUZZ_OMERRC_H

#include <errno.h>
#include <gettext-po.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int omerrc_main (int argc, char **argv);
#define main omerrc_main
#include "main.c"
#undef main
#include "fixture.h"              /* tests/compiler: path_in, read_file... */

/* The fixed table: three rows, on lines 8 to 10.  */
static const char fuzz_table[] =
  "---\n"
  "ms.contentlocale: en-US\n"
  "---\n"
  "# Errors\n"
  "\n"
  "| Code | Symbol | Description |\n"
  "|------|--------|-------------|\n"
  "| 0x80CF0001 | OM_E_NO_SERVICE | The service is not running. |\n"
  "| 0x00CF0002 | OM_S_DONE | Done. |\n"
  "| 0x80CF0003 | OM_E_BUSY | The service is busy. |\n";

/* The outputs, under OUT/ of the work directory.  */
enum { OUT_POT, OUT_C, OUT_HEADER, OUT_HASH, OUT_TABLE, OUT_COUNT };
static const char *const fuzz_out_option[OUT_COUNT] = {
  "--pot=", "--c-table=", "--header=", "--hash-header=", "--table-file="
};
static const char *const fuzz_out_name[OUT_COUNT] = {
  "t.pot", "t.c", "t.h", "t-hash.h", "t.omt"
};

/* The work directory (made once; IN/ for inputs, OUT/ for outputs), in
   TMPDIR, else /dev/shm where there is one (each run syncs its outputs to
   disk: in memory, the fuzzer runs several times faster), else /tmp.
   Removed at exit; a crash (abort) leaves it for the reproducer's study.  */
static char *fuzz_work_dir;

static void
fuzz_remove_work_dir (void)
{
  remove_tree (fuzz_work_dir);
}

static const char *
fuzz_dir (const char *sub)
{
  static char *dir, *in, *out;
  if (dir == NULL)
    {
      const char *tmp = getenv ("TMPDIR");
      if (tmp == NULL || *tmp == '\0')
        tmp = access ("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : "/tmp";
      char *t = path_in (tmp, "omerrc-fuzz-XXXXXX");
      if ((dir = mkdtemp (t)) == NULL)
        abort ();
      fuzz_work_dir = dir;
      atexit (fuzz_remove_work_dir);
      in = path_in (dir, "in");
      out = path_in (dir, "out");
      if (mkdir (in, 0700) != 0 || mkdir (out, 0700) != 0)
        abort ();
    }
  return sub == NULL ? dir : strcmp (sub, "in") == 0 ? in : out;
}

/* Runs omerrc with the N arguments ARGS (after the program name) and the
   outputs of the work directory; its diagnostics in *DIAG (caller
   frees).  Returns its exit status.  */
static int
fuzz_omerrc (char *const *args, size_t n, char **diag)
{
  char *argv[OUT_COUNT + 16];
  char *outs[OUT_COUNT];
  size_t argc = 0, diag_len;
  if (n > 15)
    abort ();
  argv[argc++] = (char *) "omerrc";
  for (size_t i = 0; i < OUT_COUNT; i++)
    {
      char *path = path_in (fuzz_dir ("out"), fuzz_out_name[i]);
      outs[i] = malloc (strlen (fuzz_out_option[i]) + strlen (path) + 1);
      if (outs[i] == NULL)
        abort ();
      sprintf (outs[i], "%s%s", fuzz_out_option[i], path);
      argv[argc++] = outs[i];
      /* Each run starts with none: what a failed run wrote shows.  */
      if (unlink (path) != 0 && errno != ENOENT)
        abort ();
      free (path);
    }
  for (size_t i = 0; i < n; i++)
    argv[argc++] = args[i];
  argv[argc] = NULL;
  FILE *saved = stderr, *mem = open_memstream (diag, &diag_len);
  if (mem == NULL)
    abort ();
  stderr = mem;
  optind = 0;                   /* getopt starts over */
  int status = omerrc_main ((int) argc, argv);
  stderr = saved;
  if (fclose (mem) != 0)
    abort ();
  for (size_t i = 0; i < OUT_COUNT; i++)
    free (outs[i]);
  return status;
}

/* Whether output I exists.  */
static bool
fuzz_output_exists (int i)
{
  char *path = path_in (fuzz_dir ("out"), fuzz_out_name[i]);
  struct stat st;
  bool yes = stat (path, &st) == 0;
  free (path);
  return yes;
}

/* Diagnostics: lines of text, each ending in '\n', without a C0 or C1
   control or a bidi control (from outside, one could forge a line, drive
   the terminal or turn text around).  */
static void
fuzz_check_diagnostics (const char *diag)
{
  const unsigned char *p = (const unsigned char *) diag;
  size_t n = strlen (diag);
  if (n > 0 && diag[n - 1] != '\n')
    abort ();
  for (size_t i = 0; i < n; i++)
    if ((p[i] < 0x20 && p[i] != '\n') || p[i] == 0x7F
        || (p[i] == 0xC2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
        || (p[i] == 0xE2 && ((p[i + 1] == 0x80 && p[i + 2] >= 0xAA
                              && p[i + 2] <= 0xAE)
                             || (p[i + 1] == 0x81 && p[i + 2] >= 0xA6
                                 && p[i + 2] <= 0xA9))))
      abort ();
}

/* After a failed run: status 1 or 2, at least one diagnostic, and no
   output written.  */
static void
fuzz_check_failure (int status, const char *diag)
{
  if ((status != 1 && status != 2) || diag[0] == '\0')
    abort ();
  fuzz_check_diagnostics (diag);
  for (int i = 0; i < OUT_COUNT; i++)
    if (fuzz_output_exists (i))
      abort ();
}

/* The C code of TEXT as the compiler sees it, with -trigraphs (C11):
   trigraphs replaced, backslash-newlines removed, each comment one
   space, each string or character literal "" or '' (their contents
   checked to end within the line), white space runs one space.  */
static char *
fuzz_c_code (const char *text, size_t len)
{
  static const char tri_from[] = "=(/)'<!>-", tri_to[] = "#[\\]^{|}~";
  char *a = malloc (len + 1), *code = malloc (len + 1);
  size_t n = 0, m = 0;
  if (a == NULL || code == NULL)
    abort ();
  for (size_t i = 0; i < len; i++)
    {
      const char *t;
      if (text[i] == '?' && i + 2 < len && text[i + 1] == '?'
          && text[i + 2] != '\0' && (t = strchr (tri_from, text[i + 2])))
        a[n++] = tri_to[t - tri_from], i += 2;
      else
        a[n++] = text[i];
    }
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (a[i] == '\\' && i + 1 < n && a[i + 1] == '\n')
      i++;
    else
      a[k++] = a[i];
  n = k;
  for (size_t i = 0; i < n; i++)
    {
      char c = a[i];
      if (c == '/' && i + 1 < n && a[i + 1] == '*')
        {
          char *end = NULL;
          for (size_t j = i + 2; j + 1 < n && end == NULL; j++)
            if (a[j] == '*' && a[j + 1] == '/')
              end = a + j;
          if (end == NULL)
            abort ();           /* a comment never closed */
          i = (size_t) (end - a) + 1;
          c = ' ';
        }
      else if (c == '/' && i + 1 < n && a[i + 1] == '/')
        {
          while (i < n && a[i] != '\n')
            i++;
          c = '\n';
        }
      else if (c == '"' || c == '\'')
        {
          size_t j = i + 1;
          for (; j < n && a[j] != c; j++)
            if (a[j] == '\n')
              abort ();         /* a literal across lines */
            else if (a[j] == '\\')
              j++;
          if (j >= n)
            abort ();
          code[m++] = c;
          i = j;
        }
      if (c == ' ' || c == '\t' || c == '\n')
        {
          if (m > 0 && code[m - 1] != ' ')
            code[m++] = ' ';
        }
      else
        code[m++] = c;
    }
  code[m] = '\0';
  free (a);
  return code;
}

/* Any complaint of libgettextpo about the template is a finding: shown,
   then fatal (a fatal error's handler must not return anyway).  */
static void
fuzz_po_xerror (int severity, po_message_t message, const char *filename,
                size_t lineno, size_t column, int multiline_p,
                const char *message_text)
{
  (void) severity, (void) message, (void) column, (void) multiline_p;
  fprintf (stderr, "%s:%zu: %s\n", filename, lineno, message_text);
  abort ();
}

static void
fuzz_po_xerror2 (int severity, po_message_t message1, const char *filename1,
                 size_t lineno1, size_t column1, int multiline_p1,
                 const char *message_text1, po_message_t message2,
                 const char *filename2, size_t lineno2, size_t column2,
                 int multiline_p2, const char *message_text2)
{
  (void) message2, (void) filename2, (void) lineno2, (void) column2;
  (void) multiline_p2, (void) message_text2;
  fuzz_po_xerror (severity, message1, filename1, lineno1, column1,
                  multiline_p1, message_text1);
}

/* The template of the last run as libgettextpo reads it.  */
static po_file_t
fuzz_read_pot (void)
{
  static const struct po_xerror_handler handler = {
    fuzz_po_xerror, fuzz_po_xerror2
  };
  char *path = path_in (fuzz_dir ("out"), fuzz_out_name[OUT_POT]);
  po_file_t po = po_file_read (path, &handler);
  free (path);
  if (po == NULL)
    abort ();
  return po;
}

/* The C code of output I (the C source or a header).  */
static char *
fuzz_output_code (int i)
{
  char *path = path_in (fuzz_dir ("out"), fuzz_out_name[i]);
  size_t len;
  char *text = read_file (path, &len);
  if (text == NULL)
    abort ();
  char *code = fuzz_c_code (text, len);
  free (text);
  free (path);
  return code;
}

/* The reference run's C code of each C output (compiled under the name
   "ref.md", no --message), and its table file.  */
static char *fuzz_ref_code[OUT_COUNT];
static char *fuzz_ref_table;
static size_t fuzz_ref_table_len;

/* The path of the fixed table under the name NAME (relative to IN/),
   written there.  */
static char *
fuzz_put_table (const char *name)
{
  char *path = path_in (fuzz_dir ("in"), name);
  write_file (path, fuzz_table);
  return path;
}

static void
fuzz_reference (void)
{
  if (fuzz_ref_table != NULL)
    return;
  char *path = fuzz_put_table ("ref.md"), *diag;
  if (fuzz_omerrc (&path, 1, &diag) != 0)
    abort ();
  free (diag);
  for (int i = OUT_C; i <= OUT_HASH; i++)
    fuzz_ref_code[i] = fuzz_output_code (i);
  char *table = path_in (fuzz_dir ("out"), fuzz_out_name[OUT_TABLE]);
  if ((fuzz_ref_table = read_file (table, &fuzz_ref_table_len)) == NULL)
    abort ();
  free (table);
  unlink (path);
  free (path);
}

/* After a successful run: the C outputs the reference's code, the table
   file the reference's bytes.  */
static void
fuzz_check_c_outputs (void)
{
  for (int i = OUT_C; i <= OUT_HASH; i++)
    {
      char *code = fuzz_output_code (i);
      if (strcmp (code, fuzz_ref_code[i]) != 0)
        abort ();
      free (code);
    }
  char *path = path_in (fuzz_dir ("out"), fuzz_out_name[OUT_TABLE]);
  size_t len;
  char *table = read_file (path, &len);
  if (table == NULL || len != fuzz_ref_table_len
      || memcmp (table, fuzz_ref_table, len) != 0)
    abort ();
  free (table);
  free (path);
}

/* The number of messages of PO, the header not counted.  */
static size_t
fuzz_pot_count (po_file_t po)
{
  po_message_iterator_t it = po_message_iterator (po, NULL);
  size_t count = 0;
  for (po_message_t m; (m = po_next_message (it)) != NULL;)
    count += po_message_msgid (m)[0] != '\0';
  po_message_iterator_free (it);
  return count;
}

/* The message MSGID of PO, or NULL when PO has none (two of them
   abort).  */
static po_message_t
fuzz_pot_entry (po_file_t po, const char *msgid)
{
  po_message_iterator_t it = po_message_iterator (po, NULL);
  po_message_t m, found = NULL;
  while ((m = po_next_message (it)) != NULL)
    if (!po_message_is_obsolete (m) && strcmp (po_message_msgid (m), msgid) == 0)
      {
        if (found != NULL)
          abort ();
        found = m;
      }
  po_message_iterator_free (it);
  return found;
}

/* M's extracted comments (caller frees): libgettextpo 0.21 joins them
   into new memory, or gives a constant "" when there are none.  Inline:
   fuzz-file-name does not use it.  */
static inline char *
fuzz_extracted_comments (po_message_t m)
{
  const char *c = po_message_extracted_comments (m);
  return *c != '\0' ? (char *) c : strdup ("");
}

#endif
