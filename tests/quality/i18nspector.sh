#!/bin/sh
# SPDX-License-Identifier: MIT
# i18nspector on every catalog and on the .mo msgfmt makes of it: no E: or
# W: tag but those allowed below.
# Usage: i18nspector.sh [FILE.po]...   (default: po/LL.po for po/LINGUAS)
. "${0%/*}/common.sh"
: "${I18NSPECTOR=$(command -v i18nspector)}"
need_tool i18nspector "$I18NSPECTOR"
need_tool msgfmt "$MSGFMT"

# Allowed tags, one per line: the tag and its argument exactly as printed
# after the file name.  The project has no address of any kind, and an
# invented one is worse than none, so the catalogs omerrc writes keep the
# values GNU gettext itself writes when there is none, which i18nspector
# 0.27 flags all the same:
# - no-report-msgid-bugs-to-header-field: Report-Msgid-Bugs-To empty,
#   xgettext's default (po/Makevars MSGID_BUGS_ADDRESS);
# - invalid-last-translator: "Automatically generated", what msginit
#   --no-translator writes for a catalog no person translated (omerrc
#   imports published tables).  A translator's own entry replaces it and
#   is then checked like any other.
# - invalid-last-translator "the omerr project": po-cli/'s catalogs,
#   written by the project (which has no address), not by a person.
allowed="\
no-report-msgid-bugs-to-header-field
invalid-last-translator 'Automatically generated'
invalid-last-translator 'the omerr project'"

for po; do
  mo=$tap_tmp/$(basename "$po" .po).mo
  if ! "$MSGFMT" -c -o "$mo" "$po"; then
    tap_not_ok "$po: msgfmt could not compile it"; continue
  fi
  for file in "$po" "$mo"; do
    if ! out=$("$I18NSPECTOR" "$file" 2>&1); then
      tap_not_ok "$file: i18nspector failed" "$out"
      continue
    fi
    # "X: FILE: tag argument" -> keep E/W lines whose "tag argument" is not
    # allowed (fixed-string, whole-line match).
    bad=$(printf '%s\n' "$out" | grep '^[EW]: ' | while IFS= read -r line; do
      rest=${line#?: "$file": }
      printf '%s\n' "$allowed" | grep -Fqx -e "$rest" || printf '%s\n' "$line"
    done)
    if [ -n "$bad" ]; then
      tap_not_ok "$file: i18nspector E:/W: tags" "$bad"
    else
      tap_ok "$file: no i18nspector error or warning"
    fi
  done
done
tap_done
