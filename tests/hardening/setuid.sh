# SPDX-License-Identifier: MIT
# OMERR_LOCALEDIR (the build tree's catalogs), OMERR_TABLE_PATH and
# OMERR_TABLEDIR (the tables) are ignored in set-uid programs: such a
# program reads no file its caller chose.  Needs root: a copy of a tiny program is made set-uid to
# nobody and run by root, which gives it AT_SECURE.
. "$abs_top_srcdir/tests/cli/tap.sh"
prog="$abs_top_builddir/tests/hardening/print-localedir$EXEEXT"

if test "$(id -u)" != 0; then
  if test -n "${CI:-}"; then
    tap_not_ok "setuid test" "CI must run as root"
  else
    tap_skip "OMERR_LOCALEDIR ignored when set-uid" "not root"
  fi
  tap_done
  exit 0
fi

chmod 755 "$tap_tmp"
cp "$prog" "$tap_tmp/prog" && chown nobody "$tap_tmp/prog" && chmod 4755 "$tap_tmp/prog" \
  || { tap_not_ok "set-uid copy" "cannot make it"; tap_done; exit 0; }
cp "$prog" "$tap_tmp/plain" && chmod 755 "$tap_tmp/plain"

run env OMERR_LOCALEDIR=/nonexistent/omerr-dir "$tap_tmp/plain"
plain=$out
run env -u OMERR_LOCALEDIR "$tap_tmp/plain"
default=$out
# LeakSanitizer cannot run in a set-uid process (sanitizer builds).
run env ASAN_OPTIONS=detect_leaks=0 OMERR_LOCALEDIR=/nonexistent/omerr-dir \
  "$tap_tmp/prog"
setuid=$out setuid_status=$status

if test "$plain" = /nonexistent/omerr-dir; then
  tap_ok "OMERR_LOCALEDIR honored in a plain program"
else
  tap_not_ok "OMERR_LOCALEDIR honored in a plain program" "bound to: $plain"
fi
if test "$setuid_status" = 0 && test "$setuid" = "$default" \
   && test -n "$default" && test "$default" != /nonexistent/omerr-dir; then
  tap_ok "OMERR_LOCALEDIR ignored in a set-uid program"
else
  tap_not_ok "OMERR_LOCALEDIR ignored in a set-uid program" \
    "status $setuid_status, bound to: $setuid (default: $default)" "$err"
fi

# The tables: a plain program reads those of OMERR_TABLE_PATH and
# OMERR_TABLEDIR, a set-uid one only the installed tables' own directory.
omerrc="$abs_top_builddir/omerrc$EXEEXT"
if test -x "$omerrc"; then
  mkdir "$tap_tmp/path" "$tap_tmp/dir" && chmod 755 "$tap_tmp/path" "$tap_tmp/dir" \
    || exit 99
  printf '| Code | Symbol | Description |\n|---|---|---|\n| 0x80AF7777 | VND_E_OTHER | Something of the vendor. |\n' \
    >"$tap_tmp/vendor.md"
  for t in path/vendor dir/other; do
    run "$omerrc" -d "${t#*/}" -l en --table-file="$tap_tmp/$t.omt" "$tap_tmp/vendor.md"
    test "$status" = 0 || tap_not_ok "omerrc compiles the test table $t" "$err"
  done
  run env OMERR_TABLE_PATH="$tap_tmp/path" OMERR_TABLEDIR="$tap_tmp/dir" \
    "$tap_tmp/plain" tables
  plain=$out
  run env -u OMERR_TABLE_PATH -u OMERR_TABLEDIR "$tap_tmp/plain" tables
  default=$out
  run env ASAN_OPTIONS=detect_leaks=0 OMERR_TABLE_PATH="$tap_tmp/path" \
    OMERR_TABLEDIR="$tap_tmp/dir" "$tap_tmp/prog" tables
  setuid=$out setuid_status=$status
  if test "$plain" = "vendor
other"; then
    tap_ok "OMERR_TABLE_PATH and OMERR_TABLEDIR honored in a plain program"
  else
    tap_not_ok "OMERR_TABLE_PATH and OMERR_TABLEDIR honored in a plain program" \
      "tables: $plain"
  fi
  if test "$setuid_status" = 0 && test "$setuid" = "$default"; then
    tap_ok "OMERR_TABLE_PATH and OMERR_TABLEDIR ignored in a set-uid program"
  else
    tap_not_ok "OMERR_TABLE_PATH and OMERR_TABLEDIR ignored in a set-uid program" \
      "status $setuid_status, tables: $setuid (default: $default)" "$err"
  fi
else
  tap_skip "OMERR_TABLE_PATH and OMERR_TABLEDIR ignored when set-uid" "no omerrc"
fi
tap_done
