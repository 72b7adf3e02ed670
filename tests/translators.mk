# SPDX-License-Identifier: MIT
## Tests of the translators' workflow (README "For translators").

omerr_translators_tests = tests/translators/new-language.sh \
	tests/translators/notes.sh tests/translators/import-languages.sh \
	tests/translators/update-po.sh tests/translators/derived-files.sh
TESTS += $(omerr_translators_tests)
EXTRA_DIST += $(omerr_translators_tests) tests/translators/checkout.sh
