/* SPDX-License-Identifier: MIT */
/* Memory for the compiler: an allocation failure stops the program with
   one message (temporary outputs are removed on the way out), so no
   caller handles it; and a growable byte buffer.  */
#ifndef OMERRC_STRBUF_H
#define OMERRC_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

_Noreturn void mem_exhausted (void);
void *mem_realloc (void *p, size_t n);
char *mem_strdup (const char *s);
char *mem_strndup (const char *s, size_t n);
/* The text printf would print, malloc'd.  */
char *mem_printf (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));

struct strbuf
{
  char *data;      /* always NUL-terminated once anything was appended */
  size_t len;
  size_t cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_append (struct strbuf *sb, const char *s, size_t n);
void strbuf_puts (struct strbuf *sb, const char *s);
void strbuf_putc (struct strbuf *sb, char c);
void strbuf_printf (struct strbuf *sb, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));
void strbuf_vprintf (struct strbuf *sb, const char *fmt, va_list ap);
/* Hands the buffer over (never NULL: "" for an empty buffer).  */
char *strbuf_release (struct strbuf *sb);
void strbuf_free (struct strbuf *sb);

#endif
