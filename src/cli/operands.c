/* SPDX-License-Identifier: MIT */
/* Negative decimal codes look like options to getopt; move them behind
   "--" before getopt runs.  */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "operands.h"

static int
is_operand (const char *arg)
{
  return arg[0] != '-' || arg[1] == '\0' || (arg[1] >= '0' && arg[1] <= '9');
}

/* Whether ARG is an option that takes the next argument as its value.  */
static int
wants_next (const char *arg, const char *short_options,
            const char *const *long_names)
{
  size_t n;
  const char *p;

  if (arg[1] == '-')
    {
      n = strlen (arg + 2);
      if (strchr (arg, '=') != NULL || n == 0)
        return 0;
      for (; *long_names != NULL; long_names++)
        if (strncmp (arg + 2, *long_names, n) == 0)
          return 1;
      return 0;
    }
  /* A cluster like "-ms": the option taking a value must come last.  */
  for (p = arg + 1; *p != '\0'; p++)
    if (strchr (short_options, *p) != NULL)
      return p[1] == '\0';
  return 0;
}

int
separate_operands (int argc, char **argv, const char *options_with_argument,
                   const char *const *long_with_argument)
{
  char **operands = malloc ((size_t) argc * sizeof *operands);
  int i, nopt = 1, nopd = 0;

  if (operands == NULL)
    return argc;
  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        {
          for (i++; i < argc; i++)
            operands[nopd++] = argv[i];
          break;
        }
      if (is_operand (argv[i]))
        operands[nopd++] = argv[i];
      else
        {
          argv[nopt++] = argv[i];
          if (wants_next (argv[i], options_with_argument, long_with_argument))
            {
              /* A value is missing: let getopt see ARGV as it was and
                 complain.  */
              if (i + 1 == argc)
                {
                  free (operands);
                  return -1;
                }
              argv[nopt++] = argv[++i];
            }
        }
    }
  argv[nopt++] = (char *) "--";
  memcpy (argv + nopt, operands, (size_t) nopd * sizeof *operands);
  free (operands);
  argv[nopt + nopd] = NULL;
  return nopt + nopd;
}
