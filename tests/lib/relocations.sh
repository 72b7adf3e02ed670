# SPDX-License-Identifier: MIT
# The table costs the shared library no relocation: libomerr's sources
# built around a synthetic table of 10,000 rows give a shared object with
# exactly as many dynamic relocations as around the real table.
. "$abs_top_srcdir/tests/cli/tap.sh"

readelf=${READELF:-readelf}
rows=10000

# relocations SO: the entry count of its .rela.dyn section (0 if none).
relocations ()
{
  "$readelf" -r --wide "$1" | awk '
    /^Relocation section/ { n = ($3 == "'"'"'.rela.dyn'"'"'") ? $(NF - 1) : n }
    END { print n + 0 }'
}

# build SO GENERATED-DIR: libomerr's sources with the table and header
# of GENERATED-DIR, the way libtool compiles them, into one shared object.
build ()
{
  so=$1 gen=$2
  set --
  for src in $omerr_lib_sources; do
    set -- "$@" "$abs_top_srcdir/$src"
  done
  # shellcheck disable=SC2086
  $OMERR_CC $OMERR_CFLAGS -shared -fPIC -fvisibility=hidden \
    -DOMERR_BUILDING_LIBRARY -DLOCALEDIR='"/nonexistent"' -DPKGDATADIR='"/nonexistent"' \
    -I"$gen" -I"$abs_top_builddir" -I"$abs_top_builddir/src/lib" \
    -I"$abs_top_srcdir/src/lib" -I"$abs_top_srcdir/src/common" \
    -o "$so" "$@" "$gen/omerr-table.c" 2>"$tap_tmp/cc.err"
}

if ! command -v "$readelf" >/dev/null 2>&1; then
  tap_skip "relocations independent of the table" "no readelf"
  tap_done
  exit 0
fi

mkdir "$tap_tmp/real" "$tap_tmp/big"
cp "$abs_top_builddir/src/generated/omerr-table.c" \
  "$abs_top_builddir/src/generated/omerr-codes.h" \
  "$abs_top_builddir/src/generated/omerr-table-hash.h" "$tap_tmp/real/"
# Not the table's: the Chinese variants (po/variants.mk), in both builds.
cp "$abs_top_builddir/src/generated/zh-variants.h" "$tap_tmp/real/"
cp "$abs_top_builddir/src/generated/zh-variants.h" "$tap_tmp/big/"
AWK=${AWK:-awk} sh "$abs_top_srcdir/tests/bench/gen-table.sh" $rows \
  >"$tap_tmp/big/table.md"
run "$abs_top_builddir/omerrc$EXEEXT" --c-table="$tap_tmp/big/omerr-table.c" \
  --header="$tap_tmp/big/omerr-codes.h" \
  --hash-header="$tap_tmp/big/omerr-table-hash.h" \
  --language=en "$tap_tmp/big/table.md"
if test "$status" != 0; then
  tap_not_ok "omerrc compiles a synthetic table of $rows rows" "$err"
  tap_done
  exit 0
fi
tap_ok "omerrc compiles a synthetic table of $rows rows"

if build "$tap_tmp/real.so" "$tap_tmp/real" \
   && build "$tap_tmp/big.so" "$tap_tmp/big"; then
  tap_ok "libomerr builds around either table"
else
  tap_not_ok "libomerr builds around either table" "$(cat "$tap_tmp/cc.err")"
  tap_done
  exit 0
fi

real_size=$(wc -c <"$tap_tmp/real.so")
big_size=$(wc -c <"$tap_tmp/big.so")
# The synthetic rows are about 120 bytes each: the big table is in there.
if test $((big_size - real_size)) -gt $((rows * 100)); then
  tap_ok "the synthetic table is built in ($real_size -> $big_size bytes)"
else
  tap_not_ok "the synthetic table is built in" "$real_size -> $big_size bytes"
fi

real=$(relocations "$tap_tmp/real.so")
big=$(relocations "$tap_tmp/big.so")
if test "$real" = "$big"; then
  tap_ok "dynamic relocations: $real with the real table, $big with $rows rows"
else
  tap_not_ok "dynamic relocations do not grow with the table" \
    "real table: $real, $rows rows: $big"
fi
# The library as libtool built it, for the record.
if test -f "$abs_top_builddir/.libs/libomerr.so"; then
  echo "# .libs/libomerr.so: $(relocations "$abs_top_builddir/.libs/libomerr.so") .rela.dyn entries"
fi
tap_done
