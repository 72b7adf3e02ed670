# SPDX-License-Identifier: MIT
# tests/translators/checkout.sh: sourced after tests/cli/tap.sh.  Makes
# $src ($tap_tmp/src) a translator's checkout: the source tree without
# build products (a configured source tree is cleaned), with an empty
# _build/ for the quick start's layout.
src=$tap_tmp/src
mkdir "$src"
(cd "$abs_top_srcdir" && tar cf - --exclude=./.git --exclude=./_build \
   --exclude='./tests/scratch-*' .) | (cd "$src" && tar xf -)
chmod -R u+w "$src"
if test -f "$src/config.status"; then
  (cd "$src" && make distclean) >/dev/null 2>&1
fi
mkdir "$src/_build"
