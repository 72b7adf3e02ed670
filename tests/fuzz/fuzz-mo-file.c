/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the library's .mo reader on any bytes.  A file it
   accepts must be safe to read whole: every entry, both of its strings,
   a lookup of each original, and the header's fields (ASan and UBSan
   catch a read outside the mapping).  */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mo-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char path[4096];
/* Where the lengths go, so that the reads are not optimized away.  */
static volatile size_t sink;

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (path[0] == '\0')
    snprintf (path, sizeof path, "%s/fuzz-mo-file.%ld.mo",
              getenv ("TMPDIR") ? getenv ("TMPDIR") : "/tmp",
              (long) getpid ());
  FILE *f = fopen (path, "wb");
  if (f == NULL || fwrite (data, 1, size, f) != size || fclose (f) != 0)
    abort ();
  errno = 0;
  struct omerr_mo *mo = omerr_mo_open (path);
  unlink (path);
  if (mo == NULL)
    {
      /* Refused, and told why: ignored by gettext or not to be trusted.  */
      if (errno != ENOMSG && errno != EINVAL)
        abort ();
      return 0;
    }
  size_t total = 0;
  for (size_t i = 0; i < omerr_mo_count (mo); i++)
    {
      const char *msgid = omerr_mo_msgid_at (mo, i);
      const char *msgstr = omerr_mo_msgstr_at (mo, i);
      total += strlen (msgid) + strlen (msgstr);
      const char *found = omerr_mo_get (mo, msgid);
      if (found != NULL)
        total += strlen (found);
    }
  static const char *const fields[] = { "Language", "Content-Type", "" };
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    free (omerr_mo_header_field (mo, fields[i]));
  omerr_mo_close (mo);
  sink = total;
  return 0;
}
