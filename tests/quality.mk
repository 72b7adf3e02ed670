# SPDX-License-Identifier: MIT
## tests/quality.mk: quality gates on the shipped catalogs, and what users
## of the Chinese variants get (po/variants.mk).  TAP shell scripts; each
## also takes .po files as arguments, to be tried on other files.

quality_tests = \
	tests/quality/msgfmt-stats.sh tests/quality/i18nspector.sh \
	tests/quality/pofilter.sh tests/quality/omerr-keys.sh \
	tests/quality/chinese-variants.sh tests/quality/master-review.sh \
	tests/quality/attribution.sh tests/quality/en-po.sh tests/quality/spdx.sh \
	tests/quality/import-current.sh tests/quality/po-references.sh \
	tests/quality/omerr-keys-catches.sh
TESTS += $(quality_tests)
EXTRA_DIST += $(quality_tests) tests/quality/common.sh

# Tools configure found; an empty one is skipped, or fails when CI is set.
AM_TESTS_ENVIRONMENT += \
	I18NSPECTOR='$(I18NSPECTOR)'; POFILTER='$(POFILTER)'; \
	export I18NSPECTOR POFILTER;

# Locales of the Chinese variant tests, beside tests/locales.mk's (whose
# rule starts from an empty tests/locale, hence the prerequisite).  glibc
# 2.36 has no zh_MO source: Macau's is built from zh_HK's, as an
# administrator would.  localedef's status is ignored as there.
omerr_zh_test_locales = zh_HK.UTF-8=zh_HK zh_MO.UTF-8=zh_HK \
	zh_CN.UTF-8=zh_CN zh_SG.UTF-8=zh_SG
tests/locale-zh.stamp: tests/locale.stamp
	$(AM_V_GEN)for spec in $(omerr_zh_test_locales); do \
	  name=$${spec%%=*}; \
	  $(LOCALEDEF) -i $${spec#*=} -f UTF-8 tests/locale/$$name \
	    >/dev/null 2>&1; \
	  test -f tests/locale/$$name/LC_CTYPE \
	    || { echo "localedef could not build $$name" >&2; exit 1; }; \
	done && touch $@

# The variants' catalogs, made the way `make install` makes them, again
# whenever po/variants.mk changes; a variant no longer listed there goes
# (every directory that is not one of the test languages is a variant's).
tests/catalogs-zh.stamp: tests/catalogs.stamp $(srcdir)/po/variants.mk
	$(AM_V_GEN)for d in tests/catalogs/*; do \
	  case " $(omerr_test_languages) " in \
	    *" $${d##*/} "*) ;; *) rm -rf "$$d";; \
	  esac; \
	done; \
	dir=tests/catalogs; domains='$(PACKAGE) omerr-cli'; \
	$(omerr_install_zh_variants); touch $@

check_DATA += tests/locale-zh.stamp tests/catalogs-zh.stamp
CLEANFILES += tests/locale-zh.stamp tests/catalogs-zh.stamp

# omerr-keys.sh's checks, on catalogs read by omerrc's own PO reader.
check_PROGRAMS += tests/quality/po-keys
tests_quality_po_keys_SOURCES = tests/quality/po-keys.c
tests_quality_po_keys_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/compiler
tests_quality_po_keys_LDADD = $(omerrc_compiler_libs)
AM_TESTS_ENVIRONMENT += \
	OMERR_PO_KEYS='$(abs_top_builddir)/tests/quality/po-keys$(EXEEXT)'; \
	export OMERR_PO_KEYS;
