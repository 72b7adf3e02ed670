# valgrind finds no error in 'omerr --list', in English and in Chinese.
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

tap_done
