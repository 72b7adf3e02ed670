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

# The completion, run by bash as bash-completion would: its helpers
# (_init_completion) first.
bash_completion=
for f in /usr/share/bash-completion/bash_completion \
         /usr/local/share/bash-completion/bash_completion /etc/bash_completion; do
  test -f "$f" && { bash_completion=$f; break; }
done
if command -v bash >/dev/null 2>&1 && test -n "$bash_completion"; then
  complete_words ()
  {
    PATH="$abs_top_builddir:$PATH" bash -c '
      . "$1"; . "$2"; shift 2
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
      COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _omerr; printf "%s\n" "${COMPREPLY[@]}"' sh "$bash_completion" \
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
  # What a user types, TAB included, read by bash's own line editor on a
  # terminal: bash splits the line into words itself (at '=' too, as
  # COMP_WORDBREAKS says), and the line as completed is run.  om completes
  # as omerr and writes the words it was given.  (bash prompts and echoes
  # on its standard error, which goes to the terminal too.)
  cat >"$tap_tmp/bashrc" <<EOF
. "$bash_completion"
. "$abs_top_srcdir/src/cli/omerr.bash-completion"
unset HISTFILE
PATH="$abs_top_builddir:\$PATH"
om () { printf '%s\\n' "\$@" >"$tap_tmp/words"; }
complete -F _omerr om
PS1='omerr-ready\$ '
EOF
  type_line ()
  {
    rm -f "$tap_tmp/words"
    INPUTRC=/dev/null TERM=dumb timeout 60 python3 \
      "$abs_top_srcdir/tests/cli/on-tty.py" 80 --type="$1\nexit\n" \
      --after='omerr-ready$ ' sh -c 'exec bash --noprofile --rcfile "$1" -i 2>&1' \
      sh "$tap_tmp/bashrc" >/dev/null 2>&1
    cat "$tap_tmp/words" 2>/dev/null
  }
  if command -v python3 >/dev/null 2>&1 && command -v timeout >/dev/null 2>&1; then
    got=$(LANG=C type_line 'om --table=omer\t')
    if test "$got" = "--table=omerr"; then
      tap_ok "completion of --table=NAME, typed on a terminal"
    else
      tap_not_ok "completion of --table=NAME, typed on a terminal" "$got"
    fi
    got=$(LANG=zh_TW.UTF-8 type_line 'om --table omer\t')
    if test "$got" = "--table
omerr"; then
      tap_ok "completion of --table NAME in zh_TW, typed on a terminal"
    else
      tap_not_ok "completion of --table NAME in zh_TW, typed on a terminal" "$got"
    fi
  else
    tap_skip "completion typed on a terminal" "no python3 or timeout"
    tap_skip "completion in zh_TW typed on a terminal" "no python3 or timeout"
  fi
else
  tap_skip "completion" "no bash or no bash-completion"
fi
tap_done
