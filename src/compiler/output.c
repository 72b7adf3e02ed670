#include <config.h>

#include "output.h"
#include "diag.h"
#include "file_copy.h"
#include "strbuf.h"

#include <dirent.h>
#include <sys/types.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct output
{
  char *path;
  char *temp;                   /* NULL: none (yet, or unchanged) */
  struct lazy *stream;          /* while output_open's stream is open */
  FILE *file;                   /* that stream */
  bool differs;                 /* the stream's bytes differ from PATH's */
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

/* Room for one more output in SET; false after reporting to D.  */
static bool
grow (struct output_set *set, const char *path, struct diag *d)
{
  if (set->count < set->cap)
    return true;
  size_t cap = set->cap ? set->cap * 2 : 8;
  struct output *files = realloc (set->files, cap * sizeof *files);
  if (files == NULL)
    {
      diag_error (d, path, 0, 0, "out of memory");
      return false;
    }
  set->files = files;
  set->cap = cap;
  return true;
}

/* Creates the temporary file for PATH, with the mode PATH has (else what
   umask allows), open for writing; returns its descriptor and hands out
   its name in *TEMP, or -1 after reporting to D.  */
static int
make_temp (const char *path, char **temp_name, struct diag *d)
{
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
      return -1;
    }
  free (dir);
  int fd = mkstemp (temp.data);
  if (fd < 0)
    {
      diag_error (d, path, 0, 0, "cannot create a file beside it: %s",
                  strerror (errno));
      strbuf_free (&temp);
      return -1;
    }
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
  *temp_name = strbuf_release (&temp);
  return fd;
}

/* Adds PATH to SET, its temporary file not made yet; false after
   reporting to D.  Leftovers of killed runs for PATH are removed.  */
static bool
add_output (struct output_set *set, const char *path, struct diag *d)
{
  if (!grow (set, path, d))
    return false;
  char *dir;
  const char *base;
  split_path (path, &dir, &base);
  if (dir != NULL)
    remove_leftovers (dir, base);
  free (dir);
  char *copy = strdup (path);
  if (copy == NULL)
    {
      diag_error (d, path, 0, 0, "out of memory");
      return false;
    }
  set->files[set->count++] = (struct output) { copy, NULL, NULL, NULL, false };
  return true;
}

const char *
output_begin (struct output_set *set, const char *path, struct diag *d)
{
  if (!add_output (set, path, d))
    return NULL;
  struct output *o = &set->files[set->count - 1];
  int fd = make_temp (path, &o->temp, d);
  if (fd < 0)
    return NULL;
  close (fd);
  return o->temp;
}

/* An output stream: its bytes are compared with what PATH holds as they
   come, and a temporary file is made only once they differ (then with
   the equal part copied from PATH).  An unchanged output thus costs no
   file at all: on ext4, creating and removing one costs more than the
   rest of a small run.  */
struct lazy
{
  struct output_set *set;
  size_t index;                 /* its entry in set->files */
  const char *path;             /* the caller's, for diagnostics */
  FILE *old;                    /* what PATH holds; NULL: nothing */
  FILE *temp;                   /* NULL while the bytes are the same */
  size_t same;                  /* bytes so far, all equal to OLD's */
  bool failed;                  /* reported to D already */
  int error;                    /* errno of the first failure, or 0 */
  struct diag *d;
};

/* Records the errno of Z's first failure; returns false.  */
static bool
lazy_fail (struct lazy *z)
{
  if (z->error == 0)
    z->error = errno ? errno : EIO;
  return false;
}

/* The bytes differ from PATH's: makes the temporary file and copies the
   equal part into it.  */
static bool
diverge (struct lazy *z)
{
  struct output *o = &z->set->files[z->index];
  if (z->failed)
    return false;
  int fd = make_temp (z->path, &o->temp, z->d);
  if (fd < 0)
    {
      z->failed = true;
      return false;
    }
  o->differs = true;
  z->temp = fdopen (fd, "wb");
  if (z->temp == NULL)
    {
      lazy_fail (z);
      close (fd);
      return false;
    }
  if (z->same > 0)
    {
      rewind (z->old);
      if (!file_copy (z->old, z->temp, z->same))
        return lazy_fail (z);
    }
  return true;
}

static ssize_t
lazy_write (void *cookie, const char *buf, size_t size)
{
  struct lazy *z = cookie;
  if (z->temp == NULL && z->old != NULL)
    {
      char chunk[8192];
      size_t at = 0;
      while (at < size)
        {
          size_t n = size - at < sizeof chunk ? size - at : sizeof chunk;
          if (fread (chunk, 1, n, z->old) != n
              || memcmp (chunk, buf + at, n) != 0)
            break;
          at += n;
        }
      if (at == size)
        {
          z->same += size;
          return (ssize_t) size;
        }
    }
  if (z->temp == NULL && !diverge (z))
    return -1;
  if (fwrite (buf, 1, size, z->temp) != size)
    {
      lazy_fail (z);
      return -1;
    }
  return (ssize_t) size;
}

static int
lazy_close (void *cookie)
{
  struct lazy *z = cookie;
  int status = 0;
  /* No file yet, or shorter than it: the output differs after all.  */
  if (z->temp == NULL && (z->old == NULL || getc (z->old) != EOF)
      && !diverge (z))
    status = -1;
  if (z->temp != NULL && fclose (z->temp) != 0)
    {
      lazy_fail (z);
      status = -1;
    }
  if (z->old != NULL)
    fclose (z->old);
  return status;
}

FILE *
output_open (struct output_set *set, const char *path, struct diag *d)
{
  if (!add_output (set, path, d))
    return NULL;
  struct lazy *z = calloc (1, sizeof *z);
  if (z == NULL)
    {
      diag_error (d, path, 0, 0, "out of memory");
      return NULL;
    }
  /* Only a regular file is compared (opening a FIFO would block).  */
  struct stat st;
  *z = (struct lazy) { .set = set, .index = set->count - 1, .path = path,
                       .d = d };
  if (stat (path, &st) == 0 && S_ISREG (st.st_mode))
    z->old = fopen (path, "rb");
  static const cookie_io_functions_t io = { .write = lazy_write,
                                            .close = lazy_close };
  FILE *f = fopencookie (z, "w", io);
  if (f == NULL)
    {
      if (z->old != NULL)
        fclose (z->old);
      free (z);
      diag_error (d, path, 0, 0, "out of memory");
      return NULL;
    }
  set->files[set->count - 1].stream = z;
  set->files[set->count - 1].file = f;
  return f;
}

bool
output_close (struct output_set *set, FILE *f, struct diag *d)
{
  struct output *o = NULL;
  for (size_t i = 0; i < set->count && o == NULL; i++)
    if (set->files[i].file == f)
      o = &set->files[i];
  if (o == NULL)
    abort ();                   /* not a stream of this set */
  struct lazy *z = o->stream;
  bool failed = ferror (f) != 0;
  if (fclose (f) != 0)
    failed = true;
  if (failed && !z->failed)
    diag_error (d, z->path, 0, 0, "cannot write: %s",
                strerror (z->error ? z->error : EIO));
  free (z);
  o->stream = NULL;
  o->file = NULL;
  return !failed;
}

/* Whether files A and B hold the same bytes (B a regular file: a FIFO
   would block the run).  */
static bool
same_content (const char *a, const char *b)
{
  struct stat st;
  if (stat (b, &st) != 0 || !S_ISREG (st.st_mode))
    return false;
  FILE *fb = fopen (b, "rb");
  FILE *fa = fb ? fopen (a, "rb") : NULL;
  bool same = fa != NULL;
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
      if (o->temp == NULL)
        continue;               /* a stream that matched PATH's bytes */
      if (!o->differs && same_content (o->temp, o->path))
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
