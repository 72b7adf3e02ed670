# SPDX-License-Identifier: MIT
## Tests of omerrc: cmocka programs linked with the compiler's library.

compiler_tests = \
	tests/compiler/test-table-reader tests/compiler/test-validation \
	tests/compiler/test-outputs tests/compiler/test-catalogs \
	tests/compiler/test-update tests/compiler/test-import \
	tests/compiler/test-code-hash
check_PROGRAMS += $(compiler_tests)
TESTS += $(compiler_tests)

# The tests read data/ and po/ of the source tree.
compiler_test_cppflags = $(AM_CPPFLAGS) -I$(top_srcdir)/src/compiler \
	-DTOP_SRCDIR='"$(abs_top_srcdir)"' $(CMOCKA_CFLAGS)
compiler_test_ldadd = $(omerrc_compiler_libs) $(CMOCKA_LIBS)
compiler_test_fixture = tests/compiler/fixture.c tests/compiler/fixture.h

tests_compiler_test_table_reader_SOURCES = tests/compiler/test-table-reader.c $(compiler_test_fixture)
tests_compiler_test_table_reader_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_table_reader_LDADD = $(compiler_test_ldadd)
tests_compiler_test_validation_SOURCES = tests/compiler/test-validation.c $(compiler_test_fixture)
tests_compiler_test_validation_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_validation_LDADD = $(compiler_test_ldadd)
tests_compiler_test_outputs_SOURCES = tests/compiler/test-outputs.c $(compiler_test_fixture)
tests_compiler_test_outputs_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_outputs_LDADD = $(compiler_test_ldadd)
tests_compiler_test_catalogs_SOURCES = tests/compiler/test-catalogs.c $(compiler_test_fixture)
tests_compiler_test_catalogs_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_catalogs_LDADD = $(compiler_test_ldadd)
tests_compiler_test_update_SOURCES = tests/compiler/test-update.c $(compiler_test_fixture)
tests_compiler_test_update_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_update_LDADD = $(compiler_test_ldadd)
tests_compiler_test_import_SOURCES = tests/compiler/test-import.c $(compiler_test_fixture)
tests_compiler_test_import_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_import_LDADD = $(compiler_test_ldadd)
tests_compiler_test_code_hash_SOURCES = tests/compiler/test-code-hash.c $(compiler_test_fixture)
tests_compiler_test_code_hash_CPPFLAGS = $(compiler_test_cppflags)
tests_compiler_test_code_hash_LDADD = $(compiler_test_ldadd)

# Shell tests of the compiler's outputs and of its command line.
TESTS += tests/compiler/po-canonical.sh tests/compiler/durable-commit.sh \
	tests/compiler/usage.sh tests/compiler/catalog-dates.sh \
	tests/compiler/standard-output.sh
EXTRA_DIST += tests/compiler/po-canonical.sh tests/compiler/durable-commit.sh \
	tests/compiler/usage.sh tests/compiler/catalog-dates.sh \
	tests/compiler/standard-output.sh
