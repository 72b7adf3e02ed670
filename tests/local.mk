# SPDX-License-Identifier: MIT
## tests/: cmocka unit tests and command tests, all speaking TAP through
## automake's parallel harness.  The parts live beside their subjects' tests.

include $(srcdir)/tests/locales.mk
include $(srcdir)/tests/quality.mk
include $(srcdir)/tests/compiler.mk
include $(srcdir)/tests/library.mk
include $(srcdir)/tests/cli.mk
include $(srcdir)/tests/translators.mk
include $(srcdir)/tests/hardening.mk
include $(srcdir)/tests/bench.mk

# Without --enable-tests (configure.ac: cmocka and omerrc are needed), make
# check stops at once and says why, before anything is compiled (GNU make
# expands this when it reads the Makefile).
if !OMERR_TESTS
omerr_tests_missing := $(if $(filter check,$(MAKECMDGOALS)),$(error make check: the tests were not configured: $(OMERR_TESTS_WHY)))
endif
