/* SPDX-License-Identifier: MIT */
/* omerr_version: the version of the library itself, as configure set it
   (the headers' OMERR_VERSION may be older or newer in a program).  */
#include <config.h>

#include "omerr.h"

const char *
omerr_version (void)
{
  return PACKAGE_VERSION;
}
