# A new language, exactly as README's "For translators" tells it: the
# catalog made from the template with msginit, its code added to
# po/LINGUAS, built and installed by the ordinary build; then LANGUAGE or
# LANG select it in the command (a libomerr client).
. "$abs_top_srcdir/tests/cli/tap.sh"

src=$tap_tmp/src build=$tap_tmp/build inst=$tap_tmp/inst
mkdir "$src" "$build"
# The translator's checkout: the source tree without build products.
(cd "$abs_top_srcdir" && tar cf - --exclude=./.git --exclude=./_build \
   --exclude='./tests/scratch-*' .) | (cd "$src" && tar xf -)
chmod -R u+w "$src"
if test -f "$src/config.status"; then
  (cd "$src" && make distclean) >/dev/null 2>&1
fi

# The made-up language "xx": two entries translated, the rest left empty.
(cd "$src/po" &&
 msginit --no-translator --locale=xx --input=omerr.pot --output-file=xx.po &&
 awk '/^msgid "OM_E_NO_SERVICE"$/ { print; getline; print "msgstr \"[xx] no service\""; next }
      /^msgid "OMERR_UNKNOWN_CODE"$/ { print; getline; print "msgstr \"[xx] unknown %s\""; next }
      { print }' xx.po >xx.tmp && mv xx.tmp xx.po &&
 echo xx >>LINGUAS) >"$tap_tmp/msginit.log" 2>&1
if test $? = 0 && grep -q '\[xx\] no service' "$src/po/xx.po"; then
  tap_ok "msginit makes po/xx.po from the template"
else
  tap_not_ok "msginit makes po/xx.po from the template" "$(cat "$tap_tmp/msginit.log")"
fi

(cd "$build" && "$src/configure" --prefix="$inst" >configure.log 2>&1 &&
 make -C po >install.log 2>&1 && make -C po install >>install.log 2>&1)
catalog=$inst/share/locale/xx/LC_MESSAGES/omerr.mo
if test -f "$catalog"; then
  tap_ok "the build compiles and installs xx/LC_MESSAGES/omerr.mo"
else
  tap_not_ok "the build compiles and installs xx/LC_MESSAGES/omerr.mo" \
    "$(tail -n 20 "$build/configure.log" "$build/install.log" 2>/dev/null)"
fi

expect "LANGUAGE=xx shows the new language" 0 "[xx] no service" \
  env OMERR_LOCALEDIR="$inst/share/locale" LANG=en_US.UTF-8 LANGUAGE=xx \
  "$omerr" -m 0x80cf0001
expect "an untranslated entry falls back to English" 0 \
  "The maximum capacity of the service has been exceeded." \
  env OMERR_LOCALEDIR="$inst/share/locale" LANG=en_US.UTF-8 LANGUAGE=xx \
  "$omerr" -m 0x80cf0002
expect "unknown codes use the new language's wording" 1 "[xx] unknown 0x80CF9999" \
  env OMERR_LOCALEDIR="$inst/share/locale" LANG=en_US.UTF-8 LANGUAGE=xx \
  "$omerr" -m 0x80cf9999
# No glibc locale exists for xx_XX: the command still answers in xx.
run env OMERR_LOCALEDIR="$inst/share/locale" LANG=xx_XX.UTF-8 "$omerr" -m 0x80cf0001
if test "$status" = 0 && test "$out" = "[xx] no service"; then
  tap_ok "LANG=xx_XX.UTF-8 shows the new language without an installed locale"
else
  tap_not_ok "LANG=xx_XX.UTF-8 shows the new language without an installed locale" \
    "status $status" "stdout: $out" "stderr: $err"
fi
tap_done
