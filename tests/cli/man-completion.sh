# SPDX-License-Identifier: MIT
# omerr(1) in Traditional Chinese (po4a, po-man/), falling back to English
# once the English page changes; the bash completion.
. "$abs_top_srcdir/tests/cli/tap.sh"

page="$abs_top_builddir/src/cli/omerr.zh_TW.1"
if test -z "$PO4A_TRANSLATE"; then
  tap_skip "omerr(1) in zh_TW" "no po4a (the page is not built)"
  tap_skip "a changed English page gets no stale translation" "no po4a"
else
  if command -v man >/dev/null 2>&1; then
    text=$(LANG=zh_TW.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null)
  else
    text=$(cat "$page")
  fi
  if test -s "$page" && printf '%s\n' "$text" | grep -q '名稱' \
     && printf '%s\n' "$text" | grep -q '從記錄檔貼上的錯誤碼'; then
    tap_ok "omerr(1) in zh_TW shows Chinese"
  else
    tap_not_ok "omerr(1) in zh_TW" "$(printf '%s\n' "$text" | sed 5q)"
  fi
  # groff 1.22 breaks no line between two CJK characters by itself: the
  # page carries its own break points, or its lines run past the terminal
  # and justification spreads the rest ("can't break line", "cannot
  # adjust line").  Rendered at 80 columns by groff with every warning on,
  # and by man as a reader sees it; wc -L counts CJK two columns wide.
  for how in groff man; do
    command -v $how >/dev/null 2>&1 || { tap_skip "omerr(1) in zh_TW fits 80 columns ($how)" "no $how"; continue; }
    if test $how = groff; then
      LC_ALL=zh_TW.UTF-8 groff -k -man -Tutf8 -P-bou -ww -rLL=80n "$page" \
        >"$tap_tmp/page.txt" 2>"$tap_tmp/warnings"
    else
      LANG=zh_TW.UTF-8 MANWIDTH=80 MAN_KEEP_FORMATTING= man -l "$page" \
        >"$tap_tmp/page.txt" 2>"$tap_tmp/warnings"
    fi
    width=$(LC_ALL=zh_TW.UTF-8 wc -L <"$tap_tmp/page.txt")
    if test -s "$tap_tmp/page.txt" && test ! -s "$tap_tmp/warnings" \
       && test "$width" -le 80; then
      tap_ok "omerr(1) in zh_TW fits 80 columns, no warning ($how)"
    else
      tap_not_ok "omerr(1) in zh_TW fits 80 columns, no warning ($how)" \
        "widest line: $width columns" \
        "$(grep -c . "$tap_tmp/warnings") warnings, the first: $(sed 1q "$tap_tmp/warnings")"
    fi
  done
  sed 's/^Print the message alone\.$/Print nothing but the message./' \
    "$abs_top_srcdir/src/cli/omerr.1" >"$tap_tmp/omerr.1"
  "$PO4A_TRANSLATE" -f man -M UTF-8 -L UTF-8 -k 100 -m "$tap_tmp/omerr.1" \
    -p "$abs_top_srcdir/po-man/zh_TW.po" -l "$tap_tmp/omerr.zh_TW.1" >/dev/null 2>&1
  if test ! -f "$tap_tmp/omerr.zh_TW.1"; then
    tap_ok "a changed English page gets no stale translation (falls back to English)"
  else
    tap_not_ok "a changed English page gets no stale translation"
  fi
fi

# The completion, run by bash as bash-completion would.
if command -v bash >/dev/null 2>&1; then
  complete_words ()
  {
    PATH="$abs_top_builddir:$PATH" bash -c '
      . "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
      _omerr; printf "%s\n" "${COMPREPLY[@]}"' sh \
      "$abs_top_srcdir/src/cli/omerr.bash-completion" "$@"
  }
  got=$(complete_words omerr --sea)
  if test "$got" = "--search=
--search-all="; then
    tap_ok "completion of options"
  else
    tap_not_ok "completion of options" "$got"
  fi
  got=$(LANG=C complete_words omerr om_e_no_s)
  if test "$got" = om_e_no_service; then
    tap_ok "completion of symbols, in the case begun"
  else
    tap_not_ok "completion of symbols" "$got"
  fi
  got=$(complete_words omerr --table "")
  if printf '%s\n' "$got" | grep -qx omerr; then
    tap_ok "completion of table names"
  else
    tap_not_ok "completion of table names" "$got"
  fi
else
  tap_skip "completion" "no bash"
fi
tap_done
