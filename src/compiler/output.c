/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "omerrc.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/stat.h>

enum kind { NEW, REGULAR, THROUGH };   /* what the target is */

struct output
{
  char *path;                   /* as the user named it, for diagnostics */
  char *target;                 /* PATH with symbolic links followed */
  enum kind kind;
  int fd;                       /* a descriptor's, /dev/stdout's, or -1 */
  struct stat st;               /* the target's, unless NEW */
  char *temp;                   /* the temporary file, while it exists */
  char *kept;                   /* the original, linked aside in the commit */
  FILE *file;                   /* while open; THROUGH: until the commit */
  bool changed;                 /* its temporary file goes into place */
  unsigned run_dates;           /* a PO file's header dates set aside */
};

/* LIVE_SET's temporary files are what a fatal signal removes: its array
   is allocated once, a name published only once complete and withdrawn
   before it is freed, so the handler needs no lock.  */
struct output_set
{
  struct output *files;
  size_t count;
  size_t max;
  struct output *open;          /* the one output_open opened last */
};
static struct output_set *volatile live_set;
static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };

static void
remove_temps (void)
{
  struct output_set *set = live_set;
  for (size_t i = 0; set != NULL && i < set->count; i++)
    if (set->files[i].temp != NULL)
      unlink (set->files[i].temp);          /* async-signal-safe */
}

static void
remove_temps_and_die (int sig)
{
  remove_temps ();
  signal (sig, SIG_DFL);
  raise (sig);
}

struct output_set *
output_set_new (size_t max)
{
  static bool caught;
  /* Once: a signal the parent ignored (nohup) stays ignored.  */
  if (!caught)
    {
      struct sigaction old, sa = { .sa_handler = remove_temps_and_die };
      sigemptyset (&sa.sa_mask);
      for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        if (sigaction (fatal_signals[i], NULL, &old) == 0
            && old.sa_handler != SIG_IGN)
          sigaction (fatal_signals[i], &sa, NULL);
      atexit (remove_temps);    /* mem_exhausted's exit */
      signal (SIGXFSZ, SIG_IGN);
      caught = true;
    }
  struct output_set *set = mem_realloc (NULL, sizeof *set);
  *set = (struct output_set) { mem_realloc (NULL, max * sizeof *set->files),
                               0, max, NULL };
  live_set = set;
  return set;
}

/* PATH with every link followed, a dangling one too, up to a descriptor
   of this process (/proc/self/fd/N, as /dev/stdout is), whose N goes to
   *FD: its file may have no name (a pipe) or another (unlinked).  */
static char *
follow (const char *path, int *fd)
{
  char *p = mem_strdup (path), link[4096];
  char *self = realpath ("/proc/self/fd", NULL);
  ssize_t n = 1;
  for (int hops = 0; hops < 40 && n > 0 && *fd < 0; hops++)
    {
      const char *slash = strrchr (p, '/'), *base = slash ? slash + 1 : p;
      char *dir = mem_strndup (p, (size_t) (base - p)), *old = p;
      char *real = realpath (dir[0] != '\0' ? dir : ".", NULL);
      size_t digits = strspn (base, "0123456789");
      if (self && real && strcmp (real, self) == 0 && digits - 1 < 9
          && base[digits] == '\0')
        *fd = atoi (base);
      else if ((n = readlink (p, link, sizeof link - 1)) > 0)
        p = mem_printf ("%s%.*s", link[0] == '/' ? "" : dir, (int) n, link);
      if (p != old)
        free (old);
      free (real);
      free (dir);
    }
  free (self);
  return p;
}

static bool
same_file (const struct output *o, const struct stat *st)
{
  return o->kind != NEW && o->st.st_dev == st->st_dev
    && o->st.st_ino == st->st_ino;
}

bool
output_add (struct output_set *set, const char *path, struct diag *d)
{
  /* A descriptor's file is written through it, whatever it is.  */
  struct output o = { .path = mem_strdup (path), .fd = -1 };
  o.target = follow (path, &o.fd);
  int flags = o.fd < 0 ? O_WRONLY : fcntl (o.fd, F_GETFL);
  const char *why = NULL;
  if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY)
    why = flags < 0 ? "its descriptor is not open"
      : "its descriptor is not open for writing";
  else if ((o.fd >= 0 ? fstat (o.fd, &o.st) : stat (o.target, &o.st)) != 0)
    {
      /* No output makes its directory (msgfmt -o and cp make none);
         creating the temporary file says any other why not.  */
      int err = errno;
      const char *slash = strrchr (o.target, '/');
      size_t len = slash ? (size_t) (slash - o.target) + 1 : 0;
      char *dir = mem_strndup (o.target, len);
      if (err == ENOTDIR || (err == ENOENT && dir[0] && stat (dir, &o.st)))
        why = err == ENOTDIR ? "a part of its directory is not a directory"
          : "its directory does not exist";
      o.kind = NEW;
      free (dir);
    }
  else if (o.fd < 0 && S_ISREG (o.st.st_mode))
    o.kind = REGULAR;
  else if (o.fd >= 0 || S_ISCHR (o.st.st_mode) || S_ISFIFO (o.st.st_mode))
    o.kind = THROUGH;
  else
    why = S_ISDIR (o.st.st_mode) ? "is a directory"
      : "is not a regular file, a character device or a FIFO";
  for (size_t i = 0; why == NULL && i < set->count; i++)
    if (strcmp (set->files[i].target, o.target) == 0
        || (o.kind != NEW && same_file (&set->files[i], &o.st)))
      why = "named twice as an output";
  if (why == NULL && set->count == set->max)
    why = "too many outputs";
  if (why == NULL)
    {
      /* The entry is whole before the count lets the handler see it:
         without the fence the compiler may store the count first.  */
      set->files[set->count] = o;
      atomic_signal_fence (memory_order_release);
      set->count++;
      return true;
    }
  diag_error (d, path, 0, 0, "cannot write: %s", why);
  free (o.path);
  free (o.target);
  return false;
}

bool
output_not_input (struct output_set *set, const char *input, struct diag *d)
{
  struct stat st;
  for (size_t i = 0; stat (input, &st) == 0 && i < set->count; i++)
    if (same_file (&set->files[i], &st))
      return diag_error (d, set->files[i].path, 0, 0,
                         "cannot write: it is the input %s", input);
  return true;
}

/* O's temporary file's descriptor, or -1; first, those that processes
   now gone (SIGKILLed runs) left beside the target are removed.  */
static int
make_temp (struct output *o, struct diag *d)
{
  const char *slash = strrchr (o->target, '/');
  const char *base = slash ? slash + 1 : o->target;
  char *mark = mem_printf (".%s%s", base, OUTPUT_TEMP_MARK);
  size_t mark_len = strlen (mark);
  char *dir = mem_strndup (o->target, (size_t) (base - o->target));
  DIR *dp = opendir (dir[0] != '\0' ? dir : ".");
  for (struct dirent *de; dp != NULL && (de = readdir (dp)) != NULL;)
    {
      char *end;
      long pid = strncmp (de->d_name, mark, mark_len) == 0
        ? strtol (de->d_name + mark_len, &end, 10) : 0;
      if (pid > 0 && *end == '-' && pid != (long) getpid ()
          && kill ((pid_t) pid, 0) == -1 && errno == ESRCH)
        unlinkat (dirfd (dp), de->d_name, 0);
    }
  if (dp != NULL)
    closedir (dp);
  char *name = mem_printf ("%s%s%ld-XXXXXX", dir, mark, (long) getpid ());
  free (mark);
  free (dir);
  int fd = mkstemp (name);
  if (fd < 0)
    {
      diag_error (d, o->path, 0, 0, "cannot create a file beside it: %m");
      free (name);
    }
  else
    o->temp = name;             /* published for the signal handler */
  return fd;
}

FILE *
output_open (struct output_set *set, const char *path, unsigned run_dates,
             struct diag *d)
{
  struct output *o = set->open = set->open ? set->open + 1 : set->files;
  if (o == set->files + set->count || strcmp (o->path, path) != 0)
    abort ();                   /* not the next output added */
  if (o->kind == THROUGH)
    o->file = tmpfile ();
  else
    {
      int fd = make_temp (o, d);
      if (fd < 0)
        return NULL;
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, o->kind == REGULAR ? o->st.st_mode & 07777 : 0666 & ~mask);
      o->file = fdopen (fd, "w+b");
    }
  if (o->file == NULL)
    mem_exhausted ();
  o->run_dates = run_dates;
  return o->file;
}

/* Whether the stream F, from its start, holds the bytes of PATH, the
   RUN_DATES fields of a PO header aside, as gettext's po/Makefile
   compares templates without POT-Creation-Date: a run changing nothing
   else keeps the catalog's date.  */
static bool
same_content (FILE *f, const char *path, unsigned run_dates)
{
  static const char *const dates[] = { "\"POT-Creation-Date: ",
                                       "\"PO-Revision-Date: " };
  FILE *other = fopen (path, "rb");
  char *a = NULL, *b = NULL, x[16384], y[sizeof x];
  size_t na = 0, nb = 0, n;
  bool same = other != NULL && fseek (f, 0, SEEK_SET) == 0;
  /* A catalog's header line by line, then the rest a block at a time.  */
  for (bool header = run_dates != 0; same && header;)
    {
      ssize_t la = getline (&a, &na, f), lb = getline (&b, &nb, other);
      same = la == lb && (la < 0 || memcmp (a, b, (size_t) la) == 0);
      for (size_t i = 0; !same && la > 0 && lb > 0 && i < 2; i++)
        same = (run_dates & (1u << i)) != 0
          && strncmp (a, dates[i], strlen (dates[i])) == 0
          && strncmp (b, dates[i], strlen (dates[i])) == 0;
      header = la > 0 && a[0] != '\n';
    }
  while (same && (n = fread (x, 1, sizeof x, f)) > 0)
    same = fread (y, 1, n, other) == n && memcmp (x, y, n) == 0;
  same = same && !ferror (f) && getc (other) == EOF;
  free (a);
  free (b);
  if (other != NULL)
    fclose (other);
  return same;
}

/* Copies F from its start to O's file or descriptor (from where it
   stands, as a redirection left it); errno tells why not.  */
static bool
copy_to (FILE *f, const struct output *o)
{
  FILE *other = o->fd < 0 ? fopen (o->target, "wb")
    : fdopen (dup (o->fd), "wb");               /* "wb": no truncation */
  bool ok = other != NULL && fseek (f, 0, SEEK_SET) == 0;
  char buf[16384];
  size_t n;
  while (ok && (n = fread (buf, 1, sizeof buf, f)) > 0)
    ok = fwrite (buf, 1, n, other) == n;
  ok = ok && !ferror (f) && fflush (other) == 0;
  int err = errno;
  if (other != NULL && fclose (other) != 0 && ok)
    ok = false, err = errno;
  errno = err;
  return ok;
}

bool
output_close (struct output_set *set, struct diag *d)
{
  struct output *o = set->open;
  FILE *f = o->file;
  /* A failed write leaves its errno: each later write fails alike.  */
  bool ok = fflush (f) == 0 && !ferror (f);
  if (o->kind == THROUGH)              /* kept open until the commit */
    return ok || diag_error (d, o->path, 0, 0, "cannot write: %m");
  o->file = NULL;
  o->changed = ok && (o->kind != REGULAR
                       || !same_content (f, o->target, o->run_dates));
  /* What is renamed into place must be on disk first.  */
  ok = ok && (!o->changed || fsync (fileno (f)) == 0);
  int err = errno ? errno : EIO;
  if (fclose (f) != 0 && ok)
    ok = false, err = errno;
  errno = err;
  return ok || diag_error (d, o->path, 0, 0, "cannot write: %m");
}

static bool
commit (struct output_set *set, struct diag *d)
{
  /* Each original is kept, until every rename succeeded, under its
     temporary file's name and "k" (which the next run removes, as it does
     a SIGKILLed run's temporary file).  */
  for (size_t i = 0; i < set->count; i++)
    {
      struct output *o = &set->files[i];
      if (!o->changed)          /* never a device or FIFO: written last */
        continue;
      if (o->kind == REGULAR)
        {
          o->kept = mem_printf ("%sk", o->temp);
          unlink (o->kept);
          if (link (o->target, o->kept) != 0)
            return diag_error (d, o->path, 0, 0,
                               "cannot keep the original: %m");
        }
      if (rename (o->temp, o->target) != 0)
        return diag_error (d, o->path, 0, 0, "cannot replace: %m");
      free (o->temp);           /* renamed: nothing to remove */
      o->temp = NULL;
    }
  for (size_t i = 0; i < set->count; i++)
    {
      struct output *o = &set->files[i];
      if (o->kind == THROUGH && !copy_to (o->file, o))
        return diag_error (d, o->path, 0, 0, "cannot write: %m");
    }
  return true;
}

bool
output_commit (struct output_set *set, struct diag *d)
{
  /* Signals wait until the commit is whole (or rolled back).  */
  sigset_t all, old;
  sigfillset (&all);
  sigprocmask (SIG_BLOCK, &all, &old);
  bool ok = commit (set, d);
  for (size_t i = 0; i < set->count; i++)
    {
      struct output *o = &set->files[i];
      /* Rolled back: an output in place is removed or its original put
         back.  */
      bool placed = !ok && o->changed && o->temp == NULL;
      if (placed && o->kind == NEW)
        unlink (o->target);
      else if (placed && o->kind == REGULAR)
        rename (o->kept, o->target);
      if (o->kept != NULL)
        unlink (o->kept);
    }
  sigprocmask (SIG_SETMASK, &old, NULL);
  return ok;
}

void
output_set_free (struct output_set *set)
{
  remove_temps ();
  live_set = NULL;              /* before its names are freed */
  for (size_t i = 0; i < set->count; i++)
    {
      struct output *o = &set->files[i];
      free (o->temp);
      free (o->kept);
      if (o->file != NULL)
        fclose (o->file);
      free (o->path);
      free (o->target);
    }
  free (set->files);
  free (set);
}
