#include <config.h>

#include "output.h"
#include "diag.h"
#include "strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct output
{
  char *path;
  char *temp;
};

struct output_set
{
  struct output *files;
  size_t count;
  size_t cap;
};

/* Temporary names, for the signal handler: a fatal signal removes them.  */
static struct output_set *live_set;

static void
remove_temps_and_die (int sig)
{
  if (live_set != NULL)
    for (size_t i = 0; i < live_set->count; i++)
      if (live_set->files[i].temp != NULL)
        unlink (live_set->files[i].temp);
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
catch_signals (void)
{
  static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ };
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    {
      struct sigaction sa = { .sa_handler = remove_temps_and_die };
      sigemptyset (&sa.sa_mask);
      sigaction (sigs[i], &sa, NULL);
    }
}

struct output_set *
output_set_new (void)
{
  struct output_set *set = calloc (1, sizeof *set);
  live_set = set;
  if (set != NULL)
    catch_signals ();
  return set;
}

static void
split_path (const char *path, char **dir, const char **base)
{
  const char *slash = strrchr (path, '/');
  *dir = slash ? strndup (path, (size_t) (slash - path + (slash == path)))
               : strdup (".");
  *base = slash ? slash + 1 : path;
}

/* Removes DIR/.BASE.omerrc-PID-* whose process is gone (a SIGKILLed run).  */
static void
remove_leftovers (const char *dir, const char *base)
{
  DIR *dp = opendir (dir);
  if (dp == NULL)
    return;
  struct strbuf prefix = STRBUF_INIT;
  if (!strbuf_printf (&prefix, ".%s%s", base, OUTPUT_TEMP_MARK))
    {
      closedir (dp);
      return;
    }
  struct dirent *de;
  while ((de = readdir (dp)) != NULL)
    {
      if (strncmp (de->d_name, prefix.data, prefix.len) != 0)
        continue;
      char *end;
      long pid = strtol (de->d_name + prefix.len, &end, 10);
      if (end == de->d_name + prefix.len || *end != '-' || pid <= 0)
        continue;
      if (pid != (long) getpid () && kill ((pid_t) pid, 0) == -1
          && errno == ESRCH)
        {
          struct strbuf full = STRBUF_INIT;
          if (strbuf_printf (&full, "%s/%s", dir, de->d_name))
            unlink (full.data);
          strbuf_free (&full);
        }
    }
  strbuf_free (&prefix);
  closedir (dp);
}

const char *
output_begin (struct output_set *set, const char *path, struct diag *d)
{
  if (set->count == set->cap)
    {
      size_t cap = set->cap ? set->cap * 2 : 8;
      struct output *files = realloc (set->files, cap * sizeof *files);
      if (files == NULL)
        {
          diag_error (d, path, 0, 0, "out of memory");
          return NULL;
        }
      set->files = files;
      set->cap = cap;
    }
  char *dir;
  const char *base;
  split_path (path, &dir, &base);
  struct strbuf temp = STRBUF_INIT;
  if (dir == NULL
      || !strbuf_printf (&temp, "%s/.%s%s%ld-XXXXXX", dir, base,
                         OUTPUT_TEMP_MARK, (long) getpid ()))
    {
      free (dir);
      strbuf_free (&temp);
      diag_error (d, path, 0, 0, "out of memory");
      return NULL;
    }
  remove_leftovers (dir, base);
  free (dir);

  int fd = mkstemp (temp.data);
  if (fd < 0)
    {
      diag_error (d, path, 0, 0, "cannot create a file beside it: %s",
                  strerror (errno));
      strbuf_free (&temp);
      return NULL;
    }
  /* The new file gets the mode the old one had, else what umask allows.  */
  struct stat st;
  mode_t mode;
  if (stat (path, &st) == 0)
    mode = st.st_mode & 07777;
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      mode = 0666 & ~mask;
    }
  fchmod (fd, mode);
  close (fd);
  set->files[set->count++] = (struct output) { strdup (path),
                                               strbuf_release (&temp) };
  if (set->files[set->count - 1].path == NULL)
    {
      diag_error (d, path, 0, 0, "out of memory");
      return NULL;
    }
  return set->files[set->count - 1].temp;
}

/* Whether files A and B hold the same bytes.  */
static bool
same_content (const char *a, const char *b)
{
  FILE *fa = fopen (a, "rb");
  FILE *fb = fa ? fopen (b, "rb") : NULL;
  bool same = fb != NULL;
  char x[8192], y[8192];
  while (same)
    {
      size_t nx = fread (x, 1, sizeof x, fa);
      size_t ny = fread (y, 1, sizeof y, fb);
      same = nx == ny && memcmp (x, y, nx) == 0 && !ferror (fa) && !ferror (fb);
      if (nx < sizeof x)
        break;
    }
  if (fa)
    fclose (fa);
  if (fb)
    fclose (fb);
  return same;
}

bool
output_commit (struct output_set *set, struct diag *d)
{
  bool ok = true;
  for (size_t i = 0; i < set->count; i++)
    {
      struct output *o = &set->files[i];
      if (same_content (o->temp, o->path))
        unlink (o->temp);
      else if (rename (o->temp, o->path) != 0)
        {
          diag_error (d, o->path, 0, 0, "cannot replace: %s", strerror (errno));
          unlink (o->temp);
          ok = false;
        }
      free (o->temp);
      o->temp = NULL;
    }
  return ok;
}

void
output_abort (struct output_set *set)
{
  for (size_t i = 0; i < set->count; i++)
    if (set->files[i].temp != NULL)
      {
        unlink (set->files[i].temp);
        free (set->files[i].temp);
        set->files[i].temp = NULL;
      }
}

void
output_set_free (struct output_set *set)
{
  if (set == NULL)
    return;
  output_abort (set);
  for (size_t i = 0; i < set->count; i++)
    free (set->files[i].path);
  free (set->files);
  if (live_set == set)
    live_set = NULL;
  free (set);
}
