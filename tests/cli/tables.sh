# SPDX-License-Identifier: MIT
# omerr over many tables (issue 10 item 6): each match with its table,
# --table, --tables, --list and --search over every table, --json's
# "table"; tables the test compiles itself, found through OMERR_TABLE_PATH.
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG
omerrc="$abs_top_builddir/omerrc$EXEEXT"

cd "$tap_tmp" || exit 99
mkdir tables cat
long=WU_E_$(printf '%0200d' 0 | tr 0 L)
cat >wu.en.md <<MD
| Error code | Message | Description |
|---|---|---|
| 0x80240001 | WU_E_NO_SERVICE | Our update agent could not serve. |
| 0x80240438 | WU_E_PT_ENDPOINT_UNREACHABLE | No route to our endpoint. |
| 0x80240002 | $long | A symbol of 205 characters. |
| 0x80240777 | WU_E_ONLY_HERE | A code the agent has no twin of. |
MD
cat >vendor.en.md <<'MD'
| Code | Symbol | Description |
|---|---|---|
| 0x80CF0001 | VND_E_FIRMWARE | The vendor's firmware said no. |
| 0x80AF7777 | VND_E_OTHER | Something else of the vendor's. |
MD
run "$omerrc" -d wu -l en --table-file=tables/wu.omt --po-dir=cat wu.en.md
s1=$status
run "$omerrc" -d vendor -l en --table-file=tables/vendor.omt vendor.en.md
if test "$s1" = 0 && test "$status" = 0; then
  tap_ok "omerrc compiles the two test tables"
else
  tap_not_ok "omerrc compiles the test tables" "$err"
fi
OMERR_TABLE_PATH=$tap_tmp/tables; export OMERR_TABLE_PATH

run "$omerr" 0x80cf0001
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 2 \
   && printf '%s\n' "$out" | sed -n 1p | grep -q '^0x80CF0001 (OM_E_NO_SERVICE) -- .* \[omerr\]: ' \
   && printf '%s\n' "$out" | sed -n 2p | grep -q "^0x80CF0001 (VND_E_FIRMWARE) -- .* \[vendor\]: The vendor's firmware said no.$"; then
  tap_ok "a code in two tables: both, each with its table, in lookup order"
else
  tap_not_ok "a code in two tables" "status $status" "$out" "$err"
fi
run "$omerr" --json 0x80cf0001
if test "$(printf '%s\n' "$out" | wc -l)" = 2 \
   && printf '%s\n' "$out" | sed -n 1p | grep -q '"table":"omerr","input":"0x80cf0001"}$' \
   && printf '%s\n' "$out" | sed -n 2p | grep -q '"symbol":"VND_E_FIRMWARE".*"table":"vendor","input":"0x80cf0001"}$'; then
  tap_ok "--json: one object per match, with its table"
else
  tap_not_ok "--json per match" "$out"
fi
expect "--table restricts the lookup" 0 \
  "0x80CF0001 (VND_E_FIRMWARE) -- 2161049601 (-2133917695) [vendor]: The vendor's firmware said no." \
  "$omerr" --table vendor 0x80cf0001
expect_err "--table: a code that table does not know" 1 \
  "0x80240001 is not in table 'vendor'" "$omerr" --table=vendor 0x80240001
expect_err "--table: no such table" 2 "no table named 'nope'" "$omerr" --table nope 1
expect "a symbol of another table" 0 \
  "0x80240001 (WU_E_NO_SERVICE) -- 2149842945 (-2145124351) [wu]: Our update agent could not serve." \
  "$omerr" wu_e_no_service
expect_err "a pasted decimal whose hex reading a table knows: the hint shows the code's word" 1 \
  '^omerr: hint: 80240438 is unknown as decimal, but 0x80240438 is 0x80240438 (WU_E_PT_ENDPOINT_UNREACHABLE)$' \
  "$omerr" 'hr=80240438,'
expect "a symbol of 205 characters" 0 \
  "0x80240002 ($long) -- 2149842946 (-2145124350) [wu]: A symbol of 205 characters." \
  "$omerr" "$long"
printf '| Code | Symbol | Description |\n|---|---|---|\n| 0x80240003 | %s | Too long. |\n' \
  "WU_E_$(printf '%0251d' 0 | tr 0 L)" >toolong.md
expect_err "omerrc refuses a symbol past the shared limit" 1 \
  "longer than 255 characters" "$omerrc" -d toolong --table-file=toolong.omt toolong.md

run "$omerr" --tables
if test "$status" = 0 && printf '%s\n' "$out" | grep -qx 'omerr: 209 codes' \
   && printf '%s\n' "$out" | grep -qx 'wu: 4 codes' \
   && printf '%s\n' "$out" | grep -qx 'vendor: 2 codes' \
   && printf '%s\n' "$out" | grep -qx '  catalogs: none (English only)'; then
  tap_ok "--tables: every table, its codes and catalogs"
else
  tap_not_ok "--tables" "status $status" "$out"
fi
run "$omerr" --tables --json
if test "$status" = 0 && printf '%s\n' "$out" | grep -qx '{"table":"vendor","codes":2,"languages":\[\],"notice":""}'; then
  tap_ok "--tables --json"
else
  tap_not_ok "--tables --json" "$out"
fi
# A notice is text from outside: its control characters reach the terminal
# escaped, as the messages' do (--json escapes them as JSON).
printf 'Notice line one\n\033[31mred\033]0;title\007 tab\there\n' >notice.txt
mkdir noticed
run "$omerrc" -d vendor --notice-file=notice.txt \
  --table-file=noticed/vendor.omt vendor.en.md
run env OMERR_TABLE_PATH="$tap_tmp/noticed" "$omerr" --tables
esc=$(printf '\033')
if test "$status" = 0 \
   && printf '%s\n' "$out" | grep -qxF '    Notice line one' \
   && printf '%s\n' "$out" | grep -qxF '    \x1B[31mred\x1B]0;title\x07 tab\x09here' \
   && ! printf '%s\n' "$out" | grep -q "$esc"; then
  tap_ok "--tables: a notice's control characters escaped"
else
  tap_not_ok "--tables escapes a notice" "status $status" "$out" "$err"
fi
# So is a language: the name of a directory of the catalog directory.
mkdir -p "cat2/x${esc}y/LC_MESSAGES"
: >"cat2/x${esc}y/LC_MESSAGES/vendor.mo"
run env OMERR_TABLE_PATH="$tap_tmp/noticed" OMERR_LOCALEDIR="$tap_tmp/cat2" \
  "$omerr" --tables
if test "$status" = 0 && printf '%s\n' "$out" | grep -qxF '  catalogs: x\x1By' \
   && ! printf '%s\n' "$out" | grep -q "$esc"; then
  tap_ok "--tables: a catalog directory's name escaped"
else
  tap_not_ok "--tables escapes a language" "status $status" "$out" "$err"
fi
run "$omerr" --list
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 215; then
  tap_ok "--list covers every table"
else
  tap_not_ok "--list over every table" "$(printf '%s\n' "$out" | wc -l) lines"
fi
run "$omerr" -m --search firmware
if test "$status" = 0 && test "$out" = "The vendor's firmware said no."; then
  tap_ok "--search covers every table"
else
  tap_not_ok "--search over every table" "status $status" "$out"
fi
run "$omerr" --search 80240438
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^0x80240438 (WU_E_PT_ENDPOINT_UNREACHABLE) .*\[wu\]'; then
  tap_ok "--search by digits in another table"
else
  tap_not_ok "--search digits, other table" "$out"
fi
# Twins are checked by symbol: WU_E_NO_SERVICE is OM_E_NO_SERVICE's.
expect_err "unknown OM code: its Windows Update twin from the wu table" 1 \
  'the Windows Update code at the same position as 0x80CF0777 is 0x80240777 (WU_E_ONLY_HERE)' \
  "$omerr" 0x80cf0777
run "$omerr" --scan /dev/stdin <<'LOG'
agent: WU 0x80240438 then vendor 0x80AF7777
LOG
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 2 \
   && printf '%s\n' "$out" | grep -q '^/dev/stdin:1: 0x80AF7777 (VND_E_OTHER)'; then
  tap_ok "--scan finds codes of every table"
else
  tap_not_ok "--scan over every table" "status $status" "$out"
fi
# One damaged entry (its symbol's offset outside the file: the vendor
# table's second entry by code, VND_E_FIRMWARE) is not there, for every
# way of going through a table: the other entry still is.
mkdir damaged
cp tables/vendor.omt damaged/vendor.omt
printf '\000\000\377\177' | dd of=damaged/vendor.omt bs=1 seek=88 \
  conv=notrunc 2>/dev/null
run env OMERR_TABLE_PATH="$tap_tmp/damaged" "$omerr" --table=vendor --list
if test "$status" = 0 && test "$out" = \
   "0x80AF7777 (VND_E_OTHER) -- 2158983031 (-2135984265) [vendor]: Something else of the vendor's."
then
  tap_ok "--list: a damaged entry is not there, the other is"
else
  tap_not_ok "--list with a damaged entry" "status $status" "$out" "$err"
fi
run env OMERR_TABLE_PATH="$tap_tmp/damaged" "$omerr" -m --search vnd_e
if test "$status" = 0 && test "$out" = "Something else of the vendor's."; then
  tap_ok "--search: a damaged entry is not there"
else
  tap_not_ok "--search with a damaged entry" "status $status" "$out" "$err"
fi
# json_list_one NAME DIR TABLE SYMBOL: --json --list of table TABLE found
# under $tap_tmp/DIR succeeds with one line, SYMBOL's.
json_list_one ()
{
  run env OMERR_TABLE_PATH="$tap_tmp/$2" "$omerr" --json --table="$3" --list
  if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 1 \
     && printf '%s\n' "$out" | grep -q "\"symbol\":\"$4\""; then
    tap_ok "$1"
  else
    tap_not_ok "$1" "status $status" "$out" "$err"
  fi
}
json_list_one "--json --list: a damaged entry is not there" \
  damaged vendor VND_E_OTHER
# A table with a code 0 and a damaged entry: the damaged entry is not
# taken for the code 0 (omerr_table_code_at gives 0 for both), which
# --list, -s and --json --list printed twice.
cat >zero.en.md <<'MD'
| Code | Symbol | Description |
|---|---|---|
| 0x00000000 | ZERO_S_OK | All is well. |
| 0x80CF0001 | ZERO_E_FIRMWARE | The firmware said no. |
MD
mkdir zero
run "$omerrc" -d zero -l en --table-file=zero/zero.omt zero.en.md
# The second entry's symbol offset, as vendor.omt's above.
printf '\000\000\377\177' | dd of=zero/zero.omt bs=1 seek=88 \
  conv=notrunc 2>/dev/null
zero="0x00000000 (ZERO_S_OK) -- 0 (0) [zero]: All is well."
expect "--list: a damaged entry is not the code 0 again" 0 "$zero" \
  env OMERR_TABLE_PATH="$tap_tmp/zero" "$omerr" --table=zero --list
expect "-s: a damaged entry is not the code 0 again" 0 "$zero" \
  env OMERR_TABLE_PATH="$tap_tmp/zero" "$omerr" --table=zero -s zero_
json_list_one "--json --list: a damaged entry is not the code 0 again" \
  zero zero ZERO_S_OK
expect "--tables: a damaged entry is not counted" 0 "vendor: 1 code" \
  sh -c 'env OMERR_TABLE_PATH="$1" "$2" --tables | grep "^vendor:"' sh "$tap_tmp/damaged" "$omerr"
expect "--json --tables: a damaged entry is not counted" 0 \
  '{"table":"vendor","codes":1,"languages":[],"notice":""}' \
  sh -c 'env OMERR_TABLE_PATH="$1" "$2" --json --tables | grep "\"vendor\""' sh "$tap_tmp/damaged" "$omerr"
expect_err "a damaged entry's code is not in its table" 1 \
  "0x80CF0001 is not in table 'vendor'" \
  env OMERR_TABLE_PATH="$tap_tmp/damaged" "$omerr" --table=vendor 0x80cf0001
tap_done
