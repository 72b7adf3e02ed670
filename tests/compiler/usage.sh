#!/bin/sh
# SPDX-License-Identifier: MIT
# omerrc's command line (src/compiler/main.c): bad usage exits 2 with one
# line naming what is wrong, before any table is read or output written;
# --help and --version exit 0, or 1 when their text cannot be written
# (omerrc(1), EXIT STATUS).
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"
master="$abs_top_srcdir/data/software-update-agent-errors.en.md"
pot="$tap_tmp/x.pot"

expect_err "--message without '='" 2 \
  "^omerrc: --message wants SYMBOL=ENGLISH, not 'OM_X'$" \
  "$omerrc" --pot="$pot" --message=OM_X "$master"
expect_err "--message with no English" 2 \
  "^omerrc: --message wants SYMBOL=ENGLISH, not 'OM_X='$" \
  "$omerrc" --pot="$pot" --message=OM_X= "$master"
expect_err "--columns with two names" 2 \
  "^omerrc: --columns wants three header names separated by commas, not 'a,b'$" \
  "$omerrc" --pot="$pot" --columns=a,b "$master"
expect_err "--columns with an empty name" 2 \
  "^omerrc: --columns wants three header names separated by commas, not 'a,,c'$" \
  "$omerrc" --pot="$pot" --columns=a,,c "$master"
expect_err "--columns with four names" 2 \
  "not 'a,b,c,d'$" "$omerrc" --pot="$pot" --columns=a,b,c,d "$master"
expect_err "an unknown option" 2 \
  "^Try 'omerrc --help' for more information\.$" \
  "$omerrc" --pot="$pot" --no-such-option "$master"
expect_err "a table name that is not [a-z][a-z0-9_-]*" 2 \
  "^omerrc: 'Bad' is not a table name " "$omerrc" --pot="$pot" -d Bad "$master"
expect_err "--import-state without --po-dir" 2 \
  "^omerrc: --import-state=$tap_tmp records imports, which only --po-dir makes$" \
  "$omerrc" --pot="$pot" --import-state="$tap_tmp" "$master"
# An empty name (an unset variable) is no name: --po-dir= wrote /LL.po.
# The missing directory of --pot stops a run that takes them (status 1).
expect_err "--po-dir= empty" 2 "^omerrc: option '--po-dir=' needs a name$" \
  "$omerrc" --pot="$tap_tmp/none/x.pot" --po-dir= "$master"
expect_err "--table-file= empty" 2 \
  "^omerrc: option '--table-file=' needs a name$" \
  "$omerrc" --pot="$tap_tmp/none/x.pot" --table-file= "$master"
expect_err "no master table" 2 "^omerrc: no master table given$" \
  "$omerrc" --pot="$pot"
expect_err "a master language that is no language tag" 2 \
  "^omerrc: 'x y' is not a language name$" \
  "$omerrc" --pot="$pot" -l 'x y' "$master"
if test -e "$pot"; then
  tap_not_ok "bad usage writes no output" "$pot exists"
else
  tap_ok "bad usage writes no output"
fi

run "$omerrc" --help
if test "$status" = 0 && test "$(sed -n 1p "$tap_tmp/out")" = \
  "Usage: omerrc [OPTION]... MASTER.md [[LL=]TRANSLATION.md]..." \
  && grep -q -e '^      --columns=CODE,SYMBOL,DESCRIPTION$' "$tap_tmp/out"; then
  tap_ok "--help: the usage on standard output, status 0"
else
  tap_not_ok "--help: the usage on standard output, status 0" \
    "status $status" "stdout: $out"
fi
# The text fits in stdio's buffer: only the flush at the end can fail.
for option in --help --version; do
  if test -w /dev/full; then
    expect_err "$option on a full standard output" 1 \
      "^omerrc: write error: " sh -c 'exec "$1" "$2" >/dev/full' sh \
      "$omerrc" "$option"
  else
    tap_skip "$option on a full standard output" "no /dev/full"
  fi
done
run "$omerrc" --version
case $status:$out in
  "0:omerrc (omerr) "[0-9]*) tap_ok "--version: name and version, status 0" ;;
  *) tap_not_ok "--version: name and version, status 0" "status $status" \
       "stdout: $out" ;;
esac
tap_done
