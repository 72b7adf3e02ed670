# SPDX-License-Identifier: MIT
## data/: the published zh-TW table and our English master table.

# The English master: source language of the catalogs and of the compiled-in text.
OMERR_MASTER_TABLE = data/software-update-agent-errors.en.md
# Its language, whose catalog po/LL.po the build derives from it.
OMERR_MASTER_LANGUAGE = en
# Notes on the master's rows for translators (src/compiler/notes.c).
OMERR_MASTER_NOTES = data/software-update-agent-errors.notes.md
# Published translations imported into po/ by 'make import-po', each
# named po/LL.po after its front matter (README.md, "Importing a published
# table"), or LL=data/FILE.md to choose LL.
OMERR_TRANSLATED_TABLES = data/software-update-agent-errors.zh-TW.md
# The files alone, without a LL= prefix.
omerr_translated_files = $(foreach t,$(OMERR_TRANSLATED_TABLES),$(lastword $(subst =, ,$t)))

EXTRA_DIST += $(OMERR_MASTER_TABLE) $(omerr_translated_files) \
	data/software-update-agent-errors.zh-TW.md.license \
	po/imported/README po/imported/en.po po/imported/zh_TW.po po/COMPLETE

# make install puts the licence (LICENSE: which licence applies to what,
# the MIT text, CC BY 4.0 by its URI as that licence allows) and the
# data's attribution in $(docdir); dist_ also puts LICENSE in the tarball.
dist_doc_DATA = LICENSE README.md
omerr_datadocdir = $(docdir)/data
dist_omerr_datadoc_DATA = data/README.md data/attribution.txt \
	$(OMERR_MASTER_NOTES)
