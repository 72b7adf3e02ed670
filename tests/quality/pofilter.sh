#!/bin/sh
# SPDX-License-Identifier: MIT
# pofilter with the checks that still mean something when msgid is a symbol.
# Usage: pofilter.sh [FILE.po]...   (default: po/LL.po for po/LINGUAS)
#
# pofilter compares each msgstr with its msgid, here a symbol such as
# OM_E_NO_SERVICE.  Checks of likeness to the source (acronyms, simplecaps,
# startcaps, endpunc, sentencecount, brackets, numbers, short, long,
# unchanged, untranslated...) then fire on every entry or on none, and say
# nothing.  The symbol has no spaces, tabs, escapes, tags or KDE comments,
# so the checks below reduce to "the message has none of them", which holds
# for a one-line plain-text message in every language.  Left out as well:
# printf (OMERR_UNKNOWN_CODE's %s is not in its symbol; omerr-keys.sh
# compares directives with the English), urls/emails (would forbid a URL
# in the text), untranslated/isfuzzy (msgfmt-stats.sh).
checks='blank compendiumconflicts doublespacing doublewords endwhitespace
escapes kdecomments newlines nplurals startwhitespace tabs xmltags'

. "${0%/*}/common.sh"
: "${POFILTER=$(command -v pofilter)}"
need_tool pofilter "$POFILTER"

topts=
for c in $checks; do topts="$topts -t $c"; done

for po; do
  out=$tap_tmp/out.po
  rm -f "$out"
  # pofilter writes OUT only when it finds something, and exits 0 even on a
  # file it cannot parse: any message on stderr is a failure.
  # $topts is split into words on purpose.
  if ! err=$("$POFILTER" --progress=none $topts -i "$po" -o "$out" 2>&1) ||
     [ -n "$err" ]; then
    tap_not_ok "$po: pofilter failed" "$err"
    continue
  fi
  # Each finding is a "# (pofilter) CHECK: ..." comment above a copy of the
  # entry.
  found=
  [ -f "$out" ] && found=$(awk '/^# \(pofilter\) /; /^msgid "[^"]/' "$out")
  if [ -n "$found" ]; then
    tap_not_ok "$po: pofilter findings" "$found"
  else
    tap_ok "$po: no pofilter finding"
  fi
done
tap_done
