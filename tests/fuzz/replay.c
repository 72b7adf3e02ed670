/* SPDX-License-Identifier: MIT */
/* main() for a fuzz target outside libFuzzer: runs the target once on each
   file named, or on every file of the directories in REPLAY_CORPUS
   (colon-separated) when none is named.  So every build's 'make check'
   replays the seed corpora, and a crash file can be reproduced under a
   debugger.  Prints TAP; a finding aborts the program.  */
#include <config.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int count, failed;

static void
replay (const char *path)
{
  FILE *f = fopen (path, "rb");
  char *buf = NULL;
  size_t cap = 0, len = 0, n = 1;
  while (f != NULL && n > 0)
    {
      if (len == cap)
        {
          char *bigger = realloc (buf, cap = cap * 2 + 4096);
          if (bigger == NULL)
            abort ();
          buf = bigger;
        }
      n = fread (buf + len, 1, cap - len, f);
      len += n;
    }
  if (f == NULL || ferror (f))
    {
      printf ("not ok %d - %s: cannot read\n", ++count, path);
      failed = 1;
    }
  else
    {
      printf ("# %s\n", path);
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *) buf, len);
      printf ("ok %d - %s\n", ++count, path);
    }
  if (f != NULL)
    fclose (f);
  free (buf);
}

static void
replay_dir (const char *dir)
{
  DIR *dp = opendir (dir);
  if (dp == NULL)
    {
      printf ("not ok %d - %s: cannot open\n", ++count, dir);
      failed = 1;
      return;
    }
  struct dirent *de;
  while ((de = readdir (dp)) != NULL)
    {
      size_t n = strlen (dir) + strlen (de->d_name) + 2;
      char *path = malloc (n);
      struct stat st;
      if (path == NULL)
        abort ();
      snprintf (path, n, "%s/%s", dir, de->d_name);
      if (stat (path, &st) == 0 && S_ISREG (st.st_mode))
        replay (path);
      free (path);
    }
  closedir (dp);
}

int
main (int argc, char **argv)
{
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      replay (argv[i]);
  else
    {
      char *dirs = strdup (REPLAY_CORPUS);
      for (char *dir = strtok (dirs, ":"); dir != NULL; dir = strtok (NULL, ":"))
        replay_dir (dir);
      free (dirs);
    }
  printf ("1..%d\n", count);
  return failed;
}
