/* SPDX-License-Identifier: MIT */
/* startup-runs N COMMAND... [-- COMMAND...]...: runs each COMMAND (a
   program, searched in PATH, and its arguments) N times, the commands in
   turn, run I starting with command I modulo their number, standard
   output and error to /dev/null; prints the median wall time of each
   from fork to exit, in milliseconds, one line per command in the order
   given.

   Side by side run by run, not in batches: on a machine whose load moves
   within seconds (tests/bench/startup.sh's hyperfine rounds of 100 runs
   saw gpg-error's median move by 30% from one run of the script to the
   next), a slow spell then falls on every command alike.  */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int
compare (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec * 1e3 + (double) t.tv_nsec / 1e6;
}

int
main (int argc, char **argv)
{
  char **commands[64];
  size_t count = 0, c, i, n;
  double *times, start;
  int null, status, j;
  pid_t pid;

  n = argc > 2 ? strtoul (argv[1], NULL, 10) : 0;
  if (n == 0)
    {
      fprintf (stderr, "usage: %s N COMMAND... [-- COMMAND...]...\n",
               argv[0]);
      return 2;
    }
  commands[count++] = argv + 2;
  for (j = 2; j < argc && count < 64; j++)
    if (strcmp (argv[j], "--") == 0)
      {
        argv[j] = NULL;
        if (j + 1 < argc)
          commands[count++] = argv + j + 1;
      }
  times = malloc (count * n * sizeof *times);
  null = open ("/dev/null", O_WRONLY);
  if (times == NULL || null < 0)
    {
      perror (argv[0]);
      return 2;
    }
  for (i = 0; i < n; i++)
    for (j = 0; (size_t) j < count; j++)
      {
        c = (i + (size_t) j) % count;
        start = now_ms ();
        pid = fork ();
        if (pid == 0)
          {
            dup2 (null, STDOUT_FILENO);
            dup2 (null, STDERR_FILENO);
            execvp (commands[c][0], commands[c]);
            _exit (127);
          }
        if (pid < 0 || waitpid (pid, &status, 0) != pid
            || !WIFEXITED (status) || WEXITSTATUS (status) == 127)
          {
            fprintf (stderr, "%s: %s did not run\n", argv[0],
                     commands[c][0]);
            return 2;
          }
        times[c * n + i] = now_ms () - start;
      }
  for (c = 0; c < count; c++)
    {
      qsort (times + c * n, n, sizeof *times, compare);
      printf ("%.3f\n", n % 2 ? times[c * n + n / 2]
              : (times[c * n + n / 2 - 1] + times[c * n + n / 2]) / 2);
    }
  free (times);
  return 0;
}
