# SPDX-License-Identifier: MIT
## po/variants.mk: Chinese variants, included from the top Makefile.am
## (po/Makefile stays gettext's own).
##
## Under LANG=zh_HK.UTF-8 gettext looks for a zh_HK catalog, then zh; never
## zh_TW.  A bare zh catalog would reach zh_CN and zh_SG users as well, who
## read Simplified Chinese.  So the zh_TW catalog is also installed as zh_HK
## and zh_MO, the other places that write Traditional Chinese.

omerr_zh_variants = zh_HK zh_MO

# Shell fragment: makes $$dir/V/LC_MESSAGES/omerr.mo a symbolic link to
# the zh_TW catalog beside it, for each variant V.  Links, not copies: one
# file on disk, which the library's damaged-catalog check reads once
# however many names lead to it (src/lib/catalog-guard.c): each file it
# reads lengthens every start of the command in a Chinese locale.
# Shared by `make install` and the tests' catalogs.
omerr_install_zh_variants = \
	for v in $(omerr_zh_variants); do \
	  $(MKDIR_P) "$$dir/$$v/LC_MESSAGES" && \
	  rm -f "$$dir/$$v/LC_MESSAGES/$(PACKAGE).mo" && \
	  $(LN_S) ../../zh_TW/LC_MESSAGES/$(PACKAGE).mo \
	    "$$dir/$$v/LC_MESSAGES/$(PACKAGE).mo" || exit 1; \
	done

# po/ installs its catalogs after this directory (SUBDIRS = . po): the
# links are made first and lead to the zh_TW catalog once po/ has
# installed it.  Nothing is made when configure's LINGUAS left zh_TW out.
install-data-local: install-omerr-zh-variants
install-omerr-zh-variants:
	@case " `sed -n 's/^CATALOGS *=//p' po/Makefile` " in \
	  *" zh_TW.gmo "*) ;; *) exit 0;; \
	esac; \
	dir='$(DESTDIR)$(localedir)'; \
	echo "linking $(PACKAGE).mo of $(omerr_zh_variants) to zh_TW's in $$dir"; \
	$(omerr_install_zh_variants)

uninstall-local: uninstall-omerr-zh-variants
uninstall-omerr-zh-variants:
	for v in $(omerr_zh_variants); do \
	  rm -f "$(DESTDIR)$(localedir)/$$v/LC_MESSAGES/$(PACKAGE).mo"; \
	done

# `make installcheck` (run by distcheck): each variant is a link to the
# installed zh_TW catalog, or absent with it; no bare zh catalog.
installcheck-local: installcheck-omerr-zh-variants
installcheck-omerr-zh-variants:
	@dir='$(DESTDIR)$(localedir)'; tw=$$dir/zh_TW/LC_MESSAGES/$(PACKAGE).mo; \
	for v in $(omerr_zh_variants); do \
	  mo=$$dir/$$v/LC_MESSAGES/$(PACKAGE).mo; \
	  if test -f "$$tw"; then \
	    test -h "$$mo" && cmp "$$tw" "$$mo" || exit 1; \
	  elif test -f "$$mo" || test -h "$$mo"; then echo "$$mo installed without zh_TW" >&2; exit 1; \
	  fi; \
	done; \
	if test -f "$$dir/zh/LC_MESSAGES/$(PACKAGE).mo"; then \
	  echo "$$dir/zh/LC_MESSAGES/$(PACKAGE).mo: a bare zh catalog reaches zh_CN users" >&2; \
	  exit 1; \
	fi

.PHONY: install-omerr-zh-variants uninstall-omerr-zh-variants \
	installcheck-omerr-zh-variants
