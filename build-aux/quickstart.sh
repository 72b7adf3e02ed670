#!/bin/sh
# SPDX-License-Identifier: MIT
# The README's two set-up commands, for a fresh Debian 12 machine, run as
# root from the checkout:
#   build-aux/quickstart.sh demo    install, build, show codes in en and zh_TW
#   build-aux/quickstart.sh check   install, build, run every test (and
#                                   make distcheck)
# The build goes to _build/ (out of tree).  With CI set, warnings are errors.
set -eu

goal=${1:-demo}
case $goal in
  demo|check) ;;
  *) echo "usage: $0 demo|check" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."

# Build and test dependencies, by Debian package name.
packages="autoconf automake libtool autopoint gettext pkg-config make gcc
  libc-bin locales libcmocka-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libgettextpo-dev valgrind i18nspector translate-toolkit abigail-tools
  strace po4a bash-completion python3"
# CI also fuzzes and builds with sanitizers (clang's libFuzzer, ASan, UBSan,
# and TSan for the tests that start threads),
# compiles a client of <omerr.h> with clang, g++ and clang++, and builds
# the tarball with Debian's hardening flags and for aarch64
# (build-aux/tarball-builds.sh).  The cross compiler's C library headers
# and start files are only a Recommends of gcc-aarch64-linux-gnu, which
# --no-install-recommends leaves out: named here.
[ -z "${CI:-}" ] || packages="$packages clang libclang-rt-14-dev g++
  dpkg-dev file gcc-aarch64-linux-gnu libc6-dev-arm64-cross"

missing=
for p in $packages; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "quickstart: installing$missing"
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends $missing
fi

[ -x configure ] && [ configure -nt configure.ac ] || ./bootstrap
werror=
[ -z "${CI:-}" ] || werror=--enable-werror
mkdir -p _build
cd _build
[ -f Makefile ] || ../configure $werror
jobs=$(nproc 2>/dev/null || echo 2)
make -j"$jobs"
if [ "$goal" = demo ]; then
  make demo
else
  make -j"$jobs" check
  # CI: valgrind on the command's tests, the whole suite under ASan and
  # UBSan, the tests that start threads under TSan, and each fuzzer for
  # 60 seconds (tests/hardening.mk).
  [ -z "${CI:-}" ] || make -j"$jobs" check-hardening
  # The release tarball: builds out of tree from a read-only source, passes
  # its tests, installs and uninstalls cleanly.
  make -j"$jobs" distcheck DISTCHECK_CONFIGURE_FLAGS="$werror"
  # CI: that tarball as packagers build it: without the compiler's
  # libraries and cmocka, with dpkg-buildflags hardening, and for aarch64.
  [ -z "${CI:-}" ] || sh ../build-aux/tarball-builds.sh "$(ls -t omerr-*.tar.gz | sed 1q)"
  # Neither the build nor make dist may rewrite translators' files.
  if git -C .. rev-parse --git-dir >/dev/null 2>&1; then
    git -C .. diff --exit-code --stat -- 'po/*.po' \
      || { echo "quickstart: the build changed po/*.po" >&2; exit 1; }
  fi
fi
