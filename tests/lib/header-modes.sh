# SPDX-License-Identifier: MIT
# <omerr.h> as the first and only include, in every C and C++ mode, with
# -pedantic -Wall -Wextra -Werror and no feature-test macro: each mode
# compiles tests/lib/client.c, links it with libomerr and runs it (which
# checks the version against omerr.pc's, the field macros on all 32 bits,
# omerr_is_known and, where locale_t exists, omerr_gettext_l).
#
# make check: the build tree's headers and library.  make installcheck
# (tests/library.mk) sets OMERR_CLIENT_CPPFLAGS, OMERR_CLIENT_LIBS and
# OMERR_CLIENT_VERSION from pkg-config on the installed copy.  A missing
# compiler (clang, g++, clang++) is skipped, or fails when CI is set.
# Exits 1 when a mode fails, for installcheck.
. "$abs_top_srcdir/tests/cli/tap.sh"

if test "${OMERR_SANITIZERS:-}" = yes; then
  # The client is built plainly; an ASan libomerr needs ASan programs.
  tap_skip "header modes" "a sanitizer build (the plain build runs them)"
  tap_done
  exit 0
fi
b=$abs_top_builddir
cppflags=${OMERR_CLIENT_CPPFLAGS-"-I$b/src/generated -I$b/src/lib -I$abs_top_srcdir/src/lib"}
if test -n "${OMERR_CLIENT_LIBS+set}"; then
  libs=$OMERR_CLIENT_LIBS
elif test -f "$b/.libs/libomerr.so"; then
  libs="-L$b/.libs -lomerr"
  LD_LIBRARY_PATH="$b/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export LD_LIBRARY_PATH
else
  libs="$b/.libs/libomerr.a -pthread"
fi
version=${OMERR_CLIENT_VERSION-}
if test -z "$version"; then
  version=$(PKG_CONFIG_PATH="$b/src/lib" ${PKG_CONFIG:-pkg-config} --modversion omerr 2>/dev/null) \
    || version=$(sed -n 's/^Version: *//p' "$b/src/lib/omerr.pc")
fi
client=$abs_top_srcdir/tests/lib/client.c
failures=0

# try COMPILER LANGUAGE STD [EXTRA-FLAGS...]
try ()
{
  cc=$1 lang=$2 std=$3
  shift 3
  desc="$cc -std=$std${1:+ $*}"
  # shellcheck disable=SC2086
  if ! $cc -x "$lang" -std="$std" -pedantic -Wall -Wextra -Werror "$@" \
       $cppflags -o "$tap_tmp/client" "$client" -x none $libs \
       >"$tap_tmp/log" 2>&1; then
    tap_not_ok "$desc: compiles" "$(cat "$tap_tmp/log")"
    failures=$((failures + 1))
  elif ! "$tap_tmp/client" "$version" >"$tap_tmp/log" 2>&1; then
    tap_not_ok "$desc: runs" "client.c line $? (mod 256) failed" "$(cat "$tap_tmp/log")"
    failures=$((failures + 1))
  else
    tap_ok "$desc: compiles and runs"
  fi
}

missing ()
{
  if test -n "${CI:-}"; then
    tap_not_ok "$1 found (CI installs it: build-aux/quickstart.sh)"
    failures=$((failures + 1))
  else
    tap_skip "$1" "not installed"
  fi
}

# GNU modes and POSIX 2008 have locale_t: the variant must be declared.
with_locale_t=-DOMERR_TEST_EXPECT_LOCALE_T
c_compilers=${OMERR_CC:-cc}
case $c_compilers in
  *clang*) ;;
  *) if command -v clang >/dev/null 2>&1; then c_compilers="$c_compilers clang"
     else missing clang; fi ;;
esac
for cc in $c_compilers; do
  for std in c99 c11 c17 c2x; do
    try "$cc" c "$std"
  done
  for std in gnu99 gnu11 gnu17 gnu2x; do
    try "$cc" c "$std" "$with_locale_t"
  done
  try "$cc" c c99 -D_POSIX_C_SOURCE=200809L "$with_locale_t"
done
for cxx in g++ clang++; do
  if ! command -v "$cxx" >/dev/null 2>&1; then
    missing "$cxx"
    continue
  fi
  for std in c++11 c++17 c++20; do
    try "$cxx" c++ "$std" "$with_locale_t"
  done
done
tap_done
test "$failures" = 0
