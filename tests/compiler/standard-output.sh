#!/bin/sh
# SPDX-License-Identifier: MIT
# Outputs named by one of omerrc's open descriptors (/dev/stdout,
# /dev/fd/N, /proc/self/fd/N) are written through the descriptor,
# whatever it has open, from where it stands; no file is made or replaced
# under the name its link shows (omerrc(1), OUTPUTS).
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"
master="$abs_top_srcdir/data/software-update-agent-errors.en.md"
mkdir "$tap_tmp/d" && cd "$tap_tmp/d" || exit 99

if ! test -e /proc/self/fd/1; then
  tap_skip "outputs through descriptors" "no /proc/self/fd"
  tap_done
  exit 0
fi
"$omerrc" --pot="$tap_tmp/want.pot" "$master" || exit 99
# check DESCRIPTION FILE WANT: FILE has WANT's bytes and is alone in d.
check ()
{
  if cmp -s "$2" "$3" && test "$(ls -A)" = "$(basename "$2")"; then
    tap_ok "$1"
  else
    tap_not_ok "$1" "status $status" "files: $(ls -A)" \
      "$(cmp "$2" "$3" 2>&1)"
  fi
}

"$omerrc" --pot=/dev/stdout "$master" | cat >out.pot
status=$?
check "--pot=/dev/stdout into a pipe" out.pot "$tap_tmp/want.pot"
rm -f ./* ./.[!.]*

"$omerrc" --pot=/dev/stdout "$master" >out.pot
status=$?
check "--pot=/dev/stdout into a file" out.pot "$tap_tmp/want.pot"

# /dev/fd/01 names descriptor 1, which /proc lists as "1" alone.
"$omerrc" --pot=/dev/fd/01 "$master" | cat >out.pot
status=$?
check "--pot=/dev/fd/01 into a pipe" out.pot "$tap_tmp/want.pot"
rm -f ./* ./.[!.]*

# The file is not replaced: what the shell wrote before and after stays.
{ echo before; "$omerrc" --pot=/dev/fd/1 "$master"; status=$?; echo after; } \
  >out.pot
{ echo before; cat "$tap_tmp/want.pot"; echo after; } >"$tap_tmp/around"
check "--pot=/dev/fd/1 where the shell's writes stand" out.pot "$tap_tmp/around"
echo first >out.pot
"$omerrc" --pot=/dev/stdout "$master" >>out.pot
status=$?
{ echo first; cat "$tap_tmp/want.pot"; } >"$tap_tmp/appended"
check "--pot=/dev/stdout appended to with >>" out.pot "$tap_tmp/appended"
rm -f ./* ./.[!.]*

# An unlinked file's link reads "NAME (deleted)": nothing is made there.
exec 3>gone.pot 4<gone.pot
rm gone.pot
"$omerrc" --pot=/proc/self/fd/3 --header=codes.h "$master"
status=$?
cat <&4 >out.pot
exec 3>&- 4<&-
rm -f codes.h
check "--pot=/proc/self/fd/3 of an unlinked file" out.pot "$tap_tmp/want.pot"
rm -f out.pot

# A descriptor not open for writing is refused before anything is written.
expect_err "--pot=/dev/stdin, read-only: refused, status 1" 1 \
  "^/dev/stdin: error: cannot write: its descriptor is not open for writing$" \
  sh -c 'exec "$0" --pot=/dev/stdin --header=codes.h "$1" <"$2"' \
  "$omerrc" "$master" "$tap_tmp/want.pot"
exec 5<&-
expect_err "--pot=/dev/fd/5, closed: refused, status 1" 1 \
  "^/dev/fd/5: error: cannot write: its descriptor is not open$" \
  "$omerrc" --pot=/dev/fd/5 --header=codes.h "$master"
if test -z "$(ls -A)"; then
  tap_ok "a refused descriptor: nothing written"
else
  tap_not_ok "a refused descriptor: nothing written" "files: $(ls -A)"
fi
tap_done
