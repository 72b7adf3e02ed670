#!/bin/sh
# Writes a synthetic error table of N rows to standard output, in the
# shape of the published tables (front matter, GFM pipe table), for the
# benchmarks and the relocation test.  Row i has code 0x80CC0000 + i and
# symbol OM_E_SYNTH_i: unique and ascending up to millions of rows.
#
# Usage: gen-table.sh N
set -eu

n=${1:?usage: gen-table.sh N}
${AWK:-awk} -v n="$n" 'BEGIN {
  print "---"
  print "title: Synthetic error table (" n " rows) for omerr benchmarks"
  print "ms.contentlocale: en"
  print "---"
  print "# Synthetic error codes"
  print ""
  print "|Error code|Symbolic name|Description|"
  print "|---|---|---|"
  for (i = 0; i < n; i++)
    printf "|0x%08X|OM_E_SYNTH_%d|Synthetic error number %d: the operation could not be completed because a simulated condition occurred.|\n", 2160852992 + i, i, i
}'
