# SPDX-License-Identifier: MIT
# A table of one's own in the two commands the README gives: omerrc
# compiles it, omerr-install-table installs it (staged with DESTDIR, and
# into a prefix); then a C program using only omerr_gettext, and omerr,
# show its messages in English and in Traditional Chinese.
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc$EXEEXT"
install_table="$abs_top_builddir/src/tables/omerr-install-table"
print="$abs_top_builddir/tests/lib/print-messages$EXEEXT"
print_installed="$abs_top_builddir/tests/lib/print-installed$EXEEXT"
# print-installed looks for tables in this prefix (its PKGDATADIR).
prefix="$abs_top_builddir/tests/lib/install-prefix"
rm -rf "$prefix"
trap 'rm -rf "$tap_tmp" "$prefix"' EXIT

cd "$tap_tmp" || exit 99
cat >wu.en.md <<'MD'
# Our update agent's errors

| Error code | Message | Description |
|---|---|---|
| 0x80240001 | WU_E_NO_SERVICE | The update agent could not provide the service. |
| 0x80240002 | WU_E_MAX_CAPACITY_REACHED | The maximum capacity of the service was exceeded. |
MD
cat >wu.zh-TW.md <<'MD'
| 錯誤碼 | 訊息 | 說明 |
|---|---|---|
| 0x80240001 | WU_E_NO_SERVICE | 更新代理程式無法提供服務。 |
| 0x80240002 | WU_E_MAX_CAPACITY_REACHED | 已超過服務的最大容量。 |
MD

mkdir -p imported
compile_wu ()
{
  run "$omerrc" -d wu -l en --table-file=wu.omt --po-dir=. \
    --import-state=imported wu.en.md zh_TW=wu.zh-TW.md
}
compile_wu
if test "$status" = 0 && test -f wu.omt && test -f en.po && test -f zh_TW.po; then
  tap_ok "omerrc -d wu --table-file=wu.omt --po-dir=. writes the table and its catalogs"
else
  tap_not_ok "omerrc writes the table and its catalogs" "status $status" "$err"
fi

# The same command after the tables changed (in a copy, which the rest
# does not use): both catalogs follow them, silently; a translator's edit
# made since stays.
mkdir again && cp -R wu.en.md wu.zh-TW.md en.po zh_TW.po imported again \
  && cd again || exit 99
sed 's/maximum capacity/greatest capacity/' wu.en.md >wu.md && mv wu.md wu.en.md
sed 's/已超過服務的最大容量。/服務已達最大容量。/' wu.zh-TW.md >wu.md \
  && mv wu.md wu.zh-TW.md
sed 's/^msgstr "更新代理程式無法提供服務。"$/msgstr "更新代理程式無法提供此服務。"/' \
  zh_TW.po >wu.po && mv wu.po zh_TW.po
compile_wu
if test "$status" = 0 && test -z "$err" \
   && grep -qx 'msgstr "The greatest capacity of the service was exceeded."' en.po \
   && grep -qx 'msgstr "服務已達最大容量。"' zh_TW.po \
   && grep -qx 'msgstr "更新代理程式無法提供此服務。"' zh_TW.po; then
  tap_ok "run again after editing the tables, the catalogs follow them and keep the translator's edit"
else
  tap_not_ok "run again after editing the tables" "status $status" "$err" \
    "$(grep -A1 'WU_E_MAX_CAPACITY' en.po zh_TW.po)"
fi
cd "$tap_tmp" || exit 99

stage="$tap_tmp/stage"
DESTDIR=$stage run "$install_table" wu.omt en.po zh_TW.po
omt=$(find "$stage" -name wu.omt)
mo=$(find "$stage" -path '*/zh_TW/LC_MESSAGES/wu.mo')
if test "$status" = 0 && test -n "$omt" && test -n "$mo" \
   && cmp -s wu.omt "$omt" && case $omt in */share/omerr/tables/wu.omt) true;; *) false;; esac; then
  tap_ok "omerr-install-table installs under DESTDIR into pkgdatadir/tables and localedir"
else
  tap_not_ok "omerr-install-table under DESTDIR" "status $status" "$out" "$err"
fi
tables=${omt%/wu.omt}
locales=${mo%/zh_TW/LC_MESSAGES/wu.mo}

OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=zh_TW.UTF-8 \
  expect "a C program using omerr_gettext, zh_TW (OMERR_TABLE_PATH)" 0 \
  "更新代理程式無法提供服務。
已超過服務的最大容量。" "$print" 80240001 80240002
OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=C \
  expect "the same in English" 0 \
  "The update agent could not provide the service." "$print" 80240001

OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=zh_TW.UTF-8 \
  run "$omerr" 0x80240001
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '更新代理程式無法提供服務。'; then
  tap_ok "omerr 0x80240001 in zh_TW"
else
  tap_not_ok "omerr 0x80240001 in zh_TW" "status $status" "$out" "$err"
fi
OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=C \
  run "$omerr" --json 0x80240001
if test "$status" = 0 && printf '%s\n' "$out" | grep -q 'The update agent could not provide the service.'; then
  tap_ok "omerr --json 0x80240001 in English"
else
  tap_not_ok "omerr --json 0x80240001" "status $status" "$out" "$err"
fi

# Installed for real: print-installed's library looks in $prefix.
run "$install_table" --prefix="$prefix" wu.omt zh_TW.po
unset OMERR_TABLE_PATH
OMERR_LOCALEDIR=$prefix/share/locale LANG=zh_TW.UTF-8 \
  expect "an installed table, found with no OMERR_TABLE_PATH" 0 \
  "更新代理程式無法提供服務。" "$print_installed" 80240001

# What the helper refuses, before installing anything.
cp wu.omt other.omt
expect_err "a table file under another table's name is refused" 1 \
  "another table" "$install_table" --prefix="$tap_tmp/p2" other.omt
head -c 100 wu.omt >bad.omt
printf 'x' >notatable.omt
expect_err "a file that is not a table file is refused" 1 \
  "not an omerr table file" "$install_table" --prefix="$tap_tmp/p2" notatable.omt
printf 'msgid "A"\nmsgstr "B\n' >zz.po
expect_err "a bad catalog: nothing installed" 1 "msgfmt" \
  "$install_table" --prefix="$tap_tmp/p2" wu.omt zz.po
if test ! -e "$tap_tmp/p2"; then
  tap_ok "nothing installed after a refusal"
else
  tap_not_ok "nothing installed after a refusal" "$(find "$tap_tmp/p2")"
fi
tap_done
