/* SPDX-License-Identifier: MIT */
/* omerrc's parts, in the order a run goes through them: diagnostics and
   memory (diag.c), used by all; the table read from its Markdown
   document (table-reader.c, which reads its notes too), validated
   (table-validate.c); the outputs made of it, gettext catalogs (catalog.c,
   with language.c for their headers) and the table file and C
   (table-file.c), written all or nothing (output.c); and one run of
   them all (compile.c), which main.c asks for.  */
#ifndef OMERRC_H
#define OMERRC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How omerrc fails.  Diagnostics in GNU form, FILE:LINE:COLUMN: error:
   MESSAGE (or warning:), collected during a run and printed sorted by
   file (in the order files were first named), line and column, so that
   every error of a run is reported, in reading order, whatever pass
   found it.  And memory: an allocation failure stops the program with
   one message (temporary outputs are removed on the way out), so no
   caller handles it.  */
struct diag
{
  struct diag_entry *entries;
  size_t count;
  size_t errors;
  char **files;            /* file names in order of first use (copies) */
  size_t file_count;
};

#define DIAG_INIT { 0 }

/* At most this many diagnostics are kept and printed; the others are
   counted.  */
#define DIAG_KEPT_MAX 10000

/* LINE and COLUMN count from 1; COLUMN counts characters.  LINE 0 speaks
   of the file as a whole (FILE: error: MESSAGE), COLUMN 0 of the line
   (FILE:LINE: error: MESSAGE).  The strings are copied.  Returns false,
   for a caller that fails with the error.  */
bool diag_error (struct diag *d, const char *file, unsigned line,
                 unsigned column, const char *fmt, ...)
  __attribute__ ((format (printf, 5, 6)));
/* diag_error about FILE as a whole: WHAT, and the reason errno gives;
   returns false.  */
bool diag_errno (struct diag *d, const char *file, const char *what);
/* FILE: warning: MESSAGE, printed with the errors but not one of them:
   something the run did that its user may not have meant.  */
void diag_warning (struct diag *d, const char *file, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));
/* S with what a terminal would act on escaped: C0 controls and DEL as
   \xHH, C1 controls and bidi controls (UTF-8) as \uHHHH; malloc'd.  So
   a diagnostic stays one line of text whatever a file name, an argument
   or a table brought into it (diag_error applies it to both).  */
char *diag_printable (const char *s);
/* Whether S has a bidirectional embedding, override or isolate control
   (U+202A-202E, U+2066-2069), with which text shows otherwise than it
   reads: in a terminal, and in the comments of the outputs.  */
bool diag_has_bidi_control (const char *s);
/* Prints the collected diagnostics to OUT (once, before diag_free).  */
void diag_flush (struct diag *d, FILE *out);
void diag_free (struct diag *d);

_Noreturn void mem_exhausted (void);
/* P, an allocation just made (or an open_memstream), unless it failed.  */
void *mem_checked (void *p);
void *mem_realloc (void *p, size_t n);
char *mem_strdup (const char *s);
char *mem_strndup (const char *s, size_t n);
/* The text printf would print, malloc'd (vasprintf).  */
char *mem_printf (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
/* A stream writing to memory (open_memstream), and closing it: *TEXT is
   then what was written, NUL-terminated, malloc'd.  */
FILE *mem_open (char **text);
void mem_close (FILE *f);

/* An error table as read from one Markdown document (one table, or every
   table of a many-table page with the three columns): rows of code,
   symbol and description, each with the position it came from; and the
   document itself, held in memory with the positions of its lines, so
   that a diagnostic can name the line and column of anything found in
   it (the notes and the header notice are read the same way).  */
struct source
{
  const char *path;        /* as named on the command line, for diagnostics */
  char *text;              /* the bytes, NUL-terminated, UTF-8 BOM removed */
  size_t len;
  size_t *line_start;      /* byte offset of each line; line N is [N - 1] */
  size_t line_count;
};

/* Reads PATH whole; checks it is UTF-8 without NUL bytes, reporting every
   bad line to D: false when the text cannot be used.  */
bool source_read_file (struct source *src, const char *path, struct diag *d);
void source_free (struct source *src);

enum table_column { COLUMN_CODE, COLUMN_SYMBOL, COLUMN_TEXT, COLUMN_COUNT };

struct table_row
{
  char *cell[COLUMN_COUNT];           /* rendered plain text */
  unsigned line;
  unsigned column[COLUMN_COUNT];      /* where each cell starts */
  uint32_t code;                      /* valid once validated */
  /* The heading of the row's table in a document of many tables, or NULL
     (kept in struct table's groups).  */
  const char *group;
  char *note;              /* on the published text (data/ notes), or NULL */
};

struct table
{
  struct source src;
  const char *name;          /* how outputs refer to the file (may be a
                                path relative to the source tree) */
  char *language;            /* gettext form (zh_TW), NULL if unknown */
  char *date;                /* front matter ms.date as a catalog header
                                has it, "2019-05-29 00:00+0000"; or NULL */
  unsigned header_line;      /* line of the first table's header row, 0: none */
  struct table_row *rows;
  size_t row_count, row_cap;
  char **groups;             /* the headings rows point to */
  size_t group_count;
  /* Each error table's place among the page's tables and the cells of its
     three columns: where a translation's tables, whose headers are
     translated, find theirs.  */
  struct table_place { unsigned table; int at[COLUMN_COUNT]; } *places;
  size_t place_count;
  /* Row indices sorted by code and by symbol, which validation computes
     anyway; NULL until then (or when not every row had a valid key).  The
     outputs read them: they are only made of valid tables.  */
  size_t *by_code, *by_symbol;
};

/* Reads the table of PATH (or of the TEXT given, LEN bytes, malloc'd with a
   spare byte, taken over).  COLUMNS names the header cells of the code,
   symbol and description columns ("Error code,Message,Description"); NULL:
   they are the three columns of the first three-column table.  A table
   whose header names none of them takes the columns of the table at its
   place in the page LIKE (a translation's master; NULL: none).  Problems
   go to D; false when the document could not be read as a table at all.  */
bool table_read_file (struct table *t, const char *path, const char *columns,
                      const struct table *like, struct diag *d);
bool table_read_text (struct table *t, const char *path, char *text,
                      size_t len, const char *columns,
                      const struct table *like, struct diag *d);
void table_free (struct table *t);
/* Lines of a piece of a long document (a variable: tests make it small),
   and how many pieces were parsed so far.  */
extern unsigned table_piece_lines;
extern unsigned long table_pieces_parsed;

/* Whether S (N bytes) is a code, "0x" and 8 hexadecimal digits; if so,
   its value in CODE.  */
bool table_parse_code (const char *s, size_t n, uint32_t *code);
/* Why SYMBOL cannot name a code (not [A-Z][A-Z0-9_]*, or a name C or
   its library uses), or NULL when it can.  */
const char *table_symbol_problem (const char *symbol);
/* Whether a line of S (up to a newline or the end) ends in a backslash:
   at the end of a line of a PO comment ("#. English: ...", "#. Note:
   ...") gettext's reader takes it for a line continuation.  */
bool table_line_ends_in_backslash (const char *s);
/* Checks the rows one by one and against each other; sets each row's code.
   A row repeating an earlier one (code, symbol and text) is dropped.  */
void table_validate (struct table *t, struct diag *d);
/* Checks that TRANSLATION has exactly MASTER's codes, each with the same
   symbol.  Both must be validated.  */
void table_check_against_master (const struct table *translation,
                                 const struct table *master, struct diag *d);
/* The row of CODE in a valid T, or NULL.  */
const struct table_row *table_find_code (const struct table *t, uint32_t code);
/* Reads the notes on the published text in PATH (data/NAME.notes.md, the
   format in data/README.md: what a translator should know of a row whose
   published text is wrong, kept apart so that the table stays as
   published) and gives each to its row of the validated MASTER as
   row->note.  A note for a code MASTER does not have, a second note for
   one code and a line of no known form are errors (FILE:LINE:COLUMN in
   D); returns false if there was any.  */
bool notes_attach (struct table *master, const char *path, struct diag *d);

/* PO files: read through libgettextpo (the one reader, also the tests'),
   written here in gettext's plain form without line wrapping, so that
   `msgcat --no-wrap` reproduces every file byte for byte.  And the
   gettext catalogs omerrc writes of them: the template, the catalogs
   imported from the tables, and a translator's catalog brought up to
   date.  Each entry is keyed by symbol and shows the code, the English
   text, and the row's group and note when it has them, as extracted
   comments.  */

/* One entry, as read (strings owned by its struct pofile: the comments
   its own, the others libgettextpo's) or to write (strings borrowed).  */
struct pofile_entry
{
  const char *msgctxt;        /* or NULL */
  const char *msgid;          /* "" and not obsolete: the header */
  const char *msgstr;
  const char *comments;       /* translator comments, lines, or NULL */
  const char *extracted;      /* extracted comments, lines, or NULL */
  const char *prev_msgid;     /* #| msgid, or NULL */
  const char *ref_file;       /* #: FILE:LINE (writing only), or NULL */
  size_t ref_line;
  bool fuzzy;
  bool obsolete;
  bool no_c_format;
  bool used;                  /* set by whoever consumed a read entry */
};

struct pofile
{
  struct po_file *file;       /* libgettextpo's, holding the strings, or NULL */
  struct pofile_entry header; /* msgid "" (msgstr NULL when none) */
  struct pofile_entry *entries;  /* sorted by msgid, active ones first */
  size_t count;
};

/* Reads PATH into F.  A missing file gives an empty F and true; an
   unreadable or malformed one is reported to D and gives false.  */
bool pofile_read (struct pofile *f, const char *path, struct diag *d);
/* Its msgstr when translated (non-empty, not fuzzy, not obsolete), or NULL.  */
const char *pofile_translation (const struct pofile *f, const char *msgid);
void pofile_free (struct pofile *f);

/* A message of the program itself rather than a row of the table (the
   library's "unknown code" text): keyed by SYMBOL like the rows, its
   English in the master's catalog; a translation keeps whatever its
   translator wrote for it.  */
struct catalog_extra
{
  const char *symbol;
  const char *english;
};

struct catalog_info
{
  const char *package;          /* Project-Id-Version: PACKAGE VERSION */
  const char *version;
  const char *bugs_address;     /* Report-Msgid-Bugs-To */
  const char *translator;       /* Last-Translator of imported catalogs */
  const char *notice;           /* extra header comment lines (attribution), or NULL */
  const struct catalog_extra *extra;   /* messages that are not table rows */
  size_t extra_count;
  const char *date;             /* of a catalog whose table has no ms.date
                                   (catalog_date's form), or NULL: now */
};

/* The date and time EPOCH (decimal seconds since 1970, as
   SOURCE_DATE_EPOCH holds it) or (EPOCH NULL) now, in UTC in a catalog
   header's form, "2026-12-04 19:57+0000"; false when EPOCH is not such a
   number.  */
#define CATALOG_DATE_SIZE 32
bool catalog_date (char out[CATALOG_DATE_SIZE], const char *epoch);
/* The header dates of TABLE's catalog (TABLE NULL: the template) that
   are the run's, not a table's ms.date: a catalog that would change in
   those alone is left as it is (output_open).  */
enum { CATALOG_RUN_CREATED = 1, CATALOG_RUN_REVISED = 2 };
unsigned catalog_run_dates (const struct table *table,
                            const struct table *master);

/* An output made of the validated MASTER, written to F (any stream: the
   fuzzers write to memory), the table named INFO->package, with the
   notice INFO->notice (or none); false after reporting to D.  They write
   straight to F, whose buffer is the only one: a generated file is never
   held whole in memory (the C of 100,000 rows is 88 MB).  A write error
   is output_close's to report, naming the file.  */
typedef bool output_writer (const struct table *master,
                            const struct catalog_info *info, FILE *f,
                            struct diag *d);

/* The catalog of TABLE's language imported from TABLE (which may be
   MASTER itself), in the master's order.  CURRENT is the catalog as it
   stands (translators' work) and PREVIOUS what the last import brought in
   (both may be empty).
   An entry a translator changed is kept unless the imported text itself
   changed since the previous import; without a record of the previous
   import, a translator's text is never replaced.  The master's catalog
   (TABLE MASTER) is MASTER's texts, whatever CURRENT has.  Returns the
   number of entries kept as translators' that PREVIOUS does not have.
   With CURRENT and PREVIOUS empty this is the plain import, which is also
   what is recorded as the next run's PREVIOUS.
   TABLE NULL: CURRENT, a catalog with a header (PREVIOUS not used),
   brought up to date with MASTER: every translation is kept; an entry
   whose English changed since it was translated becomes fuzzy, the
   previous English shown as its previous msgid (#|); new symbols arrive
   untranslated; symbols gone from the master become obsolete (#~).  With
   CURRENT empty, that is the template: msgid = symbol, msgstr empty, a
   reference to the master table's line.  */
size_t catalog_write (const struct table *table, const struct table *master,
                      const struct catalog_info *info, struct pofile *current,
                      const struct pofile *previous, FILE *out);
/* The template; the table file (format: src/lib/table-format.h); the
   built-in table of libomerr, the same bytes as a C array; the public
   header of constants; and the header of the codes' hash for the
   library's message cache.  */
output_writer catalog_write_template, table_file_emit, table_file_emit_c,
  table_file_emit_header, table_file_emit_hash;

/* The multiplicative hash of a table's codes: slot = (code * multiplier
   mod 2^32) >> (32 - bits), chosen so that, where it can, no two codes
   share a first slot (libomerr's cache hit is then one comparison).  */
struct code_hash
{
  unsigned bits;                /* 2^bits slots */
  uint32_t multiplier;          /* odd */
  size_t shared;                /* codes whose first slot another took */
};

/* Chooses the hash for the N distinct CODES.  */
void code_hash_choose (const uint32_t *codes, size_t n,
                       struct code_hash *hash);
uint32_t code_hash_slot (const struct code_hash *hash, uint32_t code);

/* Language names: Docs locale tags to gettext names, and what gettext's
   catalog header needs to know of a language (asked of gettext's own
   msginit, which carries its table of languages and plural rules).
   "zh-TW" -> "zh_TW", "en-us" -> "en_US", "sr-Latn-RS" -> "sr_RS@latin";
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

/* All-or-nothing output.  Every output of a run is named first (refused
   when named twice, when it is one of the inputs, or when it is neither
   a regular file nor a character device or FIFO); each is then written
   to a temporary file beside its target (symbolic links are followed),
   flushed to disk; the commit renames them into place, rolling the
   earlier ones back from kept originals if one rename fails.  An output
   whose bytes did not change is left untouched; a character device or
   FIFO is written through, at the commit.
   A set for at most MAX outputs.  Fatal signals (those not ignored) remove
   its temporary files; SIGXFSZ is ignored, so that a file-size limit is a
   write error naming the file.  */
struct output_set *output_set_new (size_t max);
/* Names PATH as an output; false after reporting to D.  */
bool output_add (struct output_set *set, const char *path, struct diag *d);
/* Refuses (false, reported to D) an output that is the file INPUT.  */
bool output_not_input (struct output_set *set, const char *input,
                       struct diag *d);
/* A stream to the added output PATH; NULL after reporting to D.  A
   catalog (a PO file) is left untouched also when only the header dates
   RUN_DATES names (catalog_run_dates) would change.  One stream is open
   at a time; output_close closes it, reports a write error, naming PATH,
   and says whether all went well.  */
FILE *output_open (struct output_set *set, const char *path,
                   unsigned run_dates, struct diag *d);
bool output_close (struct output_set *set, struct diag *d);
/* Puts every output in place, or none.  */
bool output_commit (struct output_set *set, struct diag *d);
/* Removes every temporary file left and frees SET.  */
void output_set_free (struct output_set *set);

/* The leftover prefix: a temporary file for DIR/NAME is DIR/.NAME.omerrc-PID-XXXXXX.  */
#define OUTPUT_TEMP_MARK ".omerrc-"

/* One run of omerrc: read the tables, validate them, write every output
   or none.  */
struct table_input
{
  const char *path;
  const char *language;      /* gettext name given on the command line, or NULL */
};

struct compile_request
{
  struct table_input master;
  struct table_input *translations;
  size_t translation_count;
  const char *columns;       /* header names: code,symbol,description; or NULL */
  const char *source_root;   /* outputs name inputs relative to it; or NULL */
  const char *notes_path;    /* notes on the master's rows, or NULL */
  const char *pot_path;      /* outputs; NULL: not wanted */
  const char *po_dir;         /* imports: PO_DIR/LL.po per table */
  const char *import_state_dir;  /* what the last import brought in, or NULL */
  const char *table_file_path;  /* the table file (src/lib/table-format.h) */
  const char *c_table_path;
  const char *header_path;
  const char *hash_header_path;
  const char **update_paths;  /* existing catalogs to bring up to date */
  size_t update_count;
  struct catalog_info info;
};

/* Returns true when every table was valid and every wanted output written.  */
bool compile_run (const struct compile_request *req, struct diag *d);

#endif
