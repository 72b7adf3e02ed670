/* SPDX-License-Identifier: MIT */
/* omerrc's parts, in the order a run goes through them: diagnostics and
   memory (diag.c); the table read from its Markdown document, with its
   notes (table-reader.c), and validated (table-validate.c); the outputs:
   gettext catalogs, their names and headers (catalog.c), the table
   file and its C (table-file.c), written all or nothing (output.c); one
   run of them all (compile.c), which main.c asks for.  */
#ifndef OMERRC_H
#define OMERRC_H

/* With the system headers most parts use.  */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Diagnostics, GNU form (FILE:LINE:COLUMN: error: MESSAGE), collected
   during a run and printed sorted by file (in order of first use), line
   and column: every error of a run, in reading order, whatever pass
   found it.  */
struct diag
{
  struct diag_entry *entries;
  size_t count, errors;
  char **files;                 /* names in order of first use (copies) */
  size_t file_count;
};
#define DIAG_INIT { 0 }
/* At most this many are kept and printed; the others are counted.  */
#define DIAG_KEPT_MAX 10000

/* LINE and COLUMN (in characters) count from 1; LINE 0 speaks of the file
   as a whole, COLUMN 0 of the line.  Strings are copied; %m is strerror
   (errno).  Returns false, for a caller that fails with the error.  */
bool diag_error (struct diag *d, const char *file, unsigned line,
                 unsigned column, const char *fmt, ...)
  __attribute__ ((format (printf, 5, 6)));
/* Not an error: something the run did that its user may not have meant.  */
void diag_warning (struct diag *d, const char *file, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));
/* S, malloc'd, with what a terminal would act on escaped (C0 controls and
   DEL as \xHH, C1 and bidi controls as \uHHHH), so that a diagnostic stays
   one line whatever a name or a table brought into it.  */
char *diag_printable (const char *s);
/* Whether S has a bidi embedding, override or isolate (U+202A-202E,
   U+2066-2069), with which text shows otherwise than it reads.  */
bool diag_has_bidi_control (const char *s);
void diag_flush (struct diag *d, FILE *out);   /* once, before diag_free */
void diag_free (struct diag *d);

/* Memory: a failed allocation stops the program with one message (the
   temporary outputs are removed on the way out), so no caller handles
   it.  mem_checked returns P, just allocated, unless it is NULL.  */
_Noreturn void mem_exhausted (void);
void *mem_checked (void *p);
void *mem_realloc (void *p, size_t n);
#define mem_strdup(s) ((char *) mem_checked (strdup (s)))
#define mem_strndup(s, n) ((char *) mem_checked (strndup (s, n)))
char *mem_printf (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
/* open_memstream; after mem_close, *TEXT is what was written.  */
FILE *mem_open (char **text);
void mem_close (FILE *f);

/* A document held whole, with the offsets of its lines, so that a
   diagnostic can name the line and column of anything in it.  */
struct source
{
  const char *path;        /* as named on the command line */
  char *text;              /* NUL-terminated, UTF-8 BOM removed */
  size_t len;
  size_t *line_start;      /* byte offset of line N at [N - 1] */
  size_t line_count;
};

/* Reads PATH; every line that is not UTF-8 or has a NUL is reported to D:
   false when the text cannot be used.  */
bool source_read_file (struct source *src, const char *path, struct diag *d);
void source_free (struct source *src);

/* An error table as read from one document (one table, or every table
   with the three columns of a page of many).  */
enum table_column { COLUMN_CODE, COLUMN_SYMBOL, COLUMN_TEXT, COLUMN_COUNT };

struct table_row
{
  char *cell[COLUMN_COUNT];           /* plain text */
  unsigned line;
  unsigned column[COLUMN_COUNT];      /* where each cell starts */
  uint32_t code;                      /* once validated */
  const char *group;       /* its table's heading in a page of many, or NULL */
  char *note;              /* on the published text (data/ notes), or NULL */
};

struct table
{
  struct source src;
  const char *name;          /* as outputs name the file */
  char *language;            /* gettext form (zh_TW), or NULL */
  char *date;                /* ms.date as a PO header has it, or NULL */
  unsigned header_line;      /* of the first table's header row, 0: none */
  struct table_row *rows;
  size_t row_count, row_cap;
  char **groups;             /* the headings rows point to */
  size_t group_count;
  /* The columns of each of the page's tables, at[0] -1 for one that is
     no error table: where a translation, whose headers are translated,
     finds them.  */
  int (*places)[COLUMN_COUNT];
  size_t place_count;
  /* Row indices by code and by symbol, once validated (NULL when not every
     row had a valid key); outputs are only made of valid tables.  */
  size_t *by_code, *by_symbol;
};

/* Reads the table of PATH, or of TEXT if not NULL (LEN bytes malloc'd
   with a spare byte, taken over).  COLUMNS: the header names of the code,
   symbol and description columns, "A,B,C"; NULL: the first three-column
   table's.  A table naming none of them takes the columns of the table at
   its place in LIKE, a translation's master, if given.  Problems go to D;
   false when no table could be read.  */
bool table_read (struct table *t, const char *path, char *text, size_t len,
                 const char *columns, const struct table *like,
                 struct diag *d);
void table_free (struct table *t);

/* Whether S (N bytes) is "0x" and 8 hexadecimal digits, its value in CODE.  */
bool table_parse_code (const char *s, size_t n, uint32_t *code);
/* Why SYMBOL cannot name a code, or NULL.  */
const char *table_symbol_problem (const char *symbol);
/* Whether a line of S ends in a backslash, which gettext's reader takes
   for a line continuation at the end of a PO comment line.  */
bool table_line_ends_in_backslash (const char *s);
/* Checks the rows one by one and against each other, sets their codes and
   drops a row that repeats an earlier one whole.  */
void table_validate (struct table *t, struct diag *d);
/* TRANSLATION must have MASTER's codes, each with its symbol (both
   validated).  */
void table_check_against_master (const struct table *translation,
                                 const struct table *master, struct diag *d);
/* The row of CODE in a valid T (as strchr, not const), or NULL.  */
struct table_row *table_find_code (const struct table *t, uint32_t code);
/* Reads PATH's notes on the published text (format: data/README.md) into
   the rows of the validated MASTER; a note of an unknown code, a second
   note for one code or a line of no known form is reported to D.  */
void notes_attach (struct table *master, const char *path, struct diag *d);

/* PO files, read through libgettextpo (the tests' reader too), written in
   gettext's form without line wrapping, so that `msgcat --no-wrap`
   reproduces them byte for byte.  An entry is keyed by symbol; its
   extracted comments give the code, the English, the group and note.
   Strings of a read entry belong to its struct pofile; of one to write,
   to the writer.  */
struct pofile_entry
{
  const char *msgctxt, *msgid, *msgstr;   /* msgid "" not obsolete: header */
  const char *comments;       /* translator comments, or NULL */
  const char *extracted;      /* extracted comments, or NULL */
  const char *prev_msgid;     /* #| msgid, or NULL */
  const char *ref_file;       /* #: FILE:LINE (writing only), or NULL */
  size_t ref_line;
  bool fuzzy, obsolete, no_c_format;
  bool used;                  /* set by whoever consumed a read entry */
};

struct pofile
{
  struct po_file *file;       /* libgettextpo's, or NULL */
  struct pofile_entry header; /* msgstr NULL when none */
  struct pofile_entry *entries;  /* by msgid, active ones first */
  size_t count;
};

/* A missing PATH gives an empty F and true; an unreadable or malformed
   one is reported to D, false.  */
bool pofile_read (struct pofile *f, const char *path, struct diag *d);
/* MSGID's msgstr if non-empty, not fuzzy, not obsolete; or NULL.  */
const char *pofile_translation (const struct pofile *f, const char *msgid);
void pofile_free (struct pofile *f);

/* A message of the program's own (libomerr's "unknown code"), keyed by
   SYMBOL like a row: the master's catalog has its English, a translation
   keeps what its translator wrote.  */
struct catalog_extra
{
  const char *symbol, *english;
};

struct catalog_info
{
  const char *package;          /* Project-Id-Version: PACKAGE VERSION */
  const char *version;
  const char *bugs_address;     /* Report-Msgid-Bugs-To */
  const char *translator;       /* Last-Translator of imported catalogs */
  const char *notice;           /* header comment lines, or NULL */
  const struct catalog_extra *extra;
  size_t extra_count;
  const char *date;             /* when no ms.date (catalog_date), NULL: now */
};

/* EPOCH (decimal seconds since 1970, SOURCE_DATE_EPOCH) or now (EPOCH
   NULL), UTC, as a PO header has it; false when EPOCH is not such a
   number or past 9999.  */
#define CATALOG_DATE_SIZE 32
bool catalog_date (char out[CATALOG_DATE_SIZE], const char *epoch);
/* Which header dates of TABLE's catalog (NULL: the template's) are the
   run's, not an ms.date: output_open ignores them when comparing.  */
enum { CATALOG_RUN_CREATED = 1, CATALOG_RUN_REVISED = 2 };
unsigned catalog_run_dates (const struct table *table,
                            const struct table *master);

/* A Docs locale tag in gettext's form: "zh-TW" -> "zh_TW", "en-us" ->
   "en_US", "sr-Latn-RS" -> "sr_RS@latin"; NULL if TAG is none.  */
char *language_from_tag (const char *tag);
/* The catalog name of a page of ms.contentlocale TAG: the language alone
   ("de-DE" -> "de", which LANG=de_AT finds too) but for en, pt and zh,
   whose regions write differently ("zh-TW" -> "zh_TW").  */
char *language_of_page (const char *tag);

/* An output of the validated MASTER, written straight to F (the fuzzers'
   is in memory): a generated file is never held whole (the C of 100,000
   rows is 88 MB).  False after reporting to D; a write error is
   output_close's to report.  */
typedef bool output_writer (const struct table *master,
                            const struct catalog_info *info, FILE *f,
                            struct diag *d);

/* TABLE's catalog (TABLE may be MASTER), in MASTER's order.  CURRENT is
   the catalog as it stands, PREVIOUS what the last import brought in
   (either may be empty).  An entry a translator changed is kept unless
   the imported text changed since PREVIOUS; returned: how many were kept
   that PREVIOUS does not have.  MASTER's own catalog follows MASTER.
   With both empty, this is the plain import, recorded as the next
   PREVIOUS.
   TABLE NULL: CURRENT (with a header) brought up to date with MASTER:
   translations are kept, one whose English changed becomes fuzzy with
   the old English as #| msgid, new symbols come untranslated, gone ones
   obsolete (#~).  CURRENT empty: the template.  */
size_t catalog_write (const struct table *table, const struct table *master,
                      const struct catalog_info *info, struct pofile *current,
                      const struct pofile *previous, FILE *out);
/* The template; the table file (src/lib/table-format.h); the same bytes as
   libomerr's built-in C array; the header of constants; the header of the
   codes' hash for libomerr's message cache.  */
output_writer catalog_write_template, table_file_emit, table_file_emit_c,
  table_file_emit_header, table_file_emit_hash;

/* The codes' hash (omerr_hash_slot, src/lib/table-format.h), chosen
   where it can be so that no two codes share a first slot (libomerr's
   cache hit is then one comparison).  */
struct code_hash
{
  unsigned bits;                /* 2^bits slots */
  uint32_t multiplier;          /* odd */
  size_t shared;                /* codes whose first slot another took */
};
void code_hash_choose (const uint32_t *codes, size_t n,
                       struct code_hash *hash);

/* All-or-nothing output.  Every output is named first: refused when named
   twice, when an input, or when neither a regular file, a character
   device nor a FIFO.  Each is written to a temporary file beside its
   target (links followed), synced; the commit renames them all into
   place, or puts every original back.  An output whose bytes did not
   change is left untouched; a device or FIFO is written through, at the
   commit.  Fatal signals (not ignored ones) remove the temporary files;
   SIGXFSZ is ignored, so that a file-size limit is a write error.  */
struct output_set *output_set_new (size_t max);
bool output_add (struct output_set *set, const char *path, struct diag *d);
bool output_not_input (struct output_set *set, const char *input,
                       struct diag *d);
/* A stream to the added output PATH, the next in the order of adding,
   or NULL.  A catalog is also left as it is when only its RUN_DATES
   (catalog_run_dates) would change.  One stream at a time: output_close
   closes it and reports a write error.  */
FILE *output_open (struct output_set *set, const char *path,
                   unsigned run_dates, struct diag *d);
bool output_close (struct output_set *set, struct diag *d);
bool output_commit (struct output_set *set, struct diag *d);
void output_set_free (struct output_set *set);   /* removes temporaries */
/* A temporary file for DIR/NAME is DIR/.NAME.omerrc-PID-XXXXXX.  */
#define OUTPUT_TEMP_MARK ".omerrc-"

/* One run: read the tables, validate them, write every output or none.  */
struct table_input
{
  const char *path;
  const char *language;      /* given on the command line, or NULL */
};

struct compile_request
{
  struct table_input master;
  struct table_input *translations;
  size_t translation_count;
  const char *columns;       /* --columns, or NULL */
  const char *source_root;   /* outputs name inputs relative to it */
  const char *notes_path;
  /* The outputs, NULL when not wanted.  */
  const char *pot_path, *po_dir, *import_state_dir, *table_file_path,
    *c_table_path, *header_path, *hash_header_path;
  const char **update_paths;  /* catalogs to bring up to date */
  size_t update_count;
  struct catalog_info info;
};

bool compile_run (const struct compile_request *req, struct diag *d);

#endif
