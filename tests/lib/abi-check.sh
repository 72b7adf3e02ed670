# SPDX-License-Identifier: MIT
# libomerr's ABI against the committed baseline, src/lib/libomerr.abi
# (libabigail: abidw wrote it, abidiff compares).  Added functions are
# fine; a removed function or a changed type or signature fails, unless
# the soname changed too (see configure.ac: LIBOMERR_LT_VERSION), when the
# baseline is only out of date.  Needs the library's debug information
# (-g, as by default) to see types; without it only symbols are compared.  After an accepted change, make
# abi-baseline rewrites the baseline from this build (commit it).
. "$abs_top_srcdir/tests/cli/tap.sh"

lib=$abs_top_builddir/.libs/libomerr.so
baseline=$abs_top_srcdir/src/lib/libomerr.abi
abidiff=${ABIDIFF:-}

if test ! -f "$lib"; then
  tap_skip "ABI against the baseline" "no shared library built"
elif test -z "$abidiff"; then
  if test -n "${CI:-}"; then
    tap_not_ok "abidiff found (CI installs abigail-tools: build-aux/quickstart.sh)"
  else
    tap_skip "ABI against the baseline" "no abidiff (Debian: abigail-tools)"
  fi
elif test ! -f "$baseline"; then
  tap_not_ok "ABI baseline exists" "$baseline: make abi-baseline writes it"
else
  # Public types are those of the installed headers: the library's own
  # internal ones are left out.
  "$abidiff" --drop-private-types \
    --hd2 "$abs_top_srcdir/src/lib" --hd2 "$abs_top_builddir/src/lib" \
    --hd2 "$abs_top_builddir/src/generated" \
    "$baseline" "$lib" >"$tap_tmp/diff" 2>&1
  status=$?
  old_soname=$(sed -n "s/.* soname='\([^']*\)'.*/\1/p;q" "$baseline")
  new_soname=$("${READELF:-readelf}" -dW "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
  # abidiff's status is a bit set: 1 error, 2 usage, 4 a change, 8 an
  # incompatible change; but 8 means a removed symbol only (a changed
  # parameter type is a mere 4), so its summaries are read as well:
  # anything removed or changed breaks the ABI, additions do not.
  broken=$(grep -E '(summary|changes):.* [1-9][0-9]* (Removed|Changed)' "$tap_tmp/diff")
  test $((status & 8)) = 0 || broken="$broken (abidiff: incompatible)"
  if test $((status & 3)) != 0; then
    tap_not_ok "abidiff ran (status $status)" "$(cat "$tap_tmp/diff")"
  elif test -z "$broken"; then
    tap_ok "ABI compatible with the baseline ($old_soname)"
    # Additions, to be seen in the log.
    test "$status" = 0 || sed 's/^/# /' "$tap_tmp/diff"
  elif test "$old_soname" != "$new_soname"; then
    tap_ok "ABI changed with a new soname ($old_soname -> $new_soname): make abi-baseline"
    sed 's/^/# /' "$tap_tmp/diff"
  else
    tap_not_ok "ABI compatible with the baseline ($old_soname): an incompatible change keeps the soname" \
      "$(cat "$tap_tmp/diff")" \
      "Bump the soname (configure.ac, LIBOMERR_LT_VERSION), or undo the change."
  fi
fi
tap_done
