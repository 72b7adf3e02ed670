#!/bin/sh
# What Chinese readers get from the built omerr (po/variants.mk): zh_HK and
# zh_MO the zh_TW text, zh_CN and zh_SG English, never Traditional Chinese.
# The test environment points LOCPATH and OMERR_LOCALEDIR at the build
# tree's locales and catalogs.
omerr_no_po_files=yes
. "${0%/*}/common.sh"

omerr=${abs_top_builddir:-.}/omerr${EXEEXT-}
zh_tw='代理程式無法提供服務。'
en='The agent is unable to provide the service.'

# expect TEXT VAR=VALUE...: omerr's message for 0x80CF0001 in that
# environment is TEXT.
expect() {
  want=$1; shift
  got=$(env "$@" "$omerr" -m 0x80cf0001 2>&1)
  if [ "$got" = "$want" ]; then
    ok "$*: $want"
  else
    not_ok "$*: got '$got', want '$want'"
  fi
}

expect "$zh_tw" LANG=zh_TW.UTF-8
expect "$zh_tw" LANG=zh_HK.UTF-8
expect "$zh_tw" LANG=zh_MO.UTF-8
expect "$en" LANG=zh_CN.UTF-8
expect "$en" LANG=zh_SG.UTF-8
# The same through LANGUAGE, under an English locale.
expect "$zh_tw" LANG=en_US.UTF-8 LANGUAGE=zh_HK
expect "$zh_tw" LANG=en_US.UTF-8 LANGUAGE=zh_MO
expect "$en" LANG=en_US.UTF-8 LANGUAGE=zh_CN
# gettext tries zh after zh_CN: no bare zh catalog may answer.
expect "$en" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN:zh
expect "$en" LANG=en_US.UTF-8 LANGUAGE=zh
# Controls: LANGUAGE counts only when the locale is really set, so these
# show that zh_CN and zh_SG did not fall back to C (which would make the
# English above prove nothing).
expect "$zh_tw" LANG=zh_CN.UTF-8 LANGUAGE=zh_TW
expect "$zh_tw" LANG=zh_SG.UTF-8 LANGUAGE=zh_TW
tap_done
