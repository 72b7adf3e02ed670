/* SPDX-License-Identifier: MIT */
/* --search-all: messages of every installed language, whatever the
   locale, so that a message pasted in one language finds its code in a
   terminal of another.  */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "omerr-internal.h"
#include "mo-file.h"
#include "search.h"
#include "search-all.h"

/* As many languages as omerr_table_languages reports, up to this.  */
#define MAX_LANGUAGES 256

struct catalogs
{
  struct omerr_mo *mo[MAX_LANGUAGES];
  size_t n;
  locale_t utf8;                /* LC_CTYPE for comparing UTF-8 text */
};

struct catalogs *
catalogs_open (const omerr_table *t)
{
  const char *languages[MAX_LANGUAGES];
  size_t n = omerr_table_languages (t, languages, MAX_LANGUAGES), i;
  struct catalogs *c = calloc (1, sizeof *c);
  char *path;

  if (c == NULL)
    return NULL;
  if (n > MAX_LANGUAGES)
    n = MAX_LANGUAGES;
  for (i = 0; i < n; i++)
    {
      if (asprintf (&path, "%s/%s/LC_MESSAGES/%s.mo", omerr_catalog_dir (),
                    languages[i], omerr_table_name (t)) < 0)
        continue;
      /* A damaged catalog is left out, as the library leaves it out.  */
      c->mo[c->n] = omerr_mo_open (path);
      if (c->mo[c->n] != NULL)
        c->n++;
      free (path);
    }
  c->utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
  return c;
}

int
catalogs_contain (const struct catalogs *c, const char *symbol,
                  const char *needle)
{
  locale_t previous = (locale_t) 0;
  const char *message;
  size_t i;
  int found = 0;

  /* Case folding of UTF-8 text needs a UTF-8 LC_CTYPE; without one,
     contains_ignoring_case folds ASCII only.  */
  if (c->utf8 != (locale_t) 0)
    previous = uselocale (c->utf8);
  for (i = 0; i < c->n && !found; i++)
    {
      message = omerr_mo_get (c->mo[i], symbol);
      found = message != NULL && contains_ignoring_case (message, needle);
    }
  if (c->utf8 != (locale_t) 0)
    uselocale (previous);
  return found;
}

void
catalogs_close (struct catalogs *c)
{
  size_t i;

  if (c == NULL)
    return;
  for (i = 0; i < c->n; i++)
    omerr_mo_close (c->mo[i]);
  if (c->utf8 != (locale_t) 0)
    freelocale (c->utf8);
  free (c);
}
