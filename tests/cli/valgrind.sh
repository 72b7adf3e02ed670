# SPDX-License-Identifier: MIT
# valgrind finds no error in 'omerr --list', in English and in Chinese,
# nor in the paths that read logs, catalogs and standard input.
. "$abs_top_srcdir/tests/cli/tap.sh"

for lang in C zh_TW.UTF-8 zh_TW.BIG5; do
  for style in '' --json; do
    if test "$OMERR_SANITIZERS" = yes; then
      tap_skip "valgrind omerr --list $style, LANG=$lang" \
        "a sanitizer build: valgrind cannot run ASan programs (the plain build runs this)"
      continue
    elif test -z "$VALGRIND"; then
      if test -n "${CI:-}"; then
        tap_not_ok "valgrind omerr --list $style, LANG=$lang" "valgrind not found, and CI installs it"
      else
        tap_skip "valgrind omerr --list $style, LANG=$lang" "valgrind not found"
      fi
      continue
    fi
    # libtool --mode=execute runs the real binary (omerr carries the
    # library's code; where it is libtool's wrapper, against the
    # uninstalled libomerr.so).
    run env LANG=$lang $LIBTOOL --mode=execute "$VALGRIND" -q --error-exitcode=99 \
      --leak-check=full --errors-for-leak-kinds=definite \
      --suppressions="$abs_top_srcdir/tests/cli/glibc.supp" "$omerr" --list $style
    if test "$status" = 0; then
      tap_ok "valgrind omerr --list $style, LANG=$lang"
    else
      tap_not_ok "valgrind omerr --list $style, LANG=$lang" "status $status" "$err"
    fi
  done
done

# --scan, --search-all, codes on standard input, hints, --explain.
printf 'x hr=0x80CF0001, -2133917694 OM_E_AU_PAUSED 80240438\r\n' >"$tap_tmp/log"
for args in "--scan $tap_tmp/log" "--json --scan $tap_tmp/log" \
            "-S 服務" "-e 0x80240438 80240438 (0x80cf0002) z-z" "--tables"; do
  desc="valgrind omerr $args, LANG=zh_TW.UTF-8"
  if test "$OMERR_SANITIZERS" = yes || test -z "$VALGRIND"; then
    tap_skip "$desc" "no valgrind in this build (see above)"
    continue
  fi
  # $args is split into words on purpose.
  run env LANG=zh_TW.UTF-8 $LIBTOOL --mode=execute "$VALGRIND" -q --error-exitcode=99 \
    --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$abs_top_srcdir/tests/cli/glibc.supp" "$omerr" $args <"$tap_tmp/log"
  if test "$status" != 99; then
    tap_ok "$desc"
  else
    tap_not_ok "$desc" "status $status" "$err"
  fi
done
run env LANG=C $LIBTOOL --mode=execute "${VALGRIND:-env}" ${VALGRIND:+-q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions="$abs_top_srcdir/tests/cli/glibc.supp"} "$omerr" <"$tap_tmp/log"
if test "$status" != 99; then
  tap_ok "codes on standard input"
else
  tap_not_ok "codes on standard input" "$err"
fi
# UTF-16 with a byte-order mark, a lone surrogate (U+D800) among it.
printf '\377\3760\000x\0008\0000\000c\000f\0000\0000\0000\0001\000 \000\000\330-\000\r\000\n\000' \
  >"$tap_tmp/utf16"
for args in '' --scan; do
  run env LANG=C $LIBTOOL --mode=execute "${VALGRIND:-env}" ${VALGRIND:+-q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions="$abs_top_srcdir/tests/cli/glibc.supp"} "$omerr" $args <"$tap_tmp/utf16"
  if test "$status" != 99 && printf '%s\n' "$out" | grep -q 0x80CF0001; then
    tap_ok "UTF-16 on standard input, omerr $args"
  else
    tap_not_ok "UTF-16 on standard input, omerr $args" "status $status" "$out" "$err"
  fi
done

tap_done
