#!/bin/sh
# SPDX-License-Identifier: MIT
# Instructions per call of each bench-lookup case, counted by callgrind:
# each case runs N and then 2N calls, and the difference divided by N is
# the cost of one call (start-up and catalog loading cancel out).  The
# loop's own cost ("loop") is taken out of the others.
#
# Usage: callgrind.sh BENCH-LOOKUP [N]
#   BENCH-LOOKUP may be a command with a prefix, e.g.
#   "libtool --mode=execute tests/bench/bench-lookup".
# Needs valgrind; LOCPATH and OMERR_LOCALEDIR as for bench-lookup.
set -eu

bench=$1
n=${2:-20000}
valgrind=${VALGRIND:-valgrind}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count () {  # count CASE CALLS
  out="$tmp/$1.$2"
  # shellcheck disable=SC2086
  if ! $bench_prefix "$valgrind" --tool=callgrind --callgrind-out-file="$out" \
      $bench_program "$1" "$2" >/dev/null 2>"$tmp/log"; then
    cat "$tmp/log" >&2
    exit 1
  fi
  awk '/^summary:/ { print $2 }' "$out"
}

# "libtool --mode=execute PROGRAM" runs valgrind on the real binary.
case $bench in
  *--mode=execute*)
    bench_prefix=${bench% *}
    bench_program=${bench##* } ;;
  *)
    bench_prefix=
    bench_program=$bench ;;
esac

per_call () {  # per_call CASE
  one=$(count "$1" "$n")
  two=$(count "$1" $((2 * n)))
  echo $(( (two - one + n / 2) / n ))
}

loop=$(per_call loop)
raw=$(( $(per_call dgettext) - loop ))
printf '%-13s %9s %10s  %s\n' case instr/call /dgettext what
$bench_prefix "$bench_program" --list | while IFS='	' read -r name what; do
  if test "$name" = loop; then
    printf '%-13s %9d %10s  %s\n' "$name" "$loop" - "$what"
    continue
  fi
  cost=$(( $(per_call "$name") - loop ))
  printf '%-13s %9d %10s  %s\n' "$name" "$cost" \
    "$(awk -v a="$cost" -v b="$raw" 'BEGIN { printf "%.2f", a / b }')" "$what"
done
