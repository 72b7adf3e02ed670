/* make update-po's first step: what msgmerge cannot do with symbol keys.  */
#include <config.h>

#include "catalog.h"
#include "diag.h"
#include "strbuf.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

/* The English an entry was translated from: its "English: ..." comment
   (caller frees), or NULL.  */
static char *
english_of (struct po_entries *from, po_message_t m)
{
  const char *c = po_entries_extracted_comments (from, m);
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
  struct po_entry_text h = {
    .msgid = "", .msgstr = po_message_msgstr (current->header),
    .comments = po_entries_comments (current, current->header),
    .fuzzy = po_message_is_fuzzy (current->header)
  };
  struct po_writer *w = po_writer_new (&h, path);
  struct strbuf extracted = STRBUF_INIT;
  bool ok = w != NULL;
  for (size_t i = 0; ok && i < master->row_count; i++)
    {
      const struct table_row *row = &master->rows[i];
      struct po_entry *o = po_entries_find (current, row->cell[COLUMN_SYMBOL]);
      struct po_entry_text e;
      ok = catalog_row_entry (&e, &extracted, master, row);
      catalog_carry_over (&e, NULL, current, o);
      /* The source text changed under a translation: review it.  */
      char *was = o ? english_of (current, o->message) : NULL;
      if (was != NULL && strcmp (was, row->cell[COLUMN_TEXT]) != 0
          && e.msgstr[0] != '\0' && !e.fuzzy)
        {
          e.fuzzy = true;
          e.prev_msgid = was;
        }
      ok = ok && po_writer_add (w, &e);
      free (was);
    }
  for (size_t i = 0; ok && i < info->extra_count; i++)
    {
      const struct catalog_extra *x = &info->extra[i];
      struct po_entry_text e;
      ok = catalog_extra_entry (&e, &extracted, x);
      catalog_carry_over (&e, NULL, current,
                          po_entries_find (current, x->symbol));
      ok = ok && po_writer_add (w, &e);
    }
  /* Symbols gone from the master: kept as obsolete entries (#~).  */
  for (size_t i = 0; ok && i < current->count; i++)
    {
      struct po_entry *o = &current->entries[i];
      if (o->used || po_message_msgstr (o->message)[0] == '\0')
        continue;
      struct po_entry_text e = { .msgid = o->msgid, .obsolete = true };
      catalog_carry_over (&e, NULL, current, o);
      e.fuzzy = po_message_is_fuzzy (o->message);
      ok = po_writer_add (w, &e);
    }
  if (w != NULL)
    ok = po_writer_finish (w, path, final_path, d) && ok;
  else
    diag_error (d, final_path, 0, 0, "out of memory");
  strbuf_free (&extracted);
  return ok;
}
