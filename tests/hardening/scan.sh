# SPDX-License-Identifier: MIT
# --scan beyond the logs of tests/cli/logs.sh (mutation pass, issue 15):
# a code is reported once per line yet again on each later line; a file
# that cannot be read is exit status 2 whatever the others held; each
# file is closed after its scan (many files under a low descriptor limit).
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG

printf 'first 0x80CF0001 and 0x80cf0001 again\nsecond 0x80CF0001\n' >"$tap_tmp/twice.log"
run "$omerr" --scan "$tap_tmp/twice.log"
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 2 \
   && printf '%s\n' "$out" | sed -n 1p | grep -q "^$tap_tmp/twice.log:1: 0x80CF0001 " \
   && printf '%s\n' "$out" | sed -n 2p | grep -q "^$tap_tmp/twice.log:2: 0x80CF0001 "; then
  tap_ok "--scan: a code once on its line, and again on the next"
else
  tap_not_ok "--scan: a code on two lines" "status $status" "$out" "$err"
fi

mkdir "$tap_tmp/dir"
expect_err "--scan: a directory is a read error, status 2" 2 \
  "dir: read error" "$omerr" --scan "$tap_tmp/dir"
expect_err "--scan: a read error wins over a file with codes" 2 \
  "dir: read error" "$omerr" --scan "$tap_tmp/twice.log" "$tap_tmp/dir"

# 40 files with a descriptor limit of 16: each must be closed in turn.
set --
i=0
while test $i -lt 40; do set -- "$@" "$tap_tmp/twice.log"; i=$((i + 1)); done
run sh -c 'ulimit -n 16 && exec "$@"' sh "$omerr" --scan "$@"
if test "$status" = 0 && test "$(printf '%s\n' "$out" | wc -l)" = 80; then
  tap_ok "--scan closes each file: 40 files under ulimit -n 16"
else
  tap_not_ok "--scan of 40 files under ulimit -n 16" "status $status" "$err"
fi
tap_done
