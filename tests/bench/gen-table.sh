#!/bin/sh
# SPDX-License-Identifier: MIT
# Writes a synthetic error table of N rows to standard output, in the
# shape of the published tables (front matter, GFM pipe table), for the
# benchmarks and the relocation test.  Row i has code 0x80CC0000 + i and
# symbol OM_E_SYNTH_i: unique and ascending up to millions of rows; or
# FIRST + i and PREFIX_i, for tables of their own (make bench's installed
# tables).
#
# Usage: gen-table.sh N [FIRST PREFIX]
set -eu

n=${1:?usage: gen-table.sh N [FIRST PREFIX]}
first=$(printf '%d' "${2:-0x80CC0000}")
prefix=${3:-OM_E_SYNTH}
${AWK:-awk} -v n="$n" -v first="$first" -v prefix="$prefix" 'BEGIN {
  print "---"
  print "title: Synthetic error table (" n " rows) for omerr benchmarks"
  print "ms.contentlocale: en"
  print "---"
  print "# Synthetic error codes"
  print ""
  print "|Error code|Symbolic name|Description|"
  print "|---|---|---|"
  for (i = 0; i < n; i++)
    printf "|0x%08X|%s_%d|Synthetic error number %d: the operation could not be completed because a simulated condition occurred.|\n", first + i, prefix, i, i
}'
