/* SPDX-License-Identifier: MIT */
/* Lines of text from a file or standard input, as Windows tools write
   them too.  */
#ifndef OMERR_TEXT_LINES_H
#define OMERR_TEXT_LINES_H

#include <stdio.h>
#include <sys/types.h>

struct text_lines
{
  FILE *in;
  const char *name;             /* in messages: "-" for standard input */
  char *line;                   /* the line last read, NUL-terminated */
  size_t size;
  unsigned long number;         /* its number, from 1 */
  int refused;                  /* the input is no text we read (said) */
  /* What the reading needs.  */
  int utf16;                    /* 0, 'L' or 'B' (endianness) */
  char *raw;                    /* bytes of UTF-16 read before knowing */
  size_t raw_used, raw_length;
  long pending;                 /* a UTF-16 unit read ahead, or -1 */
  int sniffing;                 /* UTF-16 without a byte-order mark? */
  size_t offset;                /* the bytes read while sniffing */
  char *rest;                   /* input of CR-ended lines, to be read */
  size_t rest_size, rest_used, rest_length;
};

/* Starts reading IN, called NAME in messages.  */
void text_lines_open (struct text_lines *t, FILE *in, const char *name);

/* Reads the next line into T->line, its end of line kept, and returns
   its length in bytes (it may hold NUL bytes).  A line ends at a line
   feed (LF, CRLF), or, in input without any line feed, at a carriage
   return (CR, classic Mac OS).  A UTF-8 byte-order mark
   at the start is skipped; UTF-16 with a byte-order mark is read as
   UTF-8 (U+FFFD for a lone surrogate).  Returns -1 at the end, on a read
   error (ferror (T->in)) and for input that looks like UTF-16 without a
   byte-order mark, which is refused (T->refused) with a message on how
   to convert it.  */
ssize_t text_lines_read (struct text_lines *t);

/* Frees what T holds (not T->in).  */
void text_lines_close (struct text_lines *t);

#endif
