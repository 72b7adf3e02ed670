# SPDX-License-Identifier: MIT
# tests/malformed: each NAME.err is the exact diagnostic output of omerrc on
# NAME.md (or on the arguments in NAME.args), with exit status 1; each
# odd-but-valid valid/NAME.md compiles to exactly valid/NAME.po.
. "$abs_top_srcdir/tests/cli/tap.sh"
omerrc="$abs_top_builddir/omerrc$EXEEXT"
cd "$abs_top_srcdir/tests/malformed" || exit 99

for expected in *.err; do
  name=${expected%.err}
  args=$name.md
  test -f "$name.args" && args=$(cat "$name.args")
  # $args is split into words on purpose.
  run "$omerrc" $args
  want=$(cat "$expected")
  if test "$status" = 1 && test "$err" = "$want" && test -z "$out"; then
    tap_ok "malformed $name"
  else
    tap_not_ok "malformed $name" "status $status (want 1)" "stderr: $err" \
      "want:   $want"
  fi
done

for input in valid/*.md; do
  name=${input%.md}
  rm -rf "$tap_tmp/po" && mkdir "$tap_tmp/po" || exit 99
  run "$omerrc" --po-dir="$tap_tmp/po" "$input"
  if test "$status" = 0 && test -z "$err" \
     && cmp -s "$tap_tmp/po/en.po" "$name.po"; then
    tap_ok "valid $name"
  else
    tap_not_ok "valid $name" "status $status" "stderr: $err" \
      "$(diff "$name.po" "$tap_tmp/po/en.po" 2>&1 | head -20)"
  fi
done

# A 10 MB single-line cell: refused at once, before the Markdown parser.
cd "$tap_tmp" || exit 99
{
  printf '|Code|Symbol|Description|\n|---|---|---|\n|0x80cf0001|OM_E_BIG|'
  head -c 10485760 /dev/zero | tr '\0' 'x'
  printf '|\n'
} >long-cell.md
start=$(date +%s)
run "$omerrc" long-cell.md
seconds=$(($(date +%s) - start))
want='long-cell.md:3:65537: error: line too long (10485782 bytes; at most 65536)'
if test "$status" = 1 && test "$err" = "$want" && test "$seconds" -le 5; then
  tap_ok "10 MB cell refused in ${seconds}s"
else
  tap_not_ok "10 MB cell refused" "status $status, ${seconds}s" "stderr: $err" \
    "want:   $want"
fi

tap_done
