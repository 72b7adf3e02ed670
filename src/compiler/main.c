/* SPDX-License-Identifier: MIT */
/* omerrc: compiles code | symbol | description tables written in GFM
   Markdown into gettext catalogs and the C tables of libomerr.  */
#include <config.h>

#include "omerrc.h"
#include "table-format.h"

#include <getopt.h>

static const char usage[] =
  "Usage: omerrc [OPTION]... MASTER.md [[LL=]TRANSLATION.md]...\n"
  "Compile error tables (code | symbol | description, GFM Markdown) into\n"
  "gettext catalogs keyed by symbol and the C tables of libomerr.\n"
  "\n"
  "MASTER is the source-language table; each TRANSLATION must list the same\n"
  "codes with the same symbols.  A table's language comes from its front\n"
  "matter (ms.contentlocale: zh-TW gives zh_TW) unless given as LL=FILE.\n"
  "\n"
  "Outputs (none by default; all are written only if every table is valid):\n"
  "      --pot=FILE             catalog template (msgid = symbol)\n"
  "      --po-dir=DIR           import into DIR/LL.po for the master and each\n"
  "                             translation; a translator's edit is kept unless\n"
  "                             the imported text changed since the last import\n"
  "                             (the master's catalog follows the master)\n"
  "      --import-state=DIR     where the last import is recorded (DIR/LL.po);\n"
  "                             without it a text that differs from the table\n"
  "                             is kept as an edit, with a warning\n"
  "      --table-file=FILE      the table file for libomerr (NAME.omt)\n"
  "      --c-table=FILE         C source of the built-in table of libomerr\n"
  "      --header=FILE          C header of the codes as uint32_t constants\n"
  "      --hash-header=FILE     C header of the hash libomerr's cache uses\n"
  "                             for the codes\n"
  "      --update-po=FILE       bring the existing catalog FILE up to date with\n"
  "                             MASTER, keeping every translation; entries whose\n"
  "                             English changed become fuzzy (repeatable)\n"
  "\n"
  "Options:\n"
  "  -l, --language=LL          language of MASTER (default: its front matter)\n"
  "  -d, --domain=NAME          the table's name, also its text domain and the\n"
  "                             package its catalogs name: [a-z][a-z0-9_-]*\n"
  "                             (default: omerr, the built-in table)\n"
  "      --package-version=V    version for Project-Id-Version\n"
  "      --bugs-address=ADDR    Report-Msgid-Bugs-To of the catalogs\n"
  "      --translator=WHO       Last-Translator of imported catalogs\n"
  "      --notice-file=FILE     text for the catalogs' header comment\n"
  "                             (the data's attribution and licence)\n"
  "      --source-root=DIR      name inputs relative to DIR in outputs\n"
  "      --notes=FILE           notes on the master's rows for translators\n"
  "                             (- 0xCODE: text), shown with each entry\n"
  "      --columns=CODE,SYMBOL,DESCRIPTION\n"
  "                             the header names of the three columns, in\n"
  "                             any order among others (default: the first\n"
  "                             three-column table's, by position); in a\n"
  "                             translation, the master's at the same place\n"
  "      --message=SYMBOL=TEXT  a message of the program's own (not a row),\n"
  "                             English TEXT; translations keep theirs\n"
  "  -h, --help                 show this help and exit\n"
  "  -V, --version              show the version and exit\n"
  "\n"
  "Errors are reported as FILE:LINE:COLUMN: error: MESSAGE; exit status\n"
  "is 0 on success, 1 when a table is invalid or an output cannot be\n"
  "written, 2 on bad usage.\n";

/* Writes TEXT, --help's or --version's: 0, or 1 (an output not written)
   when standard output did not take it all (the text fits in stdio's
   buffer: the flush is the write).  */
static int
written (const char *text)
{
  if (fputs (text, stdout) >= 0 && fflush (stdout) == 0 && !ferror (stdout))
    return 0;
  fprintf (stderr, "omerrc: write error: %s\n", strerror (errno));
  return 1;
}

/* "LL=FILE" names the language of FILE (LL: a language tag, no slash).  */
static struct table_input
table_argument (const char *arg)
{
  const char *eq = strchr (arg, '=');
  if (eq != NULL && memchr (arg, '/', (size_t) (eq - arg)) == NULL)
    {
      char *tag = mem_strndup (arg, (size_t) (eq - arg));
      char *lang = language_from_tag (tag);
      free (tag);
      if (lang != NULL)
        return (struct table_input) { eq + 1, lang };
    }
  return (struct table_input) { arg, NULL };
}

/* "omerrc: " and MESSAGE, its one %s ARG as diagnostics show text
   (diag_printable); true, for a caller that fails with bad usage.  */
static bool
bad_argument (const char *message, const char *arg)
{
  char *shown = diag_printable (arg);
  fputs ("omerrc: ", stderr);
  fprintf (stderr, message, shown);
  free (shown);
  return true;
}

int
main (int argc, char **argv)
{
  struct compile_request req = {
    .info = { .package = "omerr", .version = PACKAGE_VERSION,
              .bugs_address = PACKAGE_BUGREPORT,
              /* What msginit --no-translator writes: no person made it.  */
              .translator = "Automatically generated" }
  };
  const char *master_language = NULL, *notice_file = NULL;
  /* Each option: its key (getopt's; -l, -d, -h and -V are short options
     too), its name, where its value goes if it takes one once, and its
     kind.  An output or its directory named empty (an unset variable) is
     bad usage: --po-dir= wrote DIR/LL.po as /LL.po, in the root.  */
  enum { VALUE, OUTPUT, FLAG };
  struct spec { int key; const char *name; const char **value; int kind; };
  const struct spec spec[] = {
    { 'P', "pot", &req.pot_path, OUTPUT }, { 'D', "po-dir", &req.po_dir, OUTPUT },
    { 'T', "table-file", &req.table_file_path, OUTPUT },
    { 'C', "c-table", &req.c_table_path, OUTPUT },
    { 'H', "header", &req.header_path, OUTPUT },
    { 'S', "hash-header", &req.hash_header_path, OUTPUT },
    { 'I', "import-state", &req.import_state_dir, OUTPUT },
    { 'u', "update-po", NULL, OUTPUT }, { 'c', "columns", &req.columns, VALUE },
    { 'l', "language", &master_language, VALUE },
    { 'd', "domain", &req.info.package, VALUE },
    { 'v', "package-version", &req.info.version, VALUE },
    { 'b', "bugs-address", &req.info.bugs_address, VALUE },
    { 't', "translator", &req.info.translator, VALUE },
    { 'n', "notice-file", &notice_file, VALUE }, { 'm', "message", NULL, VALUE },
    { 'r', "source-root", &req.source_root, VALUE },
    { 'N', "notes", &req.notes_path, VALUE },
    { 'h', "help", NULL, FLAG }, { 'V', "version", NULL, FLAG }
  };
  enum { OPTIONS = sizeof spec / sizeof *spec };
  struct option long_options[OPTIONS + 1] = { { NULL, 0, NULL, 0 } };
  const struct spec *of[128] = { NULL };
  for (size_t i = 0; i < OPTIONS; i++)
    {
      long_options[i] = (struct option) { spec[i].name, spec[i].kind == FLAG
        ? no_argument : required_argument, NULL, spec[i].key };
      of[spec[i].key] = &spec[i];
    }
  /* Room for every argument to be an --update-po or a --message.  */
  struct catalog_extra *extra = mem_realloc (NULL, argc * sizeof *extra);
  req.info.extra = extra;
  req.update_paths = mem_realloc (NULL, argc * sizeof *req.update_paths);
  const char *eq;
  const struct spec *s;
  int opt, status, end = 0;
  while ((opt = getopt_long (argc, argv, "l:d:hV", long_options, NULL)) != -1)
    if ((s = opt > 0 && opt < 128 ? of[opt] : NULL) != NULL
        && s->kind == OUTPUT && optarg[0] == '\0'
        && bad_argument ("option '--%s=' needs a name\n", s->name))
      goto usage_error;
    else if (s != NULL && s->value != NULL)
      *s->value = optarg;
    else switch (opt)
      {
      case 'u':
        req.update_paths[req.update_count++] = optarg;
        break;
      case 'm':
        eq = strchr (optarg, '=');
        if ((eq == NULL || eq == optarg || eq[1] == '\0')
            && bad_argument ("--message wants SYMBOL=ENGLISH, not '%s'\n",
                             optarg))
          goto usage_error;
        extra[req.info.extra_count++] = (struct catalog_extra) {
          mem_strndup (optarg, (size_t) (eq - optarg)), eq + 1 };
        break;
      case 'h':
        status = written (usage);
        goto done;
      case 'V':
        status = written ("omerrc (" PACKAGE_NAME ") " PACKAGE_VERSION "\n");
        goto done;
      default:
        fputs ("Try 'omerrc --help' for more information.\n", stderr);
        goto usage_error;
      }
  /* Three header names, none empty.  */
  if (req.columns != NULL
      && (sscanf (req.columns, "%*[^,],%*[^,],%*[^,]%n", &end) != 0
          || end == 0 || req.columns[end] != '\0')
      && bad_argument ("--columns wants three header names separated by "
                       "commas, not '%s'\n", req.columns))
    goto usage_error;
  if (!omerr_table_name_ok (req.info.package)
      && bad_argument ("'%s' is not a table name "
                       "([a-z][a-z0-9_-]*, at most 64 bytes)\n",
                       req.info.package))
    goto usage_error;
  /* The record of an import, with no import: not silently nothing.  */
  if (req.import_state_dir != NULL && req.po_dir == NULL
      && bad_argument ("--import-state=%s records imports, which only "
                       "--po-dir makes\n", req.import_state_dir))
    goto usage_error;
  if (optind >= argc)
    {
      fputs ("omerrc: no master table given\n"
             "Try 'omerrc --help' for more information.\n", stderr);
      goto usage_error;
    }

  /* The catalogs' date, for reproducible builds (an empty value is no
     value, as for an unset variable).  */
  char epoch_date[CATALOG_DATE_SIZE];
  const char *epoch = getenv ("SOURCE_DATE_EPOCH");
  req.info.date = epoch != NULL && epoch[0] != '\0' ? epoch_date : NULL;
  if (req.info.date != NULL && !catalog_date (epoch_date, epoch)
      && bad_argument ("SOURCE_DATE_EPOCH wants a number of seconds since "
                       "1970-01-01 00:00 UTC, up to the end of 9999, not "
                       "'%s'\n", epoch))
    goto usage_error;

  char *language = NULL;
  if (master_language != NULL
      && (language = language_from_tag (master_language)) == NULL
      && bad_argument ("'%s' is not a language name\n", master_language))
    goto usage_error;
  req.master = (struct table_input) { argv[optind], language };
  req.translation_count = (size_t) (argc - optind - 1);
  req.translations = mem_realloc (NULL, (req.translation_count + 1)
                                        * sizeof *req.translations);
  for (size_t i = 0; i < req.translation_count; i++)
    req.translations[i] = table_argument (argv[optind + 1 + (int) i]);
  /* The notice goes into every output: read (and checked as UTF-8) as the
     tables are.  */
  struct diag d = DIAG_INIT;
  struct source notice = { 0 };
  bool ok = notice_file == NULL || source_read_file (&notice, notice_file, &d);
  req.info.notice = notice.text;
  ok = ok && compile_run (&req, &d);
  diag_flush (&d, stderr);
  diag_free (&d);
  for (size_t i = 0; i < req.translation_count; i++)
    free ((char *) req.translations[i].language);
  free (req.translations);
  free (language);
  source_free (&notice);
  status = ok ? 0 : 1;
  goto done;
usage_error:
  status = 2;
done:
  /* What the options allocated, on every way out (the fuzzers run main
     in process, under LeakSanitizer).  */
  for (size_t i = 0; i < req.info.extra_count; i++)
    free ((char *) req.info.extra[i].symbol);
  free ((void *) req.info.extra);
  free (req.update_paths);
  return status;
}
