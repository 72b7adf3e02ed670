/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "omerrc.h"

#include <stdarg.h>

void
mem_exhausted (void)
{
  fputs ("omerrc: out of memory\n", stderr);
  exit (1);                     /* output.c's atexit handler cleans up */
}

void *
mem_checked (void *p)
{
  if (p == NULL)
    mem_exhausted ();
  return p;
}

void *
mem_realloc (void *p, size_t n)
{
  return mem_checked (realloc (p, n ? n : 1));
}

static char *
mem_vprintf (const char *fmt, va_list ap)
{
  char *s;
  if (vasprintf (&s, fmt, ap) < 0)
    mem_exhausted ();
  return s;
}

char *
mem_printf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = mem_vprintf (fmt, ap);
  va_end (ap);
  return s;
}

/* open_memstream's size of every stream, which nothing reads.  */
static size_t mem_size;

FILE *
mem_open (char **text)
{
  return mem_checked (open_memstream (text, &mem_size));
}

void
mem_close (FILE *f)
{
  bool failed = ferror (f);
  if (fclose (f) != 0 || failed)
    mem_exhausted ();           /* a stream in memory fails for want of it */
}

struct diag_entry
{
  size_t file;
  unsigned line, column;
  size_t seq;
  bool warning;
  char *message;
};

/* Whether S starts with a bidirectional control.  */
static bool
bidi_control (const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  return p[0] == 0xE2 && ((p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE)
                          || (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9));
}

bool
diag_has_bidi_control (const char *s)
{
  for (; *s != '\0'; s++)
    if (bidi_control (s))
      return true;
  return false;
}

char *
diag_printable (const char *s)
{
  char *text;
  FILE *out = mem_open (&text);
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    if (*p < 0x20 || *p == 0x7F)
      fprintf (out, "\\x%02X", *p);
    else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
      fprintf (out, "\\u%04X", p[1]), p++;
    else if (bidi_control ((const char *) p))
      fprintf (out, "\\u%04X",
               0x2000 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F)), p += 2;
    else
      putc (*p, out);
  mem_close (out);
  return text;
}

static size_t
file_index (struct diag *d, const char *file)
{
  char *name = diag_printable (file);
  for (size_t i = 0; i < d->file_count; i++)
    if (strcmp (d->files[i], name) == 0)
      {
        free (name);
        return i;
      }
  /* A run names a few files.  */
  d->files = mem_realloc (d->files, (d->file_count + 1) * sizeof *d->files);
  d->files[d->file_count] = name;
  return d->file_count++;
}

static void
diag_add (struct diag *d, bool warning, const char *file, unsigned line,
          unsigned column, const char *fmt, va_list ap)
{
  /* A table broken on every line would cost more memory in diagnostics
     than in rows; nobody reads past the first thousands.  */
  if (d->count >= DIAG_KEPT_MAX)
    return;
  char *raw = mem_vprintf (fmt, ap), *text = diag_printable (raw);
  free (raw);
  /* Pages of it untouched cost nothing.  */
  if (d->entries == NULL)
    d->entries = mem_realloc (NULL, DIAG_KEPT_MAX * sizeof *d->entries);
  d->entries[d->count] = (struct diag_entry) {
    file_index (d, file != NULL ? file : "omerrc"), line, column, d->count,
    warning, text
  };
  d->count++;
}

bool
diag_error (struct diag *d, const char *file, unsigned line, unsigned column,
            const char *fmt, ...)
{
  d->errors++;
  va_list ap;
  va_start (ap, fmt);
  diag_add (d, false, file, line, column, fmt, ap);
  va_end (ap);
  return false;
}

void
diag_warning (struct diag *d, const char *file, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  diag_add (d, true, file, 0, 0, fmt, ap);
  va_end (ap);
}

/* By file, line and column, then in the order they were reported.  */
static int
compare_entries (const void *a, const void *b)
{
  const struct diag_entry *x = a, *y = b;
  size_t kx[] = { x->file, x->line, x->column, x->seq }, i = 0;
  size_t ky[] = { y->file, y->line, y->column, y->seq };
  while (i < 3 && kx[i] == ky[i])
    i++;
  return (kx[i] > ky[i]) - (kx[i] < ky[i]);
}

void
diag_flush (struct diag *d, FILE *out)
{
  if (d->count > 1)
    qsort (d->entries, d->count, sizeof *d->entries, compare_entries);
  size_t shown = 0;
  for (size_t i = 0; i < d->count; i++)
    {
      struct diag_entry *e = &d->entries[i];
      char at[24] = "";
      if (e->line > 0)
        snprintf (at, sizeof at, e->column ? ":%u:%u" : ":%u", e->line,
                  e->column);
      fprintf (out, "%s%s: %s: %s\n", d->files[e->file], at,
               e->warning ? "warning" : "error", e->message);
      shown += !e->warning;
    }
  if (d->errors > shown)
    fprintf (out, "omerrc: %zu more errors not shown\n", d->errors - shown);
  fflush (out);
}

void
diag_free (struct diag *d)
{
  for (size_t i = 0; i < d->count; i++)
    free (d->entries[i].message);
  for (size_t i = 0; i < d->file_count; i++)
    free (d->files[i]);
  free (d->entries);
  free (d->files);
  *d = (struct diag) DIAG_INIT;
}
