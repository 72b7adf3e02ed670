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

# zh_HK and zh_MO read the zh_TW catalog, as the bundled catalogs'
# (po/variants.mk), by a relative link: gettext gives them Chinese, as
# omerr_table_gettext_lang does.
for v in zh_HK zh_MO; do
  link=$locales/$v/LC_MESSAGES/wu.mo
  if test -h "$link" && cmp -s "$link" "$locales/zh_TW/LC_MESSAGES/wu.mo" \
     && test "$(ls -l "$link" | sed 's/.* -> //')" = ../../zh_TW/LC_MESSAGES/wu.mo; then
    tap_ok "$v/LC_MESSAGES/wu.mo is a relative link to the zh_TW catalog"
  else
    tap_not_ok "$v/LC_MESSAGES/wu.mo links to zh_TW's" "$(ls -l "$link" 2>&1)"
  fi
  OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=$v.UTF-8 \
    expect "an installed table in $v (LANG) is in Traditional Chinese" 0 \
    "更新代理程式無法提供服務。" "$print" 80240001
  OMERR_TABLE_PATH=$tables OMERR_LOCALEDIR=$locales LANG=en_US.UTF-8 \
    LANGUAGE=$v expect "the same with LANGUAGE=$v" 0 \
    "更新代理程式無法提供服務。" "$print" 80240001
done
if test ! -e "$locales/zh/LC_MESSAGES/wu.mo" && test ! -e "$locales/zh_CN"; then
  tap_ok "no bare zh catalog, none for zh_CN"
else
  tap_not_ok "no bare zh catalog" "$(find "$locales")"
fi

# A zh_HK catalog of the table's own is installed as it is, not linked
# over; --uninstall with the same arguments removes every file the
# install made, links included, and nothing else.
mkdir own && cp wu.omt zh_TW.po own && sed 's/更新代理程式/更新程式/' zh_TW.po \
  | sed 's/^"Language: zh_TW/"Language: zh_HK/' >own/zh_HK.po || exit 99
own="$tap_tmp/own-stage"
mkdir -p "$own/share/locale/fr/LC_MESSAGES" \
  && echo other >"$own/share/locale/fr/LC_MESSAGES/other.mo" || exit 99
run "$install_table" --prefix="$own" own/wu.omt own/zh_TW.po own/zh_HK.po
if test "$status" = 0 && test -f "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo" \
   && test ! -h "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo" \
   && test -h "$own/share/locale/zh_MO/LC_MESSAGES/wu.mo"; then
  tap_ok "a zh_HK catalog given is installed, zh_MO linked to zh_TW's"
else
  tap_not_ok "a zh_HK catalog given is installed" "status $status" "$err" \
    "$(ls -lR "$own/share/locale")"
fi
before=$(cd "$own" && find . | sort)
run "$install_table" --prefix="$own" --uninstall own/wu.omt own/zh_TW.po own/zh_HK.po
left=$(cd "$own" && find . -type f -o -type l | sort)
if test "$status" = 0 && test "$left" = "./share/locale/fr/LC_MESSAGES/other.mo"; then
  tap_ok "--uninstall removes the table, its catalogs and the links"
else
  tap_not_ok "--uninstall removes what install made" "status $status" "$err" \
    "left: $left" "installed: $before"
fi
run "$install_table" --prefix="$own" own/wu.omt own/zh_TW.po
echo mine >"$own/share/locale/zh_HK/LC_MESSAGES/wu.mo.new" \
  && rm "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo" \
  && mv "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo.new" \
    "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo" || exit 99
run "$install_table" --prefix="$own" --uninstall wu.omt zh_TW.po
if test "$status" = 0 && test ! -e "$own/share/omerr/tables/wu.omt" \
   && test ! -e "$own/share/locale/zh_MO/LC_MESSAGES/wu.mo" \
   && test "$(cat "$own/share/locale/zh_HK/LC_MESSAGES/wu.mo")" = mine; then
  tap_ok "--uninstall leaves a zh_HK catalog that is no link of its own making"
else
  tap_not_ok "--uninstall leaves a catalog it did not link" "status $status" \
    "$err" "$(ls -lR "$own")"
fi

# Installed for real: print-installed's library looks in $prefix.
run "$install_table" --prefix="$prefix" wu.omt zh_TW.po
unset OMERR_TABLE_PATH
OMERR_LOCALEDIR=$prefix/share/locale LANG=zh_TW.UTF-8 \
  expect "an installed table, found with no OMERR_TABLE_PATH" 0 \
  "更新代理程式無法提供服務。" env -u OMERR_TABLEDIR "$print_installed" 80240001
# But not by the tests: make check's environment (OMERR_TABLEDIR,
# tests/locales.mk) keeps what is installed under the prefix out of them.
LANG=C expect "an installed table is not seen in make check's environment" 0 \
  "Unknown error code 0x80240001" "$print_installed" 80240001
# OMERR_TABLEDIR stands for the installed tables' directory.
OMERR_TABLEDIR=$prefix/share/omerr/tables LANG=C \
  expect "OMERR_TABLEDIR: the installed tables looked for there instead" 0 \
  "The update agent could not provide the service." "$print" 80240001
OMERR_TABLEDIR= LANG=C \
  expect "OMERR_TABLEDIR empty: the installed tables' own directory" 0 \
  "The update agent could not provide the service." "$print_installed" 80240001

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
# The catalog named is the bad one, whatever its place among good ones.
mkdir -p by-place && cp zz.po by-place/fr.po || exit 99
expect_err "a bad catalog after good ones is the one named" 1 \
  "^omerr-install-table: by-place/fr\.po: msgfmt --check failed\$" \
  env LANG=C "$install_table" --prefix="$tap_tmp/p2" wu.omt zh_TW.po en.po \
    by-place/fr.po
# A table named as one of omerr's own text domains would replace its
# catalogs (the built-in table's, the command's) or, with --uninstall,
# remove them: refused, the catalogs left.
reserved="$tap_tmp/reserved"
mkdir -p "$reserved/share/locale/zh_TW/LC_MESSAGES" || exit 99
for d in omerr omerr-cli; do
  echo ours >"$reserved/share/locale/zh_TW/LC_MESSAGES/$d.mo" && cp wu.omt $d.omt || exit 99
  expect_err "a table named $d, omerr's own text domain, is refused" 1 \
    "^omerr-install-table: $d.omt: '$d' is a text domain of omerr itself" \
    "$install_table" --prefix="$reserved" $d.omt zh_TW.po
  expect_err "--uninstall $d.omt is refused" 1 "a text domain of omerr itself" \
    "$install_table" --prefix="$reserved" --uninstall $d.omt zh_TW.po
done
if test "$(cat "$reserved/share/locale/zh_TW/LC_MESSAGES/omerr.mo" \
             "$reserved/share/locale/zh_TW/LC_MESSAGES/omerr-cli.mo")" = "ours
ours" && test ! -e "$reserved/share/omerr" && test ! -e "$reserved/share/locale/zh_HK"; then
  tap_ok "omerr's own catalogs left as they were"
else
  tap_not_ok "omerr's own catalogs left as they were" "$(ls -lR "$reserved")"
fi
# The locale directory is shared: a catalog of the table's name there,
# with no table of that name installed, is another package's text domain,
# which neither an install nor --uninstall touches.
run "$omerrc" -d coreutils -l en --table-file=coreutils.omt wu.en.md
test "$status" = 0 || tap_not_ok "omerrc -d coreutils" "$err"
shared="$tap_tmp/shared"
mkdir -p "$shared/share/locale/zh_TW/LC_MESSAGES" \
  && echo theirs >"$shared/share/locale/zh_TW/LC_MESSAGES/coreutils.mo" || exit 99
expect_err "another package's catalog of the table's name: the install refused" 1 \
  "^omerr-install-table: $shared/share/locale/zh_TW/LC_MESSAGES/coreutils.mo: a catalog of that name is installed, but no table 'coreutils'" \
  "$install_table" --prefix="$shared" coreutils.omt en.po zh_TW.po
run "$install_table" --prefix="$shared" --uninstall coreutils.omt zh_TW.po
if test "$status" = 0 && test ! -e "$shared/share/omerr" \
   && test ! -e "$shared/share/locale/en" && test ! -e "$shared/share/locale/zh_HK" \
   && test "$(cat "$shared/share/locale/zh_TW/LC_MESSAGES/coreutils.mo")" = theirs; then
  tap_ok "another package's catalog left by the install and by --uninstall"
else
  tap_not_ok "another package's catalog left" "status $status" "$err" "$(ls -lR "$shared")"
fi
# An empty --prefix (a variable not set, --prefix=$PREFIX) is bad usage,
# not /share/omerr and /share/locale (staged here, in case it installs).
DESTDIR=$tap_tmp/p2 expect_err "--prefix= with no directory is bad usage" 2 \
  "^omerr-install-table: option '--prefix=' needs a directory" "$install_table" --prefix= wu.omt
DESTDIR=$tap_tmp/p2 expect_err "--prefix= is bad usage with --uninstall too" 2 \
  "needs a directory" "$install_table" --uninstall --prefix= wu.omt
if test ! -e "$tap_tmp/p2"; then
  tap_ok "nothing installed after a refusal"
else
  tap_not_ok "nothing installed after a refusal" "$(find "$tap_tmp/p2")"
fi
# Its messages for people are in the user's language, from the command's
# catalog (domain omerr-cli; here the build tree's, OMERR_LOCALEDIR): the
# help, its usage errors and its other errors.  The file names it lists
# on standard output and the directories in the help are not translated.
run env LANG=zh_TW.UTF-8 "$install_table" --help
if test "$status" = 0 \
   && test "$(printf '%s\n' "$out" | sed -n 1p)" = "用法：omerr-install-table [選項]... NAME.omt [LL.po]..." \
   && printf '%s\n' "$out" | grep -q '^  -h, --help       顯示此說明後結束$' \
   && printf '%s\n' "$out" | grep -q '^  /.*/tables/NAME.omt$'; then
  tap_ok "--help in Traditional Chinese under LANG=zh_TW.UTF-8, the directories as they are"
else
  tap_not_ok "--help in Traditional Chinese" "status $status" "$out" "$err"
fi
expect_out_err "a usage error in Traditional Chinese" 2 "" \
  "omerr-install-table: 未知的選項「--bogus」
請執行「omerr-install-table --help」以取得更多資訊。" \
  env LANG=zh_TW.UTF-8 "$install_table" --bogus wu.omt
expect_out_err "an error in Traditional Chinese, naming the file" 1 "" \
  "omerr-install-table: notatable.omt：不是 omerr 的錯誤碼表檔" \
  env LANG=zh_TW.UTF-8 "$install_table" --prefix="$tap_tmp/p3" notatable.omt
# listed PREFIX: what installing wu.omt and zh_TW.po under PREFIX lists.
listed ()
{
  printf '%s\n' "$1/share/omerr/tables/wu.omt" \
    "$1/share/locale/zh_TW/LC_MESSAGES/wu.mo" \
    "$1/share/locale/zh_HK/LC_MESSAGES/wu.mo -> zh_TW" \
    "$1/share/locale/zh_MO/LC_MESSAGES/wu.mo -> zh_TW"
}
zh="$tap_tmp/zh"
expect_out_err "the installed files listed as they are, in zh_TW too" 0 \
  "$(listed "$zh")" "" \
  env LANG=zh_TW.UTF-8 "$install_table" --prefix="$zh" wu.omt zh_TW.po

# Without gettext.sh (gettext-base not installed) it works, in English: a
# PATH whose directories holding gettext.sh are copies without it.
nogettext=$tap_tmp/no-gettext-sh
path= n=0
save_ifs=$IFS; IFS=:
for dir in $PATH; do
  IFS=$save_ifs
  if test -n "$dir" && test -f "$dir/gettext.sh"; then
    n=$((n + 1))
    mkdir -p "$nogettext/$n" || exit 99
    for f in "$dir"/*; do
      case ${f##*/} in gettext.sh) ;; *) ln -s "$f" "$nogettext/$n/" || exit 99 ;; esac
    done
    dir=$nogettext/$n
  fi
  path=${path:+$path:}$dir
done
IFS=$save_ifs
if PATH=$path command -v gettext.sh >/dev/null 2>&1; then
  tap_not_ok "a PATH without gettext.sh" "$path"
fi
run env PATH="$path" LANG=zh_TW.UTF-8 "$install_table" --help
if test "$status" = 0 \
   && test "$(printf '%s\n' "$out" | sed -n 1p)" = "Usage: omerr-install-table [OPTION]... NAME.omt [LL.po]..." \
   && printf '%s\n' "$out" | grep -q '^  -h, --help       show this help and exit$'; then
  tap_ok "without gettext.sh on PATH, --help in English"
else
  tap_not_ok "without gettext.sh, --help in English" "status $status" "$out" "$err"
fi
expect_out_err "without gettext.sh, an error in English" 1 "" \
  "omerr-install-table: notatable.omt: not an omerr table file" \
  env PATH="$path" LANG=zh_TW.UTF-8 "$install_table" --prefix="$tap_tmp/p3" notatable.omt
en="$tap_tmp/en"
expect_out_err "without gettext.sh, a table installed" 0 \
  "$en/share/omerr/tables/wu.omt
$en/share/locale/en/LC_MESSAGES/wu.mo" "" \
  env PATH="$path" LANG=zh_TW.UTF-8 "$install_table" --prefix="$en" wu.omt en.po
# A file name in a message is printed as it is, never run or expanded,
# through gettext.sh's eval_gettext and through the fallback alike.
odd='odd $(touch pwned) `touch pwned` $me $HOME \ "q" '"'x'"
po='x`touch pwned`$me.po'
mkdir "$odd" && cp notatable.omt "$odd/" || exit 99
# odd_names HOW PATH LANG TABLE-ERROR PO-ERROR
odd_names ()
{
  expect_out_err "$1: a file name with \$(...), backquotes, \$ and a backslash, as it is" \
    1 "" "omerr-install-table: $odd/notatable.omt$4" \
    env PATH="$2" LANG=$3 "$install_table" --prefix="$tap_tmp/p3" "$odd/notatable.omt"
  expect_out_err "$1: a catalog name with backquotes and \$, as it is" 1 "" \
    "omerr-install-table: $po$5" \
    env PATH="$2" LANG=$3 "$install_table" --prefix="$tap_tmp/p3" wu.omt "$po"
}
odd_names gettext.sh "$PATH" zh_TW.UTF-8 "：不是 omerr 的錯誤碼表檔" \
  "：「${po%.po}」不是語言名稱（LL 或 LL_CC）"
odd_names "no gettext.sh" "$path" C ": not an omerr table file" \
  ": '${po%.po}' is not a language name (LL or LL_CC)"
# The files installed are listed as they are named, backslashes too: a
# shell's echo took '\t' for a tab and stopped at '\c'.
back="$tap_tmp/back\\t\\c slash"
expect_out_err "the installed files listed as they are, backslashes too" 0 \
  "$(listed "$back")" "" \
  "$install_table" --prefix="$back" wu.omt zh_TW.po
# Names starting with '-' are files, not options of head, od, msgfmt,
# mkdir or cp.
mkdir ./-d && cp wu.omt zh_TW.po ./-d/ || exit 99
expect_out_err "a table, a catalog and a --prefix whose names start with '-'" 0 \
  "$(listed -p)" "" \
  "$install_table" --prefix=-p -- -d/wu.omt -d/zh_TW.po
expect_out_err "--uninstall of names starting with '-'" 0 "" "" \
  "$install_table" --uninstall --prefix=-p -- -d/wu.omt -d/zh_TW.po
if test -z "$(find ./-p -type f -o -type l)"; then
  tap_ok "--uninstall of names starting with '-': nothing left"
else
  tap_not_ok "--uninstall of names starting with '-': nothing left" \
    "$(find ./-p -type f -o -type l)"
fi
if test ! -e pwned && test ! -e "$odd/pwned"; then
  tap_ok "no command in a file name run"
else
  tap_not_ok "no command in a file name run" "$(ls -A)"
fi

if test ! -e "$tap_tmp/p3"; then
  tap_ok "nothing installed after the errors"
else
  tap_not_ok "nothing installed after the errors" "$(find "$tap_tmp/p3")"
fi
tap_done
