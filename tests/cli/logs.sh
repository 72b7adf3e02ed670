# SPDX-License-Identifier: MIT
# Codes as they arrive from logs: pasted with punctuation, piped in,
# scanned out of free text (omerr(1), "Codes in logs"); and the options
# that must not silently override each other.
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG

line='0x80CF0001 (OM_E_NO_SERVICE) -- 2161049601 (-2133917695) [omerr]: The agent could not provide the service.'
for arg in '(0x80CF0001)' '0x80cf0001.' 'hr=0x80CF0001' '"-2133917695",' \
           '[2161049601]' 'error=OM_E_NO_SERVICE;' "'0x80cf0001'"; do
  expect "pasted '$arg'" 0 "$line" "$omerr" -- "$arg"
done
for arg in 'hr=0x80CF0001,0x80CF0002' '(12.5)' 'code: 0x80cf0001' '(5)' 'a=b=0x80cf0001'; do
  expect_err "pasted '$arg' is still no code" 2 "'.*': not a code" "$omerr" -- "$arg"
done

# Standard input: codes one or more per line, CRLF line ends too.
run sh -c 'printf "0x80cf0001 -2133917694\r\nom_e_no_service\r\n" | "$1"' sh "$omerr"
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 3 \
   && test "$(printf '%s\n' "$out" | sed -n 3p)" = "$line"; then
  tap_ok "codes on standard input, CRLF line ends"
else
  tap_not_ok "codes on standard input" "status $status" "$out" "$err"
fi
run sh -c 'printf "0x80cf0001\r\n" | "$1" -m' sh "$omerr"
if test "$status" = 0 && test "$out" = 'The agent could not provide the service.' && test -z "$err"; then
  tap_ok "a carriage return left on a pasted code is a blank"
else
  tap_not_ok "carriage return on a code" "status $status" "$out" "$err"
fi
expect "an argument with a carriage return" 0 "$line" "$omerr" "$(printf '0x80cf0001\r')"
run sh -c 'printf "0x80cf0001 no-pe\n" | "$1"' sh "$omerr"
if test "$status" = 2 && printf '%s\n' "$err" | grep -q "'no-pe': not a code"; then
  tap_ok "standard input: a word that is no code is bad input"
else
  tap_not_ok "standard input: bad word" "status $status" "$err"
fi
expect_err "standard input empty" 2 "missing CODE" sh -c '"$1" </dev/null' sh "$omerr"
expect_err "standard input: an error names its line as -:LINE:" 2 \
  "^omerr: -:2: 'no-pe': not a code" sh -c 'printf "0x80cf0001\nx no-pe\n" | "$1"' sh "$omerr"
expect_out_err "standard input: a NUL byte makes its word bad input, the rest of the line is read" \
  2 "$line" "omerr: -:1: '0x80cf0001\\x000x80cf0002': not a code (hex, decimal or a symbol)" \
  sh -c 'printf "0x80cf0001\0000x80cf0002 om_e_no_service\n" | "$1"' sh "$omerr"
expect_out_err "standard input: a UTF-8 byte-order mark (Notepad) is skipped" 0 "$line" "" \
  sh -c 'printf "\357\273\2770x80CF0001\r\n" | "$1"' sh "$omerr"
# Standard input (ASCII) in UTF-16, little-endian (be: big), as Windows
# tools write it, without iconv.
utf16 ()
{
  od -An -v -to1 | tr -s ' ' '\n' | sed '/^$/d' |
    while read -r byte; do
      if test "$1" = be; then printf "\\000\\$byte"; else printf "\\$byte\\000"; fi
    done
}
{ printf '\377\376'; printf '0x80CF0001\r\nom_e_no_service no-pe\r\n' | utf16 le; } >"$tap_tmp/le.txt"
{ printf '\376\377'; printf '0x80CF0001\r\n' | utf16 be; } >"$tap_tmp/be.txt"
printf '0x80CF0001\r\n' | utf16 le >"$tap_tmp/bare.txt"
expect_out_err "standard input: UTF-16LE with a byte-order mark is read" 2 "$line
$line" "omerr: -:2: 'no-pe': not a code (hex, decimal or a symbol)" \
  sh -c '"$1" <"$2"' sh "$omerr" "$tap_tmp/le.txt"
expect "standard input: UTF-16BE with a byte-order mark is read" 0 "$line" \
  sh -c '"$1" <"$2"' sh "$omerr" "$tap_tmp/be.txt"
expect_err "standard input: UTF-16 without a byte-order mark is refused, saying how to convert it" 2 \
  '^omerr: -: looks like UTF-16 .*iconv -f UTF-16LE -t UTF-8' \
  sh -c '"$1" <"$2"' sh "$omerr" "$tap_tmp/bare.txt"
# Without one, a blank first line (getline stops at 0A, before its 00),
# a first unit with a NUL low byte (U+0100) or one ending a line for
# getline (U+4E0A, 0A 4E or 4E 0A; twice, lines of no NUL byte) is no
# disguise.
printf '\n0x80CF0001\n' | utf16 le >"$tap_tmp/blank-le.txt"
printf '\n0x80CF0001\n' | utf16 be >"$tap_tmp/blank-be.txt"
{ printf '\000\001'; printf ' 0x80CF0001\n' | utf16 le; } >"$tap_tmp/u100-le.txt"
{ printf '\001\000'; printf ' 0x80CF0001\n' | utf16 be; } >"$tap_tmp/u100-be.txt"
{ printf '\012\116'; printf ' 0x80CF0001\n' | utf16 le; } >"$tap_tmp/u4e0a-le.txt"
{ printf '\116\012'; printf ' 0x80CF0001\n' | utf16 be; } >"$tap_tmp/u4e0a-be.txt"
{ printf '\012\116\012\116'; printf ' 0x80CF0001\n' | utf16 le; } >"$tap_tmp/u4e0a2-le.txt"
for f in blank-le blank-be u100-le u100-be u4e0a-le u4e0a-be; do
  endian=$(printf '%s' "${f#*-}" | tr a-z A-Z)
  expect_out_err "standard input: UTF-16$endian without a byte-order mark, $f, is refused" 2 "" \
    "omerr: -: looks like UTF-16 without a byte-order mark; convert it to UTF-8 first (iconv -f UTF-16$endian -t UTF-8)" \
    sh -c '"$1" <"$2"' sh "$omerr" "$tap_tmp/$f.txt"
done
# A blank first line of UTF-8 is still text.
expect "standard input: a blank first line" 0 "$line" \
  sh -c 'printf "\n0x80CF0001\n" | "$1"' sh "$omerr"

# --scan on an IME-style log and a Windows Update-style log of our own.
cat >"$tap_tmp/ime.log" <<'LOG'
2026-11-30 08:14:02.117 [ime] sync start, policy=3
2026-11-30 08:14:05.480 [ime] install of app 4f2a failed, hr=0x80CF0001 (will retry)
2026-11-30 08:14:05.481 [ime] result code -2133917694; previous -2133917694, 0x80cf0002
2026-11-30 08:14:09.002 [ime] status OM_E_AU_PAUSED reported; id 12345678-aaaa
2026-11-30 08:14:09.003 [ime] unrelated numbers: 2026 1356595 -42 0x1 80CF9999
LOG
printf '2026/11/30 09:01:11 Agent  * WARNING: Exit code = 0x80240438\r\n2026/11/30 09:01:12 Agent  FATAL: failed, error 80240001\r\n2026/11/30 09:01:13 Handler  done (2161049601)\r\n' \
  >"$tap_tmp/wu.log"
run "$omerr" --scan "$tap_tmp/ime.log"
want="$tap_tmp/ime.log:2: $line
$tap_tmp/ime.log:3: 0x80CF0002 (OM_E_MAX_CAPACITY_REACHED) -- 2161049602 (-2133917694) [omerr]: $("$omerr" -m 0x80cf0002)
$tap_tmp/ime.log:4: 0x80CFA004 (OM_E_AU_PAUSED) -- 2161090564 (-2133876732) [omerr]: $("$omerr" -m 0x80cfa004)"
if test "$status" = 0 && test "$out" = "$want"; then
  tap_ok "--scan: every known code once per line, with FILE:LINE:"
else
  tap_not_ok "--scan IME log" "status $status" "$out" "want: $want" "$err"
fi
run "$omerr" --scan "$tap_tmp/wu.log"
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 1 \
   && printf '%s\n' "$out" | grep -q "^$tap_tmp/wu.log:3: 0x80CF0001 "; then
  tap_ok "--scan: CRLF log, unknown Windows Update codes left out"
else
  tap_not_ok "--scan WU log" "status $status" "$out" "$err"
fi
run sh -c '"$1" --scan <"$2"' sh "$omerr" "$tap_tmp/ime.log"
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^-:4: 0x80CFA004 '; then
  tap_ok "--scan reads standard input without FILE"
else
  tap_not_ok "--scan standard input" "status $status" "$out"
fi
run "$omerr" --scan --json "$tap_tmp/ime.log"
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 3 \
   && printf '%s\n' "$out" | sed -n 2p | grep -q '"code":"0x80CF0002".*"file":"[^"]*ime.log","line":3,"input":"-2133917694"}$'; then
  tap_ok "--scan --json: file, line and the token as found"
else
  tap_not_ok "--scan --json" "status $status" "$out"
fi
printf 'nothing here 0x1234\n' >"$tap_tmp/none.log"
expect "--scan: no code found" 1 "" "$omerr" --scan "$tap_tmp/none.log"
expect_err "--scan: a file that is not there" 2 "nope.log: No such file" \
  "$omerr" --scan "$tap_tmp/nope.log"
# --scan on UTF-16: decoded with a byte-order mark, else refused.
{ printf '\377\376'; utf16 le <"$tap_tmp/wu.log"; } >"$tap_tmp/wu16.log"
expect "--scan: a UTF-16LE log with a byte-order mark is decoded" 0 \
  "$("$omerr" --scan "$tap_tmp/wu.log" | sed "s|$tap_tmp/wu.log|$tap_tmp/wu16.log|")" \
  "$omerr" --scan "$tap_tmp/wu16.log"
expect "--scan: UTF-16BE with a byte-order mark on standard input" 0 \
  "-:1: $line" sh -c '"$1" --scan <"$2"' sh "$omerr" "$tap_tmp/be.txt"
utf16 le <"$tap_tmp/ime.log" >"$tap_tmp/ime16.log"
expect_out_err "--scan: UTF-16 without a byte-order mark is refused, naming the file and how to convert it" 2 \
  "$("$omerr" --scan "$tap_tmp/ime.log")" \
  "omerr: $tap_tmp/ime16.log: looks like UTF-16 without a byte-order mark; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)" \
  "$omerr" --scan "$tap_tmp/ime16.log" "$tap_tmp/ime.log"
for f in blank-le blank-be u100-le u100-be u4e0a-le u4e0a-be; do
  endian=$(printf '%s' "${f#*-}" | tr a-z A-Z)
  expect_out_err "--scan: UTF-16$endian without a byte-order mark, $f, is refused" 2 "" \
    "omerr: $tap_tmp/$f.txt: looks like UTF-16 without a byte-order mark; convert it to UTF-8 first (iconv -f UTF-16$endian -t UTF-8)" \
    "$omerr" --scan "$tap_tmp/$f.txt"
done
expect_out_err "--scan: UTF-16LE without a byte-order mark, U+4E0A twice first, is refused" 2 "" \
  "omerr: $tap_tmp/u4e0a2-le.txt: looks like UTF-16 without a byte-order mark; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)" \
  "$omerr" --scan "$tap_tmp/u4e0a2-le.txt"

# Line ends of every kind: a classic Mac OS log ends its lines with CR
# alone; each counts as a line, as LF and CRLF do.  A log excerpt of our
# own, in the three forms.
mac_log='2026-11-30 10:02:40 Updater: checking for updates
2026-11-30 10:02:41 Updater: download failed, result -2133917695
2026-11-30 10:02:41 Updater: retry scheduled
2026-11-30 10:02:57 Updater: install failed (0x80cf0002)'
for form in lf crlf cr; do
  case $form in
    lf) printf '%s\n' "$mac_log" ;;
    crlf) printf '%s\n' "$mac_log" | sed 's/$/\r/' ;;
    cr) printf '%s\n' "$mac_log" | tr '\n' '\r' ;;
  esac >"$tap_tmp/mac-$form.log"
  run "$omerr" --scan --json "$tap_tmp/mac-$form.log"
  got=$(printf '%s\n' "$out" | sed -n 's/.*"line":\([0-9]*\),"input":"\([^"]*\)"}$/\1 \2/p')
  if test "$status" = 0 && test "$got" = "2 -2133917695
4 0x80cf0002"; then
    tap_ok "--scan: a log with $form line ends, each code on its own line"
  else
    tap_not_ok "--scan: $form line ends" "status $status" "$got" "$out" "$err"
  fi
done
run sh -c '"$1" --scan <"$2"' sh "$omerr" "$tap_tmp/mac-cr.log"
if test "$status" = 0 && printf '%s\n' "$out" | sed -n 2p | grep -q '^-:4: 0x80CF0002 '; then
  tap_ok "--scan: CR line ends on standard input"
else
  tap_not_ok "--scan: CR line ends on standard input" "status $status" "$out" "$err"
fi
{ printf '\377\376'; utf16 le <"$tap_tmp/mac-cr.log"; } >"$tap_tmp/mac-cr16.log"
expect "--scan: CR line ends in UTF-16LE with a byte-order mark" 0 \
  "$("$omerr" --scan "$tap_tmp/mac-cr.log" | sed "s|mac-cr.log|mac-cr16.log|")" \
  "$omerr" --scan "$tap_tmp/mac-cr16.log"
# In input with line feeds, a CR alone is part of its line, as grep -n,
# sed and editors count lines: a progress bar's, one in a quoted field,
# one before a CRLF.
run sh -c 'printf "a\r\r\n0x80cf0001\rb\r\n\r0x80cf0002" | "$1" --scan' sh "$omerr"
if test "$status" = 0 && printf '%s\n' "$out" | sed -n 1p | grep -q '^-:2: 0x80CF0001 ' \
   && printf '%s\n' "$out" | sed -n 2p | grep -q '^-:3: 0x80CF0002 '; then
  tap_ok "--scan: CR alone in input with line feeds, part of its line"
else
  tap_not_ok "--scan: CR alone in input with line feeds" "status $status" "$out" "$err"
fi
printf 'fetching\n 10%%\r 55%%\r100%%\nfailed: 0x80cf0001\n"a\rb",0x80cf0002\r\n' \
  >"$tap_tmp/progress.log"
run "$omerr" --scan "$tap_tmp/progress.log"
if test "$status" = 0 && printf '%s\n' "$out" | sed -n 1p | grep -q ':3: 0x80CF0001 ' \
   && printf '%s\n' "$out" | sed -n 2p | grep -q ':4: 0x80CF0002 ' \
   && test "$(grep -n 0x80cf000 "$tap_tmp/progress.log" | cut -d: -f1 | tr '\n' ' ')" = "3 4 "; then
  tap_ok "--scan: a progress bar's CRs and a CR in a quoted field, lines counted as grep -n does"
else
  tap_not_ok "--scan: lines counted as grep -n does" "status $status" "$out" "$err"
fi
expect_out_err "codes on standard input, CR line ends: each error names its line" 1 \
  "$("$omerr" 0x80cf0001)" "omerr: -:2: 'nope': unknown symbol" \
  sh -c 'printf "0x80cf0001\rnope\r" | "$1"' sh "$omerr"

# --json: a line for every argument, in order.
run "$omerr" --json 0x80cf0001 12.5 om_e_nope 0x80cf9999 0x100000000
if test "$status" = 2 && test "$(printf '%s\n' "$out" | wc -l)" = 5 \
   && printf '%s\n' "$out" | sed -n 2p | grep -qx '{"input":"12.5","known":false,"error":"not a code"}' \
   && printf '%s\n' "$out" | sed -n 3p | grep -qx '{"input":"om_e_nope","known":false,"error":"unknown symbol"}' \
   && printf '%s\n' "$out" | sed -n 4p | grep -q '"known":false,"table":null,"error":"unknown code","input":"0x80cf9999"}$' \
   && printf '%s\n' "$out" | sed -n 5p | grep -qx '{"input":"0x100000000","known":false,"error":"out of range"}'; then
  tap_ok "--json: one line per argument, the bad ones with error and input"
else
  tap_not_ok "--json lines" "status $status" "$out"
fi

# Options that exclude each other are usage errors.
for opts in '-jm' '-m -e' '-s a -s b' '-s a -S b' '--list --search a' \
            '--scan --list' '--tables --list' '--table omerr --table omerr'; do
  # $opts is split into words on purpose.
  run "$omerr" $opts 0x80cf0001
  if test "$status" = 2 && test -z "$out" && printf '%s\n' "$err" | grep -q 'omerr: '; then
    tap_ok "options $opts: usage error"
  else
    tap_not_ok "options $opts: usage error" "status $status" "$out" "$err"
  fi
done

# --search: code digits; invalid text.
run "$omerr" -s 80CF000
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" -ge 9 \
   && ! printf '%s\n' "$out" | grep -v '^0x80CF000' \
   && printf '%s\n' "$out" | grep -qxF "$line"; then
  tap_ok "--search matches code digits"
else
  tap_not_ok "--search code digits" "status $status" "$(printf '%s\n' "$out" | wc -l) lines"
fi
expect "--search 0x digits" 0 "$line" "$omerr" -s 0x80cf0001
run env LANG=zh_TW.UTF-8 "$omerr" -s "$(printf '\344\273')"
if test "$status" = 2 && test -z "$out" && printf '%s\n' "$err" | grep -qF '\xE4\xBB'; then
  tap_ok "--search with invalid UTF-8: bad input, no partial match"
else
  tap_not_ok "--search invalid UTF-8" "status $status" "$out" "$err"
fi

# Control characters from an argument reach the terminal escaped.
run "$omerr" "$(printf 'OM_E_\033[31mRED')"
if test "$status" = 2 && printf '%s\n' "$err" | grep -qF "'OM_E_\\x1B[31mRED'" \
   && ! printf '%s' "$err" | grep -q "$(printf '\033')"; then
  tap_ok "an escape sequence in an argument is shown escaped"
else
  tap_not_ok "escape in argument" "status $status" "$err"
fi

# Symbols up to the shared limit are looked up (255 characters).
sym=OM_E_$(printf '%0250d' 0 | tr 0 L)
expect_err "a 255-character symbol is looked up" 1 "unknown symbol" "$omerr" "$sym"
tap_done
