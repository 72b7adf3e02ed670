#!/bin/sh
# SPDX-License-Identifier: MIT
# What gettext's tools cannot see when msgid is a symbol.  Each entry's
# reference is its "#. English: " comment (the master table's text):
#  - identity: a msgstr equal to its msgid (msginit/msgen produce it,
#    msgfmt counts it as translated; the library then shows English);
#  - english: every entry carries its English comment;
#  - placeholders: as many "%s" as the English (OMERR_UNKNOWN_CODE: the
#    library puts the code at the first "%s" and falls back to English
#    without one);
#  - identifiers: the same names in capitals with an underscore
#    (SOAPCLIENT_SOAPFAULT, OM_E_PT_*) as the English: they are not words
#    to translate.
# Fuzzy and untranslated entries are msgfmt-stats.sh's business.
# Usage: omerr-keys.sh [FILE.po]...   (default: po/LL.po for po/LINGUAS)
# Symbol keys only: po-cli/'s msgids are English sentences.
omerr_symbol_catalogs_only=yes
. "${0%/*}/common.sh"

# tests/quality/po-keys (built by make check, which names it in
# OMERR_PO_KEYS) reads each catalog with omerrc's own PO reader and prints
# "CHECK<TAB>FILE:LINE: SYMBOL: problem" for each problem.
if [ -z "${OMERR_PO_KEYS:-}" ] || [ ! -x "$OMERR_PO_KEYS" ]; then
  tap_not_ok "OMERR_PO_KEYS names no program (make check builds tests/quality/po-keys)"
  tap_done
  exit 0
fi

checks='identity english placeholders identifiers'
for po; do
  if [ ! -r "$po" ]; then tap_not_ok "$po: cannot read it"; continue; fi
  problems=$("$OMERR_PO_KEYS" "$po") || { tap_not_ok "$po: cannot read it as a PO file"; continue; }
  for c in $checks; do
    found=$(printf '%s\n' "$problems" | sed -n "s/^$c	//p")
    if [ -n "$found" ]; then
      tap_not_ok "$po: $c" "$found"
    else
      tap_ok "$po: $c"
    fi
  done
done
tap_done
