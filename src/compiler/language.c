#include <config.h>

#include "language.h"
#include "strbuf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool
all_of (const char *s, size_t n, int (*pred) (int))
{
  for (size_t i = 0; i < n; i++)
    if (!pred ((unsigned char) s[i]))
      return false;
  return n > 0;
}

char *
language_from_tag (const char *tag)
{
  struct strbuf out = STRBUF_INIT;
  const char *script = NULL;
  size_t script_len = 0;
  bool ok = true;
  int part = 0;
  for (const char *p = tag; ok && *p != '\0'; part++)
    {
      size_t n = strcspn (p, "-_");
      if (part == 0 && (n == 2 || n == 3) && all_of (p, n, isalpha))
        for (size_t i = 0; ok && i < n; i++)
          ok = strbuf_putc (&out, (char) tolower ((unsigned char) p[i]));
      else if (part > 0 && n == 4 && all_of (p, n, isalpha) && script == NULL)
        script = p, script_len = n;
      else if (part > 0 && ((n == 2 && all_of (p, n, isalpha))
                            || (n == 3 && all_of (p, n, isdigit))))
        {
          ok = strbuf_putc (&out, '_');
          for (size_t i = 0; ok && i < n; i++)
            ok = strbuf_putc (&out, (char) toupper ((unsigned char) p[i]));
        }
      else
        ok = false;
      p += n;
      if (*p != '\0' && *++p == '\0')
        ok = false;
    }
  /* gettext spells scripts as modifiers (sr@latin); Hant/Hans are implied
     by the region in gettext's world and are dropped.  */
  if (ok && script != NULL && strncasecmp (script, "Han", 3) != 0)
    ok = strbuf_puts (&out, strncasecmp (script, "Latn", 4) == 0
                      ? "@latin" : strncasecmp (script, "Cyrl", 4) == 0
                      ? "@cyrillic" : "") && (script_len == 4);
  if (!ok || out.len == 0)
    {
      strbuf_free (&out);
      return NULL;
    }
  return strbuf_release (&out);
}

/* Languages with a single plural form; every other language gets English's
   two forms unless listed below.  */
static const char *const one_form[] = {
  "id", "ja", "km", "ko", "lo", "ms", "my", "th", "vi", "zh", NULL
};

struct plural_rule
{
  const char *lang;
  const char *forms;
};

static const struct plural_rule special_rules[] = {
  { "fr", "nplurals=2; plural=(n > 1);" },
  { "pt_BR", "nplurals=2; plural=(n > 1);" },
  { "tr", "nplurals=2; plural=(n > 1);" },
  { "cs", "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;" },
  { "sk", "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;" },
  { "pl", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);" },
  { "ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
          "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
  { "uk", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
          "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
  { NULL, NULL }
};

static size_t
base_length (const char *lang)
{
  return strcspn (lang, "_@.");
}

const char *
language_plural_forms (const char *lang)
{
  for (const struct plural_rule *r = special_rules; r->lang != NULL; r++)
    if (strcmp (r->lang, lang) == 0
        || (strchr (r->lang, '_') == NULL
            && strlen (r->lang) == base_length (lang)
            && strncmp (r->lang, lang, base_length (lang)) == 0))
      return r->forms;
  for (const char *const *l = one_form; *l != NULL; l++)
    if (strlen (*l) == base_length (lang)
        && strncmp (*l, lang, base_length (lang)) == 0)
      return "nplurals=1; plural=0;";
  return "nplurals=2; plural=(n != 1);";
}

struct language_name
{
  const char *lang;
  const char *name;
};

static const struct language_name names[] = {
  { "en", "English" },
  { "zh_TW", "Chinese (traditional)" },
  { "zh_HK", "Chinese (traditional)" },
  { "zh_CN", "Chinese (simplified)" },
  { "de", "German" }, { "es", "Spanish" }, { "fr", "French" },
  { "it", "Italian" }, { "ja", "Japanese" }, { "ko", "Korean" },
  { "pt_BR", "Portuguese (Brazilian)" }, { "ru", "Russian" },
  { NULL, NULL }
};

const char *
language_english_name (const char *lang)
{
  for (const struct language_name *n = names; n->lang != NULL; n++)
    if (strcmp (n->lang, lang) == 0)
      return n->name;
  for (const struct language_name *n = names; n->lang != NULL; n++)
    if (strchr (n->lang, '_') == NULL && strlen (n->lang) == base_length (lang)
        && strncmp (n->lang, lang, base_length (lang)) == 0)
      return n->name;
  return NULL;
}
