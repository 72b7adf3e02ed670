# SPDX-License-Identifier: MIT
## po-man/: omerr(1) translated with po4a, one PO file per language
## (po-man/LL.po, msgid = the English man page's paragraphs).

# Languages of the translated man page.
omerr_man_languages = zh_TW
EXTRA_DIST += $(omerr_man_languages:%=po-man/%.po) po-man/local.mk \
	po-man/cjk-breaks.pl

# po4a writes a translation only when at least --keep percent of it is
# translated (po4a-translate -k): once the English page changes, its PO
# file has untranslated entries until a translator catches up, and no
# stale translation is made; an empty file stands for "none", and `make
# install` then leaves man to fall back to the English page.  What po4a
# writes then gets the line break points groff 1.22 cannot find in CJK
# text by itself (po-man/cjk-breaks.pl; a page in another script passes
# through unchanged).
omerr_man_translated = $(omerr_man_languages:%=src/cli/omerr.%.1)
if OMERR_PO4A
noinst_DATA = $(omerr_man_translated)
endif
CLEANFILES += $(omerr_man_translated) $(omerr_man_translated:=.po4a)
src/cli/omerr.%.1: $(srcdir)/src/cli/omerr.1 $(srcdir)/po-man/%.po \
		$(srcdir)/po-man/cjk-breaks.pl
	$(AM_V_GEN)rm -f $@ $@.po4a && $(MKDIR_P) src/cli && \
	$(PO4A_TRANSLATE) -f man -M UTF-8 -L UTF-8 -k 100 \
	  -m $(srcdir)/src/cli/omerr.1 -p $(srcdir)/po-man/$*.po -l $@.po4a && \
	if test -f $@.po4a; then \
	  $(PERL) $(srcdir)/po-man/cjk-breaks.pl <$@.po4a >$@ \
	    || { rm -f $@; exit 1; }; rm -f $@.po4a; \
	else \
	  echo "po-man/$*.po is behind omerr.1: no $* man page" >&2; : >$@; \
	fi

# Installed as $(mandir)/LL/man1/omerr.1 when there is a translation;
# without po4a there is none (the pages are made, not distributed), and
# `make install` installs the English page only.
if OMERR_PO4A
omerr_man_installed = $(omerr_man_translated)
endif
install-data-local: install-omerr-man-translations
install-omerr-man-translations: $(omerr_man_installed)
	@for lang in $(omerr_man_languages); do \
	  page=src/cli/omerr.$$lang.1; \
	  if test -s "$$page"; then \
	    echo " $(MKDIR_P) '$(DESTDIR)$(mandir)/'$$lang/man1"; \
	    $(MKDIR_P) "$(DESTDIR)$(mandir)/$$lang/man1" || exit 1; \
	    echo " $(INSTALL_DATA) $$page '$(DESTDIR)$(mandir)/'$$lang/man1/omerr.1"; \
	    $(INSTALL_DATA) "$$page" "$(DESTDIR)$(mandir)/$$lang/man1/omerr.1" || exit 1; \
	  fi; \
	done
uninstall-local: uninstall-omerr-man-translations
uninstall-omerr-man-translations:
	@for lang in $(omerr_man_languages); do \
	  rm -f "$(DESTDIR)$(mandir)/$$lang/man1/omerr.1"; \
	done

# `make update-po` (its recipe, for po/, is in src/generated/local.mk)
# also brings the command's catalogs (po-cli/) and the man page's
# (po-man/) up to date with their sources.
update-po: update-cli-po update-man-po
update-cli-po:
	dir=po-cli; $(omerr_po_keep) && \
	(cd po-cli && $(MAKE) $(AM_MAKEFLAGS) update-po) && $(omerr_po_restore)
# Run from the source tree: the page's name goes into every reference
# (#:) of the PO file, which must not hold the path of one build tree.
update-man-po:
	cd $(srcdir) && for lang in $(omerr_man_languages); do \
	  $(PO4A_UPDATEPO) -f man -M UTF-8 --msgmerge-opt=--previous \
	    -m src/cli/omerr.1 -p po-man/$$lang.po || exit 1; \
	done
.PHONY: update-cli-po update-man-po install-omerr-man-translations \
	uninstall-omerr-man-translations
