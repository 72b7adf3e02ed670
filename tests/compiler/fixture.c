/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "fixture.h"
#include "omerrc.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *
path_in (const char *dir, const char *name)
{
  size_t n = strlen (dir) + strlen (name) + 2;
  char *p = malloc (n);
  snprintf (p, n, "%s/%s", dir, name);
  return p;
}

char *
make_scratch_dir (const char *name)
{
  char *dir = NULL;
  size_t n = strlen (name) + 64;
  dir = malloc (n);
  snprintf (dir, n, "tests/scratch-%s-XXXXXX", name);
  mkdir ("tests", 0777);
  if (mkdtemp (dir) == NULL)
    {
      perror (dir);
      abort ();
    }
  return dir;
}

void
remove_tree (const char *dir)
{
  DIR *dp = opendir (dir);
  if (dp == NULL)
    return;
  struct dirent *de;
  while ((de = readdir (dp)) != NULL)
    {
      if (strcmp (de->d_name, ".") == 0 || strcmp (de->d_name, "..") == 0)
        continue;
      char *p = path_in (dir, de->d_name);
      struct stat st;
      if (lstat (p, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (p);
      else
        unlink (p);
      free (p);
    }
  closedir (dp);
  rmdir (dir);
}

void
write_file (const char *path, const char *content)
{
  FILE *f = fopen (path, "wb");
  if (f == NULL || fputs (content, f) == EOF || fclose (f) != 0)
    {
      perror (path);
      abort ();
    }
}

char *
read_file (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  char *buf = NULL;
  size_t size = 0;
  FILE *mem = open_memstream (&buf, &size);
  char chunk[8192];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    fwrite (chunk, 1, n, mem);
  fclose (f);
  fclose (mem);
  if (len != NULL)
    *len = size;
  return buf;
}

size_t
count_files (const char *dir)
{
  DIR *dp = opendir (dir);
  size_t n = 0;
  struct dirent *de;
  while (dp != NULL && (de = readdir (dp)) != NULL)
    if (strcmp (de->d_name, ".") != 0 && strcmp (de->d_name, "..") != 0)
      n++;
  if (dp != NULL)
    closedir (dp);
  return n;
}

bool
run_compile (const struct compile_request *req, char **diagnostics)
{
  struct diag d = DIAG_INIT;
  bool ok = compile_run (req, &d);
  size_t len;
  FILE *mem = open_memstream (diagnostics, &len);
  diag_flush (&d, mem);
  fclose (mem);
  diag_free (&d);
  return ok;
}

struct compile_request
default_request (const char *master)
{
  return (struct compile_request) {
    .master = { master, NULL },
    .source_root = TOP_SRCDIR,
    .info = { .package = "omerr", .version = "0.1.0",
              .bugs_address = "bugs@example.org", .translator = "omerr tests" },
  };
}

bool
read_valid_table (struct table *t, const char *path)
{
  struct diag d = DIAG_INIT;
  bool ok = table_read (t, path, NULL, 0, NULL, NULL, &d);
  if (ok)
    table_validate (t, &d);
  ok = ok && d.errors == 0;
  diag_flush (&d, stderr);
  diag_free (&d);
  return ok;
}
