# SPDX-License-Identifier: MIT
## tests/hardening.mk: fuzzing, sanitizers, valgrind, malformed input,
## nothing lost on failure, and damaged catalogs at run time.
## README: make fuzz [FUZZ_SECONDS=N] in a build configured with
## CC=clang --enable-fuzzers --enable-sanitizers; make check-hardening
## runs all of it (CI).

omerr_fuzz_names = compiler parse-input symbol mo-file table-file file-name \
	message catalog-alias
omerr_fuzz_cppflags = $(AM_CPPFLAGS) -I$(top_srcdir)/src/compiler \
	-I$(top_srcdir)/src/cli
omerr_fuzz_compiler_ldadd = $(omerrc_compiler_libs)
omerr_fuzz_lib_ldadd = libomerr.la $(LTLIBINTL)

# Every build replays the seed corpora through the fuzz targets.
omerr_replay_tests = tests/fuzz/replay-compiler tests/fuzz/replay-parse-input \
	tests/fuzz/replay-symbol tests/fuzz/replay-mo-file
check_PROGRAMS += $(omerr_replay_tests)
TESTS += $(omerr_replay_tests)
tests_fuzz_replay_compiler_SOURCES = tests/fuzz/fuzz-compiler.c tests/fuzz/replay.c
tests_fuzz_replay_compiler_CPPFLAGS = $(omerr_fuzz_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-compiler:$(abs_top_srcdir)/tests/malformed"'
tests_fuzz_replay_compiler_LDADD = $(omerr_fuzz_compiler_ldadd)
tests_fuzz_replay_parse_input_SOURCES = tests/fuzz/fuzz-parse-input.c \
	tests/fuzz/fuzz-string.h tests/fuzz/replay.c src/cli/parse-input.c
tests_fuzz_replay_parse_input_CPPFLAGS = $(omerr_fuzz_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-parse-input"'
tests_fuzz_replay_parse_input_LDADD = $(omerr_fuzz_lib_ldadd)
tests_fuzz_replay_symbol_SOURCES = tests/fuzz/fuzz-symbol.c \
	tests/fuzz/fuzz-string.h tests/fuzz/replay.c
tests_fuzz_replay_symbol_CPPFLAGS = $(omerr_fuzz_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-symbol"'
tests_fuzz_replay_symbol_LDADD = $(omerr_fuzz_lib_ldadd)
# The .mo reader is internal (hidden in libomerr): compiled in.
tests_fuzz_replay_mo_file_SOURCES = tests/fuzz/fuzz-mo-file.c \
	tests/fuzz/replay.c src/lib/mo-file.c
tests_fuzz_replay_mo_file_CPPFLAGS = $(omerr_fuzz_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-mo-file"'

# The table file reader: the library's sources compiled in, for its
# internal reader (it is not exported).
omerr_fuzz_table_file_sources = tests/fuzz/fuzz-table-file.c \
	$(libomerr_la_SOURCES)
omerr_fuzz_table_file_cppflags = $(AM_CPPFLAGS) -DOMERR_BUILDING_LIBRARY
check_PROGRAMS += tests/fuzz/replay-table-file
TESTS += tests/fuzz/replay-table-file
tests_fuzz_replay_table_file_SOURCES = $(omerr_fuzz_table_file_sources) \
	tests/fuzz/replay.c
nodist_tests_fuzz_replay_table_file_SOURCES = $(omerr_generated_sources)
tests_fuzz_replay_table_file_CPPFLAGS = $(omerr_fuzz_table_file_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-table-file"'
tests_fuzz_replay_table_file_LDADD = $(LTLIBINTL)

# omerrc's command line in-process (its main.c included by fuzz-omerrc.h):
# the input file's name, and --message values.
omerr_fuzz_omerrc_sources = tests/fuzz/fuzz-omerrc.h tests/fuzz/fuzz-string.h \
	$(compiler_test_fixture)
omerr_fuzz_omerrc_cppflags = $(omerr_fuzz_cppflags) -I$(top_srcdir)/tests/compiler \
	-DTOP_SRCDIR='"$(abs_top_srcdir)"'
check_PROGRAMS += tests/fuzz/replay-file-name tests/fuzz/replay-message
TESTS += tests/fuzz/replay-file-name tests/fuzz/replay-message
tests_fuzz_replay_file_name_SOURCES = tests/fuzz/fuzz-file-name.c \
	$(omerr_fuzz_omerrc_sources) tests/fuzz/replay.c
tests_fuzz_replay_file_name_CPPFLAGS = $(omerr_fuzz_omerrc_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-file-name"'
tests_fuzz_replay_file_name_LDADD = $(omerr_fuzz_compiler_ldadd)
tests_fuzz_replay_message_SOURCES = tests/fuzz/fuzz-message.c \
	$(omerr_fuzz_omerrc_sources) tests/fuzz/replay.c
tests_fuzz_replay_message_CPPFLAGS = $(omerr_fuzz_omerrc_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-message"'
tests_fuzz_replay_message_LDADD = $(omerr_fuzz_compiler_ldadd)

# Language and locale names before the damaged-catalog guard: the test
# locales and catalogs of the build (tests/locales.mk), the .mo reader
# compiled in to tell the intact catalog's text.
omerr_fuzz_catalog_alias_cppflags = $(omerr_fuzz_cppflags) \
	-DCATALOGS='"$(abs_top_builddir)/tests/catalogs"' \
	-DLOCPATH='"$(abs_top_builddir)/tests/locale"'
check_PROGRAMS += tests/fuzz/replay-catalog-alias
TESTS += tests/fuzz/replay-catalog-alias
tests_fuzz_replay_catalog_alias_SOURCES = tests/fuzz/fuzz-catalog-alias.c \
	src/lib/mo-file.c tests/fuzz/replay.c
tests_fuzz_replay_catalog_alias_CPPFLAGS = $(omerr_fuzz_catalog_alias_cppflags) \
	-DREPLAY_CORPUS='"$(abs_top_srcdir)/tests/fuzz/corpus-catalog-alias"'
tests_fuzz_replay_catalog_alias_LDADD = $(omerr_fuzz_lib_ldadd)

# The libFuzzer targets themselves (configure --enable-fuzzers).
if OMERR_FUZZERS
noinst_PROGRAMS += tests/fuzz/fuzz-compiler tests/fuzz/fuzz-parse-input \
	tests/fuzz/fuzz-symbol tests/fuzz/fuzz-mo-file tests/fuzz/fuzz-table-file \
	tests/fuzz/fuzz-file-name tests/fuzz/fuzz-message tests/fuzz/fuzz-catalog-alias
tests_fuzz_fuzz_compiler_SOURCES = tests/fuzz/fuzz-compiler.c
tests_fuzz_fuzz_compiler_CPPFLAGS = $(omerr_fuzz_cppflags)
tests_fuzz_fuzz_compiler_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_compiler_LDADD = $(omerr_fuzz_compiler_ldadd)
tests_fuzz_fuzz_parse_input_SOURCES = tests/fuzz/fuzz-parse-input.c \
	tests/fuzz/fuzz-string.h src/cli/parse-input.c
tests_fuzz_fuzz_parse_input_CPPFLAGS = $(omerr_fuzz_cppflags)
tests_fuzz_fuzz_parse_input_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_parse_input_LDADD = $(omerr_fuzz_lib_ldadd)
tests_fuzz_fuzz_symbol_SOURCES = tests/fuzz/fuzz-symbol.c \
	tests/fuzz/fuzz-string.h
tests_fuzz_fuzz_symbol_CPPFLAGS = $(omerr_fuzz_cppflags)
tests_fuzz_fuzz_symbol_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_symbol_LDADD = $(omerr_fuzz_lib_ldadd)
tests_fuzz_fuzz_mo_file_SOURCES = tests/fuzz/fuzz-mo-file.c src/lib/mo-file.c
tests_fuzz_fuzz_mo_file_CPPFLAGS = $(omerr_fuzz_cppflags)
tests_fuzz_fuzz_mo_file_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_table_file_SOURCES = $(omerr_fuzz_table_file_sources)
nodist_tests_fuzz_fuzz_table_file_SOURCES = $(omerr_generated_sources)
tests_fuzz_fuzz_table_file_CPPFLAGS = $(omerr_fuzz_table_file_cppflags)
tests_fuzz_fuzz_table_file_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_table_file_LDADD = $(LTLIBINTL)
tests_fuzz_fuzz_file_name_SOURCES = tests/fuzz/fuzz-file-name.c \
	$(omerr_fuzz_omerrc_sources)
tests_fuzz_fuzz_file_name_CPPFLAGS = $(omerr_fuzz_omerrc_cppflags)
tests_fuzz_fuzz_file_name_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_file_name_LDADD = $(omerr_fuzz_compiler_ldadd)
tests_fuzz_fuzz_message_SOURCES = tests/fuzz/fuzz-message.c \
	$(omerr_fuzz_omerrc_sources)
tests_fuzz_fuzz_message_CPPFLAGS = $(omerr_fuzz_omerrc_cppflags)
tests_fuzz_fuzz_message_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_message_LDADD = $(omerr_fuzz_compiler_ldadd)
tests_fuzz_fuzz_catalog_alias_SOURCES = tests/fuzz/fuzz-catalog-alias.c \
	src/lib/mo-file.c
tests_fuzz_fuzz_catalog_alias_CPPFLAGS = $(omerr_fuzz_catalog_alias_cppflags)
tests_fuzz_fuzz_catalog_alias_LDFLAGS = -fsanitize=fuzzer
tests_fuzz_fuzz_catalog_alias_LDADD = $(omerr_fuzz_lib_ldadd)
endif

# make fuzz: each target for FUZZ_SECONDS (make -j runs them side by side).
# New inputs go to tests/fuzz/work-NAME; findings to tests/fuzz/NAME-crash-*;
# the log to tests/fuzz/fuzz-NAME.log.  A target that stopped before
# FUZZ_SECONDS (libFuzzer's "Done N runs in S seconds") fails: it did not
# fuzz for the time CI pays for.
# The compiler gets inputs up to 64 KiB, so that slow (superlinear) cases
# show up as timeouts.
FUZZ_SECONDS = 60
omerr_fuzz_compiler_args = -max_len=65536 -timeout=10 \
	-dict=$(srcdir)/tests/fuzz/markdown.dict \
	$(srcdir)/tests/fuzz/corpus-compiler $(srcdir)/tests/malformed \
	$(srcdir)/data
omerr_fuzz_small_args = -max_len=64 -timeout=5
# Catalogs: room for a header, tables, a hash table and some strings.
omerr_fuzz_mo_file_args = -max_len=4096 -timeout=5 \
	$(srcdir)/tests/fuzz/corpus-mo-file
# Table files: a header, a few entries and their strings.
omerr_fuzz_table_file_args = -max_len=2048 -timeout=5 \
	$(srcdir)/tests/fuzz/corpus-table-file
# omerrc's command line, without leak checks: libgettextpo 0.21 keeps a
# copy of each file name po_file_read is given, and the fuzzer's leak
# checks see only the first frames of such an allocation (the library has
# no frame pointers): no suppression can name it.  The replays check leaks
# with whole stacks (check-sanitizers).  --message values: room for a few
# options.
omerr_fuzz_omerrc_args = -timeout=5 -detect_leaks=0
omerr_fuzz_file_name_args = -max_len=64 $(omerr_fuzz_omerrc_args) \
	$(srcdir)/tests/fuzz/corpus-file-name
omerr_fuzz_message_args = -max_len=256 $(omerr_fuzz_omerrc_args) \
	$(srcdir)/tests/fuzz/corpus-message
fuzz: $(omerr_fuzz_names:%=fuzz-%)
$(omerr_fuzz_names:%=fuzz-%): fuzz-%: fuzz-programs
if OMERR_FUZZERS
	$(AM_V_at)$(MKDIR_P) tests/fuzz/work-$*
	case $* in \
	  compiler) args='$(omerr_fuzz_compiler_args)' ;; \
	  mo-file) args='$(omerr_fuzz_mo_file_args)' ;; \
	  table-file) args='$(omerr_fuzz_table_file_args)' ;; \
	  file-name) args='$(omerr_fuzz_file_name_args)' ;; \
	  message) args='$(omerr_fuzz_message_args)' ;; \
	  *) args='$(omerr_fuzz_small_args) $(srcdir)/tests/fuzz/corpus-$*' ;; \
	esac; \
	case $* in \
	  file-name|message) \
	    ASAN_OPTIONS=$${ASAN_OPTIONS:+$$ASAN_OPTIONS:}detect_leaks=0; \
	    export ASAN_OPTIONS ;; \
	esac; \
	./tests/fuzz/fuzz-$* -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -rss_limit_mb=2048 -artifact_prefix=tests/fuzz/$*-crash- \
	  tests/fuzz/work-$* $$args >tests/fuzz/fuzz-$*.log 2>&1; \
	status=$$?; tail -n 30 tests/fuzz/fuzz-$*.log; \
	test $$status = 0 || { echo "fuzz-$*: status $$status, see tests/fuzz/fuzz-$*.log" >&2; exit 1; }; \
	secs=`sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' tests/fuzz/fuzz-$*.log`; \
	test -n "$$secs" && test "$$secs" -ge $(FUZZ_SECONDS) \
	  || { echo "fuzz-$*: ran $${secs:-an unknown number of} seconds, not $(FUZZ_SECONDS)" >&2; exit 1; }
else
	@echo "make fuzz: configure with CC=clang --enable-fuzzers --enable-sanitizers" >&2; exit 1
endif
# Built once, before the targets run side by side.
fuzz-programs:
if OMERR_FUZZERS
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(BUILT_SOURCES) $(check_DATA)
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(omerr_fuzz_names:%=tests/fuzz/fuzz-%)
endif
clean-local: clean-omerr-fuzz
clean-omerr-fuzz:
	-rm -rf tests/fuzz/work-* tests/fuzz/*-crash-* tests/fuzz/fuzz-*.log
.PHONY: fuzz fuzz-programs $(omerr_fuzz_names:%=fuzz-%) clean-omerr-fuzz

EXTRA_DIST += tests/fuzz/corpus-compiler tests/fuzz/corpus-parse-input \
	tests/fuzz/corpus-symbol tests/fuzz/corpus-mo-file tests/fuzz/corpus-table-file \
	tests/fuzz/markdown.dict tests/fuzz/corpus-file-name \
	tests/fuzz/corpus-message tests/fuzz/corpus-catalog-alias

# What the mutation pass of issue 15 found untested, each in a file of
# its own: --scan (src/cli/scan.c), the table loader (src/lib/table-load.c),
# the commit of omerrc's outputs (src/compiler/output.c).
omerr_mutant_scripts = tests/hardening/scan.sh tests/hardening/table-load.sh \
	tests/hardening/commit.sh
TESTS += $(omerr_mutant_scripts) tests/hardening/test-table-languages
EXTRA_DIST += $(omerr_mutant_scripts)
check_PROGRAMS += tests/hardening/test-table-languages
tests_hardening_test_table_languages_SOURCES = \
	tests/hardening/test-table-languages.c
tests_hardening_test_table_languages_CFLAGS = $(omerr_lib_test_cflags)
tests_hardening_test_table_languages_LDADD = libomerr.la $(CMOCKA_LIBS) \
	$(LTLIBINTL)

# Malformed and odd-but-valid tables (tests/malformed).
TESTS += tests/hardening/malformed.sh
EXTRA_DIST += tests/hardening/malformed.sh tests/malformed

# Nothing lost when omerrc fails (runs the omerrc binary).
check_PROGRAMS += tests/hardening/test-nothing-lost
TESTS += tests/hardening/test-nothing-lost
tests_hardening_test_nothing_lost_SOURCES = tests/hardening/test-nothing-lost.c \
	$(compiler_test_fixture)
tests_hardening_test_nothing_lost_CPPFLAGS = $(compiler_test_cppflags) \
	-I$(top_srcdir)/tests/compiler
tests_hardening_test_nothing_lost_LDADD = $(compiler_test_ldadd)

# Sanitizer builds: leaks of libraries are not ours; a report is fatal.
# The suppressions used are not listed: the list would go to the stderr
# of every omerr run the tests compare (glibc's newlocale, which the
# command calls, keeps its copy of LOCPATH).
omerr_lsan_options = suppressions=$(abs_top_srcdir)/tests/hardening/lsan.supp:fast_unwind_on_malloc=0:print_suppressions=0
AM_TESTS_ENVIRONMENT += \
	LSAN_OPTIONS='$(omerr_lsan_options)'; export LSAN_OPTIONS; \
	UBSAN_OPTIONS=print_stacktrace=1; export UBSAN_OPTIONS;
EXTRA_DIST += tests/hardening/lsan.supp

# Damaged catalogs at run time, and OMERR_LOCALEDIR in set-uid programs.
check_PROGRAMS += tests/hardening/test-catalog-faults \
	tests/hardening/print-localedir
TESTS += tests/hardening/test-catalog-faults tests/hardening/setuid.sh
# The library's .mo reader compiled in: it tells what a damaged catalog
# still holds.
tests_hardening_test_catalog_faults_SOURCES = tests/hardening/test-catalog-faults.c \
	src/lib/mo-file.c tests/lib/source-catalog.h
tests_hardening_test_catalog_faults_CPPFLAGS = $(omerr_lib_test_cppflags) \
	-I$(top_srcdir)/tests/lib
tests_hardening_test_catalog_faults_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_hardening_test_catalog_faults_LDADD = $(omerr_lib_test_ldadd)
# Linked statically: a set-uid copy cannot use the libtool wrapper.
tests_hardening_print_localedir_SOURCES = tests/hardening/print-localedir.c
tests_hardening_print_localedir_LDFLAGS = -static
tests_hardening_print_localedir_LDADD = libomerr.la $(LTLIBINTL)
EXTRA_DIST += tests/hardening/setuid.sh

# Large inputs: linear time, and quadratic cases refused before cmark-gfm.
check_PROGRAMS += tests/hardening/test-large-input
TESTS += tests/hardening/test-large-input
tests_hardening_test_large_input_SOURCES = tests/hardening/test-large-input.c
tests_hardening_test_large_input_CPPFLAGS = $(compiler_test_cppflags)
tests_hardening_test_large_input_LDADD = $(compiler_test_ldadd)

## CI: make check-hardening = the command's tests under valgrind, the whole
## test suite in a sanitizer build, the tests that start threads under
## ThreadSanitizer, and each fuzzer for FUZZ_SECONDS.  The sanitizer, TSan
## and fuzz builds are configured in hardening/ of this build.
check-hardening: check-valgrind check-sanitizers check-tsan check-fuzz

# The omerr command's tests, each run of omerr under valgrind memcheck
# (through the OMERR_TEST_PROGRAM hook of tests/cli/tap.sh).
omerr_valgrind_tests = tests/cli/inputs.sh tests/cli/locales.sh tests/cli/catalogs.sh
check-valgrind: all
	@test -n '$(VALGRIND)' || { echo 'check-valgrind: valgrind not found (or a sanitizer build)' >&2; exit 1; }
	@grep -q OMERR_TEST_PROGRAM $(srcdir)/tests/cli/tap.sh || { echo 'check-valgrind: tests/cli/tap.sh lacks the OMERR_TEST_PROGRAM hook' >&2; exit 1; }
	$(AM_V_at)$(MKDIR_P) tests/hardening
	$(AM_V_GEN){ echo '#!/bin/sh'; \
	  echo 'exec $(SHELL) $(abs_top_builddir)/libtool --mode=execute $(VALGRIND) -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --suppressions=$(abs_top_srcdir)/tests/cli/glibc.supp $(abs_top_builddir)/omerr$(EXEEXT) "$$@"'; \
	} >tests/hardening/omerr-valgrind && chmod +x tests/hardening/omerr-valgrind
	OMERR_TEST_PROGRAM='$(abs_top_builddir)/tests/hardening/omerr-valgrind' \
	  $(MAKE) $(AM_MAKEFLAGS) check TESTS='$(omerr_valgrind_tests)'
CLEANFILES += tests/hardening/omerr-valgrind

omerr_hardening_werror = `case '$(WARN_CFLAGS)' in *-Werror*) echo --enable-werror;; esac`
# libgettextpo's own leaks, also for omerrc's runs during the build.
omerr_hardening_env = LSAN_OPTIONS='$(omerr_lsan_options)'; export LSAN_OPTIONS;
check-sanitizers:
	rm -rf hardening/asan && $(MKDIR_P) hardening/asan
	$(omerr_hardening_env) cd hardening/asan \
	  && $(abs_top_srcdir)/configure -q --enable-sanitizers $(omerr_hardening_werror) \
	  && $(MAKE) && $(MAKE) check
# ThreadSanitizer, which does not combine with ASan: a clang build of its
# own, and only the tests that start threads (the whole suite under TSan
# would add minutes, for code that runs in one thread).  A report makes
# the test exit 66, which the harness counts as a failure; a clang that
# cannot build with TSan fails configure (the target never skips).  A
# test that starts threads and is not in the list fails the target.
omerr_tsan_tests = tests/lib/test-threads tests/lib/test-message-cache \
	tests/lib/test-message-cache-probing tests/lib/test-tables \
	tests/lib/test-gettext-lang
check-tsan:
	@for f in `cd $(srcdir) && grep -l pthread_create tests/*/*.c`; do \
	  case $$f in tests/bench/*) continue ;; esac; \
	  case ' $(omerr_tsan_tests) ' in *" $${f%.c} "*) ;; \
	    *) echo "check-tsan: $$f starts threads: add $${f%.c} to omerr_tsan_tests" >&2; exit 1 ;; \
	  esac; \
	done
	rm -rf hardening/tsan && $(MKDIR_P) hardening/tsan
	cd hardening/tsan \
	  && $(abs_top_srcdir)/configure -q CC=clang --enable-sanitizers=thread \
	       $(omerr_hardening_werror) \
	  && $(MAKE) && $(MAKE) check TESTS='$(omerr_tsan_tests)' \
	       check_PROGRAMS='$(omerr_tsan_tests)'
check-fuzz:
	rm -rf hardening/fuzz && $(MKDIR_P) hardening/fuzz
	$(omerr_hardening_env) cd hardening/fuzz \
	  && $(abs_top_srcdir)/configure -q CC=clang --enable-fuzzers \
	       --enable-sanitizers $(omerr_hardening_werror) \
	  && $(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SECONDS)
clean-local: clean-omerr-hardening
clean-omerr-hardening:
	-rm -rf hardening
.PHONY: check-hardening check-valgrind check-sanitizers check-tsan check-fuzz \
	clean-omerr-hardening
