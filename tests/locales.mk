# SPDX-License-Identifier: MIT
## tests/locales.mk: what every test needs, built into the build tree.
## Locales come from localedef, catalogs from the po/ files: nothing is
## taken from the machine's installed locales or catalogs.

# name=source:charset for each locale the tests use (de_DE.ISO-8859-1:
# what locale.alias makes of LANG=german, in test-catalog-faults).
omerr_test_locales = \
	zh_TW.UTF-8=zh_TW:UTF-8 zh_TW.BIG5=zh_TW:BIG5 \
	en_US.UTF-8=en_US:UTF-8 C.UTF-8=C:UTF-8 de_AT.UTF-8=de_AT:UTF-8 \
	de_DE.ISO-8859-1=de_DE:ISO-8859-1
omerr_test_languages = en zh_TW

# localedef exits 1 on mere warnings (Big5 lacks characters of zh_TW's
# source) yet writes the locale: the result counts, not the status.  Remade
# when the list above changes.
tests/locale.stamp: $(srcdir)/tests/locales.mk
	$(AM_V_GEN)rm -rf tests/locale && $(MKDIR_P) tests/locale && \
	for spec in $(omerr_test_locales); do \
	  name=$${spec%%=*}; source=$${spec#*=}; \
	  $(LOCALEDEF) -i $${source%%:*} -f $${source#*:} tests/locale/$$name \
	    >/dev/null 2>&1; \
	  test -f tests/locale/$$name/LC_CTYPE \
	    || { echo "localedef could not build $$name" >&2; exit 1; }; \
	done && touch $@

# The code table's catalogs (po/) and the command's own (po-cli/).
tests/catalogs.stamp: $(srcdir)/po/en.po $(srcdir)/po/zh_TW.po \
		$(srcdir)/po-cli/en.po $(srcdir)/po-cli/zh_TW.po
	$(AM_V_GEN)for lang in $(omerr_test_languages); do \
	  $(MKDIR_P) tests/catalogs/$$lang/LC_MESSAGES && \
	  $(MSGFMT_PROG) -c -o tests/catalogs/$$lang/LC_MESSAGES/omerr.mo \
	    $(srcdir)/po/$$lang.po && \
	  $(MSGFMT_PROG) -c -o tests/catalogs/$$lang/LC_MESSAGES/omerr-cli.mo \
	    $(srcdir)/po-cli/$$lang.po || exit 1; \
	done && touch $@

check_DATA = tests/locale.stamp tests/catalogs.stamp
CLEANFILES += tests/locale.stamp tests/catalogs.stamp
clean-local: clean-omerr-test-data
clean-omerr-test-data:
	-rm -rf tests/locale tests/catalogs
.PHONY: clean-omerr-test-data

# Every test speaks TAP: cmocka binaries (no extension) and shell scripts.
omerr_tap_driver = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
LOG_DRIVER = $(omerr_tap_driver)
TEST_LOG_DRIVER = $(omerr_tap_driver)
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(omerr_tap_driver)
SH_LOG_COMPILER = $(SHELL)

# Where the library looks for installed tables in the tests: a directory
# nothing makes, so that a table installed under the prefix (make install,
# omerr-install-table) cannot change what they find.
omerr_test_tabledir = $(abs_top_builddir)/tests/no-installed-tables

# The tests' environment: their own locales and catalogs, no installed
# tables, no inherited language settings, and what the scripts need to
# find their tools.
AM_TESTS_ENVIRONMENT = \
	LOCPATH='$(abs_top_builddir)/tests/locale'; export LOCPATH; \
	OMERR_LOCALEDIR='$(abs_top_builddir)/tests/catalogs'; \
	export OMERR_LOCALEDIR; \
	OMERR_TABLEDIR='$(omerr_test_tabledir)'; export OMERR_TABLEDIR; \
	unset LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE LANG; \
	CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
	top_srcdir='$(top_srcdir)'; abs_top_srcdir='$(abs_top_srcdir)'; \
	abs_top_builddir='$(abs_top_builddir)'; \
	LIBTOOL='$(LIBTOOL)'; ICONV='$(ICONV)'; VALGRIND='$(VALGRIND)'; \
	OMERR_SANITIZERS='$(OMERR_SANITIZERS)'; export OMERR_SANITIZERS; \
	MSGFMT='$(MSGFMT_PROG)'; EXEEXT='$(EXEEXT)'; NM='$(NM)'; \
	export top_srcdir abs_top_srcdir abs_top_builddir LIBTOOL ICONV \
	  VALGRIND MSGFMT EXEEXT NM;
