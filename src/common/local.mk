# SPDX-License-Identifier: MIT
## src/common/: code shared by the compiler and the command (never part of
## libomerr, whose exported names are its own).

common_sources = src/common/utf8.c src/common/utf8.h src/common/symbol-limit.h

# Its unit test (cmocka: configure --enable-tests).
if OMERR_TESTS
check_PROGRAMS += tests/common/test-utf8
TESTS += tests/common/test-utf8
tests_common_test_utf8_SOURCES = tests/common/test-utf8.c $(common_sources)
tests_common_test_utf8_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_common_test_utf8_LDADD = $(CMOCKA_LIBS)
endif
