#!/bin/sh
# SPDX-License-Identifier: MIT
# omerr-keys.sh finds what it looks for: a catalog with one entry wrong
# for each check fails that check, naming the entry's file, line and
# symbol; the entries it must let pass (fuzzy, untranslated, obsolete,
# the same names in another order) do not fail it.
omerr_no_po_files=1
. "${0%/*}/common.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/bad.po" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#. English: The agent could not provide the service.
msgid "OM_E_NO_SERVICE"
msgstr "OM_E_NO_SERVICE"

#. Code: 0x80CF0003
msgid "OM_E_UNKNOWN_ID"
msgstr "找不到識別碼。"

#. English: Unknown error code %s
msgid "OMERR_UNKNOWN_CODE"
msgstr "未知的錯誤碼"

#. English: Not covered by another OM_E_UH_* or OM_E_PT_* code.
msgid "OM_E_UH_UNEXPECTED"
msgstr "不在其他 OM_E_UH_* 代碼之內。"

#. English: Not covered by another OM_E_UH_* or OM_E_PT_* code.
msgid "OM_E_FINE_ORDER"
msgstr "不在 OM_E_PT_* 或 OM_E_UH_* 代碼之內。"

#. English: Unknown error code %s
#, fuzzy
msgid "OM_E_FUZZY"
msgstr "未知"

#. English: Unknown error code %s
msgid "OM_E_UNTRANSLATED"
msgstr ""

#~ msgid "OM_E_OBSOLETE"
#~ msgstr "OM_E_OBSOLETE"
PO

out=$(sh "${0%/*}/omerr-keys.sh" "$tmp/bad.po")
for want in \
  "not ok 1 - $tmp/bad.po: identity" \
  "# $tmp/bad.po:6: OM_E_NO_SERVICE: msgstr is the symbol itself" \
  "not ok 2 - $tmp/bad.po: english" \
  "# $tmp/bad.po:10: OM_E_UNKNOWN_ID: no \"#. English:\" comment" \
  "not ok 3 - $tmp/bad.po: placeholders" \
  "# $tmp/bad.po:14: OMERR_UNKNOWN_CODE: %s count differs from the English: Unknown error code %s" \
  "not ok 4 - $tmp/bad.po: identifiers" \
  "# $tmp/bad.po:18: OM_E_UH_UNEXPECTED: identifiers differ from the English: Not covered by another OM_E_UH_* or OM_E_PT_* code."
do
  if printf '%s\n' "$out" | grep -qxF -- "$want"; then
    tap_ok "reported: $want"
  else
    tap_not_ok "not reported: $want" "$out"
  fi
done
# Eight lines of report and the plan: nothing about the entries that pass.
if [ "$(printf '%s\n' "$out" | wc -l)" -eq 9 ]; then
  tap_ok "nothing else reported (fuzzy, untranslated, obsolete, reordered)"
else
  tap_not_ok "more than the four problems reported" "$out"
fi
tap_done
