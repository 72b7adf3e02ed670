/* SPDX-License-Identifier: MIT */
/* omerrc fails in several ways (bad input, an unwritable output directory,
   a full disk, SIGKILL in mid-run): every existing output stays
   byte-identical, and no temporary file is left, except a recognizably
   named one after SIGKILL, which the next run removes.  */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "fixture.h"
#include "omerrc.h"

static const char *const outputs[] = {
  "table.c", "codes.h", "omerr.pot", "en.po", "zh_TW.po"
};
#define OUTPUTS (sizeof outputs / sizeof outputs[0])

struct snapshot
{
  char *dir;
  char *moved;                  /* a changed master beside DIR, or NULL */
  char *err;                    /* the run's stderr beside DIR, or NULL */
  char *bytes[OUTPUTS];
  size_t len[OUTPUTS];
};

/* Arguments of omerrc writing every output into DIR from MASTER (and the
   zh-TW table when ZH).  */
static void
omerrc_args (const char *dir, const char *master, int zh, char *argv[])
{
  static char opt[4][512];
  snprintf (opt[0], sizeof opt[0], "--c-table=%s/table.c", dir);
  snprintf (opt[1], sizeof opt[1], "--header=%s/codes.h", dir);
  snprintf (opt[2], sizeof opt[2], "--pot=%s/omerr.pot", dir);
  snprintf (opt[3], sizeof opt[3], "--po-dir=%s", dir);
  static char omerrc[512];
  snprintf (omerrc, sizeof omerrc, "%s/omerrc", getenv ("abs_top_builddir"));
  char **a = argv;
  *a++ = omerrc;
  for (int i = 0; i < 4; i++)
    *a++ = opt[i];
  *a++ = (char *) master;
  if (zh)
    *a++ = (char *) ZH_TW_TABLE;
  *a = NULL;
}

enum fault { NONE, UNWRITABLE, FILE_SIZE, HANGUP_IGNORED, MEMORY };
/* The address-space limit of a MEMORY run.  */
static rlim_t memory_limit;

/* Leaves the calling root process, and what it executes, without any
   capability (SECBIT_NOROOT: exec gives uid 0 none back).  */
static bool
drop_capabilities (void)
{
  struct __user_cap_header_struct head = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct none[2];

  memset (none, 0, sizeof none);
  return prctl (PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED,
                0, 0, 0) == 0
    && syscall (SYS_capset, &head, none) == 0;
}

/* Starts omerrc with its stderr in DIR/../stderr-of-run; returns the pid.  */
static pid_t
start (const char *dir, const char *master, int zh, enum fault fault,
       const char *stderr_path)
{
  char *argv[10];
  omerrc_args (dir, master, zh, argv);
  pid_t pid = fork ();
  assert_true (pid >= 0);
  if (pid > 0)
    return pid;
  int fd = open (stderr_path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0 || dup2 (fd, 2) < 0)
    _exit (126);
  if (fault == HANGUP_IGNORED)
    signal (SIGHUP, SIG_IGN);
  if (fault == MEMORY)
    {
      struct rlimit rl = { memory_limit, memory_limit };
      if (setrlimit (RLIMIT_AS, &rl) != 0)
        _exit (126);
    }
  if (fault == FILE_SIZE)
    {
      struct rlimit rl = { 4096, 4096 };
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        _exit (126);
    }
  /* root writes anywhere: it runs omerrc without its capabilities, held
     to DIR's modes like its owner, or else as nobody.  (Not nobody first:
     nobody may be unable to reach a checkout under a private directory.)  */
  if (fault == UNWRITABLE && getuid () == 0 && !drop_capabilities ()
      && (setgid (65534) != 0 || setuid (65534) != 0))
    _exit (126);
  execv (argv[0], argv);
  _exit (127);
}

static int
finish (pid_t pid)
{
  int status;
  while (waitpid (pid, &status, 0) < 0)
    assert_int_equal (errno, EINTR);
  return status;
}

static char *
file_text (const char *path)
{
  char *text = read_file (path, NULL);
  return text ? text : strdup ("(missing)");
}

/* The names in DIR that look like omerrc's temporary files.  */
static size_t
temp_files (const char *dir, char *first, size_t size)
{
  DIR *dp = opendir (dir);
  assert_non_null (dp);
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir (dp)) != NULL)
    if (strstr (de->d_name, OUTPUT_TEMP_MARK) != NULL && n++ == 0 && first)
      snprintf (first, size, "%s", de->d_name);
  closedir (dp);
  return n;
}

/* How many names in DIR contain PART.  */
static size_t
named_with (const char *dir, const char *part)
{
  DIR *dp = opendir (dir);
  assert_non_null (dp);
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir (dp)) != NULL)
    n += strstr (de->d_name, part) != NULL;
  closedir (dp);
  return n;
}

static void
take (struct snapshot *s, const char *name)
{
  s->moved = s->err = NULL;
  s->dir = make_scratch_dir (name);
  chmod (s->dir, 0755);
  char *err = path_in (s->dir, "../stderr-setup");
  int status = finish (start (s->dir, MASTER_TABLE, 1, NONE, err));
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  unlink (err);
  free (err);
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *p = path_in (s->dir, outputs[i]);
      s->bytes[i] = read_file (p, &s->len[i]);
      assert_non_null (s->bytes[i]);
      free (p);
    }
}

/* Every output as it was, and nothing else in the directory but ALSO.  */
static void
unchanged (const struct snapshot *s, size_t also)
{
  for (size_t i = 0; i < OUTPUTS; i++)
    {
      char *p = path_in (s->dir, outputs[i]);
      size_t len;
      char *now = read_file (p, &len);
      assert_non_null (now);
      assert_int_equal (len, s->len[i]);
      assert_memory_equal (now, s->bytes[i], len);
      free (now);
      free (p);
    }
  assert_int_equal (count_files (s->dir), OUTPUTS + also);
}

static void
drop (struct snapshot *s)
{
  if (s->moved != NULL)
    unlink (s->moved), unlink (s->err);
  free (s->moved), free (s->err);
  remove_tree (s->dir);
  free (s->dir);
  for (size_t i = 0; i < OUTPUTS; i++)
    free (s->bytes[i]);
}

/* A valid master whose outputs would differ from the real one's.  */
static char *
changed_master (const char *dir, size_t extra_rows)
{
  char *path = path_in (dir, "master.md");
  char *text = file_text (MASTER_TABLE);
  FILE *f = fopen (path, "w");
  assert_non_null (f);
  fputs (text, f);
  for (size_t i = 0; i < extra_rows; i++)
    fprintf (f, "|0x8%07zX|OM_E_EXTRA_%zu|Extra row %zu, only here.|\n",
             0x0D00000 + i, i, i);
  assert_int_equal (fclose (f), 0);
  free (text);
  return path;
}

static void
expect_stderr (const char *path, const char *what)
{
  char *text = file_text (path);
  if (strstr (text, what) == NULL)
    fail_msg ("stderr lacks '%s':\n%s", what, text);
  free (text);
}

/* A snapshot of the outputs in lost-NAME, a master with ROWS rows more
   beside it (S->moved), and where the run's stderr goes (S->err).  */
static void
take_with_master (struct snapshot *s, const char *name, size_t rows)
{
  char scratch[64], moved[64], err[64];
  snprintf (scratch, sizeof scratch, "lost-%s", name);
  snprintf (moved, sizeof moved, "../master-%s.md", name);
  snprintf (err, sizeof err, "../stderr-%s", name);
  take (s, scratch);
  char *master = changed_master (s->dir, rows);
  s->moved = path_in (s->dir, moved);
  s->err = path_in (s->dir, err);
  assert_int_equal (rename (master, s->moved), 0);
  free (master);
}

static void
bad_input (void **state)
{
  (void) state;
  struct snapshot s;
  take (&s, "lost-bad-input");
  char *bad = path_in (s.dir, "../bad.md");
  write_file (bad, "|Code|Symbol|Description|\n|---|---|---|\n"
              "|0x80cf01|OM_E_BAD|Bad code.|\n");
  char *err = path_in (s.dir, "../stderr-bad");
  int status = finish (start (s.dir, bad, 1, NONE, err));
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  expect_stderr (err, "bad.md:3:2: error: invalid code");
  unchanged (&s, 0);
  unlink (bad), unlink (err);
  free (bad), free (err);
  drop (&s);
}

static void
unwritable_directory (void **state)
{
  (void) state;
  struct snapshot s;
  take_with_master (&s, "unwritable", 1);
  chmod (s.moved, 0644);
  assert_int_equal (chmod (s.dir, 0555), 0);
  int status = finish (start (s.dir, s.moved, 1, UNWRITABLE, s.err));
  assert_int_equal (chmod (s.dir, 0755), 0);
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  expect_stderr (s.err, "cannot create a file beside it: Permission denied");
  unchanged (&s, 0);
  drop (&s);
}

static void
full_disk (void **state)
{
  (void) state;
  struct snapshot s;
  take_with_master (&s, "full-disk", 1);
  int status = finish (start (s.dir, s.moved, 1, FILE_SIZE, s.err));
  /* SIGXFSZ ignored: the limit is a write error naming the file.  */
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  expect_stderr (s.err, "error: cannot write: File too large");
  unchanged (&s, 0);
  drop (&s);
}

static void
killed_in_mid_run (void **state)
{
  (void) state;
  struct snapshot s;
  char temp[256] = "";
  pid_t pid;
  int status;
  /* A run that ends before the kill lands (the machine busy, this
     process not scheduled in time) proves nothing: again, twice as long,
     a few times.  */
  for (size_t rows = 40000;; rows *= 2)
    {
      take_with_master (&s, "sigkill", rows);
      /* Without the translation, whose codes would not match.  */
      pid = start (s.dir, s.moved, 0, NONE, s.err);
      struct timespec tick = { 0, 200000 };
      for (int i = 0; i < 300000 && temp_files (s.dir, temp, sizeof temp) == 0;
           i++)
        nanosleep (&tick, NULL);
      kill (pid, SIGKILL);
      status = finish (pid);
      if (WIFSIGNALED (status) || rows >= 16 * 40000)
        break;
      drop (&s);
    }
  assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  /* Leftovers: .OUTPUT.omerrc-PID-XXXXXX, for the outputs begun: the
     first (the C table) at least; by the time of the kill, later ones
     may have begun too, and readdir lists them in no particular order.  */
  char want[64];
  snprintf (want, sizeof want, ".table.c" OUTPUT_TEMP_MARK "%ld-", (long) pid);
  if (named_with (s.dir, want) != 1)
    fail_msg ("leftover '%s' and others, expected one '%s...'", temp, want);
  size_t left = temp_files (s.dir, NULL, 0);
  assert_true (left >= 1);
  snprintf (want, sizeof want, OUTPUT_TEMP_MARK "%ld-", (long) pid);
  assert_int_equal (named_with (s.dir, want), left);
  unchanged (&s, left);

  /* The next run removes it (and changes nothing else).  */
  status = finish (start (s.dir, MASTER_TABLE, 1, NONE, s.err));
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      char *text = file_text (s.err);
      fail_msg ("second run: status 0x%x\n%s", (unsigned) status, text);
    }
  unchanged (&s, 0);
  drop (&s);
}

/* A rename that fails in the commit (a directory appeared where a new
   output goes) puts back the outputs already renamed.  */
static void
failed_rename_rolls_back (void **state)
{
  (void) state;
  struct snapshot s;
  take_with_master (&s, "rename", 40000);
  char *pot = path_in (s.dir, "omerr.pot");
  char *old_pot = file_text (pot);
  unlink (pot);
  pid_t pid = start (s.dir, s.moved, 0, NONE, s.err);
  /* The outputs are planned (the template as a new file) once the first
     temporary file exists; the run is stopped while the directory comes.  */
  struct timespec tick = { 0, 100000 };
  for (int i = 0; i < 600000 && temp_files (s.dir, NULL, 0) == 0; i++)
    nanosleep (&tick, NULL);
  kill (pid, SIGSTOP);
  assert_int_equal (mkdir (pot, 0755), 0);
  kill (pid, SIGCONT);
  int status = finish (pid);
  assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  expect_stderr (s.err, "omerr.pot: error: cannot replace: Is a directory");
  assert_int_equal (rmdir (pot), 0);
  write_file (pot, old_pot);
  unchanged (&s, 0);
  free (pot), free (old_pot);
  drop (&s);
}

/* A run started with SIGHUP ignored (nohup) does not die of one.  */
static void
ignored_hangup_stays_ignored (void **state)
{
  (void) state;
  struct snapshot s;
  take_with_master (&s, "nohup", 40000);
  pid_t pid = start (s.dir, s.moved, 0, HANGUP_IGNORED, s.err);
  struct timespec tick = { 0, 200000 };
  for (int i = 0; i < 300000 && temp_files (s.dir, NULL, 0) == 0; i++)
    nanosleep (&tick, NULL);
  kill (pid, SIGHUP);
  int status = finish (pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    fail_msg ("status 0x%x after SIGHUP", (unsigned) status);
  assert_int_equal (temp_files (s.dir, NULL, 0), 0);
  drop (&s);
}

/* Under an address-space limit, a run that runs out of memory says so
   once and stops (not a line per allocation that failed).  */
static void
memory_limit_gives_one_message (void **state)
{
  (void) state;
#if defined __SANITIZE_ADDRESS__
  return;                       /* the sanitizer needs its shadow memory */
#elif defined __has_feature
# if __has_feature (address_sanitizer)
  return;
# endif
#endif
  struct snapshot s;
  take_with_master (&s, "memory", 40000);
  size_t out_of_memory = 0;
  for (memory_limit = 8 << 20; memory_limit < (512u << 20);
       memory_limit += memory_limit / 2)
    {
      int status = finish (start (s.dir, s.moved, 0, MEMORY, s.err));
      if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
        break;
      char *text = file_text (s.err);
      size_t lines = 0;
      for (const char *p = text; *p != '\0'; p++)
        lines += *p == '\n';
      if (strstr (text, "out of memory") != NULL)
        out_of_memory++;
      if (!WIFEXITED (status))
        fail_msg ("limit %lu MB: status 0x%x\n%.2000s",
                  (unsigned long) (memory_limit >> 20), (unsigned) status, text);
      if (lines > 1)
        fail_msg ("limit %lu MB: %zu lines:\n%.2000s",
                  (unsigned long) (memory_limit >> 20), lines, text);
      free (text);
      unchanged (&s, 0);
    }
  assert_true (out_of_memory > 0);
  drop (&s);
}

int
main (void)
{
  if (getenv ("abs_top_builddir") == NULL)
    {
      fputs ("run me through make check\n", stderr);
      return 99;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (bad_input),
    cmocka_unit_test (unwritable_directory),
    cmocka_unit_test (full_disk),
    cmocka_unit_test (killed_in_mid_run),
    cmocka_unit_test (failed_rename_rolls_back),
    cmocka_unit_test (ignored_hangup_stays_ignored),
    cmocka_unit_test (memory_limit_gives_one_message),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
