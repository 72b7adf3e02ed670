# SPDX-License-Identifier: MIT
## src/generated/: files omerrc writes from the English master table (and
## zh-variants.h, which po/variants.mk writes from its list).
## Generated files are never edited by hand; each says what made it.

# The built-in table (the table file, format src/lib/table-format.h, as a
# byte array), the constants header and the internal header of the codes'
# hash (for libomerr's message cache), made in the build tree by omerrc.
omerr_generated_sources = src/generated/omerr-table.c \
	src/generated/omerr-codes.h src/generated/omerr-table-hash.h
BUILT_SOURCES += $(omerr_generated_sources)
# They are distributed (as libgpg-error distributes its generated tables),
# so that a tarball builds libomerr, the command and the catalogs without
# omerrc (configure --disable-compiler): make finds them in the source
# tree then.  With omerrc, they are made in the build tree, which comes
# first in the include path and in make's search.
EXTRA_DIST += $(omerr_generated_sources)

# What every catalog omerrc writes carries: the data's attribution, and the
# library's own message for codes not in the table, "KEY=English" read
# from the two #defines of src/lib/omerr-internal.h that the library
# compiles in, so that the catalogs and the library cannot disagree (the
# rules that pass these flags depend on that header).
omerr_internal_h = $(srcdir)/src/lib/omerr-internal.h
omerr_unknown_message = `sed -n \
	-e 's/^.define OMERR_UNKNOWN_MSGID "\(.*\)"$$/\1=/p' \
	-e 's/^.define OMERR_UNKNOWN_ENGLISH "\(.*\)"$$/\1/p' \
	$(omerr_internal_h) | tr -d '\n'`
OMERRC_CATALOG_FLAGS = \
	--package-version=$(PACKAGE_VERSION) \
	--notice-file=$(srcdir)/data/attribution.txt --source-root=$(srcdir) \
	--notes=$(srcdir)/$(OMERR_MASTER_NOTES) \
	--message="$(omerr_unknown_message)"

if OMERR_COMPILER
# One omerrc run writes all three; the stamp keeps make from running it twice.
$(omerr_generated_sources): src/generated/table.stamp
src/generated/table.stamp: $(srcdir)/$(OMERR_MASTER_TABLE) \
	$(srcdir)/$(OMERR_MASTER_NOTES) $(srcdir)/data/attribution.txt omerrc$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) src/generated && \
	./omerrc$(EXEEXT) --c-table=src/generated/omerr-table.c \
	  --header=src/generated/omerr-codes.h \
	  --notice-file=$(srcdir)/data/attribution.txt \
	  --notes=$(srcdir)/$(OMERR_MASTER_NOTES) \
	  --hash-header=src/generated/omerr-table-hash.h \
	  --source-root=$(srcdir) $(srcdir)/$(OMERR_MASTER_TABLE) && \
	touch $@
CLEANFILES += src/generated/table.stamp $(omerr_generated_sources)
endif

# omerr_replace_changed: copies the file $$new over $$dest (both set by
# the rule) only when their bytes differ, so that a current file is not
# written (a tarball's read-only copy stays as it is).
omerr_replace_changed = \
	{ cmp -s "$$new" "$$dest" || cp "$$new" "$$dest"; }

# The catalog template is distributed: po/ reads it through POTFILES.in, and
# a tarball must not need omerrc's inputs to be newer than it.  It depends on
# the table only, not on the omerrc binary, so a read-only source tree from a
# tarball never needs it remade.
omerr_messages_pot = $(srcdir)/src/generated/omerr-messages.pot
EXTRA_DIST += src/generated/omerr-messages.pot
$(omerr_messages_pot): $(srcdir)/$(OMERR_MASTER_TABLE) \
		$(srcdir)/$(OMERR_MASTER_NOTES) $(srcdir)/data/attribution.txt \
		$(omerr_internal_h)
	$(AM_V_GEN)$(MAKE) $(AM_MAKEFLAGS) omerrc$(EXEEXT) && \
	./omerrc$(EXEEXT) --pot=$@ $(OMERRC_CATALOG_FLAGS) \
	  $(srcdir)/$(OMERR_MASTER_TABLE) && \
	touch $@
all-local: $(omerr_messages_pot)

# gettext's po/Makefile puts po/omerr.pot-header in place of xgettext's
# header comments in po/omerr.pot (a placeholder, and "the same license as
# the omerr package", which the data's is not), so that the template says
# where the data comes from, under which licence and how it was modified,
# and msginit copies that into a new language's catalog (README.md, "A new
# language").  Made from the attribution and distributed with the
# template; rewritten only when its text changes (po/Makevars remakes the
# template then), so a tarball's read-only copy stays as it is.
omerr_pot_header = $(srcdir)/po/omerr.pot-header
EXTRA_DIST += po/omerr.pot-header
src/generated/pot-header.stamp: $(srcdir)/data/attribution.txt
	$(AM_V_GEN)$(MKDIR_P) src/generated && \
	{ echo '# SOME DESCRIPTIVE TITLE.' && echo '#' && \
	  sed 's/^/# /' $(srcdir)/data/attribution.txt && \
	  echo '#' && echo '# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.' && echo '#'; \
	} >src/generated/pot-header.tmp && \
	new=src/generated/pot-header.tmp dest=$(omerr_pot_header) && \
	$(omerr_replace_changed) && rm -f "$$new" && touch $@
all-local: src/generated/pot-header.stamp
CLEANFILES += src/generated/pot-header.stamp

# English is the source language: po/en.po is derived from the master table
# (with its notes and the attribution) and never edited, so a changed row
# is never left fuzzy in it.  Like the template it does not depend on the
# omerrc binary, and its file is replaced only when its bytes change.
# omerr_derive_en_po writes the catalog to DIR/en.po (DIR set by the rule).
omerr_en_po = $(srcdir)/po/$(OMERR_MASTER_LANGUAGE).po
omerr_derive_en_po = \
	$(MAKE) $(AM_MAKEFLAGS) omerrc$(EXEEXT) && \
	rm -rf "$$dir" && $(MKDIR_P) "$$dir" && \
	./omerrc$(EXEEXT) --po-dir="$$dir" $(OMERRC_CATALOG_FLAGS) \
	  --language=$(OMERR_MASTER_LANGUAGE) $(srcdir)/$(OMERR_MASTER_TABLE)
omerr_write_en_po = \
	dir=po/derived-en; $(omerr_derive_en_po) && \
	new=$$dir/$(OMERR_MASTER_LANGUAGE).po dest=$(omerr_en_po) && \
	$(omerr_replace_changed) && rm -rf "$$dir" && touch "$$dest"
$(omerr_en_po): $(srcdir)/$(OMERR_MASTER_TABLE) \
		$(srcdir)/$(OMERR_MASTER_NOTES) $(srcdir)/data/attribution.txt \
		$(omerr_internal_h)
	$(AM_V_GEN)$(omerr_write_en_po)
all-local: $(omerr_en_po)
# For tests/quality/en-po.sh: fails unless po/en.po is what the master makes.
check-en-po-derived:
	@dir=po/derived-en-check; $(omerr_derive_en_po) >/dev/null && \
	cmp "$$dir/$(OMERR_MASTER_LANGUAGE).po" $(omerr_en_po); \
	status=$$?; rm -rf "$$dir"; exit $$status
.PHONY: check-en-po-derived

# Refresh po/LL.po from the published tables (a maintainer's step).  A
# translator's edit is kept unless the published text itself changed since
# the import recorded in po/imported/.
# omerr_import imports into $$po and records the import in $$state (both
# set by the rule).
omerr_import = \
	./omerrc$(EXEEXT) --po-dir="$$po" --import-state="$$state" \
	  $(OMERRC_CATALOG_FLAGS) $(srcdir)/$(OMERR_MASTER_TABLE) \
	  $(foreach t,$(OMERR_TRANSLATED_TABLES),$(if $(findstring =,$t),$(firstword $(subst =, ,$t))=)$(srcdir)/$(lastword $(subst =, ,$t)))
import-po: omerrc$(EXEEXT)
	po=$(srcdir)/po state=$(srcdir)/po/imported; $(omerr_import)
# For tests/quality/import-current.sh: fails unless importing again would
# change nothing in po/ or po/imported/ (the record of the last import is
# what this omerrc writes, not a stale one).
check-import-current: omerrc$(EXEEXT)
	@dir=po/import-check; rm -rf "$$dir" && $(MKDIR_P) "$$dir" && \
	cp -R $(srcdir)/po/imported "$$dir/imported" && \
	chmod -R u+w "$$dir" && cp $(srcdir)/po/*.po "$$dir" && \
	po=$$dir state=$$dir/imported; $(omerr_import) && \
	for f in $(srcdir)/po/*.po $(srcdir)/po/imported/*.po; do \
	  case $$f in */imported/*) g=$$dir/imported/$${f##*/};; \
	    *) g=$$dir/$${f##*/};; esac; \
	  cmp "$$f" "$$g" || status=1; \
	done; rm -rf "$$dir"; exit $${status-0}
.PHONY: import-po check-import-current

# update-po changes a catalog only when more than its POT-Creation-Date
# changes.  The templates po/omerr.pot and po-cli/omerr-cli.pot are not in
# the tree, so gettext makes them afresh in every checkout, dated then, and
# msgmerge copies that date into every catalog: update-po on a current tree
# changed each one (po/zh_TW.po no longer what make import-po writes).
# omerr_po_keep copies the catalogs of $$dir (po or po-cli, set by the
# rule) before; omerr_po_restore then puts back each one whose only change
# is that line, which gettext's remove-potcdate.sed removes (as po/Makefile
# keeps a template whose date alone changed), and remakes the .gmo files.
omerr_po_keep = \
	rm -rf $$dir/kept-po && $(MKDIR_P) $$dir/kept-po && \
	cp $(srcdir)/$$dir/*.po $$dir/kept-po
omerr_po_restore = \
	for old in $$dir/kept-po/*.po; do \
	  new=$(srcdir)/$$dir/`basename "$$old"`; \
	  sed -f $$dir/remove-potcdate.sed "$$old" >$$dir/kept-po/old && \
	  sed -f $$dir/remove-potcdate.sed "$$new" >$$dir/kept-po/new || exit 1; \
	  if cmp -s $$dir/kept-po/old $$dir/kept-po/new \
	     && ! cmp -s "$$old" "$$new"; then cp "$$old" "$$new" || exit 1; fi; \
	done && rm -rf $$dir/kept-po && \
	(cd $$dir && $(MAKE) $(AM_MAKEFLAGS) update-gmo)

# Bring every po/LL.po up to date with the master table, keeping every
# translation and marking fuzzy the entries whose English changed (which
# msgmerge cannot see with symbol keys), then let gettext's po/ machinery
# regenerate po/omerr.pot and merge as usual.
update-po: omerrc$(EXEEXT) $(omerr_messages_pot) src/generated/pot-header.stamp
	dir=po; $(omerr_po_keep)
	for lang in `sed -e 's/#.*//' $(srcdir)/po/LINGUAS`; do \
	  test "$$lang" = $(OMERR_MASTER_LANGUAGE) && continue; \
	  ./omerrc$(EXEEXT) --update-po=$(srcdir)/po/$$lang.po \
	    $(OMERRC_CATALOG_FLAGS) $(srcdir)/$(OMERR_MASTER_TABLE) || exit 1; \
	done
	cd po && $(MAKE) $(AM_MAKEFLAGS) update-po
	dir=po; $(omerr_po_restore)
	@# msgmerge rewrote the derived English catalog too: derive it again.
	$(omerr_write_en_po)
.PHONY: update-po
