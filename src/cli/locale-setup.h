#ifndef OMERR_LOCALE_SETUP_H
#define OMERR_LOCALE_SETUP_H

/* setlocale (LC_ALL, "") and, when the requested locale is not installed
   but a catalog for its language is, a UTF-8 stand-in that lets gettext
   still use that catalog.  Warns once on stderr in that case.  */
void setup_locale (const char *program_name);

#endif
