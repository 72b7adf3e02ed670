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
