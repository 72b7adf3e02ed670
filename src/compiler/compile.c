#include <config.h>

#include "compile.h"
#include "diag.h"
#include "language.h"
#include "output.h"
#include "strbuf.h"
#include "table.h"
#include "table-file.h"

#include <stdlib.h>
#include <string.h>

/* PATH without the ROOT/ prefix, as outputs name it.  */
static const char *
display_name (const char *path, const char *root)
{
  size_t n = root ? strlen (root) : 0;
  while (n > 0 && root[n - 1] == '/')
    n--;
  if (n > 0 && strncmp (path, root, n) == 0 && path[n] == '/')
    return path + n + 1;
  return path;
}

static bool
read_table (struct table *t, const struct table_input *in,
            const char *root, struct diag *d)
{
  size_t errors = d->errors;
  bool ok = table_read_file (t, in->path, d);
  t->name = display_name (in->path, root);
  if (in->language != NULL)
    {
      free (t->language);
      t->language = strdup (in->language);
    }
  if (ok)
    table_validate (t, d);
  return ok && d->errors == errors;
}

/* PO_DIR/LL.po from TABLE, keeping translators' edits, and the record of
   this import in STATE_DIR/LL.po for the next one.  */
static bool
write_import (const struct compile_request *req, struct output_set *set,
              const struct table *master, const struct table *table,
              struct diag *d)
{
  struct strbuf path = STRBUF_INIT, state = STRBUF_INIT;
  struct po_entries current = { 0 }, previous = { 0 };
  const char *temp;
  bool ok = strbuf_printf (&path, "%s/%s.po", req->po_dir, table->language)
    && (req->import_state_dir == NULL
        || strbuf_printf (&state, "%s/%s.po", req->import_state_dir,
                          table->language));
  if (!ok)
    diag_error (d, table->src.path, 0, 0, "out of memory");
  ok = ok && po_entries_read (&current, path.data, d)
    && (req->import_state_dir == NULL
        || po_entries_read (&previous, state.data, d))
    && (temp = output_begin (set, path.data, d))
    && catalog_write_import (table, master, table->language, &req->info,
                             &current, &previous, temp, path.data, d);
  if (ok && req->import_state_dir != NULL)
    {
      struct po_entries none = { 0 };
      ok = (temp = output_begin (set, state.data, d))
        && catalog_write_import (table, master, table->language, &req->info,
                                 &none, &none, temp, state.data, d);
    }
  po_entries_free (&current);
  po_entries_free (&previous);
  strbuf_free (&path);
  strbuf_free (&state);
  return ok;
}

/* What EMIT makes of MASTER, to PATH if wanted.  */
static bool
write_c (struct output_set *set, const char *path, const struct table *master,
         const struct catalog_info *info,
         bool (*emit) (const struct table *, const struct catalog_info *,
                       FILE *, struct diag *),
         struct diag *d)
{
  if (path == NULL)
    return true;
  FILE *f = output_open (set, path, d);
  if (f == NULL)
    return false;
  bool ok = emit (master, info, f, d);
  return output_close (set, f, d) && ok;
}

static bool
write_outputs (const struct compile_request *req, const struct table *master,
               const struct table *tables, size_t count, struct diag *d)
{
  struct output_set *set = output_set_new ();
  bool ok = set != NULL;
  const char *temp;
  ok = ok && write_c (set, req->table_file_path, master, &req->info,
                      table_file_emit, d)
    && write_c (set, req->c_table_path, master, &req->info,
                table_file_emit_c, d)
    && write_c (set, req->header_path, master, &req->info,
                table_file_emit_header, d)
    && write_c (set, req->hash_header_path, master, &req->info,
                table_file_emit_hash, d);
  if (ok && req->pot_path)
    ok = (temp = output_begin (set, req->pot_path, d))
      && catalog_write_template (master, &req->info, temp, req->pot_path, d);
  for (size_t i = 0; ok && req->po_dir && i < count; i++)
    ok = write_import (req, set, master, &tables[i], d);
  for (size_t i = 0; ok && i < req->update_count; i++)
    {
      struct po_entries current;
      const char *path = req->update_paths[i];
      ok = po_entries_read (&current, path, d)
        && (temp = output_begin (set, path, d))
        && catalog_update (master, &req->info, &current, temp, path, d);
      po_entries_free (&current);
    }
  ok = ok && output_commit (set, d);
  output_set_free (set);
  return ok;
}

bool
compile_run (const struct compile_request *req, struct diag *d)
{
  size_t count = 1 + req->translation_count;
  struct table *tables = calloc (count, sizeof *tables);
  if (tables == NULL)
    {
      diag_error (d, req->master.path, 0, 0, "out of memory");
      return false;
    }
  bool master_ok = read_table (&tables[0], &req->master, req->source_root, d);
  bool ok = master_ok;
  for (size_t i = 1; i < count; i++)
    {
      bool own_ok = read_table (&tables[i], &req->translations[i - 1],
                                req->source_root, d);
      if (own_ok && master_ok)
        {
          size_t errors = d->errors;
          table_check_against_master (&tables[i], &tables[0], d);
          own_ok = d->errors == errors;
        }
      ok = ok && own_ok;
    }
  /* Each catalog needs a language; two tables must not write one file.  */
  for (size_t i = 0; ok && req->po_dir && i < count; i++)
    {
      if (tables[i].language == NULL)
        {
          diag_error (d, tables[i].src.path, 1, 1, "language unknown: "
                      "add ms.contentlocale to the front matter or name it "
                      "on the command line (LL=%s)", tables[i].src.path);
          ok = false;
        }
      for (size_t j = 0; ok && j < i; j++)
        if (strcmp (tables[i].language, tables[j].language) == 0)
          {
            diag_error (d, tables[i].src.path, 1, 1, "language %s is also "
                        "the language of %s", tables[i].language,
                        tables[j].src.path);
            ok = false;
          }
    }
  if (ok)
    ok = write_outputs (req, &tables[0], tables, count, d);
  for (size_t i = 0; i < count; i++)
    table_free (&tables[i]);
  free (tables);
  return ok;
}
