# SPDX-License-Identifier: MIT
# The command in the tests' own locales: LANG, LC_ALL, LC_MESSAGES,
# LANGUAGE, a Big5 locale, a locale that is not installed.
. "$abs_top_srcdir/tests/cli/tap.sh"

en='The agent could not provide the service.'
zh='代理程式無法提供服務。'
code=0x80cf0001

expect "LANG=zh_TW.UTF-8 gives Chinese" 0 "$zh" env LANG=zh_TW.UTF-8 "$omerr" -m $code
expect "LANG=en_US.UTF-8 gives English" 0 "$en" env LANG=en_US.UTF-8 "$omerr" -m $code
expect "LANG=C gives English" 0 "$en" env LANG=C "$omerr" -m $code
expect "no locale variable gives English" 0 "$en" "$omerr" -m $code
expect "LC_ALL overrides LANG (en)" 0 "$en" \
  env LC_ALL=en_US.UTF-8 LANG=zh_TW.UTF-8 "$omerr" -m $code
expect "LC_ALL overrides LANG (zh)" 0 "$zh" \
  env LC_ALL=zh_TW.UTF-8 LANG=en_US.UTF-8 "$omerr" -m $code
expect "LC_MESSAGES overrides LANG" 0 "$zh" \
  env LC_MESSAGES=zh_TW.UTF-8 LANG=en_US.UTF-8 "$omerr" -m $code
expect "LC_ALL overrides LC_MESSAGES" 0 "$en" \
  env LC_ALL=en_US.UTF-8 LC_MESSAGES=zh_TW.UTF-8 "$omerr" -m $code
expect "LANGUAGE overrides LANG" 0 "$zh" \
  env LANGUAGE=zh_TW LANG=en_US.UTF-8 "$omerr" -m $code
expect "LANGUAGE overrides LC_ALL" 0 "$en" \
  env LANGUAGE=en LC_ALL=zh_TW.UTF-8 "$omerr" -m $code
expect "LANGUAGE list: first language with a catalog" 0 "$zh" \
  env LANGUAGE=fr:zh_TW:en LANG=en_US.UTF-8 "$omerr" -m $code
expect "LANGUAGE ignored in the C locale" 0 "$en" \
  env LANGUAGE=zh_TW LANG=C "$omerr" -m $code
# glibc 2.36 honors LANGUAGE under C.UTF-8, 2.39 does not: both are right.
run env LANGUAGE=zh_TW LANG=C.UTF-8 "$omerr" -m $code
if test "$status" = 0 && { test "$out" = "$zh" || test "$out" = "$en"; }; then
  tap_ok "LANGUAGE under C.UTF-8: Chinese or English ($out)"
else
  tap_not_ok "LANGUAGE under C.UTF-8" "status $status" "$out"
fi
expect "zh_HK gets Traditional Chinese (po/variants.mk)" 0 "$zh" \
  env LANGUAGE=zh_HK LANG=en_US.UTF-8 "$omerr" -m $code
expect "unknown code in Chinese" 1 '未知的錯誤碼 0x80CF9999' \
  env LANG=zh_TW.UTF-8 "$omerr" -m 0x80cf9999

# Every code translated: no line of the Chinese list equals the English one.
env LANG=zh_TW.UTF-8 "$omerr" -m --list >"$tap_tmp/zh.txt"
env LANG=C "$omerr" -m --list >"$tap_tmp/en.txt"
if test "$(wc -l <"$tap_tmp/zh.txt")" -eq 209 \
   && test "$(paste -d '\n' "$tap_tmp/zh.txt" "$tap_tmp/en.txt" | uniq -d | wc -l)" -eq 0; then
  tap_ok "--list in Chinese: 209 translated messages"
else
  tap_not_ok "--list in Chinese"
fi
run env LANG=zh_TW.UTF-8 "$omerr" -m --search '服務'
if test "$status" = 0 && printf '%s\n' "$out" | grep -qxF "$zh"; then
  tap_ok "--search in the active language's messages"
else
  tap_not_ok "--search Chinese" "status $status" "$out"
fi
run env LANG=zh_TW.UTF-8 "$omerr" -m --search 'COULD not provide'
if test "$status" = 0 && printf '%s\n' "$out" | grep -qxF "$zh"; then
  tap_ok "--search in English while the locale is Chinese"
else
  tap_not_ok "--search English under zh_TW" "status $status" "$out"
fi

# Big5: exactly the bytes iconv makes of the UTF-8 text.
if test -n "$ICONV"; then
  { env LANG=zh_TW.BIG5 "$omerr" --list; env LANG=zh_TW.BIG5 "$omerr" 0x80cf9999; } \
    >"$tap_tmp/big5.txt"
  { env LANG=zh_TW.UTF-8 "$omerr" --list; env LANG=zh_TW.UTF-8 "$omerr" 0x80cf9999; } \
    | "$ICONV" -f UTF-8 -t BIG5 >"$tap_tmp/iconv.txt"
  if cmp -s "$tap_tmp/big5.txt" "$tap_tmp/iconv.txt"; then
    tap_ok "LANG=zh_TW.BIG5 gives the Big5 bytes of the catalog text"
  else
    tap_not_ok "LANG=zh_TW.BIG5 bytes"
  fi
  run env LANG=zh_TW.BIG5 "$omerr" -m --search "$(printf '%s' '服務' | "$ICONV" -f UTF-8 -t BIG5)"
  if test "$status" = 0 && printf '%s\n' "$out" | "$ICONV" -f BIG5 -t UTF-8 | grep -qxF "$zh"; then
    tap_ok "--search with Big5 text"
  else
    tap_not_ok "--search Big5" "status $status"
  fi
else
  tap_skip "LANG=zh_TW.BIG5 bytes" "no iconv program"
  tap_skip "--search with Big5 text" "no iconv program"
fi

# --json is UTF-8 whatever the locale's charset.
json='{"code":"0x80CF0001","value":2161049601,"signed":-2133917695,"symbol":"OM_E_NO_SERVICE","message":"'$zh'","language":"zh_TW","known":true,"table":"omerr","input":"0x80cf0001"}'
expect "--json in zh_TW.UTF-8" 0 "$json" env LANG=zh_TW.UTF-8 "$omerr" --json $code
expect "--json in zh_TW.BIG5 is UTF-8" 0 "$json" env LANG=zh_TW.BIG5 "$omerr" --json $code
expect "--json language follows LANGUAGE" 0 \
  '{"code":"0x80CF0001","value":2161049601,"signed":-2133917695,"symbol":"OM_E_NO_SERVICE","message":"'"$en"'","language":"en","known":true,"table":"omerr","input":"0x80cf0001"}' \
  env LANGUAGE=en LANG=zh_TW.BIG5 "$omerr" --json $code
expect "--json unknown code in zh_TW.BIG5" 1 \
  '{"code":"0x80CF9999","value":2161088921,"signed":-2133878375,"symbol":null,"message":"未知的錯誤碼 0x80CF9999","language":"zh_TW","known":false,"table":null,"error":"unknown code","input":"0x80cf9999"}' \
  env LANG=zh_TW.BIG5 "$omerr" --json 0x80cf9999

# A locale that is not installed: a LOCPATH with only the UTF-8 stand-ins.
mkdir "$tap_tmp/locale"
ln -s "$LOCPATH/C.UTF-8" "$tap_tmp/locale/C.UTF-8"
ln -s "$LOCPATH/en_US.UTF-8" "$tap_tmp/locale/en_US.UTF-8"
run env LOCPATH="$tap_tmp/locale" LANG=zh_TW.UTF-8 "$omerr" -m $code 0x80cf0002
if test "$status" = 0 && test "$(printf '%s\n' "$out" | sed -n 1p)" = "$zh" \
   && test "$(printf '%s\n' "$err" | grep -c 'omerr: 警告：未安裝地區設定 zh_TW.UTF-8')" = 1; then
  tap_ok "locale not installed, catalog there: Chinese, one warning"
else
  tap_not_ok "locale not installed, catalog there" "status $status" "$out" "$err"
fi
run env LOCPATH="$tap_tmp/locale" LC_ALL=zh_TW.BIG5 "$omerr" --list
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 209 \
   && test "$(printf '%s\n' "$err" | grep -c 'omerr: 警告：未安裝地區設定 zh_TW.BIG5')" = 1 \
   && printf '%s\n' "$out" | grep -qF "$zh"; then
  tap_ok "locale not installed: --list warns once"
else
  tap_not_ok "locale not installed: --list" "status $status" "$err"
fi
run env LOCPATH="$tap_tmp/locale" LANG=fr_FR.UTF-8 "$omerr" -m $code
if test "$status" = 0 && test "$out" = "$en" \
   && printf '%s\n' "$err" | grep -q 'fr_FR.UTF-8 is not installed; messages in English'; then
  tap_ok "locale not installed, no catalog: English, says so"
else
  tap_not_ok "locale not installed, no catalog" "status $status" "$out" "$err"
fi

# glibc takes LANGUAGE set but empty as unset: the fallback must too.
run env LOCPATH="$tap_tmp/locale" LANGUAGE= LANG=zh_TW.UTF-8 "$omerr" -m $code
if test "$status" = 0 && test "$out" = "$zh" \
   && printf '%s\n' "$err" | grep -q '未安裝地區設定 zh_TW.UTF-8'; then
  tap_ok "locale not installed, LANGUAGE empty: Chinese"
else
  tap_not_ok "locale not installed, LANGUAGE empty" "status $status" "$out" "$err"
fi

tap_done
