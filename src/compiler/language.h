/* Language names: Docs locale tags to gettext names, and what gettext's
   catalog header needs to know of a language.  */
#ifndef OMERRC_LANGUAGE_H
#define OMERRC_LANGUAGE_H

/* "zh-TW" -> "zh_TW", "en-us" -> "en_US", "sr-Latn-RS" -> "sr_RS@latin";
   NULL when TAG is not a language tag (or no memory).  */
char *language_from_tag (const char *tag);
/* The Plural-Forms header value for gettext language LANG.  */
const char *language_plural_forms (const char *lang);
/* The language's English name for Language-Team, or NULL if unknown.  */
const char *language_english_name (const char *lang);

#endif
