# SPDX-License-Identifier: MIT
## tests/library.mk: cmocka tests of libomerr.

omerr_lib_tests = tests/lib/test-lookup tests/lib/test-gettext \
	tests/lib/test-threads tests/lib/test-catalog-check \
	tests/lib/test-message-cache tests/lib/test-mo-file tests/lib/test-tables \
	tests/lib/test-gettext-lang
check_PROGRAMS += $(omerr_lib_tests)
TESTS += $(omerr_lib_tests)

# The tests that compare answers with po/*.po read them through omerrc's
# PO reader (src/compiler/catalog.c and what it needs of libomerrc.a).
omerr_lib_test_sources = tests/lib/source-catalog.h tests/lib/test-locale.h
omerr_lib_test_cflags = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
omerr_lib_test_cppflags = $(AM_CPPFLAGS) -I$(top_srcdir)/src/compiler
omerr_lib_test_ldadd = libomerr.la src/compiler/libomerrc.a $(GETTEXTPO_LIBS) \
	$(CMOCKA_LIBS) $(LTLIBINTL)

tests_lib_test_lookup_SOURCES = tests/lib/test-lookup.c $(omerr_lib_test_sources)
tests_lib_test_lookup_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_lookup_CPPFLAGS = $(omerr_lib_test_cppflags)
tests_lib_test_lookup_LDADD = $(omerr_lib_test_ldadd)
tests_lib_test_gettext_SOURCES = tests/lib/test-gettext.c $(omerr_lib_test_sources)
tests_lib_test_gettext_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_gettext_CPPFLAGS = $(omerr_lib_test_cppflags)
tests_lib_test_gettext_LDADD = $(omerr_lib_test_ldadd)
tests_lib_test_threads_SOURCES = tests/lib/test-threads.c $(omerr_lib_test_sources)
tests_lib_test_threads_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_threads_CPPFLAGS = $(omerr_lib_test_cppflags)
tests_lib_test_threads_LDADD = $(omerr_lib_test_ldadd)
# Tables the test compiles with omerrc (run from the build tree).
tests_lib_test_tables_SOURCES = tests/lib/test-tables.c tests/lib/test-locale.h
tests_lib_test_tables_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_tables_LDADD = $(omerr_lib_test_ldadd)
EXTRA_tests_lib_test_tables_DEPENDENCIES = omerrc$(EXEEXT)
tests_lib_test_message_cache_SOURCES = tests/lib/test-message-cache.c \
	tests/lib/test-locale.h
tests_lib_test_message_cache_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_message_cache_LDADD = $(omerr_lib_test_ldadd)
# The same differential test around a deliberately bad hash: multiplying
# by 2^32 - 1 puts the table's 0x80CF.... codes in one long run of slots
# and its 0x00CF.... codes in a run that wraps around the end, so the
# cache's probing is tested, not just first slots.  The library's sources
# are compiled into the test for that, and its dgettext calls are counted
# (--wrap) to show that the cache, not gettext, answers once filled.
check_PROGRAMS += tests/lib/test-message-cache-probing
TESTS += tests/lib/test-message-cache-probing
tests_lib_test_message_cache_probing_SOURCES = tests/lib/test-message-cache.c \
	tests/lib/test-locale.h $(libomerr_la_SOURCES)
nodist_tests_lib_test_message_cache_probing_SOURCES = $(omerr_generated_sources)
tests_lib_test_message_cache_probing_CPPFLAGS = $(AM_CPPFLAGS) \
	-DOMERR_BUILDING_LIBRARY -DOMERR_CACHE_MULTIPLIER=0xFFFFFFFFu \
	-DOMERR_TEST_COUNT_DGETTEXT
tests_lib_test_message_cache_probing_LDFLAGS = \
	-Wl,--wrap=dgettext,--wrap=dcgettext
tests_lib_test_message_cache_probing_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_message_cache_probing_LDADD = $(CMOCKA_LIBS) $(LTLIBINTL)
# The catalog check is internal (not exported): compiled into the test.
tests_lib_test_catalog_check_SOURCES = tests/lib/test-catalog-check.c \
	src/lib/catalog-guard.c src/lib/mo-file.c src/lib/domain.c
tests_lib_test_catalog_check_CFLAGS = $(omerr_lib_test_cflags)
# Its locale.alias, which the test writes, in place of glibc's.
tests_lib_test_catalog_check_CPPFLAGS = $(AM_CPPFLAGS) \
	-DOMERR_LOCALE_ALIAS='"$(abs_top_builddir)/tests/lib/test-catalog-check.alias"'
tests_lib_test_catalog_check_LDADD = $(CMOCKA_LIBS) $(LTLIBINTL)
# So is the .mo reader.
tests_lib_test_mo_file_SOURCES = tests/lib/test-mo-file.c \
	tests/lib/source-catalog.h src/lib/mo-file.c
tests_lib_test_mo_file_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_mo_file_CPPFLAGS = $(omerr_lib_test_cppflags)
tests_lib_test_mo_file_LDADD = src/compiler/libomerrc.a $(GETTEXTPO_LIBS) \
	$(CMOCKA_LIBS)

tests_lib_test_gettext_lang_SOURCES = tests/lib/test-gettext-lang.c \
	tests/lib/source-catalog.h
tests_lib_test_gettext_lang_CFLAGS = $(omerr_lib_test_cflags)
tests_lib_test_gettext_lang_CPPFLAGS = $(omerr_lib_test_cppflags)
tests_lib_test_gettext_lang_LDADD = $(omerr_lib_test_ldadd)

# The library's exported symbols.
TESTS += tests/lib/exports.sh
EXTRA_DIST += tests/lib/exports.sh tests/lib/installed.c

# <omerr.h> alone in every C and C++ mode (again on the installed copy by
# make installcheck, below).
TESTS += tests/lib/header-modes.sh
EXTRA_DIST += tests/lib/header-modes.sh tests/lib/client.c
AM_TESTS_ENVIRONMENT += PKG_CONFIG='$(PKG_CONFIG)'; export PKG_CONFIG;

# The ABI against the committed baseline (abidiff); make abi-baseline
# rewrites it from this build after a change that was meant (README),
# naming each translation unit by its path in the source tree, not in the
# tree of whoever ran it (abidiff does not compare those paths).
TESTS += tests/lib/abi-check.sh
EXTRA_DIST += tests/lib/abi-check.sh src/lib/libomerr.abi
AM_TESTS_ENVIRONMENT += ABIDIFF='$(ABIDIFF)'; export ABIDIFF;
abi-baseline: libomerr.la
	@test -n '$(ABIDW)' || { echo 'abi-baseline: no abidw (Debian: abigail-tools)' >&2; exit 1; }
	$(AM_V_GEN)$(ABIDW) --no-corpus-path --no-comp-dir-path --no-show-locs \
	  --no-elf-needed --type-id-style hash --drop-private-types \
	  --headers-dir $(srcdir)/src/lib --headers-dir src/lib \
	  --headers-dir src/generated --out-file src/lib/libomerr.abi.tmp \
	  .libs/libomerr.so && \
	sed "s|path='$(abs_top_srcdir)/|path='|; s|path='$(abs_top_builddir)/|path='|" \
	  src/lib/libomerr.abi.tmp >$(srcdir)/src/lib/libomerr.abi && \
	rm -f src/lib/libomerr.abi.tmp
.PHONY: abi-baseline

# What packagers check in the ELF files, and a manual page for every
# program and function (both again on the installed files).
TESTS += tests/lib/elf-checks.sh tests/lib/man-pages.sh
EXTRA_DIST += tests/lib/elf-checks.sh tests/lib/man-pages.sh

# The table adds no relocation to the shared library: it is rebuilt with
# the compiler and flags of this build around a synthetic table.
TESTS += tests/lib/relocations.sh
EXTRA_DIST += tests/lib/relocations.sh
AM_TESTS_ENVIRONMENT += \
	OMERR_CC='$(CC)'; \
	OMERR_CFLAGS='$(CFLAGS) $(PTHREAD_CFLAGS) $(NO_PLT_CFLAGS)'; \
	READELF='$(READELF)'; AWK='$(AWK)'; \
	omerr_lib_sources='$(filter %.c,$(libomerr_la_SOURCES))'; \
	export OMERR_CC OMERR_CFLAGS READELF AWK omerr_lib_sources;

# 'make installcheck': a program built only with pkg-config against the
# installed copy (DESTDIR honored), run in English and in Traditional
# Chinese with the installed catalogs and the tests' own locales.
installcheck-local: installcheck-omerr-library
installcheck-omerr-library: tests/locale.stamp
	$(AM_V_GEN)tmp=`mktemp -d` && trap 'rm -rf "$$tmp"' EXIT && \
	PKG_CONFIG_PATH='$(DESTDIR)$(libdir)/pkgconfig'; export PKG_CONFIG_PATH; \
	if test -n '$(DESTDIR)'; then \
	  PKG_CONFIG_SYSROOT_DIR='$(DESTDIR)'; export PKG_CONFIG_SYSROOT_DIR; \
	fi; \
	$(CC) $(CFLAGS) `$(PKG_CONFIG) --cflags omerr` \
	  -o "$$tmp/installed" $(srcdir)/tests/lib/installed.c \
	  `$(PKG_CONFIG) --libs omerr` && \
	LD_LIBRARY_PATH='$(DESTDIR)$(libdir)'; export LD_LIBRARY_PATH; \
	OMERR_LOCALEDIR='$(DESTDIR)$(localedir)'; export OMERR_LOCALEDIR; \
	LOCPATH='$(abs_top_builddir)/tests/locale'; export LOCPATH; \
	unset LANGUAGE LC_ALL LC_MESSAGES; \
	LANG=C "$$tmp/installed" en && \
	LANG=zh_TW.UTF-8 "$$tmp/installed" zh_TW && \
	OMERR_CLIENT_CPPFLAGS=`$(PKG_CONFIG) --cflags omerr` \
	OMERR_CLIENT_LIBS=`$(PKG_CONFIG) --libs omerr` \
	OMERR_CLIENT_VERSION=`$(PKG_CONFIG) --modversion omerr` \
	OMERR_CC='$(CC)' abs_top_srcdir='$(abs_top_srcdir)' \
	abs_top_builddir='$(abs_top_builddir)' \
	  $(SHELL) $(srcdir)/tests/lib/header-modes.sh >"$$tmp/modes.log" 2>&1 \
	  || { cat "$$tmp/modes.log"; exit 1; }; \
	grep -c '^ok' "$$tmp/modes.log" | sed 's/$$/ header modes pass on the installed <omerr.h>/' && \
	abs_top_srcdir='$(abs_top_srcdir)' abs_top_builddir='$(abs_top_builddir)' \
	READELF='$(READELF)' NM='$(NM)' EXEEXT='$(EXEEXT)' \
	  $(SHELL) $(srcdir)/tests/lib/elf-checks.sh \
	  '$(DESTDIR)$(libdir)/libomerr.so' \
	  '$(DESTDIR)$(bindir)'/* >"$$tmp/elf.log" 2>&1 \
	  || { cat "$$tmp/elf.log"; exit 1; }; \
	abs_top_srcdir='$(abs_top_srcdir)' abs_top_builddir='$(abs_top_builddir)' \
	NM='$(NM)' EXEEXT='$(EXEEXT)' \
	  $(SHELL) $(srcdir)/tests/lib/man-pages.sh \
	  '$(DESTDIR)$(libdir)/libomerr.so' '$(DESTDIR)$(bindir)' \
	  '$(DESTDIR)$(mandir)' >"$$tmp/man.log" 2>&1 \
	  || { cat "$$tmp/man.log"; exit 1; }; \
	echo "installed files: `grep -c '^ok' "$$tmp/elf.log"` ELF checks and `grep -c '^ok' "$$tmp/man.log"` manual pages pass"
.PHONY: installcheck-omerr-library

# A table of one's own, compiled and installed as the README says
# (omerrc, then omerr-install-table), and read by a program using only
# omerr_gettext: once through OMERR_TABLE_PATH, once installed in a prefix
# that print-installed's copy of the library looks in (PKGDATADIR).
TESTS += tests/lib/install-table.sh
EXTRA_DIST += tests/lib/install-table.sh
check_PROGRAMS += tests/lib/print-messages tests/lib/print-installed
check_SCRIPTS = src/tables/omerr-install-table
tests_lib_print_messages_SOURCES = tests/lib/print-messages.c
tests_lib_print_messages_LDADD = libomerr.la $(LTLIBINTL)
tests_lib_print_installed_SOURCES = tests/lib/print-messages.c \
	$(libomerr_la_SOURCES)
nodist_tests_lib_print_installed_SOURCES = $(omerr_generated_sources)
tests_lib_print_installed_CPPFLAGS = $(AM_CPPFLAGS) -DOMERR_BUILDING_LIBRARY \
	-DOMERR_TABLES_DIR='"$(abs_top_builddir)/tests/lib/install-prefix/share/omerr/tables"'
tests_lib_print_installed_LDADD = $(LTLIBINTL)
