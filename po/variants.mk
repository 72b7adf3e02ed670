# SPDX-License-Identifier: MIT
## po/variants.mk: Chinese variants, included from the top Makefile.am
## (po/Makefile stays gettext's own).
##
## Under LANG=zh_HK.UTF-8 gettext looks for a zh_HK catalog, then zh; never
## zh_TW.  A bare zh catalog would reach zh_CN and zh_SG users as well, who
## read Simplified Chinese.  So the zh_TW catalogs (the codes' and the
## command's own) also serve zh_HK and zh_MO, the other places that write
## Traditional Chinese.

# The one list: omerr-install-table links a table's own zh_TW catalog for
# the same variants (src/tables/local.mk writes it into the script).
omerr_zh_variants = zh_HK zh_MO

# Shell fragment: makes $$dir/V/LC_MESSAGES/D.mo a symbolic link to the
# zh_TW catalog beside it, for each variant V and each text domain D in
# $$domains.  Links, not copies: one file on disk, which the library's
# damaged-catalog check reads once however many names lead to it
# (src/lib/catalog-guard.c): each file it reads lengthens every start of
# the command in a Chinese locale.  Shared by `make install` and the
# tests' catalogs.
omerr_install_zh_variants = \
	for v in $(omerr_zh_variants); do \
	  $(MKDIR_P) "$$dir/$$v/LC_MESSAGES" || exit 1; \
	  for d in $$domains; do \
	    rm -f "$$dir/$$v/LC_MESSAGES/$$d.mo" && \
	    $(LN_S) ../../zh_TW/LC_MESSAGES/$$d.mo "$$dir/$$v/LC_MESSAGES/$$d.mo" \
	      || exit 1; \
	  done; \
	done

# The domains: the code catalogs' (po/) and the command's own (po-cli/,
# as its Makevars names it), each when configure's LINGUAS kept zh_TW.
omerr_zh_domains = \
	domains=; \
	for p in 'po $(PACKAGE)' 'po-cli omerr-cli'; do \
	  set -- $$p; \
	  case " `sed -n 's/^CATALOGS *=//p' $$1/Makefile` " in \
	    *" zh_TW.gmo "*) domains="$$domains $$2";; \
	  esac; \
	done

# po/ and po-cli/ install their catalogs after this directory (SUBDIRS =
# . po po-cli): the links are made first and lead to the zh_TW catalogs
# once those are installed.  Nothing is made where LINGUAS left zh_TW out.
install-data-local: install-omerr-zh-variants
install-omerr-zh-variants:
	@$(omerr_zh_domains); \
	test -n "$$domains" || exit 0; \
	dir='$(DESTDIR)$(localedir)'; \
	echo "linking$$domains of $(omerr_zh_variants) to zh_TW's in $$dir"; \
	$(omerr_install_zh_variants)

uninstall-local: uninstall-omerr-zh-variants
uninstall-omerr-zh-variants:
	@$(omerr_zh_domains); \
	for v in $(omerr_zh_variants); do \
	  for d in $$domains; do \
	    rm -f "$(DESTDIR)$(localedir)/$$v/LC_MESSAGES/$$d.mo"; \
	  done; \
	done

# `make installcheck` (run by distcheck): in each domain, each variant is
# a link to the installed zh_TW catalog, or absent with it; no bare zh
# catalog.
installcheck-local: installcheck-omerr-zh-variants
installcheck-omerr-zh-variants:
	@$(omerr_zh_domains); dir='$(DESTDIR)$(localedir)'; \
	for d in $$domains; do \
	  tw=$$dir/zh_TW/LC_MESSAGES/$$d.mo; \
	  for v in $(omerr_zh_variants); do \
	    mo=$$dir/$$v/LC_MESSAGES/$$d.mo; \
	    if test -f "$$tw"; then \
	      test -h "$$mo" && cmp "$$tw" "$$mo" || exit 1; \
	    elif test -f "$$mo" || test -h "$$mo"; then \
	      echo "$$mo installed without zh_TW" >&2; exit 1; \
	    fi; \
	  done; \
	  if test -f "$$dir/zh/LC_MESSAGES/$$d.mo"; then \
	    echo "$$dir/zh/LC_MESSAGES/$$d.mo: a bare zh catalog reaches zh_CN users" >&2; \
	    exit 1; \
	  fi; \
	done

.PHONY: install-omerr-zh-variants uninstall-omerr-zh-variants \
	installcheck-omerr-zh-variants
