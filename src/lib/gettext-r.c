/* SPDX-License-Identifier: MIT */
/* omerr_gettext_r: the message copied into the caller's buffer.  */
#include <config.h>

#include <errno.h>
#include <string.h>
#include <wchar.h>

#include "omerr.h"
#include "omerr-internal.h"

/* The length of the longest prefix of S, at most LIMIT bytes, that ends on
   a character boundary in the current LC_CTYPE charset.  */
static size_t
prefix_length (const char *s, size_t limit)
{
  mbstate_t state;
  size_t used = 0;

  memset (&state, 0, sizeof state);
  while (s[used] != '\0')
    {
      size_t n = mbrlen (s + used, limit - used, &state);

      /* (size_t) -2: the character is cut by LIMIT; stop before it.
         (size_t) -1: not valid in this charset; step over one byte.  */
      if (n == (size_t) -2)
        break;
      if (n == (size_t) -1)
        {
          if (used + 1 > limit)
            break;
          memset (&state, 0, sizeof state);
          n = 1;
        }
      if (n == 0 || used + n > limit)
        break;
      used += n;
    }
  return used;
}

int
omerr_gettext_r (uint32_t code, char *buf, size_t size, size_t *needed)
{
  char scratch[OMERR_SCRATCH_SIZE];
  const char *message = omerr_message (code, scratch);
  size_t length = strlen (message);
  size_t keep;

  if (needed != NULL)
    *needed = length + 1;
  if (length < size)
    {
      memcpy (buf, message, length + 1);
      return 0;
    }
  if (size > 0)
    {
      keep = prefix_length (message, size - 1);
      memcpy (buf, message, keep);
      buf[keep] = '\0';
    }
  return ERANGE;
}
