/* SPDX-License-Identifier: MIT */
/* Language names: Docs locale tags to gettext names, and what gettext's
   catalog header needs to know of a language (asked of gettext's own
   msginit, which carries its table of languages and plural rules).  */
#ifndef OMERRC_LANGUAGE_H
#define OMERRC_LANGUAGE_H

/* "zh-TW" -> "zh_TW", "en-us" -> "en_US", "sr-Latn-RS" -> "sr_RS@latin";
   NULL when TAG is not a language tag (or no memory).  */
char *language_from_tag (const char *tag);
/* The catalog name of a page published for TAG (its ms.contentlocale):
   the language alone ("de-DE" -> "de", which LANG=de_AT.UTF-8 also
   finds), unless its regions write it differently (en, pt, zh: "zh-TW"
   -> "zh_TW", "pt-BR" -> "pt_BR"); NULL as language_from_tag.  Naming
   the table LL=FILE on omerrc's command line overrides it.  */
char *language_of_page (const char *tag);
/* The header field FIELD, "Language-Team" or "Plural-Forms", of LANG's
   catalog (malloc'd).  A catalog's translator owns its header, as with
   msgmerge: the field of KEPT_HEADER (the header of the catalog being
   replaced, or NULL) stays.  Else gettext's own: the English name of the
   language and its Plural-Forms, as msginit --no-translator -l LANG
   writes them; for a language msginit knows neither, "none", and the rule
   libintl applies to a catalog without the header, "nplurals=2;
   plural=(n != 1);".  */
char *language_header_field (const char *lang, const char *kept_header,
                             const char *field);
/* Starts msginit for LANG, so that it runs while other work is done: a
   catalog that does not exist yet will need it.  */
struct gettext_language *language_prepare (const char *lang);

#endif
