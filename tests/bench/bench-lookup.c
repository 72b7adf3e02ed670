/* SPDX-License-Identifier: MIT */
/* Side by side, in one process: what a message lookup costs through
   omerr_gettext, through raw dgettext on the same catalog, and through
   libgpg-error's gpg_strerror; and how lookups scale over two threads.

   bench-lookup [N]           the table of ns per call and thread scaling
   bench-lookup --threads [N] thread scaling only
   bench-lookup --list        the cases
   bench-lookup CASE N        just N calls of CASE (for callgrind, which
                              counts instructions; see callgrind.sh)

   Run it with LOCPATH and OMERR_LOCALEDIR pointing at the build tree's
   locales and catalogs (make bench does).  */
#include <config.h>

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef HAVE_GPG_ERROR
# include <gpg-error.h>
#endif

#include "omerr.h"

/* Every case cycles through this many codes: all of the table's (repeated
   to fill it), so the lookups are not all for one message.  */
#define CODES 256

static uint32_t codes[CODES];
/* Codes of the installed tables (OMERR_TABLE_PATH), by turns from each,
   when there are any.  */
static uint32_t installed_codes[CODES];
static const char *symbols[CODES];
static locale_t zh_locale, en_locale;
/* The locales used by turns: zh_TW.UTF-8@bNN and en_US.UTF-8@bNN
   alternately, each a locale of its own name (make bench makes them in
   tests/bench/locale), so that neither gettext's cache of translations
   nor omerr's can share one locale's entries with another's.  Only their
   LC_MESSAGES is loaded by that name (the name gettext and omerr go by;
   the rest is a copy of the language's locale), and only when a case
   first needs them: glibc's newlocale compares a new name with every
   locale of the category loaded before, and 128 names in all 13
   categories cost 9 billion instructions, which callgrind would count in
   each run of a case.  */
#define MAX_TURNS 256
static locale_t turns[MAX_TURNS];
static unsigned turns_made;
/* Keeps the compiler from dropping the calls.  */
static volatile uintptr_t sink;

struct bench_case
{
  const char *name;
  const char *what;
  const char *locale;           /* setlocale (LC_ALL, ...) before it */
  uintptr_t (*call) (unsigned i);
  unsigned turns;               /* the locales of turns[] it uses */
};

static uintptr_t
call_nothing (unsigned i)
{
  return codes[i % CODES];
}

static uintptr_t
call_omerr (unsigned i)
{
  return (uintptr_t) omerr_gettext (codes[i % CODES]);
}

static uintptr_t
call_unknown (unsigned i)
{
  return (uintptr_t) omerr_gettext (0x7F000000u + i % CODES);
}

static uintptr_t
call_installed (unsigned i)
{
  return (uintptr_t) omerr_gettext (installed_codes[i % CODES]);
}

static uintptr_t
call_omerr_l (unsigned i)
{
  return (uintptr_t) omerr_gettext_l (codes[i % CODES], zh_locale);
}

static uintptr_t
call_omerr_l_alternating (unsigned i)
{
  return (uintptr_t) omerr_gettext_l (codes[i % CODES],
                                      i % 2 ? zh_locale : en_locale);
}

static uintptr_t
call_dgettext (unsigned i)
{
  return (uintptr_t) dgettext ("omerr", symbols[i % CODES]);
}

/* N locales by turns, a new one at each call: through omerr_gettext_l,
   through uselocale and omerr_gettext, and through uselocale and dgettext
   (what the other two replace).  */
#define BY_TURNS(n) \
  static uintptr_t \
  call_l_##n (unsigned i) \
  { \
    return (uintptr_t) omerr_gettext_l (codes[i % CODES], turns[i % n]); \
  } \
  static uintptr_t \
  call_use_##n (unsigned i) \
  { \
    uselocale (turns[i % n]); \
    return (uintptr_t) omerr_gettext (codes[i % CODES]); \
  } \
  static uintptr_t \
  call_dgettext_##n (unsigned i) \
  { \
    uselocale (turns[i % n]); \
    return (uintptr_t) dgettext ("omerr", symbols[i % CODES]); \
  }
BY_TURNS (1)
BY_TURNS (4)
BY_TURNS (16)
BY_TURNS (64)
BY_TURNS (128)
BY_TURNS (256)

/* 256 locales by turns, each asked for another of 64 codes at each of its
   turns: more pairs of locale and code than a thread remembers, so that
   a locale without a cache of its own mostly misses (what a miss costs;
   64 codes, so that gettext's own cache of them is warm after 16,384
   calls).  */
static uintptr_t
call_l_256_spread (unsigned i)
{
  return (uintptr_t) omerr_gettext_l (codes[(i + i / 256) % 64],
                                      turns[i % 256]);
}

static uintptr_t
call_dgettext_256_spread (unsigned i)
{
  uselocale (turns[i % 256]);
  return (uintptr_t) dgettext ("omerr", symbols[(i + i / 256) % 64]);
}

#ifdef HAVE_GPG_ERROR
static uintptr_t
call_gpg_strerror (unsigned i)
{
  /* Codes 1 to 64: libgpg-error's first messages.  */
  return (uintptr_t) gpg_strerror (gpg_err_make (GPG_ERR_SOURCE_USER_1,
                                                 1 + i % 64));
}
#endif

static const struct bench_case cases[] = {
  { "loop", "the loop alone (subtracted below)", "C", call_nothing, 0 },
  { "zh_TW", "omerr_gettext, zh_TW.UTF-8 (translated)", "zh_TW.UTF-8",
    call_omerr, 0 },
  { "en", "omerr_gettext, en_US.UTF-8", "en_US.UTF-8", call_omerr, 0 },
  { "C", "omerr_gettext, C locale", "C", call_omerr, 0 },
  { "unknown", "omerr_gettext, unknown code (in no table), zh_TW.UTF-8",
    "zh_TW.UTF-8", call_unknown, 0 },
  { "installed", "omerr_gettext, a code of an installed table, zh_TW.UTF-8",
    "zh_TW.UTF-8", call_installed, 0 },
  { "thread", "omerr_gettext, uselocale (zh_TW.UTF-8)", "C", call_omerr, 0 },
  { "gettext_l", "omerr_gettext_l (zh_TW.UTF-8)", "C", call_omerr_l, 0 },
  { "gettext_l2", "omerr_gettext_l, zh_TW and en_US by turns", "C",
    call_omerr_l_alternating, 0 },
  { "dgettext", "dgettext (\"omerr\", symbol), zh_TW.UTF-8", "zh_TW.UTF-8",
    call_dgettext, 0 },
  { "dgettext-C", "dgettext (\"omerr\", symbol), C locale", "C",
    call_dgettext, 0 },
#ifdef HAVE_GPG_ERROR
  { "gpg_strerror", "gpg_strerror, zh_TW.UTF-8", "zh_TW.UTF-8",
    call_gpg_strerror, 0 },
#endif
#define TURN_CASES(n) \
  { "l-" #n, "omerr_gettext_l, " #n " locale(s) by turns", "C", \
    call_l_##n, n }, \
  { "use-" #n, "uselocale + omerr_gettext, " #n " locale(s) by turns", "C", \
    call_use_##n, n }, \
  { "dgettext-" #n, "uselocale + dgettext, " #n " locale(s) by turns", "C", \
    call_dgettext_##n, n }
  TURN_CASES (1), TURN_CASES (4), TURN_CASES (16), TURN_CASES (64),
  TURN_CASES (128), TURN_CASES (256),
  { "l-256-spread", "omerr_gettext_l, 256 locales by turns, 64 codes in each",
    "C", call_l_256_spread, 256 },
  { "dgettext-256-spread", "uselocale + dgettext, the same turns", "C",
    call_dgettext_256_spread, 256 },
};
#define NCASES (sizeof cases / sizeof cases[0])

/* Makes turns[0] to turns[N - 1]; exits when one is missing.  */
static void
make_turns (unsigned n)
{
  for (; turns_made < n; turns_made++)
    {
      char name[64];

      snprintf (name, sizeof name, "%s.UTF-8@b%02u",
                turns_made % 2 ? "en_US" : "zh_TW", turns_made);
      turns[turns_made] = newlocale (LC_MESSAGES_MASK, name,
                                     duplocale (turns_made % 2 ? en_locale
                                                : zh_locale));
      /* newlocale falls back to zh_TW.UTF-8 for a name it lacks.  */
      if (turns[turns_made] == (locale_t) 0
#ifdef _NL_LOCALE_NAME
          || strcmp (nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES),
                                    turns[turns_made]), name) != 0
#endif
          )
        {
          fprintf (stderr, "bench-lookup: locale %s missing (make bench"
                   " makes it)\n", name);
          exit (1);
        }
    }
}

static void
enter (const struct bench_case *c)
{
  make_turns (c->turns);
  if (setlocale (LC_ALL, c->locale) == NULL)
    {
      fprintf (stderr, "bench-lookup: locale %s missing (LOCPATH?)\n",
               c->locale);
      exit (1);
    }
  uselocale (strcmp (c->name, "thread") == 0 ? zh_locale : LC_GLOBAL_LOCALE);
}

static void
run (const struct bench_case *c, unsigned long n)
{
  unsigned long i;
  uintptr_t x = 0;

  for (i = 0; i < n; i++)
    x ^= c->call ((unsigned) i);
  sink = x;
}

static double
now (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

/* Nanoseconds per call of C: the best of a few rounds.  */
static double
ns_per_call (const struct bench_case *c, unsigned long n)
{
  double best = 1e30;
  int round;

  enter (c);
  run (c, n / 10);              /* warm up: catalogs loaded, caches filled */
  for (round = 0; round < 5; round++)
    {
      double t0 = now (), t;

      run (c, n);
      t = (now () - t0) * 1e9 / (double) n;
      if (t < best)
        best = t;
    }
  uselocale (LC_GLOBAL_LOCALE);
  return best;
}

struct worker
{
  const struct bench_case *c;
  unsigned long n;
};

static void *
work (void *arg)
{
  const struct worker *w = arg;

  run (w->c, w->n);
  return NULL;
}

/* Calls per second of one run of C on THREADS threads together, N calls
   each, thread I pinned to CPU I where the machine allows (no migration
   in the middle of a run).  */
static int pinning_failed;

static double
rate_once (const struct bench_case *c, int threads, unsigned long n)
{
  pthread_t t[2];
  struct worker w = { c, n };
  double t0 = now ();
  int i;

  for (i = 0; i < threads; i++)
    {
      pthread_attr_t attr;
      cpu_set_t cpu;

      pthread_attr_init (&attr);
      CPU_ZERO (&cpu);
      CPU_SET (i, &cpu);
      pthread_attr_setaffinity_np (&attr, sizeof cpu, &cpu);
      if (pthread_create (&t[i], &attr, work, &w) != 0)
        {
          pinning_failed = 1;
          if (pthread_create (&t[i], NULL, work, &w) != 0)
            abort ();
        }
      pthread_attr_destroy (&attr);
    }
  for (i = 0; i < threads; i++)
    pthread_join (t[i], NULL);
  return (double) threads * (double) n / (now () - t0);
}

static const struct bench_case *
find_case (const char *name)
{
  size_t i;

  for (i = 0; i < NCASES; i++)
    if (strcmp (cases[i].name, name) == 0)
      return &cases[i];
  return NULL;
}

/* Calls per second on one thread and on two, and the ratio, for the loop
   alone (what the machine allows), omerr_gettext and dgettext, hits and
   misses.  Each round runs every case on one thread and then on two, so
   that a spell of load on this shared machine hits all of them alike;
   the best of seven rounds counts.  Long runs: thread creation must not count.  */
static void
report_threads (unsigned long n)
{
  /* The spread cases: every call a miss of the message cache, which
     asks bindtextdomain for the domain's directory under glibc's lock.  */
  static const char *const names[] = { "loop", "zh_TW", "dgettext",
                                       "l-256-spread", "dgettext-256-spread" };
  enum { NAMES = sizeof names / sizeof names[0] };
  double one[NAMES] = { 0 }, two[NAMES] = { 0 };
  int round;
  size_t k;

  for (round = 0; round < 7; round++)
    for (k = 0; k < NAMES; k++)
      {
        const struct bench_case *c = find_case (names[k]);
        double r1, r2;

        enter (c);
        r1 = rate_once (c, 1, 10 * n);
        r2 = rate_once (c, 2, 10 * n);
        if (r1 > one[k])
          one[k] = r1;
        if (r2 > two[k])
          two[k] = r2;
      }
  printf ("%-19s %14s %14s %8s\n", "threads", "1 thread/s", "2 threads/s",
          "2 vs 1");
  for (k = 0; k < NAMES; k++)
    printf ("%-19s %14.0f %14.0f %7.2fx\n", names[k], one[k], two[k],
            two[k] / one[k]);
  if (pinning_failed)
    printf ("(threads could not be pinned to CPUs 0 and 1: not pinned)\n");
}

static void
report (unsigned long n)
{
  double t[NCASES], raw;
  size_t i;

  for (i = 0; i < NCASES; i++)
    t[i] = ns_per_call (&cases[i], n);
  /* The loop's own cost is taken out of every other case.  */
  for (i = 1; i < NCASES; i++)
    t[i] -= t[0];
  raw = t[find_case ("dgettext") - cases];
  printf ("%-13s %9s %10s  %s\n", "case", "ns/call", "/dgettext", "what");
  for (i = 0; i < NCASES; i++)
    printf ("%-13s %9.1f %10.2f  %s\n", cases[i].name, t[i],
            i == 0 ? 0.0 : t[i] / raw, cases[i].what);

  printf ("\n");
  report_threads (n);
}

int
main (int argc, char **argv)
{
  size_t i;

  zh_locale = newlocale (LC_ALL_MASK, "zh_TW.UTF-8", (locale_t) 0);
  en_locale = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  if (zh_locale == (locale_t) 0 || en_locale == (locale_t) 0)
    {
      fprintf (stderr, "bench-lookup: locales zh_TW.UTF-8, en_US.UTF-8 missing"
               " (LOCPATH?)\n");
      return 1;
    }
  for (i = 0; i < CODES; i++)
    {
      codes[i] = omerr_code_at (i % omerr_count ());
      symbols[i] = omerr_symbol (codes[i]);
    }
  /* The installed tables' codes (loading them), else unknown codes.  */
  {
    size_t tables = 0;

    while (omerr_table_at (tables + 1) != NULL)
      tables++;
    for (i = 0; i < CODES; i++)
      {
        const omerr_table *t = omerr_table_at (1 + i % (tables ? tables : 1));

        installed_codes[i] = t != NULL
          ? omerr_table_code_at (t, (i / tables) % omerr_table_size (t))
          : 0x7F000000u + (uint32_t) i;
      }
  }
  /* The library binds its domain on first use; raw dgettext relies on it.  */
  sink = (uintptr_t) omerr_gettext (codes[0]);

  if (argc >= 2 && strcmp (argv[1], "--threads") == 0)
    {
      report_threads (argc == 3 ? strtoul (argv[2], NULL, 10) : 2000000);
      return 0;
    }
  if (argc == 3)
    {
      const struct bench_case *c = find_case (argv[1]);

      if (c == NULL)
        {
          fprintf (stderr, "bench-lookup: no case %s\n", argv[1]);
          return 2;
        }
      enter (c);
      run (c, strtoul (argv[2], NULL, 10));
      return 0;
    }
  if (argc == 2 && strcmp (argv[1], "--list") == 0)
    {
      for (i = 0; i < NCASES; i++)
        printf ("%s\t%s\n", cases[i].name, cases[i].what);
      return 0;
    }
  report (argc == 2 ? strtoul (argv[1], NULL, 10) : 2000000);
  return 0;
}
