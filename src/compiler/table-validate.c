/* SPDX-License-Identifier: MIT */
/* What a table must satisfy before anything is generated from it.  */
#include <config.h>

#include "omerrc.h"
#include "symbol-limit.h"

bool
table_parse_code (const char *s, size_t n, uint32_t *code)
{
  /* strtoul alone would take a sign, blanks, fewer digits and more.  */
  char digits[9] = { 0 };
  if (n != 10 || s[0] != '0' || (s[1] | 0x20) != 'x'
      || strspn (memcpy (digits, s + 2, 8), "0123456789abcdefABCDEF") != 8)
    return false;
  *code = (uint32_t) strtoul (digits, NULL, 16);
  return true;
}

const char *
table_symbol_problem (const char *s)
{
  /* Macros of <stdint.h>, which the generated code includes, and of what
     nearly every program does (<stddef.h>, <stdio.h>, <stdlib.h>,
     <errno.h>): a constant of the same name would redefine them.  */
  static const char *const taken[] = {
    "NULL", "EOF", "BUFSIZ", "FILENAME_MAX", "FOPEN_MAX", "L_tmpnam",
    "SEEK_SET", "SEEK_CUR", "SEEK_END", "TMP_MAX", "EXIT_SUCCESS",
    "EXIT_FAILURE", "RAND_MAX", "MB_CUR_MAX", "EDOM", "ERANGE", "EILSEQ",
    "SIZE_MAX", "PTRDIFF_MAX", "PTRDIFF_MIN", "SIG_ATOMIC_MAX",
    "SIG_ATOMIC_MIN", "WCHAR_MAX", "WCHAR_MIN", "WINT_MAX", "WINT_MIN"
  };
  size_t n = strlen (s);
  if (!(s[0] >= 'A' && s[0] <= 'Z')
      || strspn (s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != n)
    return "expected [A-Z][A-Z0-9_]*";
  /* The command looks up no longer one (src/common/symbol-limit.h).  */
  if (n > OMERR_SYMBOL_MAX)
    return "longer than " OMERR_SYMBOL_MAX_TEXT " characters";
  for (size_t i = 0; i < sizeof taken / sizeof *taken; i++)
    if (strcmp (s, taken[i]) == 0)
      return "a macro of the C library";
  /* <stdint.h>'s INTn_C, UINTn_MAX, INT_LEASTn_MIN...  */
  bool sized = strncmp (s, "INT", 3) == 0 || strncmp (s, "UINT", 4) == 0;
  if (sized && ((n > 2 && strcmp (s + n - 2, "_C") == 0)
                || (n > 4 && (strcmp (s + n - 4, "_MAX") == 0
                              || strcmp (s + n - 4, "_MIN") == 0))))
    return "a name <stdint.h> reserves";
  return NULL;
}

/* Rows sorted by a key, to find duplicates in n log n.  The keys are
   copied side by side first: a comparison touches two keys, not two rows
   far apart (a million rows: from seconds to a fraction of one).  */
struct sort_key
{
  uint32_t code;
  unsigned line;                /* ties: the earlier row first */
  const char *symbol;           /* NULL: sorting by code */
  size_t row;
};

static int
by_key (const void *a, const void *b)
{
  const struct sort_key *x = a, *y = b;
  int c = x->symbol ? strcmp (x->symbol, y->symbol)
    : (x->code > y->code) - (x->code < y->code);
  return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

/* The indices of T's USABLE rows by code, or by symbol.  */
static size_t *
sorted_index (const struct table *t, const bool *usable, bool symbols,
              size_t *count)
{
  size_t *index = mem_realloc (NULL, t->row_count * sizeof *index), n = 0;
  struct sort_key *keys = mem_realloc (NULL, t->row_count * sizeof *keys);
  for (size_t i = 0; i < t->row_count; i++)
    if (usable[i])
      keys[n++] = (struct sort_key) { t->rows[i].code, t->rows[i].line,
        symbols ? t->rows[i].cell[COLUMN_SYMBOL] : NULL, i };
  qsort (keys, n, sizeof *keys, by_key);
  for (size_t i = 0; i < n; i++)
    index[i] = keys[i].row;
  free (keys);
  *count = n;
  return index;
}

/* The severity class a symbol names, right after its facility prefix
   (WU_E_REDIRECTOR_S_FALSE is an error) or first (S_OK); 0: none.  */
static char
severity_class (const char *s)
{
  if (s[0] != '\0' && s[1] == '_')
    return s[0];
  const char *u = strchr (s, '_');
  return u != NULL && u[1] != '\0' && u[2] == '_' ? u[1] : 0;
}

bool
table_line_ends_in_backslash (const char *s)
{
  size_t n = strlen (s);
  return strstr (s, "\\\n") != NULL || (n > 0 && s[n - 1] == '\\');
}

static void
check_row (const struct table *t, struct table_row *row, bool *code_ok,
           bool *symbol_ok, struct diag *d)
{
  const char *path = t->src.path;
  const char *code = row->cell[COLUMN_CODE], *symbol = row->cell[COLUMN_SYMBOL];
  if (!(*code_ok = table_parse_code (code, strlen (code), &row->code)))
    diag_error (d, path, row->line, row->column[COLUMN_CODE],
                "invalid code '%s': expected 0x and 8 hexadecimal digits", code);
  const char *problem = table_symbol_problem (symbol);
  *symbol_ok = problem == NULL;
  if (!*symbol_ok)
    diag_error (d, path, row->line, row->column[COLUMN_SYMBOL],
                "invalid symbol '%s': %s", symbol, problem);
  if (row->cell[COLUMN_TEXT][0] == '\0')
    diag_error (d, path, row->line, row->column[COLUMN_TEXT],
                "empty description for %s", symbol[0] ? symbol : code);
  else if (diag_has_bidi_control (row->cell[COLUMN_TEXT]))
    diag_error (d, path, row->line, row->column[COLUMN_TEXT],
                "description has a bidirectional control character");
  else if (table_line_ends_in_backslash (row->cell[COLUMN_TEXT]))
    diag_error (d, path, row->line, row->column[COLUMN_TEXT],
                "description ends in a backslash, which gettext's PO reader "
                "would join with the next line of the catalog");
  char severity = *code_ok && *symbol_ok ? severity_class (symbol) : 0;
  bool error_bit = (row->code & 0x80000000u) != 0;
  /* One rule: a success code (_S_) has the bit clear, an error (_E_) set.  */
  if (severity == (error_bit ? 'S' : 'E'))
    diag_error (d, path, row->line, row->column[COLUMN_CODE],
                "code 0x%08X has the severity bit %s, but %s names %s (_%c_)",
                row->code, error_bit ? "set" : "clear", symbol,
                error_bit ? "a success code" : "an error code", severity);
}

/* INDEX is sorted by key, then line: in a run of equal keys the first row
   is the original, every other a duplicate or (DROP given, for codes) a
   repetition of the whole row, marked there.  A code listed again with
   its symbol is reported once, as a code.  */
static bool
report_duplicates (const struct table *t, const size_t *index, size_t n,
                   bool *drop, struct diag *d)
{
  bool dropped = false;
  for (size_t i = 1, first = 0; i < n; i++)
    {
      const struct table_row *orig = &t->rows[index[first]];
      const struct table_row *dup = &t->rows[index[i]];
      bool same_symbol = !strcmp (orig->cell[COLUMN_SYMBOL],
                                  dup->cell[COLUMN_SYMBOL]);
      if (drop != NULL ? orig->code != dup->code : !same_symbol)
        first = i;
      else if (drop == NULL)
        {
          if (orig->code != dup->code)
            diag_error (d, t->src.path, dup->line, dup->column[COLUMN_SYMBOL],
                        "duplicate symbol %s (first on line %u)",
                        dup->cell[COLUMN_SYMBOL], orig->line);
        }
      else if (!same_symbol)
        diag_error (d, t->src.path, dup->line, dup->column[COLUMN_CODE],
                    "duplicate code 0x%08X (first on line %u)", dup->code,
                    orig->line);
      else if (strcmp (orig->cell[COLUMN_TEXT], dup->cell[COLUMN_TEXT]) != 0)
        diag_error (d, t->src.path, dup->line, dup->column[COLUMN_TEXT],
                    "code 0x%08X again with another description (first on "
                    "line %u)", dup->code, orig->line);
      else
        dropped = drop[index[i]] = true;
    }
  return dropped;
}

/* Forgets the rows marked in DROP, and their marks in OK (a row has no
   note yet).  */
static void
drop_rows (struct table *t, const bool *drop, bool *ok[2])
{
  size_t n = 0;
  for (size_t i = 0; i < t->row_count; i++)
    if (drop[i])
      for (int c = 0; c < COLUMN_COUNT; c++)
        free (t->rows[i].cell[c]);
    else
      {
        ok[0][n] = ok[0][i], ok[1][n] = ok[1][i];
        t->rows[n++] = t->rows[i];
      }
  t->row_count = n;
}

void
table_validate (struct table *t, struct diag *d)
{
  size_t n = t->row_count + 1;
  bool *code_ok = memset (mem_realloc (NULL, 3 * n), 0, 3 * n);
  bool *symbol_ok = code_ok + n, *drop = symbol_ok + n;
  for (size_t i = 0; i < t->row_count; i++)
    check_row (t, &t->rows[i], &code_ok[i], &symbol_ok[i], d);
  size_t *index = sorted_index (t, code_ok, false, &n);
  if (report_duplicates (t, index, n, drop, d))
    {
      drop_rows (t, drop, (bool *[2]) { code_ok, symbol_ok });
      free (index);
      index = sorted_index (t, code_ok, false, &n);
    }
  /* Kept for the outputs when they cover every row.  */
  t->by_code = n == t->row_count ? index : (free (index), NULL);
  index = sorted_index (t, symbol_ok, true, &n);
  report_duplicates (t, index, n, NULL, d);
  t->by_symbol = n == t->row_count ? index : (free (index), NULL);
  free (code_ok);
}

struct table_row *
table_find_code (const struct table *t, uint32_t code)
{
  size_t lo = 0, hi = t->row_count, mid;   /* to the first code not below */
  while (lo < hi)
    if (t->rows[t->by_code[mid = lo + (hi - lo) / 2]].code < code)
      lo = mid + 1;
    else
      hi = mid;
  return lo < t->row_count && t->rows[t->by_code[lo]].code == code
    ? &t->rows[t->by_code[lo]] : NULL;
}

void
table_check_against_master (const struct table *translation,
                            const struct table *master, struct diag *d)
{
  const char *path = translation->src.path;
  for (size_t i = 0; i < translation->row_count; i++)
    {
      const struct table_row *row = &translation->rows[i];
      const struct table_row *m = table_find_code (master, row->code);
      if (m == NULL)
        diag_error (d, path, row->line, row->column[COLUMN_CODE],
                    "code 0x%08X (%s) is not in the master table %s",
                    row->code, row->cell[COLUMN_SYMBOL], master->src.path);
      else if (strcmp (m->cell[COLUMN_SYMBOL], row->cell[COLUMN_SYMBOL]) != 0)
        diag_error (d, path, row->line, row->column[COLUMN_SYMBOL],
                    "code 0x%08X is %s in the master table (%s:%u), not %s",
                    row->code, m->cell[COLUMN_SYMBOL], master->src.path,
                    m->line, row->cell[COLUMN_SYMBOL]);
    }
  for (size_t i = 0; i < master->row_count; i++)
    {
      const struct table_row *m = &master->rows[i];
      if (table_find_code (translation, m->code) == NULL)
        diag_error (d, path, translation->header_line, 1,
                    "code 0x%08X (%s) of the master table (%s:%u) is missing",
                    m->code, m->cell[COLUMN_SYMBOL], master->src.path, m->line);
    }
}
