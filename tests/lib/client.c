/* SPDX-License-Identifier: MIT */
/* A client of libomerr that includes <omerr.h> and nothing else, valid C99
   and C++11: tests/lib/header-modes.sh compiles it in every C and C++
   mode, against the build tree's or the installed headers, and runs it.
   Usage: client VERSION (the version omerr.pc gives).  Exit status: 0, or
   the line of the first check that failed (mod 256: at least 1).  */
#include <omerr.h>

#if defined OMERR_TEST_EXPECT_LOCALE_T && defined __GLIBC__ \
  && !defined OMERR_HAVE_LOCALE_T
# error "this mode provides locale_t, yet omerr_gettext_l is not declared"
#endif

/* The version macros work in #if, the field macros in constant
   expressions (case labels, array sizes).  */
#if OMERR_VERSION_NUMBER != ((OMERR_VERSION_MAJOR << 16) \
                             | (OMERR_VERSION_MINOR << 8) | OMERR_VERSION_PATCH)
# error "OMERR_VERSION_NUMBER does not match its parts"
#endif
typedef char facility_is_constant[OMERR_FACILITY (OM_E_NO_SERVICE) == 0xCF ? 1 : -1];

#define CHECK(cond) \
  do { if (!(cond)) return __LINE__ % 256 ? __LINE__ % 256 : 1; } while (0)

static int
same (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return 0;
  while (*a != '\0' && *a == *b)
    a++, b++;
  return *a == *b;
}

/* The next dot-separated number of *S.  */
static long
next_number (const char **s)
{
  long n = 0;

  if (**s < '0' || **s > '9')
    return -1;
  while (**s >= '0' && **s <= '9')
    n = n * 10 + (*(*s)++ - '0');
  if (**s == '.')
    (*s)++;
  return n;
}

static int
check_version (const char *pc_version)
{
  const char *s = pc_version;
  long major = next_number (&s), minor = next_number (&s),
    patch = next_number (&s);

  CHECK (same (OMERR_VERSION, pc_version));
  CHECK (same (omerr_version (), pc_version));
  CHECK (*s == '\0');
  CHECK (major == OMERR_VERSION_MAJOR && minor == OMERR_VERSION_MINOR
         && patch == OMERR_VERSION_PATCH);
  CHECK (OMERR_VERSION_NUMBER == ((major << 16) | (minor << 8) | patch));
  return 0;
}

static int
check_fields (void)
{
  uint32_t bit;
  int i;

  /* Each of the 32 bits alone lands in exactly its field.  */
  for (i = 0; i < 32; i++)
    {
      bit = (uint32_t) 1 << i;
      CHECK (OMERR_SEVERITY (bit) == (i == 31 ? 1u : 0u));
      CHECK (OMERR_CUSTOMER (bit) == (i == 29 ? 1u : 0u));
      CHECK (OMERR_FACILITY (bit) == (i >= 16 && i <= 26 ? 1u << (i - 16) : 0u));
      CHECK (OMERR_NUMBER (bit) == (i < 16 ? 1u << i : 0u));
      CHECK (OMERR_FAILED (bit) == (i == 31));
      CHECK (OMERR_SUCCEEDED (bit) == (i != 31));
    }
  CHECK (OMERR_SEVERITY (0xFFFFFFFFu) == 1 && OMERR_CUSTOMER (0xFFFFFFFFu) == 1
         && OMERR_FACILITY (0xFFFFFFFFu) == 0x7FF
         && OMERR_NUMBER (0xFFFFFFFFu) == 0xFFFF);
  /* A signed decimal, as the logs print it, is the same code.  */
  CHECK (OMERR_FACILITY (-2133917695) == 0xCF && OMERR_NUMBER (-2133917695) == 1
         && OMERR_FAILED (-2133917695));
  CHECK (OMERR_SUCCEEDED (OM_S_SERVICE_STOP) && OMERR_FAILED (OM_E_NO_SERVICE));
  CHECK (OMERR_MAKE_CODE (1, 0xCF, 1) == OM_E_NO_SERVICE);
  CHECK (OMERR_MAKE_CODE (0, 0xCF, 0x2015) == OM_S_UH_INSTALLSTILLPENDING);
  /* Out-of-range fields are cut to their width.  */
  CHECK (OMERR_MAKE_CODE (3, 0xFFFF, 0x1FFFF) == 0x87FFFFFFu);
  return 0;
}

static int
check_lookups (void)
{
  size_t i;

  CHECK (omerr_is_known (OM_E_NO_SERVICE) == 1);
  CHECK (omerr_is_known (0x80CF9999u) == 0 && omerr_is_known (0) == 0);
  CHECK (omerr_count () > 0);
  for (i = 0; i < omerr_count (); i++)
    CHECK (omerr_is_known (omerr_code_at (i)));
  /* No setlocale: the C locale, hence the compiled-in English.  */
  CHECK (same (omerr_gettext (OM_E_NO_SERVICE), omerr_english (OM_E_NO_SERVICE)));
#ifdef OMERR_HAVE_LOCALE_T
  CHECK (same (omerr_gettext_l (OM_E_NO_SERVICE, LC_GLOBAL_LOCALE),
               omerr_english (OM_E_NO_SERVICE)));
#endif
  return 0;
}

int
main (int argc, char **argv)
{
  int failed;

  if (argc != 2)
    return 255;
  failed = check_version (argv[1]);
  if (failed == 0)
    failed = check_fields ();
  if (failed == 0)
    failed = check_lookups ();
  return failed;
}
