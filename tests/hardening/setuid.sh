# SPDX-License-Identifier: MIT
# OMERR_LOCALEDIR (the build tree's catalogs) is ignored in set-uid
# programs.  Needs root: a copy of a tiny program is made set-uid to
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
tap_done
