#!/bin/sh
# SPDX-License-Identifier: MIT
# The compiler's throughput and peak memory next to msgfmt's: for each
# size, omerrc compiles a synthetic table (gen-table.sh) into a catalog,
# a C table and its headers, and msgfmt -c checks and compiles the catalog
# omerrc wrote.  Then the bundled table, which should take under 5 ms.
#
# Usage: compiler.sh OMERRC MASTER-TABLE [ROWS...]
#   ROWS defaults to 1000 10000 100000 1000000.
# Environment: MSGFMT (default msgfmt), HYPERFINE and VALGRIND (optional),
# AWK, COMPILER_RUNS (3).
set -eu

omerrc=$1
master=$2
shift 2
test $# -gt 0 || set -- 1000 10000 100000 1000000
msgfmt=${MSGFMT:-msgfmt}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The machine's speed varies, over seconds and over minutes: each size
# is compiled COMPILER_RUNS times (3), in rounds that take every size in
# turn, and the median run of each counts.  (The fastest would favour
# short runs, which fit in a fast moment more often than long ones.)
runs=${COMPILER_RUNS:-3}

# timed LOG COMMAND...: runs COMMAND under GNU time and appends
# "SECONDS PEAK-KB" to LOG.  The seconds come from date (GNU's %N: GNU
# time's elapsed time has only hundredths), less the cost of starting
# date and time themselves ($overhead, measured below).
overhead=0
timed () {
  log=$1
  shift
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"
  then
    echo "compiler.sh: failed: $*" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 - overhead )) $(tail -n 1 "$tmp/time")" |
    ${AWK:-awk} '{ printf "%.6f %s\n", ($1 > 0 ? $1 : 0) / 1e6, $2 }' >>"$log"
}

# The overhead: the median of nine timings of true, in microseconds.
i=0
while test $i -lt 9; do
  timed "$tmp/true.times" true
  i=$((i + 1))
done
overhead=$(sort -n "$tmp/true.times" | sed -n 5p |
  ${AWK:-awk} '{ printf "%d", $1 * 1e6 }')

# median FILE: the middle line of FILE's "SECONDS PEAK-KB" lines, by time.
median () {
  sort -n "$1" | sed -n "$(( ($(wc -l <"$1") + 1) / 2 ))p"
}

for rows in "$@"; do
  mkdir "$tmp/$rows"
  sh "$here/gen-table.sh" "$rows" >"$tmp/$rows/table.md"
done
round=1
while test $round -le "$runs"; do
  for rows in "$@"; do
    d=$tmp/$rows
    # Each omerrc run starts afresh: with its outputs there, it would
    # merge the existing catalog instead (make import-po, another job).
    rm -rf "$d/po" "$d/table.c" "$d/table.h" "$d/hash.h"
    mkdir "$d/po"
    timed "$d/omerrc.times" "$omerrc" --po-dir="$d/po" --c-table="$d/table.c" \
      --header="$d/table.h" --hash-header="$d/hash.h" --language=en \
      "$d/table.md"
    timed "$d/msgfmt.times" "$msgfmt" -c -o /dev/null "$d/po/en.po"
  done
  round=$((round + 1))
done

printf '%9s %10s %10s %10s %10s %8s %8s\n' rows omerrc_s omerrc_MB \
  msgfmt_s msgfmt_MB time_x mem_x
: >"$tmp/results"
for rows in "$@"; do
  o=$(median "$tmp/$rows/omerrc.times")
  m=$(median "$tmp/$rows/msgfmt.times")
  echo "$rows $o $m" >>"$tmp/results"
  # time_x, mem_x: omerrc / msgfmt (at most 1 is the target).
  echo "$rows $o $m" | ${AWK:-awk} '{
    t = $4 > 0 ? sprintf ("%.2f", $2 / $4) : "-";
    printf "%9d %10.3f %10.1f %10.3f %10.1f %8s %8.2f\n",
      $1, $2, $3 / 1024, $4, $5 / 1024, t, $3 / $5 }'
  rm -rf "${tmp:?}/$rows"
done
# Growth from 100k to 1M rows (linear: 10; the target is at most 11).
${AWK:-awk} '$1 == 100000 { o1 = $2; m1 = $4 } $1 == 1000000 { o2 = $2; m2 = $4 }
  END { if (o1 > 0 && o2 > 0 && m1 > 0)
          printf "1M rows / 100k rows: omerrc %.1fx, msgfmt %.1fx\n",
            o2 / o1, m2 / m1 }' "$tmp/results"

# The bundled table: as the build compiles it (the C table and its two
# headers, which a rebuild mostly finds unchanged) and with a fresh
# catalog too.  A run that merges an existing catalog (make import-po)
# is a different job, not measured here.  Median and mean of 300 runs,
# and the instructions of one (callgrind), when the tools are there.
if command -v "${HYPERFINE:-hyperfine}" >/dev/null 2>&1; then
  echo
  echo "bundled table ($master):"
  rm -rf "$tmp/po" && mkdir "$tmp/po"
  c_job="$omerrc --c-table=$tmp/b.c --header=$tmp/b.h --hash-header=$tmp/b-hash.h $master"
  po_job="$omerrc --po-dir=$tmp/po --c-table=$tmp/b.c --header=$tmp/b.h --hash-header=$tmp/b-hash.h --language=en $master"
  "${HYPERFINE:-hyperfine}" -N --style none -w 20 -r 300 \
    --export-json "$tmp/bundled.json" "$c_job" \
    --prepare "rm -f $tmp/po/en.po" "$po_job" >/dev/null 2>"$tmp/hyperfine.err" \
    || { cat "$tmp/hyperfine.err" >&2; exit 1; }
  printf '%-36s %10s %10s %12s\n' job median_ms mean_ms instructions
  for job in c po; do
    if test $job = c; then cmd=$c_job; what="C table and headers"
    else cmd=$po_job; what="the same and a new catalog"; fi
    # hyperfine's JSON: one "median" and one "mean" per command, in order.
    n=$(test $job = c && echo 1 || echo 2)
    median=$(grep -o '"median": *[0-9.e-]*' "$tmp/bundled.json" | sed -n "${n}p" | sed 's/.*: *//')
    mean=$(grep -o '"mean": *[0-9.e-]*' "$tmp/bundled.json" | sed -n "${n}p" | sed 's/.*: *//')
    instr=-
    if command -v "${VALGRIND:-valgrind}" >/dev/null 2>&1; then
      rm -f "$tmp/po/en.po"
      # shellcheck disable=SC2086
      "${VALGRIND:-valgrind}" --tool=callgrind \
        --callgrind-out-file="$tmp/cg" $cmd >/dev/null 2>&1 \
        && instr=$(${AWK:-awk} '/^summary:/ { print $2 }' "$tmp/cg")
    fi
    ${AWK:-awk} -v what="$what" -v median="$median" -v mean="$mean" \
      -v instr="$instr" 'BEGIN {
        printf "%-36s %10.2f %10.2f %12s\n", what, median * 1000, mean * 1000,
          instr }'
  done
fi
