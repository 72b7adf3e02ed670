# SPDX-License-Identifier: MIT
## tests/bench.mk: make bench, the side-by-side benchmarks of issue 6.
## Never part of make check (timings depend on the machine); the README's
## "Performance" section shows the latest runs, tests/bench/HISTORY.md the
## earlier ones.  The parts:
##   tests/bench/bench-lookup   ns per call and thread scaling (one process)
##   tests/bench/callgrind.sh   instructions per call (valgrind)
##   tests/bench/startup.sh     omerr against gpg-error, start to exit (hyperfine,
##                              and tests/bench/startup-runs run by run)
##   tests/bench/compiler.sh    omerrc against msgfmt on synthetic tables
## Missing optional tools (valgrind, hyperfine, gpg-error) skip their part.

# Built by make bench only.
EXTRA_PROGRAMS = tests/bench/bench-lookup tests/bench/startup-runs
tests_bench_startup_runs_SOURCES = tests/bench/startup-runs.c
CLEANFILES += tests/bench/startup-runs$(EXEEXT)
tests_bench_bench_lookup_SOURCES = tests/bench/bench-lookup.c
tests_bench_bench_lookup_LDADD = libomerr.la $(GPG_ERROR_LIBS) $(LTLIBINTL)
CLEANFILES += tests/bench/bench-lookup$(EXEEXT)
EXTRA_DIST += tests/bench/callgrind.sh tests/bench/startup.sh \
	tests/bench/compiler.sh tests/bench/gen-table.sh
# The earlier runs README's "Performance" section refers to.
EXTRA_DIST += tests/bench/HISTORY.md

# Table sizes for the compiler benchmark: make bench BENCH_ROWS='1000 10000'.
BENCH_ROWS = 1000 10000 100000 1000000
# Calls per case for bench-lookup (callgrind runs N and 2N).
BENCH_CALLS = 2000000
BENCH_CALLGRIND_CALLS = 20000

# The build tree's locales and catalogs, no installed tables, no inherited
# language settings.
omerr_bench_env = \
	LOCPATH='$(abs_top_builddir)/tests/locale:$(abs_top_builddir)/$(omerr_bench_locales)'; \
	export LOCPATH; \
	OMERR_LOCALEDIR='$(abs_top_builddir)/tests/catalogs'; \
	export OMERR_LOCALEDIR; \
	OMERR_TABLE_PATH='$(abs_top_builddir)/$(omerr_bench_tables)'; \
	OMERR_TABLEDIR='$(omerr_test_tabledir)'; \
	export OMERR_TABLE_PATH OMERR_TABLEDIR; \
	unset LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE LANG; \
	AWK='$(AWK)'; MSGFMT='$(MSGFMT_PROG)'; HYPERFINE='$(HYPERFINE)'; \
	VALGRIND='$(VALGRIND)'; export AWK MSGFMT HYPERFINE VALGRIND;

# 256 locales of distinct names for the lookups by turns: zh_TW.UTF-8@bNN
# and en_US.UTF-8@bNN alternately, each the test locale of its language
# under another name (a modifier gettext drops to find the catalog).
# Remade when this file changes their number.
omerr_bench_locales = tests/bench/locale
tests/bench/locale.stamp: tests/locale.stamp $(srcdir)/tests/bench.mk
	$(AM_V_GEN)rm -rf $(omerr_bench_locales) && \
	$(MKDIR_P) $(omerr_bench_locales) && \
	k=0; while test $$k -lt 256; do \
	  n=`printf %02d $$k`; \
	  if test `expr $$k % 2` = 0; then l=zh_TW.UTF-8; else l=en_US.UTF-8; fi; \
	  ln -s ../../locale/$$l $(omerr_bench_locales)/$$l@b$$n || exit 1; \
	  k=`expr $$k + 1`; \
	done && touch $@
CLEANFILES += tests/bench/locale.stamp

# 10 installed tables of 1,000 codes each (0x80D00000 + 0x10000 k + i), for
# the lookups and the start-up with tables.
omerr_bench_tables = tests/bench/tables
tests/bench/tables.stamp: omerrc$(EXEEXT) $(srcdir)/tests/bench/gen-table.sh
	$(AM_V_GEN)rm -rf $(omerr_bench_tables) && $(MKDIR_P) $(omerr_bench_tables) && \
	for k in 0 1 2 3 4 5 6 7 8 9; do \
	  AWK='$(AWK)' $(SHELL) $(srcdir)/tests/bench/gen-table.sh 1000 \
	    0x80D$${k}0000 OM_E_T$$k >$(omerr_bench_tables)/t$$k.md && \
	  ./omerrc$(EXEEXT) -d synth$$k \
	    --table-file=$(omerr_bench_tables)/synth$$k.omt \
	    $(omerr_bench_tables)/t$$k.md || exit 1; \
	  rm -f $(omerr_bench_tables)/t$$k.md; \
	done && touch $@
CLEANFILES += tests/bench/tables.stamp
clean-local: clean-omerr-bench-tables
clean-omerr-bench-tables:
	-rm -rf $(omerr_bench_tables) $(omerr_bench_locales)
.PHONY: clean-omerr-bench-tables

# make bench-lookups: the lookups alone (both tables below).
bench-lookups: all tests/bench/bench-lookup$(EXEEXT) tests/locale.stamp \
	tests/catalogs.stamp tests/bench/tables.stamp tests/bench/locale.stamp
	@$(omerr_bench_env) \
	echo "== machine: `uname -srm`, `grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'`," \
	  "`nproc` CPUs, `ldd --version | sed 1q`"; \
	echo; echo "== lookups, ns per call (tests/bench/bench-lookup $(BENCH_CALLS); the 10 tables of tests/bench/tables installed)"; \
	$(LIBTOOL) --mode=execute tests/bench/bench-lookup$(EXEEXT) $(BENCH_CALLS); \
	echo; echo "== lookups, instructions per call (callgrind; the 10 tables of tests/bench/tables installed)"; \
	if test -n '$(VALGRIND)'; then \
	  VALGRIND='$(VALGRIND)' $(SHELL) $(srcdir)/tests/bench/callgrind.sh \
	    '$(LIBTOOL) --mode=execute tests/bench/bench-lookup$(EXEEXT)' \
	    $(BENCH_CALLGRIND_CALLS); \
	else echo "(skipped: no valgrind)"; fi

# The start-up runs see the test locales alone on LOCPATH: glibc searches
# each LOCPATH directory for every category a program loads (gpg-error
# loads twelve, omerr two), so the 256 names of the lookups' directory
# would slow gpg-error more than omerr and flatter the ratio (0.81 against
# 0.83, measured side by side).
bench: bench-lookups tests/bench/startup-runs$(EXEEXT)
	@$(omerr_bench_env) \
	LOCPATH='$(abs_top_builddir)/tests/locale'; \
	echo; echo "== start-up: omerr 0x80cf0001 against gpg-error 1 (hyperfine, median)"; \
	$(SHELL) $(srcdir)/tests/bench/startup.sh '$(abs_top_builddir)'; \
	echo; echo "== start-up: omerr with 10 installed tables of 1,000 codes, and none"; \
	$(SHELL) $(srcdir)/tests/bench/startup.sh '$(abs_top_builddir)' \
	  '$(abs_top_builddir)/$(omerr_bench_tables)'; \
	echo; echo "== compiler: omerrc against msgfmt -c"; \
	$(SHELL) $(srcdir)/tests/bench/compiler.sh ./omerrc$(EXEEXT) \
	  $(srcdir)/$(OMERR_MASTER_TABLE) $(BENCH_ROWS)
.PHONY: bench bench-lookups
