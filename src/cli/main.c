/* SPDX-License-Identifier: MIT */
/* omerr: the message for an error code, in the user's language.  */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "omerr.h"
#include "complain.h"
#include "hints.h"
#include "i18n.h"
#include "locale-setup.h"
#include "operands.h"
#include "parse-input.h"
#include "printable.h"
#include "report.h"
#include "scan.h"
#include "search.h"
#include "search-all.h"
#include "text-lines.h"
#include "utf8-message.h"
#include "wrap.h"
#include "json.h"

#define EXIT_UNKNOWN 1
#define EXIT_USAGE 2

static const char *const program_name = PROGRAM_NAME;

static void
usage (void)
{
  printf (_("Usage: %s [OPTION]... CODE...\n"
            "  or:  %s [OPTION]... < CODES\n"
            "  or:  %s [OPTION]... --scan [FILE]...\n"
            "  or:  %s [OPTION]... --list | --search=TEXT | --tables\n"),
          program_name, program_name, program_name, program_name);
  fputs (_("Print the message of each error CODE in the language of the "
           "locale,\n"
           "from every table that knows it.\n"), stdout);
  putchar ('\n');
  fputs (_("A CODE is hex (0x80cf0001, 80CF0001), unsigned decimal "
           "(2161049601),\n"
           "signed decimal (-2133917695) or a symbolic name "
           "(om_e_no_service),\n"
           "also with punctuation or a KEY= prefix around it "
           "(hr=0x80CF0001).\n"
           "Without CODE, codes are read from standard input, one or more "
           "per line.\n"), stdout);
  putchar ('\n');
  fputs (_("  -m, --message-only    print only the message\n"
           "  -j, --json            print one JSON object (UTF-8) per line\n"
           "  -e, --explain         also print the HRESULT fields of each "
           "code\n"
           "  -l, --list            print every known code\n"
           "  -s, --search=TEXT     print the codes whose symbol, digits or "
           "message\n"
           "                        contain TEXT (ignoring case; messages "
           "in this\n"
           "                        language and English)\n"
           "  -S, --search-all=TEXT the same, in the messages of every "
           "installed language\n"
           "      --scan            find the codes in the text of each FILE "
           "(or standard\n"
           "                        input) and print each with FILE:LINE:\n"
           "      --table=NAME      look codes up in table NAME only\n"
           "      --tables          print the tables found\n"
           "  -h, --help            display this help and exit\n"
           "  -V, --version         output version information and exit\n"),
         stdout);
  putchar ('\n');
  fputs (_("Exit status: 0 if every code is known, 1 if some is unknown (or "
           "nothing\n"
           "matched or was found), 2 on bad usage or input.\n"), stdout);
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

/* ARG, which parse_input found to be no code of KIND: said in every
   style.  Returns the exit status.  */
static int
bad_input (const char *arg, enum input_kind kind)
{
  switch (kind)
    {
    case INPUT_OUT_OF_RANGE:
      report_bad_input (arg, "out of range");
      complain (_("'%s': out of range (codes have 32 bits)"), arg);
      return EXIT_USAGE;
    case INPUT_UNKNOWN_SYMBOL:
      report_bad_input (arg, "unknown symbol");
      complain (_("'%s': unknown symbol"), arg);
      return EXIT_UNKNOWN;
    default:
      report_bad_input (arg, "not a code");
      complain (_("'%s': not a code (hex, decimal or a symbol)"), arg);
      return EXIT_USAGE;
    }
}

static int
look_up (const char *arg, const omerr_table *only)
{
  uint32_t code = 0;
  size_t start, length;
  enum input_kind kind = parse_input (arg, &code, &start, &length);
  struct origin origin = { arg, NULL, 0 };
  char *word;
  int status;

  switch (kind)
    {
    case INPUT_MALFORMED:
    case INPUT_OUT_OF_RANGE:
    case INPUT_UNKNOWN_SYMBOL:
      return bad_input (arg, kind);
    default:
      /* The code's word, without what was pasted around it.  */
      word = strndup (arg + start, length);
      /* A symbol names the code of the table asked for, if it has it.  */
      if (kind == INPUT_SYMBOL && only != NULL && word != NULL)
        omerr_table_code (only, word, &code);
      status = report_code (code, only, &origin);
      if (status != 0 && only == NULL && word != NULL)
        hint_unknown (word, code, kind == INPUT_DECIMAL);
      free (word);
      return status;
    }
}

static int
is_separator (char c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A word of standard input that holds a NUL byte (N bytes at WORD): no
   code, shown with each NUL as \x00, as printable shows the other
   control characters.  */
static int
nul_in_word (const char *word, size_t n)
{
  char *shown = malloc (4 * n + 1), *p = shown;
  int status;

  if (shown == NULL)
    return EXIT_USAGE;
  for (; n > 0; word++, n--)
    if (*word == '\0')
      p = stpcpy (p, "\\x00");
    else
      *p++ = *word;
  *p = '\0';
  status = bad_input (shown, INPUT_MALFORMED);
  free (shown);
  return status;
}

/* Codes from standard input: every blank-separated word of every line,
   the messages about it naming its line as -:LINE:.  */
static int
look_up_stdin (const omerr_table *only)
{
  struct text_lines in;
  ssize_t n;
  size_t b, e;
  int status = EXIT_SUCCESS, s, words = 0;

  text_lines_open (&in, stdin, "-");
  while ((n = text_lines_read (&in)) != -1)
    {
      complain_place ("-", in.number);
      for (b = 0; b < (size_t) n; b = e + 1)
        {
          for (e = b; e < (size_t) n && !is_separator (in.line[e]); e++)
            ;
          if (e == b)
            continue;
          /* The word as a string (a NUL byte in it ends none).  */
          in.line[e] = '\0';
          s = memchr (in.line + b, '\0', e - b) != NULL
              ? nul_in_word (in.line + b, e - b) : look_up (in.line + b, only);
          if (s > status)
            status = s;
          words++;
        }
    }
  complain_place (NULL, 0);
  if (ferror (stdin))
    {
      complain (_("standard input: read error: %s"), strerror (errno));
      status = EXIT_USAGE;
    }
  if (in.refused)
    status = EXIT_USAGE;
  text_lines_close (&in);
  if (words == 0 && status == EXIT_SUCCESS)
    return usage_error (_("missing CODE (none on standard input)"));
  return status;
}

/* Whether table T's CODE matches TEXT (SEARCH_ALL: also in the messages
   of CATALOGS, TEXT_UTF8 being TEXT in UTF-8).  */
static int
matches (const omerr_table *t, uint32_t code, const char *text,
         const struct catalogs *catalogs, const char *text_utf8)
{
  const char *symbol = omerr_table_symbol (t, code);

  return contains_ignoring_case (symbol, text)
         || matches_code_digits (code, text)
         || contains_ignoring_case (omerr_table_gettext (t, code), text)
         || contains_ignoring_case (omerr_table_english (t, code), text)
         || (catalogs != NULL && text_utf8 != NULL
             && catalogs_contain (catalogs, symbol, text_utf8));
}

/* --list (TEXT NULL) and --search, over every table (or ONLY).  */
static int
list_or_search (const char *text, int search_all, const omerr_table *only)
{
  const omerr_table *t;
  struct catalogs *catalogs = NULL;
  char *text_utf8 = NULL;
  size_t i, j, n;
  int found = 0;

  if (text != NULL && search_all)
    text_utf8 = utf8_from_locale (text);
  for (i = 0; (t = only != NULL ? (i == 0 ? only : NULL)
                                : omerr_table_at (i)) != NULL; i++)
    {
      if (text_utf8 != NULL)
        catalogs = catalogs_open (t);
      n = omerr_table_size (t);
      for (j = 0; j < n; j++)
        {
          uint32_t code;

          /* A damaged entry, or one out of order, is not there.  */
          if (omerr_table_entry_at (t, j, &code) != 0)
            continue;
          if (text == NULL || matches (t, code, text, catalogs, text_utf8))
            {
              report_entry (t, code, NULL);
              found = 1;
            }
        }
      catalogs_close (catalogs);
      catalogs = NULL;
    }
  free (text_utf8);
  return found ? EXIT_SUCCESS : EXIT_UNKNOWN;
}

/* The number of T's entries that are there (not damaged, in order): the
   codes --list shows.  */
static size_t
codes_there (const omerr_table *t)
{
  size_t i, n = omerr_table_size (t), codes = 0;
  uint32_t code;

  for (i = 0; i < n; i++)
    codes += omerr_table_entry_at (t, i, &code) == 0;
  return codes;
}

/* --tables: name, number of codes, languages with a catalog, notice.  */
static int
list_tables (void)
{
  const omerr_table *t;
  const char *languages[256];
  size_t i, j, n, codes;

  for (i = 0; (t = omerr_table_at (i)) != NULL; i++)
    {
      codes = codes_there (t);
      n = omerr_table_languages (t, languages, 256);
      if (n > 256)
        n = 256;
      if (report_options.style == STYLE_JSON)
        {
          fputs ("{\"table\":", stdout);
          json_string (stdout, omerr_table_name (t));
          printf (",\"codes\":%zu,\"languages\":[", codes);
          for (j = 0; j < n; j++)
            {
              if (j > 0)
                putchar (',');
              json_string (stdout, languages[j]);
            }
          fputs ("],\"notice\":", stdout);
          json_string (stdout, omerr_table_notice (t));
          fputs ("}\n", stdout);
          continue;
        }
      printf (P_ ("%s: %zu code\n", "%s: %zu codes\n", codes),
              omerr_table_name (t), codes);
      if (n == 0)
        fputs (_("  catalogs: none (English only)\n"), stdout);
      else
        {
          fputs (_("  catalogs:"), stdout);
          for (j = 0; j < n; j++)
            {
              /* Directory names of the catalog directory.  */
              char *safe = printable (languages[j]);

              if (safe != NULL)
                printf (" %s", safe);
              free (safe);
            }
          putchar ('\n');
        }
      if (*omerr_table_notice (t) != '\0')
        {
          const char *p = omerr_table_notice (t);

          fputs (_("  notice:\n"), stdout);
          /* Text from the table file: made printable line by line.  */
          while (*p != '\0')
            {
              size_t len = strcspn (p, "\n");
              char *line = strndup (p, len);
              char *safe = line != NULL ? printable (line) : NULL;

              if (safe != NULL)
                printf ("    %s\n", safe);
              free (safe);
              free (line);
              p += len + (p[len] == '\n');
            }
        }
    }
  return EXIT_SUCCESS;
}

/* The one action a run does, besides looking up codes.  */
enum mode { MODE_CODES, MODE_LIST, MODE_SEARCH, MODE_SCAN, MODE_TABLES };

/* Sets *MODE to WANTED, or, when two actions exclude each other, keeps
   in *CONFLICT why not (unless it holds an earlier reason): said once
   every option is read, so that --help and --version act wherever they
   are.  */
static void
set_mode (enum mode *mode, enum mode wanted, const char **conflict)
{
  const char *why = NULL;

  if (*mode == MODE_SEARCH && wanted == MODE_SEARCH)
    why = _("--search and --search-all take one TEXT: give one of them "
            "once");
  else if (*mode != MODE_CODES && *mode != wanted)
    why = _("--list, --search, --scan and --tables exclude each other");
  else
    *mode = wanted;
  if (*conflict == NULL)
    *conflict = why;
}

/* What is wrong with the option getopt_long stopped at, returning C
   (':' or '?') for it, ELEMENT being optind before the call: said in
   the command's own words, getopt's being in libc's text domain.  */
static int
option_error (char **argv, int element, int c, const struct option *options)
{
  const char *arg = argv[optind - 1];
  const struct option *o;
  char name[32], possible[512] = "", message[1024];
  size_t n = 0, used = 0;
  int matches = 0;
  /* A long option is done with once getopt_long complains about it; a
     short one may still be in the middle of its cluster.  */
  int is_long = optind > element && strncmp (arg, "--", 2) == 0;

  /* A short option is OPTOPT.  A long one was found (OPTOPT its value)
     but given no value or one it takes none of, or found as the start of
     several names, or not at all.  */
  snprintf (name, sizeof name, "-%c", optopt);
  if (is_long)
    n = strcspn (arg + 2, "=");
  for (o = options; is_long && o->name != NULL; o++)
    if (optopt != 0 && o->val == optopt)
      snprintf (name, sizeof name, "--%s", o->name);
    else if (optopt == 0 && n > 0 && strncmp (o->name, arg + 2, n) == 0
             && used < sizeof possible)
      {
        used += (size_t) snprintf (possible + used, sizeof possible - used,
                                   " '--%s'", o->name);
        matches++;
      }
  if (c == ':')
    snprintf (message, sizeof message, _("option '%s' requires an argument"),
              name);
  else if (is_long && optopt != 0)
    snprintf (message, sizeof message,
              _("option '%s' doesn't allow an argument"), name);
  else if (matches > 1)
    snprintf (message, sizeof message,
              _("option '%s' is ambiguous; possibilities:%s"), arg, possible);
  else
    snprintf (message, sizeof message, _("invalid option '%s'"),
              is_long ? arg : name);
  return usage_error (message);
}

/* The command proper, on ARGV (a copy main owns and frees).  */
static int
run (int argc, char **argv)
{
  enum { OPT_SCAN = 256, OPT_TABLE, OPT_TABLES };
  static const struct option options[] = {
    { "message-only", no_argument, NULL, 'm' },
    { "json", no_argument, NULL, 'j' },
    { "explain", no_argument, NULL, 'e' },
    { "list", no_argument, NULL, 'l' },
    { "search", required_argument, NULL, 's' },
    { "search-all", required_argument, NULL, 'S' },
    { "scan", no_argument, NULL, OPT_SCAN },
    { "table", required_argument, NULL, OPT_TABLE },
    { "tables", no_argument, NULL, OPT_TABLES },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  static const char *const long_with_argument[] = {
    "search", "search-all", "table", NULL
  };
  enum mode mode = MODE_CODES;
  int message_only = 0, json = 0, search_all = 0, c, i, status = 0, s;
  int element;
  const char *search = NULL, *table_name = NULL, *conflict = NULL;
  const omerr_table *only = NULL;

  c = separate_operands (argc, argv, "sS", long_with_argument);
  if (c >= 0)
    argc = c;
  opterr = 0;

  /* ELEMENT: where getopt_long starts, for option_error.  */
  while ((element = optind,
          c = getopt_long (argc, argv, ":mjels:S:hV", options, NULL)) != -1)
    switch (c)
      {
      case 'm': message_only = 1; break;
      case 'j': json = 1; break;
      case 'e': report_options.explain = 1; break;
      case 'l': set_mode (&mode, MODE_LIST, &conflict); break;
      case 's': case 'S':
        set_mode (&mode, MODE_SEARCH, &conflict);
        search = optarg;
        search_all = c == 'S';
        break;
      case OPT_SCAN: set_mode (&mode, MODE_SCAN, &conflict); break;
      case OPT_TABLES: set_mode (&mode, MODE_TABLES, &conflict); break;
      case OPT_TABLE:
        if (table_name != NULL && conflict == NULL)
          conflict = _("--table given twice");
        table_name = optarg;
        break;
      case 'h':
        usage ();
        return finish_output (EXIT_SUCCESS);
      case 'V':
        printf ("omerr (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
        return finish_output (EXIT_SUCCESS);
      default:
        return option_error (argv, element, c, options);
      }

  /* Options that would silently override each other.  */
  if (conflict != NULL)
    return usage_error (conflict);
  if (message_only && json)
    return usage_error (_("--message-only and --json exclude each other"));
  if (message_only && report_options.explain)
    return usage_error (_("--message-only and --explain exclude each other"));
  report_options.style = json ? STYLE_JSON
                         : message_only ? STYLE_MESSAGE : STYLE_FULL;
  if ((mode == MODE_LIST || mode == MODE_SEARCH || mode == MODE_TABLES)
      && optind < argc)
    return usage_error (_("--list, --search and --tables take no CODE"));
  /* --tables prints the tables, not codes: the options about codes
     would be taken and do nothing.  */
  if (mode == MODE_TABLES && table_name != NULL)
    return usage_error (_("--tables and --table exclude each other"));
  if (mode == MODE_TABLES && message_only)
    return usage_error (_("--tables and --message-only exclude each other"));
  if (mode == MODE_TABLES && report_options.explain)
    return usage_error (_("--tables and --explain exclude each other"));
  if (search != NULL && !search_text_valid (search))
    {
      complain (_("'%s': not text in the locale's character set"), search);
      return EXIT_USAGE;
    }
  if (table_name != NULL)
    {
      only = omerr_table_by_name (table_name);
      if (only == NULL)
        {
          complain (_("no table named '%s' (see --tables)"), table_name);
          return EXIT_USAGE;
        }
    }
  if (mode == MODE_CODES && optind == argc && isatty (STDIN_FILENO))
    return usage_error (_("missing CODE"));
  if (!json)
    report_options.width = output_width ();

  switch (mode)
    {
    case MODE_LIST: status = list_or_search (NULL, 0, only); break;
    case MODE_SEARCH: status = list_or_search (search, search_all, only); break;
    case MODE_TABLES: status = list_tables (); break;
    case MODE_SCAN:
      if (optind == argc)
        status = scan_file ("-", only);
      else
        {
          /* 0 if some file had a code, 2 if some could not be read.  */
          status = EXIT_UNKNOWN;
          for (i = optind; i < argc; i++)
            {
              s = scan_file (argv[i], only);
              if (s == EXIT_USAGE || (s == 0 && status != EXIT_USAGE))
                status = s;
            }
        }
      break;
    case MODE_CODES:
      if (optind == argc)
        status = look_up_stdin (only);
      else
        for (i = optind; i < argc; i++)
          {
            s = look_up (argv[i], only);
            if (s > status)
              status = s;
          }
      break;
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
