#!/bin/sh
# SPDX-License-Identifier: MIT
# Start to exit: omerr 0x80cf0001 against gpg-error 1 (libgpg-error's
# command, the nearest peer) and /bin/true (the floor: exec and exit),
# in the C locale and in zh_TW.UTF-8; the median wall time of many runs
# (hyperfine) and, when valgrind and strace are there, the instructions
# executed and the system calls made (both the same from run to run).
# STARTUP_ROUNDS (15) rounds of STARTUP_RUNS (100) runs of each command;
# then, when make bench built tests/bench/startup-runs, STARTUP_SIDE_RUNS
# (1500) runs of each taken in turn run by run, their median ("side_ms":
# steadier than the rounds' on a machine whose load moves by the second).
#
# Usage: startup.sh ABS-TOP-BUILDDIR [TABLES-DIR]
# With TABLES-DIR (make bench's 10 tables of 1,000 codes), omerr against
# itself instead: with no installed tables, with those tables for a code
# of the built-in table, and with them for a code of the last table (every
# table opened).  All three through env, which costs each the same.
# Environment: LOCPATH, OMERR_LOCALEDIR (the build tree's), HYPERFINE,
# VALGRIND, STRACE (optional).
set -eu
# LANG below decides the language: nothing inherited may override it.
unset LC_ALL LC_MESSAGES LC_CTYPE LANGUAGE
# Installed tables only where a command names them.
unset OMERR_TABLE_PATH

build=$1
tables=${2:-}
hyperfine=${HYPERFINE:-hyperfine}
valgrind=${VALGRIND:-valgrind}
strace=${STRACE:-strace}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v "$hyperfine" >/dev/null 2>&1; then
  echo "(skipped: no hyperfine)"
  exit 0
fi
# The real program, not libtool's wrapper script.  The wrapper's
# LD_LIBRARY_PATH is set for every command alike: the loader then
# searches the build directory first for each library of each program.
# omerr is a wrapper only when linked to the uninstalled libomerr.so (a
# build without the static library); otherwise it is the program itself,
# and a .libs/omerr left by an older build is stale.
if test -x "$build/.libs/omerr" \
   && sed 5q "$build/omerr" | grep 'temporary wrapper script' >/dev/null
then
  omerr=$build/.libs/omerr
  LD_LIBRARY_PATH=$build/.libs
  export LD_LIBRARY_PATH
else
  omerr=$build/omerr
fi
peer=$(command -v gpg-error || true)
true_=$(command -v true)

if test -n "$tables"; then
  env_=$(command -v env)
  set -- "$env_ OMERR_TABLE_PATH=/nonexistent $omerr 0x80cf0001" \
    "$env_ OMERR_TABLE_PATH=$tables $omerr 0x80cf0001" \
    "$env_ OMERR_TABLE_PATH=$tables $omerr 0x80d90001"
else
  set -- "$omerr 0x80cf0001"
  test -z "$peer" || set -- "$@" "$peer 1"
  set -- "$@" "$true_"
fi

instructions () {
  if command -v "$valgrind" >/dev/null 2>&1; then
    # Through env: the program env runs is counted too (every process's
    # total, summed).
    rm -f "$tmp"/cg.*
    # shellcheck disable=SC2086
    "$valgrind" --tool=callgrind --trace-children=yes \
      --callgrind-out-file="$tmp/cg.%p" $1 >/dev/null 2>&1 &&
      cat "$tmp"/cg.* | awk '/^summary:/ { n += $2 } END { print n }'
  else
    echo -
  fi
}

# System calls from exec to exit, every process's: one line each in
# strace's per-process logs, less its notes of signals and exits.
syscalls () {
  if command -v "$strace" >/dev/null 2>&1; then
    rm -f "$tmp"/st.*
    # shellcheck disable=SC2086
    "$strace" -ff -o "$tmp/st" $1 >/dev/null 2>&1 &&
      cat "$tmp"/st.* | grep -cv '^[-+][-+][-+] '
  else
    echo -
  fi
}

# The machine's load drifts: several rounds, each command's median per
# round, and the median of those.  Short rounds, each starting with the
# next command: a slow or fast spell of a few seconds then falls on every
# command alike rather than on the one that ran during it (with 5 rounds
# of 300 runs, gpg-error's median moved by 30% from one run of this
# script to the next).
rounds=${STARTUP_ROUNDS:-15}
runs=${STARTUP_RUNS:-100}

# run_round N K COMMAND...: round N, hyperfine on the commands rotated K
# places.
run_round () {
  n=$1 k=$2
  shift 2
  while test "$k" -gt 0; do
    set -- "$@" "$1"
    shift
    k=$((k - 1))
  done
  LANG=$lang "$hyperfine" -N -w 10 -r "$runs" --style none \
    --export-csv "$tmp/h.$n.csv" "$@" >/dev/null 2>&1
}

median_of_rounds () {  # median_of_rounds COMMAND
  for csv in "$tmp"/h.*.csv; do
    # CSV columns: command,mean,stddev,median,... (seconds).
    awk -F, -v c="$1" '$1 == c { printf "%.6f\n", $4 * 1000 }' "$csv"
  done | sort -n | awk '{ v[NR] = $1 }
    END { if (NR) printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

side_runs=$build/tests/bench/startup-runs
printf '%-12s %-44s %10s %8s %12s %8s\n' LANG command median_ms side_ms \
  instructions syscalls
for lang in C zh_TW.UTF-8; do
  rm -f "$tmp"/h.*.csv
  round=1
  while test "$round" -le "$rounds"; do
    run_round "$round" $((round % $#)) "$@"
    round=$((round + 1))
  done
  : >"$tmp/side"
  if test -x "$side_runs"; then
    args=
    for cmd in "$@"; do args="$args $cmd --"; done
    # shellcheck disable=SC2086
    LANG=$lang "$side_runs" "${STARTUP_SIDE_RUNS:-1500}" $args >"$tmp/side"
  fi
  k=0
  for cmd in "$@"; do
    k=$((k + 1))
    median=$(median_of_rounds "$cmd")
    side=$(sed -n "${k}p" "$tmp/side")
    case $cmd in
      */env\ *) what=$(echo "$cmd" | sed -e 's|^[^ ]* ||' -e 's|=/[^ ]*/\([^/ ]*\) |=\1 |' -e 's| /[^ ]*/| |') ;;
      *) what="$(basename "${cmd%% *}")${cmd#"${cmd%% *}"}" ;;
    esac
    printf '%-12s %-44s %10s %8s %12s %8s\n' "$lang" "$what" "${median:--}" \
      "${side:--}" "$(LANG=$lang instructions "$cmd")" \
      "$(LANG=$lang syscalls "$cmd")"
  done
done
