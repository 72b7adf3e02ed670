# SPDX-License-Identifier: MIT
# The commit of outputs, seen in omerrc's system calls (strace): every
# changed output's temporary file is flushed to disk (fsync) before any
# rename puts one into place, and each rename moves a file that was
# flushed.  A power loss mid-commit then leaves each file whole.
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"
master="$abs_top_srcdir/data/software-update-agent-errors.en.md"

if ! command -v strace >/dev/null 2>&1 || ! strace -o /dev/null true 2>/dev/null; then
  tap_skip "fsync before every rename" "strace unavailable"
  tap_done
  exit 0
fi
mkdir "$tap_tmp/out"
set -- --pot="$tap_tmp/out/omerr.pot" --po-dir="$tap_tmp/out" \
  --c-table="$tap_tmp/out/table.c" --header="$tap_tmp/out/codes.h" \
  --language=en "$master"
# Outputs there already: three to be replaced, en.po unchanged.
"$omerrc" "$@" 2>"$tap_tmp/err" && echo old >"$tap_tmp/out/omerr.pot" \
  && echo old >"$tap_tmp/out/codes.h" && echo old >"$tap_tmp/out/table.c"
# LeakSanitizer cannot run under ptrace: in a sanitizer build it would
# fail the run for that alone.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
  strace -f -y -qq -e trace=fsync,fdatasync,rename,renameat,renameat2 \
  -o "$tap_tmp/trace" "$omerrc" "$@" 2>>"$tap_tmp/err"
status=$?
# For each rename, its source must have been fsync'd, and no fsync may
# come after the first rename.
verdict=$(${AWK:-awk} '
  /fsync\(|fdatasync\(/ {
    if (renamed) { print "fsync after a rename: " $0; bad = 1 }
    if (match ($0, /<[^>]*>/)) synced[substr ($0, RSTART + 1, RLENGTH - 2)] = 1
  }
  /rename/ {
    renamed++
    if (!match ($0, /"[^"]*"/)) next
    src = substr ($0, RSTART + 1, RLENGTH - 2)
    if (!(src in synced)) { print "renamed without fsync: " src; bad = 1 }
  }
  END { if (!bad) print renamed " renames, each of a flushed file" }' "$tap_tmp/trace")
case $status:$verdict in
  0:"3 renames, each of a flushed file")
    tap_ok "fsync before every rename ($verdict)" ;;
  *) tap_not_ok "fsync before every rename" "status $status: $verdict" \
       "$(cat "$tap_tmp/err"; grep -E 'fsync|rename' "$tap_tmp/trace" | head -20)" ;;
esac
tap_done
