# SPDX-License-Identifier: MIT
# Broken or missing catalogs: English and no crash, whatever the file holds.
. "$abs_top_srcdir/tests/cli/tap.sh"

mo="$OMERR_LOCALEDIR/zh_TW/LC_MESSAGES/omerr.mo"
env LANG=C "$omerr" --list >"$tap_tmp/english.txt"

# with_catalog DESCRIPTION: runs --list in zh_TW.UTF-8 against the catalog
# in $tap_tmp/cat and expects the English list.
with_catalog ()
{
  run env OMERR_LOCALEDIR="$tap_tmp/cat" LANG=zh_TW.UTF-8 "$omerr" --list
  if test "$status" = 0 && test "$out" = "$(cat "$tap_tmp/english.txt")"; then
    tap_ok "$1"
  else
    tap_not_ok "$1" "status $status" "$err"
  fi
}

mkdir -p "$tap_tmp/cat/zh_TW/LC_MESSAGES"
with_catalog "catalog missing: English"
: >"$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr.mo"
with_catalog "catalog empty: English"
# glibc's gettext trusts a catalog's offsets (cut after its header, it reads
# past the end and crashes): the library checks catalogs before use.
size=$(wc -c <"$mo")
for bytes in 4 27 28 100 $((size / 2)) $((size - 1)); do
  head -c $bytes "$mo" >"$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr.mo"
  with_catalog "catalog truncated to $bytes of $size bytes: English"
done
printf 'not a catalog at all, just text\n' >"$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr.mo"
with_catalog "catalog of garbage: English"

# A damaged catalog under another form of the name (codeset, normalized
# codeset) or reached through LANGUAGE is found too.
rm -f "$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr.mo"
for dir in zh_TW.UTF-8 zh_TW.utf8 zh; do
  mkdir -p "$tap_tmp/cat/$dir/LC_MESSAGES"
  head -c 100 "$mo" >"$tap_tmp/cat/$dir/LC_MESSAGES/omerr.mo"
  with_catalog "damaged catalog in $dir/: English"
  rm -rf "$tap_tmp/cat/$dir"
done
mkdir -p "$tap_tmp/cat/fr/LC_MESSAGES"
head -c 100 "$mo" >"$tap_tmp/cat/fr/LC_MESSAGES/omerr.mo"
run env OMERR_LOCALEDIR="$tap_tmp/cat" LANGUAGE=fr:zh_TW LANG=en_US.UTF-8 "$omerr" --list
if test "$status" = 0 && test "$out" = "$(cat "$tap_tmp/english.txt")"; then
  tap_ok "damaged catalog named by LANGUAGE: English"
else
  tap_not_ok "damaged catalog named by LANGUAGE" "status $status" "$err"
fi
rm -rf "$tap_tmp/cat/fr"

# A sound catalog in the same place is still used.
cp "$mo" "$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr.mo"
run env OMERR_LOCALEDIR="$tap_tmp/cat" LANG=zh_TW.UTF-8 "$omerr" -m 0x80cf0001
if test "$status" = 0 && test "$out" = '代理程式無法提供服務。'; then
  tap_ok "sound catalog copy: Chinese"
else
  tap_not_ok "sound catalog copy" "status $status" "$out"
fi

# The command's own catalog (omerr-cli) is checked as the tables' are: one
# whose hash table lies past its end crashed gettext, and so the command.
cli_mo="$OMERR_LOCALEDIR/zh_TW/LC_MESSAGES/omerr-cli.mo"
cp "$cli_mo" "$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr-cli.mo"
# Word 6 (bytes 24 to 27): the hash table's offset, now 0x7FFFFFF0.
printf '\360\377\377\177' | dd of="$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr-cli.mo" \
  bs=1 seek=24 conv=notrunc 2>/dev/null
env LANG=C "$omerr" --help >"$tap_tmp/help-en.txt"
run env OMERR_LOCALEDIR="$tap_tmp/cat" LANG=zh_TW.UTF-8 "$omerr" --help
if test "$status" = 0 && test "$out" = "$(cat "$tap_tmp/help-en.txt")"; then
  tap_ok "damaged omerr-cli catalog: --help in English"
else
  tap_not_ok "damaged omerr-cli catalog: --help" "status $status" "$err"
fi
run env OMERR_LOCALEDIR="$tap_tmp/cat" LANG=zh_TW.UTF-8 "$omerr" z-z
if test "$status" = 2 \
   && test "$err" = "omerr: 'z-z': not a code (hex, decimal or a symbol)"; then
  tap_ok "damaged omerr-cli catalog: errors in English"
else
  tap_not_ok "damaged omerr-cli catalog: errors" "status $status" "$err"
fi
# The codes' messages do not depend on the command's catalog.
run env OMERR_LOCALEDIR="$tap_tmp/cat" LANG=zh_TW.UTF-8 "$omerr" -m 0x80cf0001
if test "$status" = 0 && test "$out" = '代理程式無法提供服務。'; then
  tap_ok "damaged omerr-cli catalog: the codes' catalog still used"
else
  tap_not_ok "damaged omerr-cli catalog, codes" "status $status" "$out"
fi
rm -f "$tap_tmp/cat/zh_TW/LC_MESSAGES/omerr-cli.mo"

run env OMERR_LOCALEDIR= LANG=zh_TW.UTF-8 "$omerr" -m 0x80cf0001
if test "$status" = 0 && test -n "$out"; then
  tap_ok "empty OMERR_LOCALEDIR: the installed location, an answer"
else
  tap_not_ok "empty OMERR_LOCALEDIR" "status $status" "$err"
fi

tap_done
