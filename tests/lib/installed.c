/* SPDX-License-Identifier: MIT */
/* Built by 'make installcheck' with nothing but
   'pkg-config --cflags --libs omerr', against the installed library.
   Usage: installed en|zh_TW  (the language LANG asks for).  */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <omerr.h>

int
main (int argc, char **argv)
{
  const char *message;
  uint32_t code = 0;

  if (argc != 2)
    return 2;
  setlocale (LC_ALL, "");
  message = omerr_gettext (OM_E_NO_SERVICE);
  printf ("%s\n", message);
  if (omerr_code ("om_e_no_service", &code) != 0 || code != 0x80CF0001u
      || strcmp (omerr_symbol (code), "OM_E_NO_SERVICE") != 0)
    return 1;
  if (strcmp (argv[1], "en") == 0)
    return strcmp (message, omerr_english (code)) != 0;
  /* Another language: the installed catalog must have been found.  */
  return strcmp (message, omerr_english (code)) == 0;
}
