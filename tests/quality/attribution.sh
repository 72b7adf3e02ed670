#!/bin/sh
# SPDX-License-Identifier: MIT
# The data's attribution travels (CC BY 4.0): source page, revision,
# licence and modification notice in data/attribution.txt, which must
# match the imported page's front matter, in every catalog's header, in
# README.md and data/README.md; make install puts the licence and the
# attribution in $(docdir) and make dist takes LICENSE along.
# Usage: attribution.sh [FILE.po]...   (default: po/LL.po for po/LINGUAS)
# The data's catalogs: po-cli/ holds the command's own words (MIT).
omerr_symbol_catalogs_only=yes
. "${0%/*}/common.sh"
top=$omerr_top_srcdir
build=${abs_top_builddir:-.}
attribution=$top/data/attribution.txt
zh=$top/data/software-update-agent-errors.zh-TW.md
url=https://learn.microsoft.com/zh-tw/mem/intune/protect/software-update-agent-error-codes
licence=https://creativecommons.org/licenses/by/4.0/

# The revision imported, from the page's own front matter.
field() { sed -n "/^---\$/,/^---\$/s/^$1: *\"\\{0,1\\}\\([^\"]*\\)\"\\{0,1\\}\$/\\1/p" "$zh"; }
date=$(field ms.date) locfileid=$(field ms.locfileid)
if [ -n "$date" ] && [ -n "$locfileid" ] &&
   tr '\n' ' ' <"$attribution" | grep -Fq "ms.date $date, ms.locfileid $locfileid"; then
  tap_ok "attribution.txt names the revision imported (ms.date $date, ms.locfileid $locfileid)"
else
  tap_not_ok "attribution.txt does not name ms.date '$date', ms.locfileid '$locfileid'"
fi

# has FILE WHAT: FILE mentions the page's URL, the revision, the licence
# and the modification.
has() {
  text=$(tr '\n' ' ' <"$1" | sed 's/ *# */ /g; s/  */ /g')
  missing=
  for want in "$url" "$locfileid" "$licence" "Modified by the omerr project"; do
    case $text in *"$want"*) ;; *) missing="$missing '$want'";; esac
  done
  if [ -z "$missing" ]; then tap_ok "$2 gives source, revision, licence, modification"
  else tap_not_ok "$2 lacks$missing"; fi
}
for po; do has "$po" "$po"; done
has "$top/src/generated/omerr-messages.pot" "the template"
# gettext's template, which msginit starts a new language from (made by
# po/'s make, so absent from a checkout built without NLS).
if [ -f "$top/po/omerr.pot" ]; then has "$top/po/omerr.pot" "po/omerr.pot"
else tap_skip "po/omerr.pot" "not made"; fi
has "$top/README.md" "README.md"
has "$top/data/README.md" "data/README.md"

# make install: LICENSE and the attribution in $(docdir).
dest=$tap_tmp/dest
if make -s -C "$build" DESTDIR="$dest" install-dist_docDATA \
     install-dist_omerr_datadocDATA >"$tap_tmp/install.log" 2>&1; then
  docdir=$(find "$dest" -name attribution.txt -path '*/data/*' | sed 's|/data/attribution.txt$||')
  for f in LICENSE README.md data/README.md data/attribution.txt; do
    if cmp -s "$top/$f" "$docdir/$f"; then tap_ok "make install puts $f in \$(docdir)"
    else tap_not_ok "make install does not put $f in \$(docdir) (${docdir:-none})"; fi
  done
else
  tap_not_ok "make install of the documentation failed" \
    "$(cat "$tap_tmp/install.log")"
fi
# make dist: LICENSE is one of the files distributed.
if sed -n '/^dist_doc_DATA *=/,/[^\\]$/p' "$build/Makefile" | grep -qw LICENSE; then
  tap_ok "make dist includes LICENSE (dist_doc_DATA)"
else
  tap_not_ok "LICENSE is not in dist_doc_DATA"
fi
tap_done
