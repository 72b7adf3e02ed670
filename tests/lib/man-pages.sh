# SPDX-License-Identifier: MIT
# A manual page for every installed program and every exported function.
# make check: the build tree's libomerr.so and programs against the pages
# of the source tree.  make installcheck: man-pages.sh LIB BINDIR MANDIR,
# the installed library and programs against the installed pages.
# Exits 1 when a page is missing, for installcheck.
. "$abs_top_srcdir/tests/cli/tap.sh"

if test $# = 3; then
  lib=$1 programs=$(ls "$2") man1=$3/man1 man3=$3/man3
  page1 () { echo "$man1/$1.1"; }
  page3 () { echo "$man3/$1.3"; }
else
  lib=$abs_top_builddir/.libs/libomerr.so programs=
  for p in omerr omerrc; do
    test -f "$abs_top_builddir/$p$EXEEXT" && programs="$programs $p$EXEEXT"
  done
  page1 () { ls "$abs_top_srcdir"/src/*/"$1.1" 2>/dev/null | sed 1q; }
  page3 () { echo "$abs_top_srcdir/src/lib/$1.3"; }
fi
failures=0

for p in $programs; do
  p=${p%"$EXEEXT"}
  f=$(page1 "$p")
  if test -n "$f" && test -s "$f"; then tap_ok "$p(1)"
  else tap_not_ok "$p(1): no manual page"; failures=$((failures + 1)); fi
done
if test -f "$lib"; then
  for fn in $(${NM:-nm} -D --defined-only "$lib" \
                | awk '$2 == "T" { sub (/@.*/, "", $3); print $3 }' | sort); do
    f=$(page3 "$fn")
    if test -s "$f"; then tap_ok "$fn(3)"
    else tap_not_ok "$fn(3): no manual page ($f)"; failures=$((failures + 1)); fi
  done
else
  tap_skip "manual pages of the functions" "no shared library"
fi
tap_done
test "$failures" = 0
