/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "omerrc.h"

/* PATH without the ROOT/ prefix, as outputs name it.  */
static const char *
display_name (const char *path, const char *root)
{
  size_t n = root ? strlen (root) : 0;
  while (n > 0 && root[n - 1] == '/')
    n--;
  return n > 0 && strncmp (path, root, n) == 0 && path[n] == '/'
    ? path + n + 1 : path;
}

/* Text the outputs carry in comments and headers: no control character,
   bidi control or end of a C comment.  */
static bool
safe_text (const char *s, const char *what, const char *file, struct diag *d)
{
  const unsigned char *p = (const unsigned char *) s;
  while (*p >= 0x20 && *p != 0x7F && !(p[0] == '*' && p[1] == '/'))
    p++;
  if (*p == '\0' && !diag_has_bidi_control (s))
    return true;
  return diag_error (d, file, 0, 0, "%s has a control character or '*/', "
                     "which the outputs cannot carry", what);
}

/* Reads and validates IN; a translation's MASTER, or NULL.  */
static bool
read_table (struct table *t, const struct table_input *in,
            const struct table *master, const struct compile_request *req,
            struct diag *d)
{
  size_t errors = d->errors;
  bool ok = table_read (t, in->path, NULL, 0, req->columns, master, d);
  t->name = display_name (in->path, req->source_root);
  if (in->language != NULL)     /* LL=FILE: over the front matter's */
    free (t->language), t->language = mem_strdup (in->language);
  if (ok)
    table_validate (t, d);
  return safe_text (t->name, "the file name", in->path, d) && ok
    && d->errors == errors;
}

/* The header fields of the command line, and the --message symbols:
   valid, and no row's nor another's.  */
static void
check_info (const struct catalog_info *info, const struct table *master,
            struct diag *d)
{
  const char *fields[] = { info->package, info->version, info->bugs_address,
                           info->translator };
  for (size_t i = 0; i < 4; i++)
    if (fields[i] != NULL)
      safe_text (fields[i], "a catalog header field", "omerrc", d);
  for (size_t i = 0; i < info->extra_count; i++)
    {
      const char *s = info->extra[i].symbol;
      const char *problem = table_symbol_problem (s);
      if (problem != NULL)
        diag_error (d, "--message", 0, 0, "invalid symbol '%s': %s", s,
                    problem);
      if (table_line_ends_in_backslash (info->extra[i].english))
        diag_error (d, "--message", 0, 0, "a line of the text of %s ends "
                    "in a backslash, which gettext's PO reader would join "
                    "with the next line of the template", s);
      for (size_t j = 0; j < i; j++)
        if (strcmp (s, info->extra[j].symbol) == 0)
          diag_error (d, "--message", 0, 0, "symbol %s given twice", s);
      for (size_t j = 0; j < master->row_count; j++)
        if (strcmp (s, master->rows[j].cell[COLUMN_SYMBOL]) == 0)
          diag_error (d, "--message", 0, 0, "symbol %s is also on line %u "
                      "of %s", s, master->rows[j].line, master->src.path);
    }
}

/* PATHS[0], TABLE's import, and its record PATHS[1] (or NULL) for the
   next; or (TABLE NULL) PATHS[0] brought up to date with MASTER.  */
static bool
write_catalog (const struct compile_request *req, struct output_set *set,
               const struct table *master, const struct table *table,
               char *const paths[2], struct diag *d)
{
  struct pofile po[2] = { { 0 }, { 0 } };
  bool ok = pofile_read (&po[0], paths[0], d)
    && (paths[1] == NULL || pofile_read (&po[1], paths[1], d));
  if (ok && table == NULL && po[0].header.msgid == NULL)
    ok = diag_error (d, paths[0], 0, 0, po[0].file ? "no header entry"
                     : "no such catalog to update");
  for (int i = 0; ok && i < 2 && paths[i] != NULL; i++)
    {
      /* The record is a plain import, with the catalog's header.  */
      struct pofile none = { 0 }, kept = { .header = po[0].header };
      FILE *f = output_open (set, paths[i], catalog_run_dates (table, master),
                             d);
      size_t unrecorded = f == NULL ? 0
        : catalog_write (table, master, &req->info, i ? &kept : &po[0],
                         i ? &none : &po[1], f);
      if (unrecorded > 0)
        diag_warning (d, paths[0], "%zu %s kept as translators' edits, their "
                      "text differing from %s's: no record of the last "
                      "import tells an edit from a text the table has "
                      "changed since (--import-state=DIR keeps one)",
                      unrecorded, unrecorded == 1 ? "entry" : "entries",
                      table->name);
      ok = f != NULL && output_close (set, d);
    }
  pofile_free (&po[0]);
  pofile_free (&po[1]);
  return ok;
}

static bool
write_outputs (const struct compile_request *req, const struct table *master,
               const struct table *tables, size_t count, struct diag *d)
{
  const char *paths[] = { req->table_file_path, req->c_table_path,
                          req->header_path, req->hash_header_path,
                          req->pot_path };
  output_writer *const emit[] = {
    table_file_emit, table_file_emit_c, table_file_emit_header,
    table_file_emit_hash, catalog_write_template
  };
  enum { FIXED = sizeof paths / sizeof *paths };
  /* PO_DIR/LL.po and STATE/LL.po (or NULL) for each table, then the
     catalogs to update and NULL.  */
  size_t imports = req->po_dir ? count : 0, n = imports + req->update_count;
  char **catalog = mem_realloc (NULL, 2 * n * sizeof *catalog);
  for (size_t i = 0; i < 2 * n; i++)
    {
      const char *dir = i % 2 ? req->import_state_dir : req->po_dir;
      catalog[i] = i / 2 >= imports     /* an update: no record */
        ? (i % 2 ? NULL : mem_strdup (req->update_paths[i / 2 - imports]))
        : dir ? mem_printf ("%s/%s.po", dir, tables[i / 2].language) : NULL;
    }
  /* Every output is named, and refused if an input, first.  */
  struct output_set *set = output_set_new (FIXED + 2 * n);
  bool ok = true;
  for (size_t i = 0; i < FIXED + 2 * n; i++)
    {
      const char *path = i < FIXED ? paths[i] : catalog[i - FIXED];
      ok = (path == NULL || output_add (set, path, d)) && ok;
    }
  for (size_t i = 0; i < count; i++)
    ok = output_not_input (set, tables[i].src.path, d) && ok;

  for (size_t i = 0; ok && i < FIXED; i++)
    if (paths[i] != NULL)
      {
        FILE *f = output_open (set, paths[i], paths[i] == req->pot_path
                               ? catalog_run_dates (NULL, master) : 0, d);
        ok = f != NULL && emit[i] (master, &req->info, f, d);
        ok = (f == NULL || output_close (set, d)) && ok;
      }
  for (size_t i = 0; ok && i < n; i++)
    ok = write_catalog (req, set, master, i < imports ? &tables[i] : NULL,
                        &catalog[2 * i], d);
  ok = ok && output_commit (set, d);
  output_set_free (set);
  for (size_t i = 0; i < 2 * n; i++)
    free (catalog[i]);
  free (catalog);
  return ok;
}

bool
compile_run (const struct compile_request *req, struct diag *d)
{
  size_t count = 1 + req->translation_count;
  /* The translations are read even when the master is not valid, for
     their own errors.  */
  struct table *tables = mem_realloc (NULL, count * sizeof *tables);
  size_t errors = d->errors;
  bool master_ok = false;
  for (size_t i = 0; i < count; i++)
    {
      const struct table_input *in = i ? &req->translations[i - 1]
                                       : &req->master;
      bool own_ok = read_table (&tables[i], in, i ? &tables[0] : NULL, req,
                                d);
      if (own_ok && i == 0 && req->notes_path != NULL)
        notes_attach (&tables[0], req->notes_path, d);
      else if (own_ok && master_ok)
        table_check_against_master (&tables[i], &tables[0], d);
      master_ok = i == 0 ? d->errors == errors : master_ok;
    }
  if (d->errors == errors)
    check_info (&req->info, &tables[0], d);
  bool ok = d->errors == errors;
  /* Each catalog needs a language; two tables must not write one file.  */
  for (size_t i = 0; ok && req->po_dir && i < count; i++)
    {
      if (tables[i].language == NULL)
        ok = diag_error (d, tables[i].src.path, 1, 1, "language unknown: "
                         "add ms.contentlocale to the front matter or name "
                         "it on the command line (LL=%s)", tables[i].src.path);
      for (size_t j = 0; ok && j < i; j++)
        if (strcmp (tables[i].language, tables[j].language) == 0)
          ok = diag_error (d, tables[i].src.path, 1, 1, "language %s is also "
                           "the language of %s", tables[i].language,
                           tables[j].src.path);
    }
  if (ok)
    ok = write_outputs (req, &tables[0], tables, count, d);
  for (size_t i = 0; i < count; i++)
    table_free (&tables[i]);
  free (tables);
  return ok;
}
