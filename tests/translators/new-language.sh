#!/bin/sh
# SPDX-License-Identifier: MIT
# README.md's "A new language" steps, run as written: the commands of its
# sh block (the one after the comment naming this script) run one by one
# in _build/ of a copy of the source tree, the quick start's layout, with
# LL a real language and $EDITOR a translator who fills in two entries.
# The README cannot drift from what works: this is its text.  Then what
# the README promises around the block: a partly translated language works
# and falls back to English; the gates demand completeness only of the
# languages in po/COMPLETE; a changed English row reaches po/en.po.
. "$abs_top_srcdir/tests/cli/tap.sh"

ll=de
inst=$tap_tmp/inst
# The translator's checkout; then what the quick start does before:
# configure in _build/.
. "$abs_top_srcdir/tests/translators/checkout.sh"
if (cd "$src/_build" && ../configure --prefix="$inst") >"$tap_tmp/configure.log" 2>&1; then
  tap_ok "configured in _build/ as the quick start does"
else
  tap_not_ok "configure in _build/" "$(tail -n 20 "$tap_tmp/configure.log")"
fi

# The translator: fills in two entries of the file named.
cat >"$tap_tmp/translate.sh" <<'EOT'
awk '/^msgid "OM_E_NO_SERVICE"$/ { print; getline; print "msgstr \"Der Agent konnte den Dienst nicht bereitstellen.\""; next }
     /^msgid "OMERR_UNKNOWN_CODE"$/ { print; getline; print "msgstr \"Unbekannter Fehlercode %s\""; next }
     { print }' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
EOT

# The block, LL made de.
awk '/tests\/translators\/new-language.sh runs/ { marked = 1; next }
     marked && /^```sh$/ { inside = 1; next }
     inside && /^```$/ { exit }
     inside { print }' "$abs_top_srcdir/README.md" |
  sed "s/LL_CC/${ll}_AT/g; s/LL/$ll/g" >"$tap_tmp/steps"
if test "$(wc -l <"$tap_tmp/steps")" -ge 5 && grep -q 'msginit --no-translator' "$tap_tmp/steps"; then
  tap_ok "README.md has the steps ($(wc -l <"$tap_tmp/steps") commands, msginit --no-translator)"
else
  tap_not_ok "README.md's block of steps not found" "$(cat "$tap_tmp/steps")"
fi

# Each command as written, in _build/, with the user's environment: the
# installed omerr on PATH (its own catalogs, not the tests'), an English
# locale, $EDITOR.
n=0
while IFS= read -r step; do
  n=$((n + 1))
  (cd "$src/_build" &&
   env -u OMERR_LOCALEDIR PATH="$inst/bin:$PATH" LANG=en_US.UTF-8 \
     EDITOR="sh $tap_tmp/translate.sh" sh -c "$step") \
    >"$tap_tmp/step$n.out" 2>"$tap_tmp/step$n.err"
  status=$?
  case $step in
    *omerr\ 0x80cf0001*)
      if test "$status" = 0 && grep -q '^0x80CF0001 .*Der Agent konnte den Dienst nicht bereitstellen\.' "$tap_tmp/step$n.out"; then
        tap_ok "README: $step  (answers in German)"
      else
        tap_not_ok "README: $step" "status $status" "$(cat "$tap_tmp/step$n.out" "$tap_tmp/step$n.err")"
      fi ;;
    *)
      if test "$status" = 0; then tap_ok "README: $step"
      else tap_not_ok "README: $step" "status $status" "$(tail -n 20 "$tap_tmp/step$n.err")"; fi ;;
  esac
done <"$tap_tmp/steps"

# The new catalog says where its data comes from (CC BY 4.0), as every
# catalog of po/ must: msginit copied it from the template's header.  The
# check make check runs on po/, run in the copy.
run env abs_top_srcdir="$src" abs_top_builddir="$src/_build" \
  sh "$src/tests/quality/attribution.sh" "$src/po/$ll.po"
if printf '%s\n' "$out" | grep -Fq -- "- $src/po/$ll.po gives source, revision"; then
  tap_ok "po/$ll.po as msginit made it carries the data's attribution"
else
  tap_not_ok "po/$ll.po lacks the data's attribution" \
    "$(printf '%s\n' "$out" "" | sed 's/^/  /')" "$(head -n 20 "$src/po/$ll.po")"
fi

# Partly translated: the rest falls back to English.
omerr_inst=$inst/bin/omerr
expect "an untranslated entry falls back to English" 0 \
  "The maximum capacity of the service has been exceeded." \
  env -u OMERR_LOCALEDIR LANG=en_US.UTF-8 LANGUAGE=$ll "$omerr_inst" -m 0x80cf0002
expect "unknown codes use the new language's wording" 1 "Unbekannter Fehlercode 0x80CF9999" \
  env -u OMERR_LOCALEDIR LANG=en_US.UTF-8 LANGUAGE=$ll "$omerr_inst" -m 0x80cf9999

# The gates: a language not declared complete may be partial ...
gate=$abs_top_srcdir/tests/quality/msgfmt-stats.sh
run env OMERR_POT="$src/src/generated/omerr-messages.pot" sh "$gate" "$src/po/$ll.po"
if test "$status" = 0 && ! printf '%s\n' "$out" | grep -q '^not ok'; then
  tap_ok "the gates accept the partial $ll (not in po/COMPLETE)"
else
  tap_not_ok "the gates refuse the partial $ll" "$out"
fi
# ... one declared complete may not.
echo "$ll" >>"$src/po/COMPLETE"
run env OMERR_POT="$src/src/generated/omerr-messages.pot" sh "$gate" "$src/po/$ll.po"
if printf '%s\n' "$out" | grep -q "^not ok .*declared complete"; then
  tap_ok "the gates refuse $ll once po/COMPLETE declares it complete"
else
  tap_not_ok "the gates accept an incomplete $ll declared complete" "$out"
fi

# English is derived: a changed row is in po/en.po at the next make.
sed 's/|The maximum capacity of the service has been exceeded\.|/|The service is full./' \
  "$src/data/software-update-agent-errors.en.md" >"$tap_tmp/en.md" &&
  cp "$tap_tmp/en.md" "$src/data/software-update-agent-errors.en.md"
(cd "$src/_build" && make) >"$tap_tmp/remake.log" 2>&1
if grep -qx 'msgstr "The service is full."' "$src/po/en.po" &&
   ! grep -q '^#, fuzzy' "$src/po/en.po"; then
  tap_ok "a changed English row reaches po/en.po at the next make, not fuzzy"
else
  tap_not_ok "po/en.po did not follow the master" "$(tail -n 20 "$tap_tmp/remake.log")" \
    "$(grep -n -B2 -A2 'MAX_CAPACITY' "$src/po/en.po")"
fi
tap_done
