#!/bin/sh
# SPDX-License-Identifier: MIT
# The two translators' files the build derives into the source tree,
# po/omerr.pot-header (from the attribution) and po/en.po (from the master
# table), are replaced when what the build makes differs, and a current
# one is left as it is (src/generated/local.mk, omerr_replace_changed).
# The rules are run in the build tree with the file named elsewhere, a
# copy in the test's directory, so the source tree is not touched.
. "$abs_top_srcdir/tests/cli/tap.sh"
build=$abs_top_builddir
srcdir=$(sed -n 's/^srcdir = //p' "$build/Makefile")
header=$abs_top_srcdir/po/omerr.pot-header
en_po=$abs_top_srcdir/po/en.po
old=200001010000

# make_in_build VAR=VALUE... TARGET...: make in the build tree, quietly.
make_in_build ()
{
  run make -s -C "$build" "$@"
}

# The header: its stamp redone as after a change to the attribution (-W).
header_rule ()
{
  make_in_build omerr_pot_header="$tap_tmp/pot-header" \
    -W "$srcdir/data/attribution.txt" src/generated/pot-header.stamp
}
echo 'an older header' >"$tap_tmp/pot-header"
header_rule
if test "$status" = 0 && cmp -s "$header" "$tap_tmp/pot-header"; then
  tap_ok "a header that differs is replaced"
else
  tap_not_ok "a header that differs is replaced" "status $status" "$err" \
    "$(diff "$header" "$tap_tmp/pot-header")"
fi
cp "$header" "$tap_tmp/pot-header" && touch -t $old "$tap_tmp/pot-header"
header_rule
if test "$status" = 0 && cmp -s "$header" "$tap_tmp/pot-header" \
   && test -z "$(find "$tap_tmp/pot-header" -newermt 2001-01-01)"; then
  tap_ok "a current header is not written"
else
  tap_not_ok "a current header is not written" "status $status" "$err" \
    "$(ls -l --full-time "$tap_tmp/pot-header")"
fi

# en.po: older than the master table, so its rule runs.
echo 'msgid ""' >"$tap_tmp/en.po" && touch -t $old "$tap_tmp/en.po"
make_in_build omerr_en_po="$tap_tmp/en.po" "$tap_tmp/en.po"
if test "$status" = 0 && cmp -s "$en_po" "$tap_tmp/en.po" \
   && test -n "$(find "$tap_tmp/en.po" -newermt 2001-01-01)"; then
  tap_ok "an en.po that differs is replaced, and is then newer than the table"
else
  tap_not_ok "an en.po that differs is replaced" "status $status" "$err" \
    "$(diff "$en_po" "$tap_tmp/en.po" | sed 20q)"
fi
tap_done
