#!/bin/sh
# SPDX-License-Identifier: MIT
# What Chinese readers get from the built omerr (po/variants.mk): zh_HK and
# zh_MO the zh_TW text, the command's own words included, zh_CN and zh_SG
# English, never Traditional Chinese.
# The test environment points LOCPATH and OMERR_LOCALEDIR at the build
# tree's locales and catalogs.
omerr_no_po_files=yes
. "${0%/*}/common.sh"

zh_tw='代理程式無法提供服務。'
en='The agent could not provide the service.'

# message TEXT VAR=VALUE...: in that environment, omerr's message for
# 0x80CF0001 is TEXT, with nothing on standard error and status 0.
message() {
  want=$1; shift
  expect_out_err "$*: $want" 0 "$want" "" env "$@" "$omerr" -m 0x80cf0001
}

message "$zh_tw" LANG=zh_TW.UTF-8
message "$zh_tw" LANG=zh_HK.UTF-8
message "$zh_tw" LANG=zh_MO.UTF-8
message "$en" LANG=zh_CN.UTF-8
message "$en" LANG=zh_SG.UTF-8
# The same through LANGUAGE, under an English locale.
message "$zh_tw" LANG=en_US.UTF-8 LANGUAGE=zh_HK
message "$zh_tw" LANG=en_US.UTF-8 LANGUAGE=zh_MO
message "$en" LANG=en_US.UTF-8 LANGUAGE=zh_CN
# gettext tries zh after zh_CN: no bare zh catalog may answer.
message "$en" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN:zh
message "$en" LANG=en_US.UTF-8 LANGUAGE=zh
# Controls: LANGUAGE counts only when the locale is really set, so these
# show that zh_CN and zh_SG did not fall back to C (which would make the
# English above prove nothing).
message "$zh_tw" LANG=zh_CN.UTF-8 LANGUAGE=zh_TW
message "$zh_tw" LANG=zh_SG.UTF-8 LANGUAGE=zh_TW

# The command's own words too: its --help, and an error.
help_zh=$(LANG=zh_TW.UTF-8 "$omerr" --help 2>&1 | sed 1q)
bad_zh=$(LANG=zh_TW.UTF-8 "$omerr" z-z 2>&1)
for v in zh_HK zh_MO; do
  for what in help bad; do
    if [ $what = help ]; then
      got=$(LANG=$v.UTF-8 "$omerr" --help 2>&1 | sed 1q); want=$help_zh
    else
      got=$(LANG=$v.UTF-8 "$omerr" z-z 2>&1); want=$bad_zh
    fi
    if [ -n "$want" ] && [ "$got" = "$want" ] \
       && [ "$got" != "$(LANG=C "$omerr" --help 2>&1 | sed 1q)" ] \
       && [ "$got" != "$(LANG=C "$omerr" z-z 2>&1)" ]; then
      tap_ok "LANG=$v.UTF-8 omerr $what: zh_TW's words: $got"
    else
      tap_not_ok "LANG=$v.UTF-8 omerr $what: got '$got', want zh_TW's '$want'"
    fi
  done
done

# The tests' catalogs are the variants po/variants.mk lists now, not those
# of an earlier build: tests/catalogs holds the test languages and exactly
# the variants, each domain's catalog a link to zh_TW's.
catalogs=${abs_top_builddir:-.}/tests/catalogs
variants=$(sed -n 's/^omerr_zh_variants *= *//p' "$omerr_top_srcdir/po/variants.mk")
want=$(printf '%s\n' en zh_TW $variants | sort | tr '\n' ' ')
have=$(cd "$catalogs" && ls | sort | tr '\n' ' ')
if [ -n "$variants" ] && [ "$have" = "$want" ]; then
  tap_ok "tests/catalogs has the variants of po/variants.mk: $have"
else
  tap_not_ok "tests/catalogs has '$have', po/variants.mk wants '$want'"
fi
for v in $variants; do
  for d in omerr omerr-cli; do
    mo=$catalogs/$v/LC_MESSAGES/$d.mo
    if test -h "$mo" && cmp -s "$catalogs/zh_TW/LC_MESSAGES/$d.mo" "$mo"; then
      tap_ok "$v's test $d.mo is a link to zh_TW's"
    else
      tap_not_ok "$v's test $d.mo is not a link to zh_TW's"
    fi
  done
done
# ... because make remakes them when po/variants.mk changes.
rule=$(sed -n 's/^tests\/catalogs-zh\.stamp *://p' "${abs_top_builddir:-.}/Makefile")
case " $rule " in
  *"/po/variants.mk "*|*" po/variants.mk "*)
    tap_ok "tests/catalogs-zh.stamp depends on po/variants.mk" ;;
  *) tap_not_ok "tests/catalogs-zh.stamp depends on '$rule', not po/variants.mk" ;;
esac
# libomerr's own fallback (omerr_gettext_lang, tests/lib/test-gettext-lang.c)
# reads the same list, from a header make writes from po/variants.mk.
header=${abs_top_builddir:-.}/src/generated/zh-variants.h
got=$(sed -n 's/^#define OMERR_ZH_VARIANTS "\(.*\)"$/\1/p' "$header")
if [ -n "$variants" ] && [ "$got" = "$variants" ]; then
  tap_ok "src/generated/zh-variants.h lists po/variants.mk's variants: $got"
else
  tap_not_ok "src/generated/zh-variants.h lists '$got', po/variants.mk '$variants'"
fi
rule=$(sed -n 's/^src\/generated\/zh-variants\.h *://p' "${abs_top_builddir:-.}/Makefile")
case " $rule " in
  *"/po/variants.mk "*|*" po/variants.mk "*)
    tap_ok "src/generated/zh-variants.h depends on po/variants.mk" ;;
  *) tap_not_ok "src/generated/zh-variants.h depends on '$rule', not po/variants.mk" ;;
esac
tap_done
