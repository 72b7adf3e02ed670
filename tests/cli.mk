# SPDX-License-Identifier: MIT
## tests/cli.mk: tests of the omerr command.

# Unit tests of the command's own parts (cmocka).
check_PROGRAMS += tests/cli/test-parse-input tests/cli/test-json \
	tests/cli/test-wrap
TESTS += tests/cli/test-parse-input tests/cli/test-json tests/cli/test-wrap
tests_cli_test_parse_input_SOURCES = tests/cli/test-parse-input.c \
	src/cli/parse-input.c src/cli/parse-input.h
tests_cli_test_parse_input_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/cli
tests_cli_test_parse_input_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_cli_test_parse_input_LDADD = libomerr.la $(CMOCKA_LIBS)
tests_cli_test_json_SOURCES = tests/cli/test-json.c \
	src/cli/json.c src/cli/json.h $(common_sources)
tests_cli_test_json_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/cli
tests_cli_test_json_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_cli_test_json_LDADD = $(CMOCKA_LIBS)

tests_cli_test_wrap_SOURCES = tests/cli/test-wrap.c \
	src/cli/wrap.c src/cli/wrap.h
tests_cli_test_wrap_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/cli
tests_cli_test_wrap_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_cli_test_wrap_LDADD = $(CMOCKA_LIBS)

# The command as users run it (TAP shell scripts).
TESTS += tests/cli/inputs.sh tests/cli/locales.sh tests/cli/catalogs.sh \
	tests/cli/logs.sh tests/cli/tables.sh tests/cli/i18n.sh \
	tests/cli/man-completion.sh tests/cli/valgrind.sh
# The TAP helper every shell test sources, tried by itself.
TESTS += tests/cli/tap-helper.sh
EXTRA_DIST += tests/cli/tap.sh tests/cli/tap-helper.sh \
	tests/cli/inputs.sh tests/cli/locales.sh \
	tests/cli/logs.sh tests/cli/tables.sh tests/cli/i18n.sh \
	tests/cli/man-completion.sh \
	tests/cli/catalogs.sh tests/cli/valgrind.sh tests/cli/glibc.supp \
	tests/cli/on-tty.py
# po4a for tests/cli/man-completion.sh (empty: the page is not built).
AM_TESTS_ENVIRONMENT += PO4A_TRANSLATE='$(PO4A_TRANSLATE)'; export PO4A_TRANSLATE;
