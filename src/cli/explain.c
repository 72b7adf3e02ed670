/* SPDX-License-Identifier: MIT */
/* --explain: the fields of an HRESULT.  */
#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "omerr.h"
#include "explain.h"
#include "hints.h"
#include "i18n.h"
#include "wrap.h"

#define FACILITY_WIN32 7
/* The N bit: an NTSTATUS value carried in an HRESULT (HRESULT_FROM_NT).  */
#define N_BIT UINT32_C (0x10000000)
/* Bit 30, reserved in an HRESULT, is the high severity bit of an NTSTATUS
   (0xC0000005, an access violation, as crash logs give it).  */
#define R_BIT UINT32_C (0x40000000)

/* One line of FORMAT (which ends in a newline) wrapped to WIDTH, its
   continuation lines under the value.  */
static void put (FILE *out, int width, const char *format, ...)
  __attribute__ ((format (printf, 3, 4)));
static void
put (FILE *out, int width, const char *format, ...)
{
  va_list ap;
  char *line;
  int n;

  va_start (ap, format);
  n = vasprintf (&line, format, ap);
  va_end (ap);
  if (n < 0)
    return;
  line[strcspn (line, "\n")] = '\0';
  put_wrapped (out, line, width, 4);
  free (line);
}

void
explain_code (FILE *out, uint32_t code, int width)
{
  unsigned severity = code >> 31;
  unsigned customer = (code >> 29) & 1;
  unsigned facility = (code >> 16) & 0x7FF;
  unsigned number = code & 0xFFFF;
  /* A customer-defined code's facilities are its own, not winerror.h's.  */
  const char *name = customer ? NULL : facility_name (facility);
  const char *const nt_severity[] = { _("success"), _("informational"),
                                      _("warning"), _("error") };

  put (out, width, _("  severity: %u (%s)\n"), severity,
       severity ? _("failure") : _("success"));
  put (out, width, _("  customer: %u (%s)\n"), customer,
       customer ? _("customer-defined") : _("Microsoft-defined"));
  if (code & N_BIT)
    put (out, width, _("  N bit: set: an NTSTATUS inside, 0x%08" PRIX32 "\n"),
         code & ~N_BIT);
  else if (facility == FACILITY_OM && !customer)
    put (out, width, _("  facility: 0x%03X (%u) the software update agent\n"),
         facility, facility);
  else if (name != NULL)
    put (out, width, _("  facility: 0x%03X (%u) %s\n"), facility, facility,
         name);
  else
    put (out, width, _("  facility: 0x%03X (%u)\n"), facility, facility);
  put (out, width, _("  code: 0x%04X (%u)\n"), number, number);
  if (code & R_BIT)
    put (out, width, _("  bit 30: set, which no HRESULT has: as an NTSTATUS, "
                       "severity %u (%s), facility 0x%03X, code 0x%04X\n"),
         code >> 30, nt_severity[code >> 30], (code >> 16) & 0xFFF, number);
  if (!(code & N_BIT) && severity && facility == FACILITY_WIN32)
    put (out, width, _("  Win32 error: %u (the code is HRESULT_FROM_WIN32 of "
                       "it)\n"), number);
}
