#!/bin/sh
# SPDX-License-Identifier: MIT
# Every translators' file the project ships (po/, po/imported/, po-cli/,
# po-man/) names its sources relative to the source tree: a '#:' reference
# holding an absolute path or a '..' is one build tree's (make update-po
# run from a build directory), meaningless to everyone else.
omerr_no_po_files=yes
. "${0%/*}/common.sh"

if [ $# -eq 0 ]; then
  set -- "$omerr_top_srcdir"/po/*.po "$omerr_top_srcdir"/po/imported/*.po \
    "$omerr_top_srcdir"/po-cli/*.po "$omerr_top_srcdir"/po-man/*.po
fi
for po in "$@"; do
  bad=$(grep -n -E '^#:.* (/|\.\./)' "$po" | sed 3q)
  refs=$(grep -c '^#:' "$po")
  if [ "$refs" -gt 0 ] && [ -z "$bad" ]; then
    tap_ok "${po#"$omerr_top_srcdir"/}: $refs references, each relative to the source tree"
  else
    tap_not_ok "${po#"$omerr_top_srcdir"/}: $refs references; not relative: $bad"
  fi
done
tap_done
