# SPDX-License-Identifier: MIT
# The command's own words in the user's language (domain omerr-cli), the
# messages of every language for --search-all, and wrapping on a terminal.
. "$abs_top_srcdir/tests/cli/tap.sh"

zh="env LANG=zh_TW.UTF-8"
run $zh "$omerr" --help
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^用法：omerr \[選項\]... 錯誤碼...' \
   && printf '%s\n' "$out" | grep -q '顯示此說明後結束'; then
  tap_ok "--help in Traditional Chinese"
else
  tap_not_ok "--help in Chinese" "status $status" "$out"
fi
expect_err "a malformed code, said in Chinese" 2 '^omerr: 「z-z」：不是錯誤碼' $zh "$omerr" z-z
run $zh "$omerr" -e 0x80cf0001
if test "$status" = 0 && printf '%s\n' "$out" | grep -qx '  嚴重性：1（失敗）' \
   && printf '%s\n' "$out" | grep -qx '  設施：0x0CF（207）軟體更新代理程式'; then
  tap_ok "--explain labels in Chinese"
else
  tap_not_ok "--explain in Chinese" "status $status" "$out"
fi
expect "unknown code's label in Chinese" 1 \
  '0x80CF9999 (未知) -- 2161088921 (-2133878375): 未知的錯誤碼 0x80CF9999' $zh "$omerr" 0x80cf9999
expect_err "hints in Chinese" 1 '提示：0x80240438 是 Windows Update 錯誤碼.*0x80CF0438' \
  $zh "$omerr" 0x80240438
expect_err "usage errors in Chinese" 2 '--message-only 與 --json 互斥' $zh "$omerr" -mj 1
expect_err "option errors in Chinese" 2 '^omerr: 選項「--ta」有歧義' $zh "$omerr" --ta
expect_out_err "--tables with --explain, said in Chinese" 2 "" \
  "omerr: --tables 與 --explain 互斥
請執行「omerr --help」以取得更多資訊。" $zh "$omerr" --tables -e
expect_err "--tables with --message-only, said in Chinese" 2 \
  '^omerr: --tables 與 --message-only 互斥$' $zh "$omerr" -m --tables
run $zh "$omerr" --tables
if test "$status" = 0 && printf '%s\n' "$out" | grep -qx 'omerr：209 個錯誤碼'; then
  tap_ok "--tables: the count through ngettext, in Chinese"
else
  tap_not_ok "--tables in Chinese" "status $status" "$out"
fi
run env LANG=C "$omerr" --tables
if test "$status" = 0 && printf '%s\n' "$out" | grep -qx 'omerr: 209 codes' \
   && printf '%s\n' "$out" | grep -qx '  catalogs: en .*zh_TW.*'; then
  tap_ok "--tables in English: name, codes, catalogs"
else
  tap_not_ok "--tables in English" "status $status" "$out"
fi
# Not installed: the program's words come from its catalog too.
mkdir "$tap_tmp/locale"
ln -s "$LOCPATH/C.UTF-8" "$tap_tmp/locale/C.UTF-8"
run env LOCPATH="$tap_tmp/locale" LANG=zh_TW.UTF-8 "$omerr" z-z
if test "$status" = 2 && printf '%s\n' "$err" | grep -q '^omerr: 警告：未安裝地區設定 zh_TW.UTF-8' \
   && printf '%s\n' "$err" | grep -q '「z-z」：不是錯誤碼'; then
  tap_ok "locale not installed: warning and errors in Chinese"
else
  tap_not_ok "locale not installed, program's words" "status $status" "$err"
fi
run env LOCPATH="$tap_tmp/locale" LANGUAGE= LANG=zh_TW.UTF-8 "$omerr" --help
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^用法：'; then
  tap_ok "locale not installed, LANGUAGE empty: --help in Chinese"
else
  tap_not_ok "locale not installed, LANGUAGE empty: --help" "status $status" "$err"
fi

# --search-all: a Chinese message pasted into an English terminal.
run env LANG=C.UTF-8 LANGUAGE=en "$omerr" -S '無法提供服務'
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^0x80CF0001 (OM_E_NO_SERVICE)'; then
  tap_ok "--search-all finds a Chinese message from an English locale"
else
  tap_not_ok "--search-all" "status $status" "$out" "$err"
fi
expect "--search alone does not" 1 "" env LANG=C.UTF-8 LANGUAGE=en "$omerr" -s '無法提供服務'
# In the C locale (LANG unset over ssh, in a container) the terminal still
# sends UTF-8: taken as such, not refused as outside ASCII.
run env -u LANG -u LANGUAGE LC_ALL=C "$omerr" -S '無法提供服務'
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^0x80CF0001 (OM_E_NO_SERVICE)'; then
  tap_ok "--search-all in the C locale takes the text as UTF-8"
else
  tap_not_ok "--search-all in the C locale" "status $status" "$out" "$err"
fi

# Wrapping itself: tests/cli/test-wrap.c.
run env COLUMNS=20 LANG=zh_TW.UTF-8 "$omerr" 0x80cf0438
if test "$(printf '%s\n' "$out" | wc -l)" = 1; then
  tap_ok "a pipe gets one line per code"
else
  tap_not_ok "a pipe gets one line per code" "$out"
fi
# On a real terminal (a pseudo-terminal of 40 columns, as `stty cols 40`
# sets it; COLUMNS says otherwise and is not asked when the terminal
# answers): long lines wrap with a hanging indent of 4, a Chinese
# character counting two columns, so that "代" still fits the 40th.
if command -v python3 >/dev/null 2>&1; then
  on_tty () { python3 "$abs_top_srcdir/tests/cli/on-tty.py" 40 "$@"; }
  run on_tty env COLUMNS=100 LANG=zh_TW.UTF-8 "$omerr" 0x80cf0001 0x80cf0438
  want='0x80CF0001 (OM_E_NO_SERVICE) --
    2161049601 (-2133917695) [omerr]: 代
    理程式無法提供服務。
0x80CF0438
    (OM_E_PT_ENDPOINT_UNREACHABLE) --
    2161050680 (-2133916616) [omerr]: 沒
    有連接端點的路由或網路連線。'
  if test "$status" = 0 && test "$out" = "$want"; then
    tap_ok "a terminal of 40 columns, zh_TW: wrapped by display width"
  else
    tap_not_ok "a terminal of 40 columns, zh_TW" "status $status" "$out" "$err"
  fi
  run on_tty env COLUMNS=100 LANG=C "$omerr" 0x80cf0001 0x80cf0438
  want='0x80CF0001 (OM_E_NO_SERVICE) --
    2161049601 (-2133917695) [omerr]:
    The agent could not provide the
    service.
0x80CF0438
    (OM_E_PT_ENDPOINT_UNREACHABLE) --
    2161050680 (-2133916616) [omerr]:
    There is no route or network
    connection to the endpoint.'
  if test "$status" = 0 && test "$out" = "$want"; then
    tap_ok "a terminal of 40 columns, C: wrapped at spaces"
  else
    tap_not_ok "a terminal of 40 columns, C" "status $status" "$out" "$err"
  fi
  # --explain's lines wrap as the message does: none wider than the
  # terminal, a note's continuation under its text.
  run on_tty env LANG=C "$omerr" -e 0x80cf4020
  if test "$status" = 0 \
     && test "$(printf '%s\n' "$out" | awk 'length > 40' | wc -l)" = 0 \
     && printf '%s\n' "$out" | grep -qx '  facility: 0x0CF (207) the software' \
     && printf '%s\n' "$out" | grep -qx '  note: Every language of the published' \
     && printf '%s\n' "$out" | grep -qx '    page says HTTP status 500 here, but'; then
    tap_ok "a terminal of 40 columns: --explain's lines wrapped too"
  else
    tap_not_ok "a terminal of 40 columns, --explain" "status $status" "$out" "$err"
  fi
else
  tap_skip "a terminal of 40 columns, zh_TW" "no python3"
  tap_skip "a terminal of 40 columns, C" "no python3"
  tap_skip "a terminal of 40 columns, --explain" "no python3"
fi
tap_done
