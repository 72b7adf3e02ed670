## data/: the published zh-TW table and our English master table.

# The English master: source language of the catalogs and of the compiled-in text.
OMERR_MASTER_TABLE = data/software-update-agent-errors.en.md
# Notes on the master's rows for translators (src/compiler/notes.h).
OMERR_MASTER_NOTES = data/software-update-agent-errors.notes.md
# Published translations imported into po/ by 'make import-po'.
OMERR_TRANSLATED_TABLES = data/software-update-agent-errors.zh-TW.md

EXTRA_DIST += $(OMERR_MASTER_TABLE) $(OMERR_MASTER_NOTES) \
	$(OMERR_TRANSLATED_TABLES) data/README.md \
	data/attribution.txt po/imported/README po/imported/en.po po/imported/zh_TW.po
