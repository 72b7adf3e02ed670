# SPDX-License-Identifier: MIT
# Every input form of omerr, the output styles and the exit statuses.
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG

line='0x80CF0001 (OM_E_NO_SERVICE) -- 2161049601 (-2133917695) [omerr]: The agent could not provide the service.'
for arg in 0x80cf0001 0X80CF0001 0x80Cf0001 80CF0001 80cf0001 0x0080cf0001 \
           2161049601 -2133917695 om_e_no_service OM_E_NO_SERVICE Om_E_No_Service \
           ' 0x80cf0001 '; do
  expect "input '$arg'" 0 "$line" "$omerr" "$arg"
done
expect "input after --" 0 "$line" "$omerr" -- -2133917695
expect "success code, signed equals unsigned" 0 \
  '0x00CF0001 (OM_S_SERVICE_STOP) -- 13565953 (13565953) [omerr]: The agent stopped successfully.' \
  "$omerr" 00cf0001
expect "several codes" 0 "$line
$line" "$omerr" 0x80cf0001 -2133917695

unknown='0x80CF9999 (unknown) -- 2161088921 (-2133878375): Unknown error code 0x80CF9999'
expect "unknown code" 1 "$unknown" "$omerr" 0x80cf9999
expect "known and unknown" 1 "$line
$unknown" "$omerr" 0x80cf0001 0x80cf9999
expect "largest value" 1 \
  '0xFFFFFFFF (unknown) -- 4294967295 (-1): Unknown error code 0xFFFFFFFF' \
  "$omerr" 4294967295
expect "smallest signed value" 1 \
  '0x80000000 (unknown) -- 2147483648 (-2147483648): Unknown error code 0x80000000' \
  "$omerr" -2147483648
expect "minus zero" 1 \
  '0x00000000 (unknown) -- 0 (0): Unknown error code 0x00000000' "$omerr" -0
expect_err "unknown symbol" 1 "'OM_E_NOPE': unknown symbol" "$omerr" OM_E_NOPE
expect_err "positive decimal whose negative is known: hint" 1 \
  'hint: 2133917695 is unknown, but -2133917695 is 0x80CF0001 (OM_E_NO_SERVICE)' \
  "$omerr" 2133917695

for arg in 0xZZ 0x '' - 12.5 OM-E 0x80cf0001x '0x 1' +5 '--5'; do
  expect_err "malformed '$arg'" 2 "omerr: " "$omerr" -- "$arg"
done
expect_err "malformed names the argument" 2 "'12.5': not a code" "$omerr" 12.5
for arg in 0x100000000 4294967296 -2147483649 123456789012345678901234567890 \
           1FFFFFFFF; do
  expect_err "out of range '$arg'" 2 "'$arg': out of range" "$omerr" "$arg"
done
expect_err "bad input wins over unknown" 2 "not a code" "$omerr" 0x80cf9999 0xZZ 0x80cf0001

expect "--message-only" 0 'The agent could not provide the service.' \
  "$omerr" --message-only 0x80cf0001
expect "-m, unknown code" 1 'Unknown error code 0x80CF9999' "$omerr" -m 0x80cf9999
expect "--json" 0 \
  '{"code":"0x80CF0001","value":2161049601,"signed":-2133917695,"symbol":"OM_E_NO_SERVICE","message":"The agent could not provide the service.","language":"en","known":true,"table":"omerr","input":"-2133917695"}' \
  "$omerr" --json -2133917695
expect "--json unknown" 1 \
  '{"code":"0x80CF9999","value":2161088921,"signed":-2133878375,"symbol":null,"message":"Unknown error code 0x80CF9999","language":"en","known":false,"table":null,"error":"unknown code","input":"0x80cf9999"}' \
  "$omerr" -j 0x80cf9999
run "$omerr" --explain 0x80240001
if test "$status" = 1 && printf '%s\n' "$out" | grep -q 'facility: 0x024 (36) FACILITY_WINDOWSUPDATE' \
   && printf '%s\n' "$err" | grep -q 'hint: .* 0x80CF0001 (OM_E_NO_SERVICE)'; then
  tap_ok "--explain: Windows Update code, its facility named, the OM twin as a hint"
else
  tap_not_ok "--explain: Windows Update code" "status $status" "$out" "$err"
fi
run "$omerr" -e 0x80cf0001
if test "$status" = 0 && printf '%s\n' "$out" | grep -q 'severity: 1 (failure)' \
   && ! printf '%s\n' "$out" | grep -q hint; then
  tap_ok "--explain: fields, no hint for an OM code"
else
  tap_not_ok "--explain: OM code" "status $status" "$out"
fi

run "$omerr" --list
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" -eq 209 \
   && printf '%s\n' "$out" | grep -qxF "$line"; then
  tap_ok "--list prints every code"
else
  tap_not_ok "--list" "status $status"
fi
run "$omerr" --search no_service
if test "$status" = 0 && printf '%s\n' "$out" | grep -qxF "$line"; then
  tap_ok "--search matches symbols ignoring case"
else
  tap_not_ok "--search symbol" "status $status" "$out"
fi
run "$omerr" -m --search 'COULD NOT PROVIDE'
if test "$status" = 0 && test "$out" = 'The agent could not provide the service.'; then
  tap_ok "--search matches messages ignoring case"
else
  tap_not_ok "--search message" "status $status" "$out"
fi
expect "--search without a match" 1 '' "$omerr" --search 'no such text anywhere'

run "$omerr" --help
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^Usage: '; then
  tap_ok "--help"; else tap_not_ok "--help" "status $status"; fi
run "$omerr" --version
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^omerr (omerr) '; then
  tap_ok "--version"; else tap_not_ok "--version" "status $status" "$out"; fi
expect_err "no argument" 2 'missing CODE' "$omerr"
expect_err "unknown option" 2 "invalid option '--bogus'" "$omerr" --bogus
expect_err "--search without its text" 2 'requires an argument' "$omerr" --search
# Usage errors name the options as given, in the command's own words:
# the option getopt_long stopped at, and both options of a combination
# omerr(1) excludes, --tables with an option about codes (in either
# order) instead of taking it and doing nothing.
for case in "--json=x|option '--json' doesn't allow an argument" \
            "--search|option '--search' requires an argument" \
            "-s|option '-s' requires an argument" \
            "--ta|option '--ta' is ambiguous; possibilities: '--table' '--tables'" \
            "--json -qm|invalid option '-q'" \
            "-q|invalid option '-q'" \
            "-mq|invalid option '-q'" \
            "--bogus|invalid option '--bogus'" \
            "--he=x|option '--help' doesn't allow an argument" \
            "-S|option '-S' requires an argument" \
            "--se|option '--se' is ambiguous; possibilities: '--search' '--search-all'" \
            "--tables -m|--tables and --message-only exclude each other" \
            "-m --tables|--tables and --message-only exclude each other" \
            "--tables --explain|--tables and --explain exclude each other" \
            "-e --json --tables|--tables and --explain exclude each other" \
            "--table=omerr --tables|--tables and --table exclude each other"; do
  # The options are split into words on purpose.
  expect_out_err "usage error: omerr ${case%%|*}" 2 "" "omerr: ${case#*|}
Try 'omerr --help' for more information." "$omerr" ${case%%|*}
done
expect_err "--list with a code" 2 'take no CODE' "$omerr" --list 0x80cf0001
expect_err "--list with --search" 2 'exclude each other' "$omerr" --list --search x
# The precedences omerr(1) gives: an option without a value twice counts
# once; --help and --version act wherever they are, whatever the other
# options combine to (GNU tools' rule), the options after them not read;
# an unknown option before them is still one.
expect "-m twice counts once" 0 'The agent could not provide the service.' \
  "$omerr" -m -m 0x80cf0001
expect_err "--help before a bad option: the help" 0 '^$' "$omerr" --help --bogus
help=$("$omerr" --help)
version=$("$omerr" --version)
for case in "-mj --help" "-l -s x --help" "--list --search=x -h" \
            "-s a -S b --help" "--table=a --table=b --help" \
            "--tables -m --help" "--scan --tables -e -m --help" \
            "-l 0x80cf0001 --help" "--help -l -s x"; do
  # The options are split into words on purpose.
  expect_out_err "omerr $case: the help, whatever the others" 0 "$help" "" \
    "$omerr" $case
  v=$(printf '%s' "$case" | sed 's/--help$/--version/; s/-h$/-V/; s/^--help /--version /')
  expect_out_err "omerr $v: the version, whatever the others" 0 "$version" "" \
    "$omerr" $v
done
expect_out_err "omerr --bogus --help: the unknown option, before it" 2 "" \
  "omerr: invalid option '--bogus'
Try 'omerr --help' for more information." "$omerr" --bogus --help
# So are, before them, an abbreviation of several options and an option
# given a value it takes none of, as omerr(1) lists them.
expect_out_err "omerr --s --help: the ambiguous option, before it" 2 "" \
  "omerr: option '--s' is ambiguous; possibilities: '--search' '--search-all' '--scan'
Try 'omerr --help' for more information." "$omerr" --s --help
expect_out_err "omerr --json=x --version: the value --json takes none of, before it" 2 "" \
  "omerr: option '--json' doesn't allow an argument
Try 'omerr --help' for more information." "$omerr" --json=x --version

# Hints by default for an unknown code (stderr), from its shape.
expect_err "Windows Update code: its OM twin as a hint" 1 \
  'hint: 0x80240438 is a Windows Update code; .* 0x80CF0438 (OM_E_PT_ENDPOINT_UNREACHABLE)' \
  "$omerr" 0x80240438
expect_err "8 digits, unknown as decimal: the hex reading as a hint" 1 \
  'hint: 80240438 is unknown as decimal; read as hex, it is 0x80240438' \
  "$omerr" 80240438
expect_err "8 digits: the hex reading's twin too" 1 'hint: .*0x80CF0438' "$omerr" 80240438
# The hints read the code's word, not the argument around it.
for arg in Win32HResult=80240438 hr2=80240438 'hr=80240438,'; do
  expect_err "8 digits pasted as '$arg': the hex reading as a hint" 1 \
    'hint: 80240438 is unknown as decimal; read as hex, it is 0x80240438' "$omerr" "$arg"
done
expect_err "a decimal from a CRLF line whose negative is known: the hint names the word" 1 \
  'hint: 2133917695 is unknown, but -2133917695 is 0x80CF0001' "$omerr" "$(printf '2133917695\r')"
expect_err "Windows Update code without a twin: where to look" 1 \
  'hint: 0x8024FFF7 is a Windows Update code (facility 0x024); look it up in the Windows Update error code reference' \
  "$omerr" 0x8024fff7
run "$omerr" 0x80cf9999
if test "$status" = 1 && test -z "$err"; then
  tap_ok "no hint without something to say"
else
  tap_not_ok "no hint without something to say" "$err"
fi
run "$omerr" -e 0x80070005
if printf '%s\n' "$out" | grep -qx '  facility: 0x007 (7) FACILITY_WIN32' \
   && printf '%s\n' "$out" | grep -q '^  Win32 error: 5 '; then
  tap_ok "--explain: FACILITY_WIN32 and the Win32 error number"
else
  tap_not_ok "--explain: FACILITY_WIN32" "$out"
fi
run "$omerr" -e 0x9007000e
if printf '%s\n' "$out" | grep -q '^  N bit: set: an NTSTATUS inside, 0x8007000E' \
   && ! printf '%s\n' "$out" | grep -q 'Win32 error'; then
  tap_ok "--explain: the N bit"
else
  tap_not_ok "--explain: the N bit" "$out"
fi
expect "--explain: FACILITY_ITF" 0 '  facility: 0x004 (4) FACILITY_ITF' \
  sh -c '"$1" -e 0x80040200 | grep facility' sh "$omerr"
# A crash log's NTSTATUS (bit 30 set, which no HRESULT has) is read as one;
# a customer-defined code's facility is its own, not winerror.h's.
expect "--explain: bit 30, an NTSTATUS as crash logs give it" 0 \
  '  bit 30: set, which no HRESULT has: as an NTSTATUS, severity 3 (error), facility 0x000, code 0x0005' \
  sh -c '"$1" -e 0xC0000005 | grep "bit 30"' sh "$omerr"
expect "--explain: a customer code's facility is not named" 0 \
  '  facility: 0x0CF (207)' sh -c '"$1" -e 0xA0CF0001 | grep facility' sh "$omerr"

# Write errors on every output path (issue 15 item 10).
for args in --help --version '--list' '0x80cf0001' '--json 0x80cf0001' \
            '--tables' '--search agent' "--scan $abs_top_srcdir/tests/cli/logs.sh"; do
  if test -w /dev/full; then
    run sh -c '"$@" >/dev/full' sh "$omerr" $args
    if test "$status" = 2 && printf '%s\n' "$err" | grep -q 'omerr: write error'; then
      tap_ok "omerr $args >/dev/full: write error, exit 2"
    else
      tap_not_ok "omerr $args >/dev/full" "status $status" "$err"
    fi
  else
    tap_skip "omerr $args >/dev/full" "no /dev/full"
  fi
  run sh -c '"$@" >&-' sh "$omerr" $args
  if test "$status" = 2 && printf '%s\n' "$err" | grep -q 'omerr: write error'; then
    tap_ok "omerr $args with stdout closed: write error, exit 2"
  else
    tap_not_ok "omerr $args with stdout closed" "status $status" "$err"
  fi
done

tap_done
