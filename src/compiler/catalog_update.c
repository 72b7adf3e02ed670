/* make update-po's first step: what msgmerge cannot do with symbol keys.  */
#include <config.h>

#include "catalog.h"
#include "diag.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

/* The English an entry was translated from: its "English: ..." comment
   (caller frees), or NULL.  */
static char *
english_of (po_message_t m)
{
  const char *c = po_message_extracted_comments (m);
  const char *at = c ? strstr (c, "English: ") : NULL;
  if (at == NULL || (at != c && at[-1] != '\n'))
    return NULL;
  at += strlen ("English: ");
  return strndup (at, strcspn (at, "\n"));
}

bool
catalog_update (const struct table *master, const struct catalog_info *info,
                struct po_entries *current, const char *path,
                const char *final_path, struct diag *d)
{
  if (current->file == NULL || current->header == NULL)
    {
      diag_error (d, final_path, 0, 0, current->file ? "no header entry"
                  : "no such catalog to update");
      return false;
    }
  po_file_t file = po_file_create ();
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t h = po_new_message ("", po_message_msgstr (current->header));
  po_message_set_comments (h, po_message_comments (current->header));
  po_message_set_fuzzy (h, po_message_is_fuzzy (current->header));
  po_message_insert (it, h);
  bool ok = true;
  for (size_t i = 0; ok && i < master->row_count; i++)
    {
      const struct table_row *row = &master->rows[i];
      struct po_entry *o = po_entries_find (current, row->cell[COLUMN_SYMBOL]);
      po_message_t m = catalog_carry_over (row->cell[COLUMN_SYMBOL], NULL, o);
      /* The source text changed under a translation: review it.  */
      char *was = o ? english_of (o->message) : NULL;
      if (was != NULL && strcmp (was, row->cell[COLUMN_TEXT]) != 0
          && po_message_msgstr (m)[0] != '\0' && !po_message_is_fuzzy (m))
        {
          po_message_set_fuzzy (m, 1);
          po_message_set_prev_msgid (m, was);
        }
      free (was);
      ok = catalog_describe_row (m, master, row);
      po_message_insert (it, m);
    }
  for (size_t i = 0; ok && i < info->extra_count; i++)
    {
      const struct catalog_extra *x = &info->extra[i];
      po_message_t m = catalog_carry_over (x->symbol, NULL,
                                           po_entries_find (current, x->symbol));
      ok = catalog_describe_extra (m, x);
      po_message_insert (it, m);
    }
  /* Symbols gone from the master: kept as obsolete entries (#~).  */
  for (size_t i = 0; ok && i < current->count; i++)
    {
      struct po_entry *e = &current->entries[i];
      if (e->used || po_message_msgstr (e->message)[0] == '\0')
        continue;
      po_message_t m = catalog_carry_over (e->msgid, NULL, e);
      po_message_set_fuzzy (m, po_message_is_fuzzy (e->message));
      po_message_set_obsolete (m, 1);
      po_message_insert (it, m);
    }
  po_message_iterator_free (it);
  ok = ok && po_write (file, path, final_path, d);
  po_file_free (file);
  return ok;
}
