/* SPDX-License-Identifier: MIT */
/* --explain: the fields of an HRESULT.  */
#include <config.h>

#include <inttypes.h>

#include "omerr.h"
#include "explain.h"
#include "hints.h"
#include "i18n.h"

#define FACILITY_WIN32 7
/* The N bit: an NTSTATUS value carried in an HRESULT (HRESULT_FROM_NT).  */
#define N_BIT UINT32_C (0x10000000)

void
explain_code (FILE *out, uint32_t code)
{
  unsigned severity = code >> 31;
  unsigned customer = (code >> 29) & 1;
  unsigned facility = (code >> 16) & 0x7FF;
  unsigned number = code & 0xFFFF;
  const char *name = facility_name (facility);

  fprintf (out, _("  severity: %u (%s)\n"), severity,
           severity ? _("failure") : _("success"));
  fprintf (out, _("  customer: %u (%s)\n"), customer,
           customer ? _("customer-defined") : _("Microsoft-defined"));
  if (code & N_BIT)
    fprintf (out, _("  N bit: set: an NTSTATUS inside, 0x%08" PRIX32 "\n"),
             code & ~N_BIT);
  else if (facility == FACILITY_OM)
    fprintf (out, _("  facility: 0x%03X (%u) the software update agent\n"),
             facility, facility);
  else if (name != NULL)
    fprintf (out, _("  facility: 0x%03X (%u) %s\n"), facility, facility, name);
  else
    fprintf (out, _("  facility: 0x%03X (%u)\n"), facility, facility);
  fprintf (out, _("  code: 0x%04X (%u)\n"), number, number);
  if (!(code & N_BIT) && severity && facility == FACILITY_WIN32)
    fprintf (out, _("  Win32 error: %u (the code is HRESULT_FROM_WIN32 of "
                    "it)\n"), number);
}
