/* --explain: the fields of an HRESULT.  */
#include <config.h>

#include <inttypes.h>

#include "omerr.h"
#include "explain.h"

#define FACILITY_WINDOWSUPDATE 0x024
/* The facility of the software update agent's codes (0x80CFxxxx).  */
#define FACILITY_OM 0x0CF

void
explain_code (FILE *out, uint32_t code)
{
  unsigned severity = code >> 31;
  unsigned customer = (code >> 29) & 1;
  unsigned facility = (code >> 16) & 0x7FF;
  unsigned number = code & 0xFFFF;
  uint32_t om;

  fprintf (out, "  severity: %u (%s)\n", severity,
           severity ? "failure" : "success");
  fprintf (out, "  customer: %u (%s)\n", customer,
           customer ? "customer-defined" : "Microsoft-defined");
  fprintf (out, "  facility: 0x%03X (%u)%s\n", facility, facility,
           facility == FACILITY_WINDOWSUPDATE ? " Windows Update"
           : facility == FACILITY_OM ? " software update agent" : "");
  fprintf (out, "  code: 0x%04X (%u)\n", number, number);

  if (facility == FACILITY_WINDOWSUPDATE)
    {
      om = (code & 0xF800FFFF) | (uint32_t) FACILITY_OM << 16;
      if (omerr_symbol (om) != NULL)
        fprintf (out,
                 "  hint: this is a Windows Update code; the OM code at the "
                 "same position is 0x%08" PRIX32 " (%s): %s\n",
                 om, omerr_symbol (om), omerr_gettext (om));
    }
}
