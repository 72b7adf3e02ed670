#!/bin/sh
# SPDX-License-Identifier: MIT
# The review of the English master (issue 13): each row the review found
# wrong no longer has its old wording, in the master table nor in the
# English catalog; and every row follows the glossary of data/README.md
# (one English term for each zh-TW term).
# Usage: master-review.sh [MASTER.md ZH-TW.md EN.po]
omerr_no_po_files=1
. "${0%/*}/common.sh"
need_tool msgcat "$(command -v msgcat)"
master=${1:-$omerr_top_srcdir/data/software-update-agent-errors.en.md}
zh=${2:-$omerr_top_srcdir/data/software-update-agent-errors.zh-TW.md}
en_po=${3:-$omerr_top_srcdir/po/en.po}
glossary=$omerr_top_srcdir/data/README.md

# "code|text" for each row of a table (code in lower case).
rows() {
  sed -n 's/^|\*\*\(0x[0-9A-Fa-f]*\)\*\*|[^|]*|\(.*\)|$/\1|\2/p' "$1" |
    awk -F'|' '{ print tolower($1) "|" substr($0, length($1) + 2) }'
}
rows "$master" >"$tap_tmp/en" && rows "$zh" >"$tap_tmp/zh" || exit 1
msgcat --no-wrap "$en_po" >"$tap_tmp/en.po" || exit 1

# The old wording of each reviewed row: code|a phrase that must be gone.
while IFS='|' read -r code old; do
  case $code in ''|'#'*) continue;; esac
  text=$(grep -i "^$code|" "$tap_tmp/en" | cut -d'|' -f2-)
  if [ -z "$text" ]; then
    tap_not_ok "$code: not in $master"
  elif printf '%s\n' "$text" | grep -Fq -e "$old"; then
    tap_not_ok "$code: still says \"$old\""
  elif grep -Fq -e "$old" "$tap_tmp/en.po"; then
    tap_not_ok "$code: en.po still says \"$old\""
  else
    tap_ok "$code: reworded (no \"$old\")"
  fi
done <<'OLD'
# Meaning errors
0x80cf2018|calling back the installer callback
0x80cf400b|that the SOAP envelope does not recognize
0x80cf8009|a missing license term
0x80cf8009|localized content
0x80cf001e|was shutting down
# Awkward or off-term
0x80cf0019|cannot be run at the same time
0x80cf0024|There is no update.
0x80cf0436|full category search
0x80cf2004|does not support being installed (uninstalled)
0x80cf4007|of the **OM_E_PT_SOAP_&#42;** error code type occurred
0x80cf4032|external cab processor
0x80cfa005|the automatic service
0x80cfa006|the automatic service
# Closer to Microsoft's English than the zh-TW leads
0x80cf8019|cannot fall back to another service
0x80cf2003|could not be created because one already exists
0x80cf0012|An invalid registry value was read.
0x00cf0004|came in while the callback was running
0x80cf4021|acting as a gateway or proxy, received an invalid response
0x80cf0044|Only administrators can perform this operation
# Terminology (one English term per zh-TW term)
0x80cf0001|is unable to
0x80cf200b|failed to install
0x80cf2014|post-restart
0x80cf2015|post-restart
0x80cf2016|post-restart
0x80af0005|a mandatory restart is still pending
OLD

# The glossary: "| zh-TW | `english` | ... |" rows of data/README.md.  In
# each row of the table, each zh-TW term (longest listed first, removed
# once counted) must be matched by at least as many of its English term.
sed -n 's/^| \([^ |]*\) | `\([^`]*\)` |.*/\1|\2/p' "$glossary" >"$tap_tmp/terms"
if [ ! -s "$tap_tmp/terms" ]; then
  tap_not_ok "no glossary terms in $glossary"
fi
join_rows=$(awk -F'|' 'NR == FNR { zh[$1] = substr($0, length($1) + 2); next }
  { print $1 "\t" zh[$1] "\t" substr($0, length($1) + 2) }' "$tap_tmp/zh" "$tap_tmp/en")
bad=$(printf '%s\n' "$join_rows" | awk -F'\t' -v terms="$tap_tmp/terms" '
  BEGIN { while ((getline line < terms) > 0) {
            n++; split(line, p, "|"); zh_t[n] = p[1]; en_t[n] = tolower(p[2]) } }
  function count(s, t,   c, i) {
    c = 0
    while ((i = index(s, t)) > 0) { c++; s = substr(s, i + length(t)) }
    return c
  }
  function strip(s, t,   i) {
    while ((i = index(s, t)) > 0) s = substr(s, 1, i - 1) " " substr(s, i + length(t))
    return s
  }
  { zh = $2; en = tolower($3)
    for (k = 1; k <= n; k++) {
      c = count(zh, zh_t[k])
      if (c > 0 && count(en, en_t[k]) < c)
        print $1 ": " zh_t[k] " wants \"" en_t[k] "\": " $3
      zh = strip(zh, zh_t[k])
    } }')
if [ -n "$bad" ]; then
  tap_not_ok "the master follows the glossary" "$bad"
else
  tap_ok "the master follows the glossary ($(wc -l <"$tap_tmp/terms") terms, every row)"
fi
tap_done
