#!/bin/sh
# SPDX-License-Identifier: MIT
# Every shipped catalog passes `msgfmt -c` and has every symbol of the
# template (msgcmp); those of the languages declared complete in
# po/COMPLETE (beside the catalog; without such a file, every language)
# also have nothing fuzzy and nothing
# untranslated.  A language on its way there may be partly translated:
# its untranslated entries fall back to English at run time.
# Usage: msgfmt-stats.sh [FILE.po]...   (default: po/LL.po for po/LINGUAS)
. "${0%/*}/common.sh"
need_tool msgfmt "$MSGFMT"
: "${MSGCMP=$(command -v msgcmp)}"
need_tool msgcmp "$MSGCMP"
pot=${OMERR_POT:-$omerr_top_srcdir/src/generated/omerr-messages.pot}

for po; do
  # po-cli/'s template is its own (xgettext's, from the command's sources).
  case $po in
    */po-cli/*) pot=${po%/*}/omerr-cli.pot ;;
    *) pot=${OMERR_POT:-$omerr_top_srcdir/src/generated/omerr-messages.pot} ;;
  esac
  # Complete unless a COMPLETE file beside the catalog leaves it out.
  ll=$(basename "$po" .po) list=$(dirname "$po")/COMPLETE complete=yes
  if [ -f "$list" ] && ! sed 's/#.*//' "$list" | tr ' ' '\n' | grep -qx "$ll"; then
    complete=no
  fi
  partial=
  [ $complete = yes ] || partial='--use-untranslated --use-fuzzy'
  # The statistics line is the last one on stderr; LC_ALL=C keeps it English.
  out=$(LC_ALL=C "$MSGFMT" -c --statistics -o /dev/null "$po" 2>&1)
  rc=$?
  stats=$(printf '%s\n' "$out" | tail -n 1)
  if [ $rc -ne 0 ]; then
    tap_not_ok "$po: msgfmt -c failed" "$out"
  elif printf '%s\n' "$stats" | grep -Eqx '[1-9][0-9]* translated messages?\.'
  then
    tap_ok "$po: $stats"
  elif [ $complete = no ]; then
    tap_ok "$po: $stats (not declared complete in po/COMPLETE)"
  else
    tap_not_ok "$po: declared complete in po/COMPLETE, but: $stats"
  fi

  if [ ! -f "$pot" ]; then
    tap_not_ok "$po: template $pot not found"
  # Partial: untranslated and fuzzy entries count as present.
  elif out=$(LC_ALL=C "$MSGCMP" $partial "$po" "$pot" 2>&1); then
    tap_ok "$po: translates every symbol of the template"
  else
    tap_not_ok "$po: misses symbols of the template" "$out"
  fi
done
tap_done
