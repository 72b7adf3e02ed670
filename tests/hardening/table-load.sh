# SPDX-License-Identifier: MIT
# The table loader at its limits (mutation pass, issue 15): a directory
# of OMERR_TABLE_PATH with more NAME.omt files than the loader looks at
# (256) is read without writing past its arrays (a sanitizer build sees
# the overflow), and a table in the next directory is still found.
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG
omerrc="$abs_top_builddir/omerrc$EXEEXT"

cd "$tap_tmp" || exit 99
mkdir many tables
i=0
while test $i -lt 300; do : >"many/t$i.omt"; i=$((i + 1)); done
printf '| Code | Symbol | Description |\n|---|---|---|\n| 0x80AF7777 | VND_E_OTHER | Something of the vendor. |\n' >vendor.md
run "$omerrc" -d vendor -l en --table-file=tables/vendor.omt vendor.md
test "$status" = 0 || tap_not_ok "omerrc compiles the test table" "$err"
OMERR_TABLE_PATH=$tap_tmp/many:$tap_tmp/tables; export OMERR_TABLE_PATH
run "$omerr" --tables
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^omerr: [0-9]* codes$' \
   && printf '%s\n' "$out" | grep -qx 'vendor: 1 code'; then
  tap_ok "300 files in a table directory: skipped past 256, the next directory read"
else
  tap_not_ok "300 files in a table directory" "status $status" "$out" "$err"
fi
tap_done
