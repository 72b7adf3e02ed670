#!/bin/sh
# SPDX-License-Identifier: MIT
# What a packager does with the release tarball (CI runs it after make
# distcheck: build-aux/quickstart.sh check with CI set).  Each build is
# out of tree, from the unpacked tarball made read-only:
#   plain     no cmark-gfm, no libgettextpo, no cmocka, no po4a (configure
#             is told they are absent): omerrc, the tests and the zh_TW
#             man page are left out, and libomerr, omerr and the catalogs
#             build and install, under the prefix only, from the
#             tarball's generated sources;
#   hardened  Debian's hardening flags (dpkg-buildflags, hardening=+all)
#             with warnings as errors: no warning, the tests pass, and the
#             installed ELF files have RELRO, BIND_NOW and PIE;
#   cross     libomerr and omerr for aarch64 (gcc-aarch64-linux-gnu), not
#             run: checked with file and readelf.
# Usage: tarball-builds.sh TARBALL [plain|hardened|cross]...  (default all)
set -eu

tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
[ $# -gt 0 ] || set -- plain hardened cross
srcdir=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d "${TMPDIR:-/tmp}/omerr-tarball.XXXXXX")
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
src=$(echo "$work"/omerr-*)
chmod -R a-w "$src"

fail () { echo "tarball-builds: $*" >&2; exit 1; }
# The checks of the installed files that tests/lib/elf-checks.sh makes.
elf_checks ()
{
  abs_top_srcdir=$srcdir abs_top_builddir=$PWD sh "$srcdir/tests/lib/elf-checks.sh" "$@" \
    >elf.log 2>&1 || { cat elf.log; fail "$build: ELF checks failed"; }
  echo "tarball-builds: $build: $(grep -c '^ok' elf.log) ELF checks pass"
}

for build in "$@"; do
  echo "tarball-builds: $build"
  mkdir "$work/$build"
  cd "$work/$build"
  dest=$work/$build-dest
  case $build in
    plain)
      # As if the compiler's libraries and cmocka were not installed.
      PKG_CONFIG_LIBDIR=/nonexistent "$src/configure" --enable-werror \
        ac_cv_header_cmark_gfm_core_extensions_h=no \
        ac_cv_header_gettext_po_h=no \
        ac_cv_lib_cmark_gfm_cmark_parser_new=no \
        ac_cv_lib_cmark_gfm_extensions_cmark_gfm_core_extensions_ensure_registered=no \
        ac_cv_lib_gettextpo_po_file_write=no \
        ac_cv_path_PO4A_TRANSLATE= ac_cv_path_PO4A_UPDATEPO= >configure.log 2>&1 \
        || { cat configure.log; fail "plain: configure failed"; }
      grep -q 'omerrc, the compiler: *no (not found' configure.log \
        && grep -q 'tests (make check): *no (omerrc is not built)' configure.log \
        || { cat configure.log; fail "plain: configure did not say why omerrc and the tests are left out"; }
      make -j"$jobs" >make.log 2>&1 || { cat make.log; fail "plain: make failed"; }
      make install DESTDIR="$dest" >install.log 2>&1 || { cat install.log; fail "plain: make install failed"; }
      prefix=$dest/usr/local
      test ! -e "$prefix/bin/omerrc" || fail "plain: omerrc was installed"
      for f in lib/libomerr.so include/omerr.h include/omerr-codes.h \
               share/locale/zh_TW/LC_MESSAGES/omerr.mo bin/omerr \
               share/man/man1/omerr.1 share/bash-completion/completions/omerr; do
        test -e "$prefix/$f" || fail "plain: $f not installed"
      done
      test ! -e "$prefix/share/man/zh_TW" || fail "plain: a zh_TW man page without po4a"
      outside=$(cd "$dest" && find . ! -type d ! -path ./usr/local/\*)
      test -z "$outside" || fail "plain: installed outside the prefix: $outside"
      ldd "$prefix/bin/omerr" "$prefix/lib/libomerr.so" | grep -E 'cmark|gettextpo' \
        && fail "plain: linked with a library of the compiler"
      # The installed command and catalogs, in English and in zh_TW (a
      # locale of its own, as the tests make them).
      localedef -i zh_TW -f UTF-8 "$work/zh_TW.UTF-8" >/dev/null 2>&1 || :
      en=$(LANG=C OMERR_LOCALEDIR=$prefix/share/locale "$prefix/bin/omerr" 0x80cf0001) \
        || fail "plain: the installed omerr failed"
      zh=$(LOCPATH=$work LANG=zh_TW.UTF-8 OMERR_LOCALEDIR=$prefix/share/locale \
             "$prefix/bin/omerr" 0x80cf0001) || fail "plain: the installed omerr failed in zh_TW"
      case $en in *OM_E_NO_SERVICE*[a-z]*) ;; *) fail "plain: omerr 0x80cf0001 printed: $en" ;; esac
      case $zh in *代理程式*) ;; *) fail "plain: in zh_TW, omerr 0x80cf0001 printed: $zh" ;; esac
      # make check refuses at once, and says why.
      if make check >check.log 2>&1 || ! grep -q 'tests were not configured: omerrc' check.log; then
        cat check.log; fail "plain: make check did not say why there are no tests"
      fi
      elf_checks "$prefix/lib/libomerr.so" "$prefix/bin/omerr" ;;
    hardened)
      eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
      "$src/configure" -q --enable-werror >configure.log 2>&1 \
        || { cat configure.log; fail "hardened: configure failed"; }
      make -j"$jobs" >make.log 2>&1 || { cat make.log; fail "hardened: make failed"; }
      ! grep -n 'warning:' make.log || fail "hardened: the build warned"
      make -j"$jobs" check >check.log 2>&1 || { grep -E '^(FAIL|ERROR)' check.log; fail "hardened: make check failed"; }
      make install DESTDIR="$dest" >install.log 2>&1 || { cat install.log; fail "hardened: make install failed"; }
      unset CFLAGS CPPFLAGS CXXFLAGS LDFLAGS
      OMERR_EXPECT_HARDENED=1 elf_checks "$dest/usr/local/lib/libomerr.so" \
        "$dest/usr/local/bin/omerr" "$dest/usr/local/bin/omerrc" ;;
    cross)
      host=aarch64-linux-gnu
      "$src/configure" -q --host=$host --disable-compiler --enable-werror \
        >configure.log 2>&1 || { cat configure.log; fail "cross: configure failed"; }
      make -j"$jobs" >make.log 2>&1 || { cat make.log; fail "cross: make failed"; }
      for f in .libs/libomerr.so omerr; do
        file -L "$f" | grep -q 'ELF 64-bit LSB .*ARM aarch64' \
          || fail "cross: $f is not an aarch64 ELF file: $(file -L "$f")"
        readelf -h "$f" | grep -q 'Machine: *AArch64' || fail "cross: $f: readelf: not AArch64"
      done
      echo "tarball-builds: cross: libomerr.so and omerr are AArch64 ELF files (file, readelf)"
      OMERR_CROSS=1 elf_checks .libs/libomerr.so omerr ;;
    *) fail "unknown build $build" ;;
  esac
  cd "$work"
done
echo "tarball-builds: all passed ($*)"
