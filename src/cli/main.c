/* omerr: the message for an error code, in the user's language.  */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "complain.h"
#include "hints.h"
#include "i18n.h"
#include "locale-setup.h"
#include "operands.h"
#include "parse-input.h"
#include "report.h"
#include "search.h"
#include "utf8-message.h"

#define EXIT_UNKNOWN 1
#define EXIT_USAGE 2

static const char *const program_name = PROGRAM_NAME;

static void
usage (void)
{
  printf (_("Usage: %s [OPTION]... CODE...\n"
            "  or:  %s [OPTION]... --list\n"
            "  or:  %s [OPTION]... --search TEXT\n"),
          program_name, program_name, program_name);
  fputs (_("Print the message of each omerr error CODE in the language of "
           "the locale.\n"), stdout);
  putchar ('\n');
  fputs (_("A CODE is hex (0x80cf0001, 80CF0001), unsigned decimal "
           "(2161049601),\n"
           "signed decimal (-2133917695) or a symbolic name "
           "(om_e_no_service).\n"), stdout);
  putchar ('\n');
  fputs (_("  -m, --message-only  print only the message\n"
           "  -j, --json          print one JSON object (UTF-8) per code\n"
           "  -e, --explain       also print the HRESULT fields of each code\n"
           "  -l, --list          print every known code\n"
           "  -s, --search=TEXT   print the codes whose symbol or message "
           "contains TEXT\n"
           "                      (ignoring case; messages in this language "
           "and English)\n"
           "  -h, --help          display this help and exit\n"
           "  -V, --version       output version information and exit\n"),
         stdout);
  putchar ('\n');
  fputs (_("Exit status: 0 if every code is known, 1 if some is unknown (or "
           "nothing\n"
           "matched), 2 on bad usage or input.\n"), stdout);
  /* configure.ac names no address while the project has none.  */
  if (sizeof PACKAGE_BUGREPORT > 1)
    {
      putchar ('\n');
      printf (_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
    }
}

static int
usage_error (const char *message)
{
  complain ("%s", message);
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           program_name);
  return EXIT_USAGE;
}

static int
look_up (const char *arg, enum output_style style, int explain)
{
  uint32_t code = 0;
  enum input_kind kind = parse_input (arg, &code);
  int status;

  switch (kind)
    {
    case INPUT_MALFORMED:
      complain (_("'%s': not a code (hex, decimal or a symbol)"), arg);
      return EXIT_USAGE;
    case INPUT_OUT_OF_RANGE:
      complain (_("'%s': out of range (codes have 32 bits)"), arg);
      return EXIT_USAGE;
    case INPUT_UNKNOWN_SYMBOL:
      complain (_("'%s': unknown symbol"), arg);
      return EXIT_UNKNOWN;
    default:
      status = report_code (code, style, explain);
      if (status != 0)
        hint_unknown (arg, code, kind == INPUT_DECIMAL);
      return status;
    }
}

static int
list_or_search (const char *text, enum output_style style, int explain)
{
  size_t i, n = omerr_count ();
  int found = 0;

  for (i = 0; i < n; i++)
    {
      uint32_t code = omerr_code_at (i);

      if (text == NULL || contains_ignoring_case (omerr_symbol (code), text)
          || contains_ignoring_case (omerr_gettext (code), text)
          || contains_ignoring_case (omerr_english (code), text))
        {
          report_code (code, style, explain);
          found = 1;
        }
    }
  return found ? EXIT_SUCCESS : EXIT_UNKNOWN;
}

/* STATUS, or EXIT_USAGE with a message when standard output could not be
   written (a full disk, /dev/full, a closed descriptor): every way out of
   the command that printed something goes through here.  */
static int
finish_output (int status)
{
  errno = 0;
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      if (errno != 0)
        complain (_("write error: %s"), strerror (errno));
      else
        complain (_("write error"));
      return EXIT_USAGE;
    }
  return status;
}

/* The command proper, on ARGV (a copy main owns and frees).  */
static int
run (int argc, char **argv)
{
  static const struct option options[] = {
    { "message-only", no_argument, NULL, 'm' },
    { "json", no_argument, NULL, 'j' },
    { "explain", no_argument, NULL, 'e' },
    { "list", no_argument, NULL, 'l' },
    { "search", required_argument, NULL, 's' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  enum output_style style = STYLE_FULL;
  int explain = 0, list = 0, c, i, status = EXIT_SUCCESS, s;
  const char *search = NULL;

  c = separate_operands (argc, argv, "s", "search");
  if (c >= 0)
    argc = c;
  opterr = 0;

  while ((c = getopt_long (argc, argv, ":mjels:hV", options, NULL)) != -1)
    switch (c)
      {
      case 'm': style = STYLE_MESSAGE; break;
      case 'j': style = STYLE_JSON; break;
      case 'e': explain = 1; break;
      case 'l': list = 1; break;
      case 's': search = optarg; break;
      case 'h':
        usage ();
        return finish_output (EXIT_SUCCESS);
      case 'V':
        printf ("omerr (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
        return finish_output (EXIT_SUCCESS);
      case ':':
        return usage_error (_("an option requires an argument"));
      default:
        if (optopt != 0)
          complain (_("invalid option '-%c'"), optopt);
        else
          complain (_("invalid option '%s'"), argv[optind - 1]);
        fprintf (stderr, _("Try '%s --help' for more information.\n"),
                 program_name);
        return EXIT_USAGE;
      }

  if (list && search != NULL)
    return usage_error (_("--list and --search exclude each other"));
  if ((list || search != NULL) && optind < argc)
    return usage_error (_("--list and --search take no CODE"));
  if (!list && search == NULL && optind == argc)
    return usage_error (_("missing CODE"));

  if (list || search != NULL)
    status = list_or_search (search, style, explain);
  else
    for (i = optind; i < argc; i++)
      {
        s = look_up (argv[i], style, explain);
        if (s > status)
          status = s;
      }

  utf8_message_end ();
  return finish_output (status);
}

int
main (int argc, char **argv)
{
  /* separate_operands reorders the arguments: a copy, not the caller's.  */
  char **args = malloc (((size_t) argc + 2) * sizeof *args);
  int status;

  bind_cli_domain ();
  setup_locale (program_name);
  if (args == NULL)
    {
      perror (program_name);
      return EXIT_USAGE;
    }
  memcpy (args, argv, ((size_t) argc + 1) * sizeof *args);
  status = run (argc, args);
  free (args);
  return status;
}
