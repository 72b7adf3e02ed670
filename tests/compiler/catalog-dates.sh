#!/bin/sh
# SPDX-License-Identifier: MIT
# The dates in the headers of the catalogs omerrc writes for a table
# without ms.date front matter (omerrc(1), OUTPUTS): now, or the time
# SOURCE_DATE_EPOCH gives, as xgettext and msginit write theirs, never
# 1970-01-01 (i18nspector's ancient-date); a malformed SOURCE_DATE_EPOCH
# is refused; a run that would change only those dates leaves a catalog as
# it is, with the date it has; a changed ms.date dates the catalogs anew.
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"
cd "$tap_tmp" || exit 99
cat >own.md <<'MD'
| Error code | Message | Description |
|---|---|---|
| 0x80240001 | WU_E_NO_SERVICE | The agent could not provide the service. |
MD
cat >own.zh-TW.md <<'MD'
| 錯誤碼 | 訊息 | 說明 |
|---|---|---|
| 0x80240001 | WU_E_NO_SERVICE | 代理程式無法提供服務。 |
MD
compile () { run "$omerrc" -d wu -l en --pot=wu.pot --po-dir=. own.md zh_TW=own.zh-TW.md; }

# dates FILE: its header's two dates, one a line.
dates ()
{
  sed -n -e 's/^"\(POT-Creation-Date\): \(.*\)\\n"$/\1 \2/p' \
    -e 's/^"\(PO-Revision-Date\): \(.*\)\\n"$/\1 \2/p' "$1"
}

unset SOURCE_DATE_EPOCH
before=$(date -u +%s)
compile
after=$(date -u +%s)
# Each date is a minute from the run's, in UTC.
ok=$status
for f in en.po zh_TW.po wu.pot; do
  got=$(dates "$f" | sed -n 's/^POT-Creation-Date //p')
  test "$(dates "$f" | wc -l)" = 2 || ok="$f: $(dates "$f")"
  for t in $(($before / 60)) $(($after / 60)); do
    test "$got" = "$(date -u -d "@$(($t * 60))" '+%Y-%m-%d %H:%M+0000')" && continue 2
  done
  ok="$f: $got"
done
po_date=$(dates en.po | sed -n 's/^PO-Revision-Date //p')
if test "$ok" = 0 && test "$po_date" = "$(dates en.po | sed -n 's/^POT-Creation-Date //p')"; then
  tap_ok "without ms.date or SOURCE_DATE_EPOCH, the catalogs are dated now (UTC)"
else
  tap_not_ok "without ms.date, the catalogs are dated now" "status $status" \
    "$err" "$ok" "$(dates en.po)"
fi
grep -q 'PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE' wu.pot \
  && tap_ok "the template's PO-Revision-Date stays gettext's placeholder" \
  || tap_not_ok "the template's PO-Revision-Date" "$(dates wu.pot)"

rm -f en.po zh_TW.po wu.pot
SOURCE_DATE_EPOCH=1700000000 compile
want='POT-Creation-Date 2023-11-14 22:13+0000
PO-Revision-Date 2023-11-14 22:13+0000'
if test "$status" = 0 && test "$(dates en.po)" = "$want" \
   && test "$(dates zh_TW.po)" = "$want" \
   && test "$(dates wu.pot | head -1)" = "POT-Creation-Date 2023-11-14 22:13+0000"; then
  tap_ok "SOURCE_DATE_EPOCH=1700000000 dates them 2023-11-14 22:13+0000"
else
  tap_not_ok "SOURCE_DATE_EPOCH dates the catalogs" "status $status" "$err" \
    "$(dates en.po)" "$(dates wu.pot)"
fi
if command -v i18nspector >/dev/null 2>&1; then
  run i18nspector en.po zh_TW.po
  if printf '%s\n' "$out" | grep -q 'date'; then
    tap_not_ok "i18nspector finds no fault with the dates" "$out"
  else
    tap_ok "i18nspector finds no fault with the dates"
  fi
else
  tap_skip "i18nspector finds no fault with the dates" "no i18nspector"
fi

# Another run, later: the catalogs stay as they are, dates and all.
cp en.po en.before
SOURCE_DATE_EPOCH=1800000000 compile
if test "$status" = 0 && cmp -s en.po en.before \
   && test "$(dates zh_TW.po)" = "$want" && test "$(dates wu.pot | head -1)" \
     = "POT-Creation-Date 2023-11-14 22:13+0000"; then
  tap_ok "a later run that changes nothing else keeps the catalogs' dates"
else
  tap_not_ok "a later run keeps the dates" "status $status" "$err" \
    "$(dates en.po)" "$(dates wu.pot)"
fi
# ... and a change in the table dates them anew.
sed 's/could not/cannot/' own.md >own.new && mv own.new own.md
SOURCE_DATE_EPOCH=1800000000 compile
want2='POT-Creation-Date 2027-01-15 08:00+0000
PO-Revision-Date 2027-01-15 08:00+0000'
if test "$status" = 0 && test "$(dates en.po)" = "$want2" \
   && grep -qx 'msgstr "The agent cannot provide the service."' en.po; then
  tap_ok "a run that changes a catalog dates it anew"
else
  tap_not_ok "a changed catalog is dated anew" "status $status" "$err" \
    "$(dates en.po)"
fi

# ms.date still dates the catalogs, whatever SOURCE_DATE_EPOCH says.
{ printf -- '---\nms.date: 03/14/2024\n---\n'; cat own.md; } >dated.md
rm -f en.po
SOURCE_DATE_EPOCH=1700000000 run "$omerrc" -d wu -l en --po-dir=. dated.md
if test "$status" = 0 && test "$(dates en.po)" = 'POT-Creation-Date 2024-03-14 00:00+0000
PO-Revision-Date 2024-03-14 00:00+0000'; then
  tap_ok "a table's ms.date dates its catalogs"
else
  tap_not_ok "ms.date dates the catalogs" "status $status" "$err" "$(dates en.po)"
fi

# ... and a new ms.date dates them anew: those dates are the table's, not
# the run's, which alone a run that changes nothing else keeps.
sed 's|03/14/2024|06/06/2025|' dated.md >dated.new && mv dated.new dated.md
SOURCE_DATE_EPOCH=1700000000 run "$omerrc" -d wu -l en --pot=wu.pot \
  --po-dir=. dated.md
if test "$status" = 0 && test "$(dates en.po)" = 'POT-Creation-Date 2025-06-06 00:00+0000
PO-Revision-Date 2025-06-06 00:00+0000' \
   && test "$(dates wu.pot | head -1)" = 'POT-Creation-Date 2025-06-06 00:00+0000'
then
  tap_ok "a table whose ms.date changed dates its catalogs anew"
else
  tap_not_ok "a changed ms.date dates the catalogs anew" "status $status" \
    "$err" "$(dates en.po)" "$(dates wu.pot)"
fi

cp en.po en.before
for bad in 17x -1 ' 1' 99999999999999999999 253402300800 9223372036854775807
do
  SOURCE_DATE_EPOCH=$bad expect_err "SOURCE_DATE_EPOCH='$bad' is refused" 2 \
    "^omerrc: SOURCE_DATE_EPOCH wants a number of seconds since 1970-01-01 00:00 UTC, up to the end of 9999, not '$bad'$" \
    "$omerrc" -d wu -l en --po-dir=. own.md
done
cmp -s en.po en.before && tap_ok "a refused SOURCE_DATE_EPOCH writes nothing" \
  || tap_not_ok "a refused SOURCE_DATE_EPOCH writes nothing"
SOURCE_DATE_EPOCH= run "$omerrc" -d wu -l en --po-dir=. own.md
test "$status" = 0 && tap_ok "an empty SOURCE_DATE_EPOCH is as if unset" \
  || tap_not_ok "an empty SOURCE_DATE_EPOCH" "status $status" "$err"
tap_done
