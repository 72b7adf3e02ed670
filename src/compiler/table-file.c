/* SPDX-License-Identifier: MIT */
/* The table file (src/lib/table-format.h), its hash, and the C of the
   built-in table, which is the same file as a byte array.  */
#include <config.h>

#include "omerrc.h"
#include "table-format.h"

/* A hash of up to this many slots may be a quarter full, which makes a
   multiplier without shared first slots easy to find (a few dozen tries
   for the bundled table); larger ones are half full.  The tries hash
   at most SEARCH_BUDGET codes in all.  */
#define SPARSE_BITS 12
#define SEARCH_BUDGET 2000000
/* Fibonacci hashing's multiplier (2^32 / golden ratio): the first try.  */
#define GOLDEN 2654435769u

void
code_hash_choose (const uint32_t *codes, size_t n, struct code_hash *hash)
{
  unsigned bits = 4;
  uint32_t *seen, next = GOLDEN;
  while (((size_t) 1 << bits) < (bits <= SPARSE_BITS ? 4 : 2) * n && bits < 32)
    bits++;
  *hash = (struct code_hash) { bits, GOLDEN, n };
  /* Tables of over 2^25 codes get no search: its memory would be wasted
     (libomerr caches no table of over 65,536 codes).  */
  if (bits > 26)
    return;
  /* calloc: pages never hashed into stay untouched.  */
  seen = mem_checked (calloc ((size_t) 1 << bits, sizeof *seen));
  for (uint32_t t = 1; t * n <= SEARCH_BUDGET && hash->shared > 0; t++)
    {
      /* SEEN[slot] == T: taken in this try.  */
      struct code_hash h = { bits, next | 1u, 0 };
      for (size_t i = 0; i < n && h.shared < hash->shared; i++)
        {
          uint32_t slot = omerr_hash_slot (codes[i], h.multiplier, bits);
          h.shared += seen[slot] == t;
          seen[slot] = t;
        }
      if (h.shared < hash->shared)
        *hash = h;
      /* A linear congruential sequence: the same choice on every machine.  */
      next = next * 1103515245u + 12345u;
    }
  free (seen);
}

/* The values V, SIZE bytes of them, as little-endian bytes at P.  */
static void
store32 (char *p, const uint32_t *v, size_t size)
{
  for (size_t i = 0; i < size; i++)
    p[i] = (char) (v[i / 4] >> 8 * (i % 4));
}

/* A table file being built: LEN bytes (room for CAP), the strings from
   BASE on, behind room for the header, entries and index.  */
struct blob { char *bytes; size_t len, cap, base; };

/* S's offset among B's strings, where it goes with its NUL.  */
static uint32_t
put_string (struct blob *b, const char *s)
{
  size_t n = strlen (s) + 1, offset = b->len - b->base;
  if (b->len + n > b->cap)
    b->bytes = mem_realloc (b->bytes, b->cap = 2 * (b->len + n));
  memcpy (b->bytes + b->len, s, n);
  b->len += n;
  return (uint32_t) offset;
}

/* The hash of MASTER's codes.  */
static void
hash_of (const struct table *master, struct code_hash *hash)
{
  uint32_t *codes = mem_realloc (NULL, master->row_count * sizeof *codes);
  for (size_t i = 0; i < master->row_count; i++)
    codes[i] = master->rows[i].code;
  code_hash_choose (codes, master->row_count, hash);
  free (codes);
}

/* MASTER's table file, malloc'd, *LEN bytes; NULL over the limit.  */
static char *
build (const struct table *master, const struct catalog_info *info,
       size_t *len, struct diag *d)
{
  size_t n = master->row_count;
  const size_t *by_code = master->by_code, *by_sym = master->by_symbol;
  uint32_t *position = mem_realloc (NULL, n * sizeof *position);
  size_t entries = OMERR_TABLE_HEADER_SIZE;
  size_t index = entries + n * OMERR_TABLE_ENTRY_SIZE, strings = index + 4 * n;
  struct blob b = { memset (mem_realloc (NULL, strings), 0, strings), strings,
                    strings, strings };
  put_string (&b, "");
  uint32_t name = put_string (&b, info->package);
  uint32_t notice = put_string (&b, info->notice ? info->notice : "");
  uint32_t group = 0;
  const char *last_group = "";

  for (size_t i = 0; i < n; i++)
    {
      const struct table_row *row = &master->rows[by_code[i]];
      position[by_code[i]] = (uint32_t) i;
      /* Rows of one section share their heading: stored once.  */
      bool grouped = row->group != NULL && *row->group != '\0';
      if (grouped && strcmp (row->group, last_group) != 0)
        group = put_string (&b, last_group = row->group);
      uint32_t e[OMERR_TE_COUNT] = {
        [OMERR_TE_CODE] = row->code,
        [OMERR_TE_SYMBOL] = put_string (&b, row->cell[COLUMN_SYMBOL]),
        [OMERR_TE_ENGLISH] = put_string (&b, row->cell[COLUMN_TEXT]),
        [OMERR_TE_GROUP] = grouped ? group : 0,
        [OMERR_TE_NOTE] = row->note == NULL || *row->note == '\0' ? 0
          : put_string (&b, row->note),
      };
      store32 (b.bytes + entries + i * OMERR_TABLE_ENTRY_SIZE, e, sizeof e);
    }
  if (b.len > UINT32_MAX)
    {
      free (b.bytes), free (position);
      diag_error (d, master->src.path, 0, 0,
                  "the table exceeds the table file's 4 GiB limit");
      return NULL;
    }
  struct code_hash hash;
  hash_of (master, &hash);
  uint32_t header[] = {
    OMERR_TABLE_BYTE_ORDER, OMERR_TABLE_VERSION, OMERR_TABLE_HEADER_SIZE,
    (uint32_t) b.len, (uint32_t) n, (uint32_t) entries, (uint32_t) index,
    (uint32_t) strings, (uint32_t) (b.len - strings), name, notice,
    hash.bits, hash.multiplier, 0
  };
  memcpy (b.bytes, OMERR_TABLE_MAGIC, OMERR_TABLE_MAGIC_SIZE);
  store32 (b.bytes + OMERR_TABLE_MAGIC_SIZE, header, sizeof header);
  for (size_t i = 0; i < n; i++)
    store32 (b.bytes + index + 4 * i, &position[by_sym[i]], 4);
  free (position);
  *len = b.len;
  return b.bytes;
}

bool
table_file_emit (const struct table *master, const struct catalog_info *info,
                 FILE *f, struct diag *d)
{
  size_t len;
  char *file = build (master, info, &len, d);
  if (file == NULL)
    return false;
  fwrite (file, 1, len, f);
  free (file);
  return true;
}

/* Text in a C comment: printable ASCII, no comment end, the rest '?'.  */
static void
put_comment_text (FILE *f, const char *s)
{
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    putc (*p >= 0x20 && *p < 0x7F && !(*p == '*' && p[1] == '/')
          ? (char) *p : '?', f);
}

/* The start of a generated file's first comment, naming its table.  */
static void
put_generated (FILE *f, const struct table *master)
{
  fputs ("/* Generated by omerrc from ", f);
  put_comment_text (f, master->name);
  fputs ("; do not edit.\n   ", f);
}

bool
table_file_emit_c (const struct table *master, const struct catalog_info *info,
                   FILE *f, struct diag *d)
{
  static const char hex[] = "0123456789abcdef";
  size_t len;
  char *file = build (master, info, &len, d);
  if (file == NULL)
    return false;
  put_generated (f, master);
  fprintf (f, "The built-in table of libomerr (%zu codes): the table file "
           "omerrc\n   --table-file writes, as constant bytes (format: "
           "src/lib/table-format.h).  */\n\n#include \"omerr-table.h\"\n\n"
           "const size_t omerr_builtin_file_size = %zu;\n"
           "_Alignas (8) const unsigned char omerr_builtin_file[] = {\n",
           master->row_count, len);
  /* A line of 16 bytes at a time: a call per byte costs more.  */
  char line[16 * 6];
  for (size_t i = 0; i < len; i++)
    {
      unsigned char b = (unsigned char) file[i];
      char *item = line + 6 * (i % 16);
      memcpy (item, (char[6]) { '0', 'x', hex[b >> 4], hex[b & 15], ',',
                                i % 16 == 15 ? '\n' : ' ' }, 6);
      if (i % 16 == 15 || i + 1 == len)
        fwrite (line, 1, (size_t) (item + 6 - line), f);
    }
  fputs ("\n};\n", f);
  free (file);
  return true;
}

bool
table_file_emit_header (const struct table *master,
                        const struct catalog_info *info, FILE *f,
                        struct diag *d)
{
  (void) info, (void) d;
  put_generated (f, master);
  fputs ("The error codes of omerr as uint32_t constants, for C and C++.  "
         "*/\n\n#ifndef OMERR_CODES_H\n#define OMERR_CODES_H\n\n"
         "#include <stdint.h>\n\n", f);
  for (size_t i = 0; i < master->row_count; i++)
    {
      const struct table_row *row = &master->rows[i];
      fputs ("/* ", f);
      put_comment_text (f, row->cell[COLUMN_TEXT]);
      fprintf (f, " */\n#define %s UINT32_C(0x%08" PRIX32 ")\n",
               row->cell[COLUMN_SYMBOL], row->code);
    }
  fputs ("\n#endif\n", f);
  return true;
}

bool
table_file_emit_hash (const struct table *master,
                      const struct catalog_info *info, FILE *f,
                      struct diag *d)
{
  size_t n = master->row_count;
  struct code_hash hash;
  (void) info, (void) d;
  hash_of (master, &hash);
  put_generated (f, master);
  fprintf (f, "The hash of the built-in table's codes, the same that its table\n"
           "   file holds, as compile-time constants for libomerr's message\n"
           "   cache (src/lib/message-cache.h): a code's first slot of 2^BITS\n"
           "   is (code * MULTIPLIER mod 2^32) >> (32 - BITS).  %zu of the %zu\n"
           "   codes find their first slot taken by another.  */\n\n"
           "#ifndef OMERR_TABLE_HASH_H\n#define OMERR_TABLE_HASH_H\n\n"
           "#define OMERR_TABLE_ROWS %zu\n"
           "#define OMERR_TABLE_HASH_BITS %u\n"
           "#define OMERR_TABLE_HASH_MULTIPLIER 0x%08Xu\n\n"
           "#endif\n", hash.shared, n, n, hash.bits, hash.multiplier);
  return true;
}
