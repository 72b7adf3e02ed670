#!/bin/sh
# Every shipped catalog passes `msgfmt -c` and is complete: nothing fuzzy,
# nothing untranslated, no symbol of the template missing (msgcmp).
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
  # The statistics line is the last one on stderr; LC_ALL=C keeps it English.
  out=$(LC_ALL=C "$MSGFMT" -c --statistics -o /dev/null "$po" 2>&1)
  rc=$?
  stats=$(printf '%s\n' "$out" | tail -n 1)
  if [ $rc -ne 0 ]; then
    not_ok "$po: msgfmt -c failed"; printf '%s\n' "$out" | diag
  elif printf '%s\n' "$stats" | grep -Eqx '[1-9][0-9]* translated messages?\.'
  then
    ok "$po: $stats"
  else
    not_ok "$po: not complete: $stats"
  fi

  if [ ! -f "$pot" ]; then
    not_ok "$po: template $pot not found"
  elif out=$(LC_ALL=C "$MSGCMP" "$po" "$pot" 2>&1); then
    ok "$po: translates every symbol of the template"
  else
    not_ok "$po: misses symbols of the template"; printf '%s\n' "$out" | diag
  fi
done
tap_done
