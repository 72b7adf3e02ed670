# The catalogs omerrc writes are byte for byte what msgcat writes, also for
# the long lines omerrc wraps itself (src/compiler/po_writer.c): tables of
# generated descriptions of many shapes, English and Chinese.
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"

# table SEED ROWS: a table whose descriptions mix words, numbers,
# punctuation, parentheses, apostrophes, hyphens, quotes, CJK text and
# lengths from a few characters to a few hundred.
table ()
{
  ${AWK:-awk} -v seed="$1" -v n="$2" 'BEGIN {
    srand (seed);
    split ("a an the agent update could not be installed because of error " \
           "0x80CF0001 OM_E_NO_SERVICE service unavailable (see log) data, " \
           "items: x; 3.5 1,000 e.g. read-only and/or it'"'"'s OM_E_PT_* " \
           "\"quoted\" 100% a\\b 代理程式 無法提供服務。 verylongwordwithoutanyspacesatallthatkeepsgoingandgoingandgoing " \
           "done. why? yes! (a) end)", w, " ");
    nw = length (w);
    print "---\nms.contentlocale: en\n---";
    print "|Code|Symbol|Description|\n|---|---|---|";
    for (i = 0; i < n; i++) {
      k = 1 + int (rand () * 40);
      s = "";
      for (j = 0; j < k; j++)
        s = s (j ? (rand () < 0.1 ? "  " : " ") : "") w[1 + int (rand () * nw)];
      gsub (/\|/, "\\|", s);
      printf "|0x%08X|OM_E_GEN_%d|%s|\n", 2160000000 + i, i, s;
    }
  }'
}

for seed in 1 2 3; do
  table $seed 800 >"$tap_tmp/t$seed.md"
  mkdir -p "$tap_tmp/po$seed"
  run "$omerrc" --po-dir="$tap_tmp/po$seed" "$tap_tmp/t$seed.md"
  if test "$status" != 0; then
    tap_not_ok "seed $seed: omerrc" "status $status" "$err"
    continue
  fi
  if msgcat "$tap_tmp/po$seed/en.po" >"$tap_tmp/canon$seed.po" 2>"$tap_tmp/err" \
     && cmp -s "$tap_tmp/canon$seed.po" "$tap_tmp/po$seed/en.po"; then
    tap_ok "seed $seed: msgcat reproduces omerrc's catalog"
  else
    tap_not_ok "seed $seed: msgcat reproduces omerrc's catalog" \
      "$(diff "$tap_tmp/po$seed/en.po" "$tap_tmp/canon$seed.po" | head -20)"
  fi
done
tap_done
