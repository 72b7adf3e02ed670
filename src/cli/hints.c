/* SPDX-License-Identifier: MIT */
/* Hints for unknown codes: what a code's shape says about it.  */
#include <config.h>

#include <inttypes.h>
#include <stddef.h>
#include <string.h>

#include "omerr.h"
#include "complain.h"
#include "hints.h"
#include "i18n.h"

/* Facility numbers and their names as winerror.h defines them (facts of
   the format, not text): the ones an administrator meets most.  */
static const struct
{
  unsigned number;
  const char *name;
} facilities[] = {
  { 0, "FACILITY_NULL" }, { 1, "FACILITY_RPC" }, { 2, "FACILITY_DISPATCH" },
  { 3, "FACILITY_STORAGE" }, { 4, "FACILITY_ITF" }, { 7, "FACILITY_WIN32" },
  { 8, "FACILITY_WINDOWS" }, { 9, "FACILITY_SECURITY" },
  { 10, "FACILITY_CONTROL" }, { 11, "FACILITY_CERT" },
  { 12, "FACILITY_INTERNET" }, { 13, "FACILITY_MEDIASERVER" },
  { 14, "FACILITY_MSMQ" }, { 15, "FACILITY_SETUPAPI" },
  { 16, "FACILITY_SCARD" }, { 17, "FACILITY_COMPLUS" },
  { 19, "FACILITY_URT" }, { 23, "FACILITY_SXS" },
  { 25, "FACILITY_HTTP" }, { 32, "FACILITY_BACKGROUNDCOPY" },
  { 33, "FACILITY_CONFIGURATION" }, { 36, "FACILITY_WINDOWSUPDATE" },
  { 37, "FACILITY_DIRECTORYSERVICE" }, { 38, "FACILITY_GRAPHICS" },
  { 39, "FACILITY_SHELL" }, { 40, "FACILITY_TPM_SERVICES" },
  { 41, "FACILITY_TPM_SOFTWARE" }, { 49, "FACILITY_FVE" },
  { 50, "FACILITY_FWP" }, { 51, "FACILITY_WINRM" },
  { 80, "FACILITY_WINDOWS_DEFENDER" }
};

const char *
facility_name (unsigned facility)
{
  size_t i;

  for (i = 0; i < sizeof facilities / sizeof facilities[0]; i++)
    if (facilities[i].number == facility)
      return facilities[i].name;
  return NULL;
}

static unsigned
facility_of (uint32_t code)
{
  return (code >> 16) & 0x7FF;
}

/* CODE with its facility replaced by FACILITY.  */
static uint32_t
with_facility (uint32_t code, unsigned facility)
{
  return (code & UINT32_C (0xF800FFFF)) | (uint32_t) facility << 16;
}

/* A symbol's name after its prefix and class ("NO_SERVICE" of
   "OM_E_NO_SERVICE"), or the whole symbol.  */
static const char *
suffix (const char *symbol)
{
  const char *p = strchr (symbol, '_');

  if (p != NULL && (p = strchr (p + 1, '_')) != NULL)
    return p + 1;
  return symbol;
}

/* The known twin of CODE in the other of the two mirrored facilities, or
   0.  When both are known, their symbols must agree after the prefix
   (WU_E_NO_SERVICE, OM_E_NO_SERVICE): the same low bits alone do not make
   a twin.  */
static uint32_t
twin_of (uint32_t code)
{
  unsigned facility = facility_of (code);
  uint32_t twin;
  const char *mine, *theirs;

  if (facility == FACILITY_WINDOWSUPDATE)
    twin = with_facility (code, FACILITY_OM);
  else if (facility == FACILITY_OM)
    twin = with_facility (code, FACILITY_WINDOWSUPDATE);
  else
    return 0;
  theirs = omerr_symbol (twin);
  if (theirs == NULL)
    return 0;
  mine = omerr_symbol (code);
  if (mine != NULL && strcmp (suffix (mine), suffix (theirs)) != 0)
    return 0;
  return twin;
}

/* Whether CODE looks like a failure HRESULT someone defined: severity
   set, the reserved bits clear, a facility winerror.h names (or the
   agent's own).  */
static int
plausible (uint32_t code)
{
  unsigned facility = facility_of (code);

  return (code >> 31) == 1 && (code & UINT32_C (0x48000000)) == 0
         && (facility_name (facility) != NULL || facility == FACILITY_OM);
}

/* The hints about CODE itself.  */
static void
hint_code (uint32_t code)
{
  uint32_t twin = twin_of (code);

  if (twin != 0 && facility_of (code) == FACILITY_WINDOWSUPDATE)
    complain (_("hint: 0x%08" PRIX32 " is a Windows Update code; the "
                "software update agent's code at the same position is "
                "0x%08" PRIX32 " (%s): %s"),
              code, twin, omerr_symbol (twin), omerr_gettext (twin));
  else if (twin != 0)
    complain (_("hint: the Windows Update code at the same position as "
                "0x%08" PRIX32 " is 0x%08" PRIX32 " (%s): %s"),
              code, twin, omerr_symbol (twin), omerr_gettext (twin));
  else if (facility_of (code) == FACILITY_WINDOWSUPDATE)
    /* What the published page itself tells its readers.  */
    complain (_("hint: 0x%08" PRIX32 " is a Windows Update code "
                "(facility 0x024); look it up in the Windows Update error "
                "code reference, or install that table (see omerr(1))"),
              code);
}

void
hint_unknown (const char *word, uint32_t code, int decimal)
{
  uint32_t negated = (uint32_t) 0 - code, as_hex = 0;
  const char *p;
  int digits = 0;

  if (!decimal)
    {
      hint_code (code);
      return;
    }
  /* Logs print signed decimal, sometimes losing the minus sign.  */
  if (code != 0 && code <= UINT32_C (0x80000000)
      && omerr_symbol (negated) != NULL)
    complain (_("hint: %s is unknown, but -%" PRIu32 " is 0x%08" PRIX32
                " (%s)"), word, code, negated, omerr_symbol (negated));
  /* Hex digits without 0x look like decimal.  */
  for (p = word; *p != '\0'; p++)
    if (*p >= '0' && *p <= '9')
      as_hex = as_hex << 4 | (uint32_t) (*p - '0'), digits++;
  if (digits > 8)
    return;
  if (omerr_symbol (as_hex) != NULL)
    complain (_("hint: %s is unknown as decimal, but 0x%s is 0x%08" PRIX32
                " (%s)"), word, word, as_hex, omerr_symbol (as_hex));
  else if (plausible (as_hex))
    {
      complain (_("hint: %s is unknown as decimal; read as hex, it is "
                  "0x%08" PRIX32 ", a failure code of %s"), word, as_hex,
                facility_of (as_hex) == FACILITY_OM
                ? _("the software update agent")
                : facility_name (facility_of (as_hex)));
      hint_code (as_hex);
    }
}
