#!/bin/sh
# The compiler's throughput and peak memory next to msgfmt's: for each
# size, omerrc compiles a synthetic table (gen-table.sh) into a catalog,
# a C table and a header, and msgfmt -c checks and compiles the catalog
# omerrc wrote.  Then the bundled table, which should take under 5 ms.
#
# Usage: compiler.sh OMERRC MASTER-TABLE [ROWS...]
#   ROWS defaults to 1000 10000 100000 1000000.
# Environment: MSGFMT (default msgfmt), HYPERFINE (optional), AWK.
set -eu

omerrc=$1
master=$2
shift 2
test $# -gt 0 || set -- 1000 10000 100000 1000000
msgfmt=${MSGFMT:-msgfmt}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a command under GNU time; prints "SECONDS PEAK-KB".
measure () {
  if ! /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"
  then
    echo "compiler.sh: failed: $*" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  tail -n 1 "$tmp/time"
}

printf '%9s %10s %10s %10s %10s %8s %8s\n' rows omerrc_s omerrc_MB \
  msgfmt_s msgfmt_MB time_x mem_x
for rows in "$@"; do
  sh "$here/gen-table.sh" "$rows" >"$tmp/table.md"
  rm -rf "$tmp/po" && mkdir "$tmp/po"
  o=$(measure "$omerrc" --po-dir="$tmp/po" --c-table="$tmp/table.c" \
        --header="$tmp/table.h" --language=en "$tmp/table.md")
  m=$(measure "$msgfmt" -c -o /dev/null "$tmp/po/en.po")
  # time_x, mem_x: omerrc / msgfmt (at most 1 is the target).
  echo "$rows $o $m" | ${AWK:-awk} '{
    t = $4 > 0 ? sprintf ("%.2f", $2 / $4) : "-";
    printf "%9d %10.2f %10.1f %10.2f %10.1f %8s %8.2f\n",
      $1, $2, $3 / 1024, $4, $5 / 1024, t, $3 / $5 }'
done

if command -v "${HYPERFINE:-hyperfine}" >/dev/null 2>&1; then
  echo
  # A fresh compile each run: with an existing catalog omerrc would also
  # read and merge it (make import-po), a different job.
  echo "bundled table ($master):"
  rm -rf "$tmp/po" && mkdir "$tmp/po"
  "${HYPERFINE:-hyperfine}" -N --style basic -w 5 -r 50 \
    --prepare "rm -f $tmp/po/en.po" \
    "$omerrc --po-dir=$tmp/po --c-table=$tmp/b.c --header=$tmp/b.h --language=en $master" \
    | grep -E 'Time|Range'
fi
