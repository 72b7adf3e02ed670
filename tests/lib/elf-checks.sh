# SPDX-License-Identifier: MIT
# What a distribution checks in the ELF files it ships (lintian, the
# packaging policy), on the build tree's libomerr.so, omerr and omerrc, or
# on the files named as arguments (make installcheck: the installed ones):
#   - no RPATH or RUNPATH;
#   - no unused direct dependency (ldd -u -r, as dpkg-shlibdeps warns);
#   - no text relocation;
#   - a shared library without the STATIC_TLS flag and without
#     initial-exec TLS relocations: a dlopen of it must never fail for
#     want of static TLS (the message cache uses TLS descriptors);
#   - with OMERR_EXPECT_HARDENED set (CI's dpkg-buildflags build): RELRO,
#     BIND_NOW, and executables built as PIE.
# Exits 1 when a check fails, for installcheck.
. "$abs_top_srcdir/tests/cli/tap.sh"

readelf=${READELF:-readelf}
if ! command -v "$readelf" >/dev/null 2>&1; then
  tap_skip "ELF checks" "no readelf"
  tap_done
  exit 0
fi
if test $# = 0; then
  b=$abs_top_builddir
  for f in "$b/.libs/libomerr.so" "$b/omerr$EXEEXT" "$b/omerrc$EXEEXT"; do
    test -f "$f" && set -- "$@" "$f"
  done
fi
failures=0

check ()  # check DESCRIPTION PROBLEM (empty: ok)
{
  if test -z "$2"; then
    tap_ok "$1"
  else
    tap_not_ok "$1" "$2"
    failures=$((failures + 1))
  fi
}

for f in "$@"; do
  name=${f##*/}
  # Scripts (omerr-install-table) are not ELF files.
  "$readelf" -h "$f" >/dev/null 2>&1 || continue
  dynamic=$("$readelf" -dW "$f")
  check "$name: no RPATH or RUNPATH" \
    "$(printf '%s\n' "$dynamic" | grep -E '\((RPATH|RUNPATH)\)')"
  check "$name: no text relocation" \
    "$(printf '%s\n' "$dynamic" | grep -E '\(TEXTREL\)|FLAGS\).*TEXTREL')"
  # ldd runs the dynamic loader on the file: not for a cross build.
  if test -n "${OMERR_CROSS:-}"; then
    tap_skip "$name: no unused direct dependency" "cross-compiled"
  else
    check "$name: no unused direct dependency" \
      "$(ldd -u -r "$f" 2>&1 | grep -v '^Unused direct dependencies:$' | grep .)"
  fi
  case $name in
    *.so|*.so.*)
      check "$name: no STATIC_TLS flag" \
        "$(printf '%s\n' "$dynamic" | grep -E '\(FLAGS\).*STATIC_TLS')"
      check "$name: no initial-exec TLS relocation" \
        "$("$readelf" -rW "$f" | grep -E 'R_[A-Z0-9_]*(TPOFF|TPREL|GOTTPOFF)')" ;;
    *)
      test -z "${OMERR_EXPECT_HARDENED:-}" \
        || check "$name: PIE" \
             "$("$readelf" -hW "$f" | grep -q 'Type: *DYN' || echo 'not a PIE')" ;;
  esac
  if test -n "${OMERR_EXPECT_HARDENED:-}"; then
    check "$name: RELRO" \
      "$("$readelf" -lW "$f" | grep -q GNU_RELRO || echo 'no GNU_RELRO segment')"
    check "$name: BIND_NOW" \
      "$(printf '%s\n' "$dynamic" | grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' \
         || echo 'lazy binding')"
  fi
done
tap_done
test "$failures" = 0
