# SPDX-License-Identifier: MIT
# tests/cli/tap.sh: the TAP helpers of every shell test (sourced), the
# command's and the others' (tests/quality/common.sh sources it too).
# The harness exports abs_top_builddir, LOCPATH, OMERR_LOCALEDIR, ...;
# without it (a quality script run by hand on other .po files) the build
# tree is the current directory.

# OMERR_TEST_PROGRAM lets make check-valgrind run the same tests through
# a wrapper.
omerr="${OMERR_TEST_PROGRAM:-${abs_top_builddir:-.}/omerr${EXEEXT-}}"
tap_count=0
tap_tmp=$(mktemp -d "${TMPDIR:-/tmp}/omerr-test.XXXXXX") || exit 99
trap 'rm -rf "$tap_tmp"' EXIT

tap_ok () { tap_count=$((tap_count + 1)); echo "ok $tap_count - $1"; }
tap_not_ok ()
{
  tap_count=$((tap_count + 1))
  echo "not ok $tap_count - $1"
  shift
  # Every line of a diagnostic commented: a line of a command's output
  # such as "ok 3" must not read as a result to the TAP driver.
  for tap_line in "$@"; do printf '%s\n' "$tap_line" | sed 's/^/# /'; done
}
tap_skip () { tap_count=$((tap_count + 1)); echo "ok $tap_count - $1 # SKIP $2"; }
# The whole script skipped, before any result: a plan of none, and exit.
tap_skip_all () { echo "1..0 # SKIP $1"; exit 0; }
# A known failure: reported as XFAIL while it fails, XPASS once fixed.
tap_todo ()
{
  tap_count=$((tap_count + 1))
  if test "$1" = 0; then echo "ok $tap_count - $2 # TODO $3"
  else echo "not ok $tap_count - $2 # TODO $3"; fi
}
tap_done () { echo "1..$tap_count"; }

# run CMD...: runs it, leaving $out (stdout), $err (stderr), $status.
run ()
{
  "$@" >"$tap_tmp/out" 2>"$tap_tmp/err"
  status=$?
  out=$(cat "$tap_tmp/out")
  err=$(cat "$tap_tmp/err")
}

# expect DESCRIPTION STATUS STDOUT CMD...: exact stdout and exit status.
expect ()
{
  desc=$1 want_status=$2 want_out=$3
  shift 3
  run "$@"
  if test "$status" = "$want_status" && test "$out" = "$want_out"; then
    tap_ok "$desc"
  else
    tap_not_ok "$desc" "status $status (want $want_status)" \
      "stdout: $out" "want:   $want_out" "stderr: $err"
  fi
}

# expect_out_err DESCRIPTION STATUS STDOUT STDERR CMD...: exact stdout,
# stderr and exit status.
expect_out_err ()
{
  desc=$1 want_status=$2 want_out=$3 want_err=$4
  shift 4
  run "$@"
  if test "$status" = "$want_status" && test "$out" = "$want_out" \
     && test "$err" = "$want_err"; then
    tap_ok "$desc"
  else
    tap_not_ok "$desc" "status $status (want $want_status)" \
      "stdout: $out" "want:   $want_out" "stderr: $err" "want:   $want_err"
  fi
}

# expect_err DESCRIPTION STATUS PATTERN CMD...: status, and stderr matching
# the grep pattern.
expect_err ()
{
  desc=$1 want_status=$2 pattern=$3
  shift 3
  run "$@"
  if test "$status" = "$want_status" && printf '%s\n' "$err" | grep -q -e "$pattern"; then
    tap_ok "$desc"
  else
    tap_not_ok "$desc" "status $status (want $want_status)" \
      "stderr: $err" "want:   $pattern"
  fi
}
