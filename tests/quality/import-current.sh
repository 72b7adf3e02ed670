#!/bin/sh
# SPDX-License-Identifier: MIT
# po/ and its record po/imported/ are what `make import-po` makes of the
# published tables in data/ today: importing again changes no byte, so no
# record keeps a header (Plural-Forms) or text an older omerrc wrote.
omerr_no_po_files=1
. "${0%/*}/common.sh"
build=${abs_top_builddir:-.}

if out=$(make -s -C "$build" check-import-current 2>&1); then
  tap_ok "importing data/ again changes nothing in po/ or po/imported/"
else
  tap_not_ok "po/ or po/imported/ is not what make import-po makes (run it)" \
    "$out"
fi
tap_done
