/* SPDX-License-Identifier: MIT */
#ifndef OMERR_OPERANDS_H
#define OMERR_OPERANDS_H

/* Reorders ARGV (ARGC entries) in place so that getopt sees negative
   numbers ("-2133917695") as operands: options first, then "--", then
   every operand in its original order.  ARGV must have room for
   ARGC + 2 entries; returns the new ARGC.  OPTIONS_WITH_ARGUMENT lists the
   short options that take an argument, LONG_WITH_ARGUMENT (NULL-ended)
   the long ones (matched by prefix, as getopt_long does).  */
int separate_operands (int argc, char **argv, const char *options_with_argument,
                       const char *const *long_with_argument);

#endif
