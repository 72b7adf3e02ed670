#!/bin/sh
# SPDX-License-Identifier: MIT
# English is the source language: po/en.po is what the master table makes
# (the build derives it, src/generated/local.mk), byte for byte, and so
# never holds a fuzzy or stale entry.
omerr_no_po_files=1
. "${0%/*}/common.sh"
en_po=$omerr_top_srcdir/po/en.po
build=${abs_top_builddir:-.}

if out=$(make -s -C "$build" check-en-po-derived 2>&1); then
  tap_ok "po/en.po is what omerrc makes of the master table"
else
  tap_not_ok "po/en.po is not what the master table makes (make update-po or make)" \
    "$out"
fi
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$en_po" | grep -c '^msgid ')
if [ "$fuzzy" = 0 ]; then
  tap_ok "po/en.po has no fuzzy entry"
else
  tap_not_ok "po/en.po has $fuzzy fuzzy entries"
fi
tap_done
