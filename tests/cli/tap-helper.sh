#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/cli/tap.sh is the one TAP helper of the shell tests: what a script
# using it prints is TAP whose every diagnostic line is a comment (a quoted
# "ok 3" must not count as a result), and no other shell file of tests/
# writes result or plan lines of its own.
. "$abs_top_srcdir/tests/cli/tap.sh"
helper=$abs_top_srcdir/tests/cli/tap.sh

# script TEXT: what sh prints running TEXT after sourcing the helper.
script ()
{
  run sh -c ". \"\$1\"; $1" sh "$helper"
}

script 'tap_ok first; tap_not_ok second "one
ok 3 - quoted" "not ok"; tap_skip third why; tap_todo 1 fourth later; tap_done'
want='ok 1 - first
not ok 2 - second
# one
# ok 3 - quoted
# not ok
ok 3 - third # SKIP why
not ok 4 - fourth # TODO later
1..4'
if test "$status" = 0 && test "$out" = "$want"; then
  tap_ok "results numbered, each line of a diagnostic commented"
else
  tap_not_ok "results numbered, each line of a diagnostic commented" \
    "status $status" "got:" "$out" "want:" "$want"
fi

script 'tap_skip_all "no tool"; tap_ok never'
if test "$status" = 0 && test "$out" = "1..0 # SKIP no tool"; then
  tap_ok "tap_skip_all: a plan of none, then the script ends"
else
  tap_not_ok "tap_skip_all: a plan of none, then the script ends" \
    "status $status" "$out"
fi

# The tests/quality scripts take it through common.sh, with no build tree
# (a script run by hand on other .po files) as well.
run env -u abs_top_builddir omerr_no_po_files=1 sh -c '. "$1"; tap_not_ok x "a
b"; tap_done' "$abs_top_srcdir/tests/quality/x.sh" \
  "$abs_top_srcdir/tests/quality/common.sh"
if test "$status" = 0 && test "$out" = 'not ok 1 - x
# a
# b
1..1'; then
  tap_ok "tests/quality/common.sh gives the same helper"
else
  tap_not_ok "tests/quality/common.sh gives the same helper" \
    "status $status" "$out" "$err"
fi

# No second helper: result and plan lines are written by tap.sh alone.
others=$(cd "$abs_top_srcdir" && find tests -name '*.sh' ! -path tests/cli/tap.sh \
  -exec grep -l -E "^[^#]*(echo|printf) +[\"'](not )?ok |^[^#]*(echo|printf) +[\"']1\\.\\." {} +)
if test -z "$others"; then
  tap_ok "no shell file of tests/ but tap.sh writes TAP lines itself"
else
  tap_not_ok "shell files of tests/ writing TAP lines themselves" "$others"
fi
tap_done
