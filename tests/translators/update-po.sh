#!/bin/sh
# SPDX-License-Identifier: MIT
# make update-po changes only what genuinely changed, in a copy of the
# source tree built in _build/: a catalog it rewrites differs in more than
# its POT-Creation-Date; run again at once it changes no file; nor does it
# in a fresh checkout of the tree it left, which has no po/omerr.pot or
# po-cli/omerr-cli.pot (neither is in git: gettext makes them afresh, dated
# then, and msgmerge copied that date into every catalog).
. "$abs_top_srcdir/tests/cli/tap.sh"
. "$abs_top_srcdir/tests/translators/checkout.sh"
if ! (cd "$src/_build" && ../configure) >"$tap_tmp/configure.log" 2>&1; then
  tap_not_ok "configure in _build/" "$(tail -n 20 "$tap_tmp/configure.log")"
  tap_done
  exit 0
fi
# update-po also updates the man page's catalog, with po4a.
if ! grep -q '^PO4A_UPDATEPO = ..*' "$src/_build/Makefile"; then
  if test -n "${CI:-}"; then tap_not_ok "update-po" "no po4a-updatepo, and CI is set"
  else tap_skip "update-po changes only what changed" "no po4a-updatepo"; fi
  tap_done
  exit 0
fi

# save DIR: the source tree's files, as they are, into DIR.
save ()
{
  rm -rf "$1" && mkdir "$1" &&
  (cd "$src" && tar cf - --exclude=./_build .) | (cd "$1" && tar xf -)
}
# update_po N: make update-po in _build/ (its log: update-poN.log).
update_po ()
{
  (cd "$src/_build" && make update-po) >"$tap_tmp/update-po$1.log" 2>&1 \
    || { echo "make update-po failed:"; tail -n 20 "$tap_tmp/update-po$1.log" | sed 's/^/  /'; }
}
# changed DIR [EXCLUDE...]: the files that differ from DIR's, or are new,
# leaving out those named EXCLUDE (diff -x patterns).
changed ()
{
  dir=$1
  shift
  # Each EXCLUDE becomes -x EXCLUDE, in place.
  for x; do set -- "$@" -x "$x"; shift; done
  diff -rq -x _build "$@" "$dir" "$src" 2>&1
}

# Once: what it changes (the command's catalogs' references when src/cli/
# moved since the last update) changes more than the date.  The .gmo
# files follow their catalogs.
save "$tap_tmp/before"
failed=$(update_po 1)
only_date=
for f in $(changed "$tap_tmp/before" '*.gmo' | sed -n "s|^Files $tap_tmp/before/\(.*\) and .* differ\$|\1|p"); do
  if grep -v '^"POT-Creation-Date: ' "$tap_tmp/before/$f" >"$tap_tmp/a" &&
     grep -v '^"POT-Creation-Date: ' "$src/$f" >"$tap_tmp/b" &&
     cmp -s "$tap_tmp/a" "$tap_tmp/b"; then
    only_date="$only_date $f"
  fi
done
if test -z "$failed" && test -z "$only_date"; then
  tap_ok "make update-po: no file changed in its POT-Creation-Date alone"
else
  tap_not_ok "make update-po changed files in their POT-Creation-Date alone" \
    "$failed" "changed:$only_date"
fi

# Twice in a row: nothing.
save "$tap_tmp/once"
failed=$(update_po 2)
diffs=$(changed "$tap_tmp/once")
if test -z "$failed" && test -z "$diffs"; then
  tap_ok "make update-po again changes no file"
else
  tap_not_ok "make update-po again changes files" "$failed" \
    "$(printf '%s\n' "$diffs" | sed 's/^/  /')"
fi

# A fresh checkout of that tree, committed a while ago: no templates, and
# the catalogs merged before today (the command's and the man page's; the
# data's carry the data's date).  The templates are made again, nothing
# else.
rm -f "$src/po/omerr.pot" "$src/po-cli/omerr-cli.pot"
for f in "$src"/po-cli/*.po "$src"/po-man/*.po; do
  sed 's/^"POT-Creation-Date: .*"$/"POT-Creation-Date: 2000-01-01 00:00+0000\\n"/' \
    "$f" >"$tap_tmp/po" && cp "$tap_tmp/po" "$f" || exit 99
done
save "$tap_tmp/checkout"
failed=$(update_po 3)
diffs=$(changed "$tap_tmp/checkout" omerr.pot omerr-cli.pot)
if test -z "$failed" && test -z "$diffs"; then
  tap_ok "make update-po without the templates (a fresh checkout) changes no file"
else
  tap_not_ok "make update-po in a fresh checkout changes files" "$failed" \
    "$(printf '%s\n' "$diffs" | sed 's/^/  /')"
fi
tap_done
