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

# Prints "CHECK<TAB>FILE:LINE: SYMBOL: problem" for each problem.  Strings
# are compared in their PO-escaped form, which is enough for these checks.
check_po() {
  awk -v file="$1" '
    function flush() {
      if (state == "msgstr" && msgid != "") verify()
      state = ""; msgid = msgstr = english = ""; fuzzy = 0; has_english = 0
    }
    function report(check, text) {
      printf "%s\t%s:%d: %s: %s\n", check, file, line, msgid, text
    }
    # count[] gets +1 per match of RE in S times SIGN.
    function tally(s, re, sign) {
      while (match(s, re)) {
        count[substr(s, RSTART, RLENGTH)] += sign
        s = substr(s, RSTART + RLENGTH)
      }
    }
    function differs(re, k) {
      split("", count); tally(english, re, 1); tally(msgstr, re, -1)
      for (k in count) if (count[k] != 0) return 1
      return 0
    }
    function verify() {
      if (msgstr == msgid) { report("identity", "msgstr is the symbol itself"); return }
      if (!has_english) { report("english", "no \"#. English:\" comment"); return }
      if (msgstr == "" || fuzzy) return
      if (differs("%s"))
        report("placeholders", "%s count differs from the English: " english)
      if (differs("[A-Z][A-Z0-9]*_[A-Z0-9_]*[*]?"))
        report("identifiers", "identifiers differ from the English: " english)
    }
    function unquote(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s); return s }
    /^#~/ { next }
    /^[ \t]*$/ { flush(); next }
    state == "msgstr" && /^(#|msgctxt |msgid )/ { flush() }
    /^#\. English: / { english = substr($0, 13); has_english = 1; next }
    /^#,/ && /[ ,]fuzzy([ ,]|$)/ { fuzzy = 1; next }
    /^#/ { next }
    /^msgid / { state = "msgid"; msgid = unquote($0); line = NR; next }
    /^msgstr / { state = "msgstr"; msgstr = unquote($0); next }
    /^"/ {
      if (state == "msgid") msgid = msgid unquote($0)
      else if (state == "msgstr") msgstr = msgstr unquote($0)
      next
    }
    END { flush() }
  ' "$1"
}

checks='identity english placeholders identifiers'
for po; do
  if [ ! -r "$po" ]; then tap_not_ok "$po: cannot read it"; continue; fi
  problems=$(check_po "$po") || { tap_not_ok "$po: awk failed"; continue; }
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
