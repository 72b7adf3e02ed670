# SPDX-License-Identifier: MIT
# Sourced by the tests/quality scripts: the .po files to check and the
# rule for missing tools; the TAP helpers are every shell test's,
# tests/cli/tap.sh.  Not a test itself.
. "${0%/*}/../cli/tap.sh"

# The files to check: the script's arguments, or po/LL.po for every LL in
# po/LINGUAS of the source tree (what `make check` runs), and the
# command's own po-cli/LL.po likewise unless the script checks only the
# symbol-keyed catalogs (omerr_symbol_catalogs_only).  A script that
# checks no .po file sets omerr_no_po_files first.
omerr_top_srcdir=${abs_top_srcdir:-${top_srcdir:-.}}
if [ $# -eq 0 ] && [ -z "${omerr_no_po_files-}" ]; then
  for ll in $(sed 's/#.*//' "$omerr_top_srcdir/po/LINGUAS"); do
    set -- "$@" "$omerr_top_srcdir/po/$ll.po"
  done
  if [ -z "${omerr_symbol_catalogs_only-}" ]; then
    for ll in $(sed 's/#.*//' "$omerr_top_srcdir/po-cli/LINGUAS"); do
      set -- "$@" "$omerr_top_srcdir/po-cli/$ll.po"
    done
  fi
  if [ $# -eq 0 ]; then
    tap_not_ok "no language in $omerr_top_srcdir/po/LINGUAS"; tap_done
    exit 0
  fi
fi

# need_tool NAME PATH: a tool configure did not find may be skipped on a
# developer's machine, never in CI (CI is set by the usual CI services).
need_tool() {
  if [ -n "$2" ] && [ -x "$2" ]; then return 0; fi
  if [ -n "${CI:-}" ]; then
    tap_not_ok "$1 not found, and CI is set"; tap_done; exit 0
  fi
  tap_skip_all "$1 not found"
}

: "${MSGFMT=$(command -v msgfmt)}"
