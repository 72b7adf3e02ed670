## Tests of the translators' workflow (README "For translators").

TESTS += tests/translators/new-language.sh
EXTRA_DIST += tests/translators/new-language.sh
