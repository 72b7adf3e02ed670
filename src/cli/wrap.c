/* SPDX-License-Identifier: MIT */
/* Long messages wrapped to the terminal, with a hanging indent.  */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "wrap.h"

int
output_width (void)
{
  struct winsize ws;
  const char *columns;
  long n;

  if (!isatty (STDOUT_FILENO))
    return 0;
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  columns = getenv ("COLUMNS");
  n = columns != NULL ? strtol (columns, NULL, 10) : 0;
  return n > 0 && n < 10000 ? (int) n : 80;
}

/* The bytes, columns and character *WC of the character at S (N bytes
   left); a byte that is no character counts one column, *WC 0.  */
static size_t
char_at (const char *s, size_t n, int *columns, wchar_t *wc)
{
  mbstate_t state;
  size_t len;
  int w;

  memset (&state, 0, sizeof state);
  len = mbrtowc (wc, s, n, &state);
  if (len == (size_t) -1 || len == (size_t) -2 || len == 0)
    {
      *columns = 1;
      *wc = 0;
      return 1;
    }
  w = wcwidth (*wc);
  *columns = w < 0 ? 1 : w;
  return len;
}

/* No line starts with closing punctuation (。，、！？：；）」』 and their
   ASCII and full-width kin) nor ends with an opening bracket, as Chinese
   and Japanese typesetting has it: no break before the one, after the
   other.  */
static int
is_in (const wchar_t *set, wchar_t wc)
{
  return wc != 0 && wcschr (set, wc) != NULL;
}
static const wchar_t closing[] = L".,:;!?)]}\u3001\u3002\u3009\u300B\u300D"
  L"\u300F\u3011\u3015\uFF01\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D";
static const wchar_t opening[] = L"([{\u3008\u300A\u300C\u300E\u3010\u3014"
  L"\uFF08\uFF3B\uFF5B";

void
put_wrapped (FILE *out, const char *text, int width, int indent)
{
  size_t n = strlen (text), line = 0, i, brk, end, e, len;
  int first = 1, room, col, w, prev_wide, have_brk;
  wchar_t wc, prev;

  if (width <= indent + 10)
    {
      fputs (text, out);
      putc ('\n', out);
      return;
    }
  do
    {
      /* As much as fits from LINE on; the last break opportunity in it
         (before a space, before or after a wide character, but not
         before closing punctuation or after an opening bracket) ends it.  */
      room = width - (first ? 0 : indent);
      col = prev_wide = have_brk = 0;
      brk = line;
      prev = 0;
      for (i = line; i < n; i += len, col += w, prev_wide = w == 2, prev = wc)
        {
          len = char_at (text + i, n - i, &w, &wc);
          if (i > line && (text[i] == ' ' || w == 2 || prev_wide)
              && !is_in (closing, wc) && !is_in (opening, prev))
            brk = i, have_brk = 1;
          if (col + w > room && i > line)
            break;
        }
      end = i >= n ? n : have_brk ? brk : i;
      for (e = end; e > line && text[e - 1] == ' '; e--)
        ;
      if (!first)
        fprintf (out, "%*s", indent, "");
      fwrite (text + line, 1, e - line, out);
      putc ('\n', out);
      for (line = end; line < n && text[line] == ' '; line++)
        ;
      first = 0;
    }
  while (line < n);
}
