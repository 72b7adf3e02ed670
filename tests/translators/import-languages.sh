#!/bin/sh
# SPDX-License-Identifier: MIT
# Importing published pages (src/compiler/catalog.c): a catalog is named
# by its language alone unless the region changes the language, so that
# gettext finds it (de-DE -> po/de.po, which LANG=de_AT.UTF-8 uses); LL=FILE
# overrides the name; Plural-Forms is gettext's own (msginit's).
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc=$abs_top_builddir/omerrc$EXEEXT

# table FILE LOCALE TEXT1 TEXT2: a tiny page in the published shape.
table ()
{
  cat >"$1" <<EOT
---
title: Software update agent error codes
ms.date: 05/29/2019
ms.contentlocale: $2
ms.locfileid: "1"
---
# Software update agent error codes

|Error code|Symbolic name|Description|
|--------------|-----------------|--------------------|
|**0x80cf0001**|OM_E_NO_SERVICE|$3|
|**0x80cf0002**|OM_E_MAX_CAPACITY_REACHED|$4|
EOT
}
table "$tap_tmp/en.md" en 'The agent could not provide the service.' \
  'The maximum capacity of the service has been exceeded.'
table "$tap_tmp/de.md" de-DE 'Der Agent konnte den Dienst nicht bereitstellen.' \
  'Die Kapazität des Dienstes ist erschöpft.'

# import TAG=NAME...: each page of locale TAG, imported, becomes NAME.po.
import ()
{
  rm -rf "$tap_tmp/po" && mkdir "$tap_tmp/po"
  run "$omerrc" --po-dir="$tap_tmp/po" "$tap_tmp/en.md" "$@"
}

import "$tap_tmp/de.md"
if test "$status" = 0 && test -f "$tap_tmp/po/de.po" && test ! -e "$tap_tmp/po/de_DE.po" &&
   grep -qx '"Language: de\\n"' "$tap_tmp/po/de.po"; then
  tap_ok "a de-DE page becomes po/de.po (Language: de)"
else
  tap_not_ok "a de-DE page becomes po/de.po (Language: de)" "status $status" "$err" \
    "$(ls "$tap_tmp/po")"
fi

# ... which gettext uses under LANG=de_AT.UTF-8 (de_AT, then de).
mkdir -p "$tap_tmp/locale/de/LC_MESSAGES"
"$MSGFMT" -c -o "$tap_tmp/locale/de/LC_MESSAGES/omerr.mo" "$tap_tmp/po/de.po"
expect "LANG=de_AT.UTF-8 reads the imported de catalog" 0 \
  'Der Agent konnte den Dienst nicht bereitstellen.' \
  env OMERR_LOCALEDIR="$tap_tmp/locale" LANG=de_AT.UTF-8 "$omerr" -m 0x80cf0001
expect "LANGUAGE=de reads it too" 0 \
  'Die Kapazität des Dienstes ist erschöpft.' \
  env OMERR_LOCALEDIR="$tap_tmp/locale" LANG=en_US.UTF-8 LANGUAGE=de "$omerr" -m 0x80cf0002

# The region stays where it changes the language.
for spec in zh-TW=zh_TW zh-CN=zh_CN pt-BR=pt_BR pt-PT=pt_PT en-GB=en_GB \
            ja-JP=ja lt-LT=lt ro-RO=ro sl-SI=sl tr-TR=tr sr-Latn-RS=sr@latin; do
  tag=${spec%%=*} name=${spec#*=}
  table "$tap_tmp/page.md" "$tag" 'x' 'y'
  import "$tap_tmp/page.md"
  if test "$status" = 0 && test -f "$tap_tmp/po/$name.po"; then
    tap_ok "a $tag page becomes po/$name.po"
  else
    tap_not_ok "a $tag page becomes po/$name.po" "status $status" "$err" "$(ls "$tap_tmp/po")"
    continue
  fi
  # Plural-Forms: exactly what gettext's msginit writes for the language.
  want=$(printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' |
         LC_ALL=C msginit --no-translator --no-wrap -l "$name" -i - -o - 2>/dev/null |
         sed -n 's/^"Plural-Forms: \(.*\)\\n"$/\1/p')
  got=$(msgcat --no-wrap "$tap_tmp/po/$name.po" | sed -n 's/^"Plural-Forms: \(.*\)\\n"$/\1/p')
  if test -z "$want"; then
    tap_ok "$name: gettext has no plural rule; the catalog says '$got'"
  elif test "$got" = "$want"; then
    tap_ok "$name: Plural-Forms is gettext's ($want)"
  else
    tap_not_ok "$name: Plural-Forms is not gettext's" "got:  $got" "want: $want"
  fi
done

# A catalog that exists keeps its header's Language-Team and Plural-Forms
# (its translator's, as msgmerge keeps them), whatever msginit says; the
# record of the import (--import-state) carries the same header.
import "$tap_tmp/de.md"
sed -e 's/^"Language-Team: .*/"Language-Team: Deutsches Team\\n"/' \
    -e 's/^"Plural-Forms: .*/"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"/' \
    "$tap_tmp/po/de.po" >"$tap_tmp/de.po" && mv "$tap_tmp/de.po" "$tap_tmp/po/de.po"
mkdir -p "$tap_tmp/state"
run "$omerrc" --po-dir="$tap_tmp/po" --import-state="$tap_tmp/state" "$tap_tmp/en.md" "$tap_tmp/de.md"
for f in "$tap_tmp/po/de.po" "$tap_tmp/state/de.po"; do
  if test "$status" = 0 &&
     grep -qx '"Language-Team: Deutsches Team\\n"' "$f" &&
     grep -qx '"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"' "$f" &&
     grep -q '^# Deutsches Team (de) messages for' "$f"; then
    tap_ok "an existing catalog's Language-Team and Plural-Forms stay (${f#"$tap_tmp/"})"
  else
    tap_not_ok "an existing catalog's Language-Team and Plural-Forms stay (${f#"$tap_tmp/"})" \
      "status $status" "$err" "$(sed -n '1p;/^"Language-Team/p;/^"Plural/p' "$f" 2>&1)"
  fi
done

# LL=FILE names the catalog whatever the page says.
import "de_AT=$tap_tmp/de.md"
if test "$status" = 0 && test -f "$tap_tmp/po/de_AT.po" && test ! -e "$tap_tmp/po/de.po"; then
  tap_ok "de_AT=FILE overrides the name"
else
  tap_not_ok "de_AT=FILE overrides the name" "status $status" "$err" "$(ls "$tap_tmp/po")"
fi
tap_done
