# SPDX-License-Identifier: MIT
## src/cli/: the omerr command.

bin_PROGRAMS += omerr
omerr_SOURCES = \
	src/cli/main.c src/cli/operands.c src/cli/operands.h \
	src/cli/parse-input.c src/cli/parse-input.h \
	src/cli/locale-setup.c src/cli/locale-setup.h \
	src/cli/report.c src/cli/report.h \
	src/cli/explain.c src/cli/explain.h \
	src/cli/search.c src/cli/search.h \
	src/cli/json.c src/cli/json.h \
	src/cli/message-language.c src/cli/message-language.h \
	src/cli/utf8-message.c src/cli/utf8-message.h $(common_sources) \
	src/cli/i18n.h src/cli/complain.c src/cli/complain.h \
	src/cli/hints.c src/cli/hints.h src/cli/printable.c src/cli/printable.h \
	src/cli/wrap.c src/cli/wrap.h src/cli/scan.c src/cli/scan.h \
	src/cli/search-all.c src/cli/search-all.h \
	src/cli/text-lines.c src/cli/text-lines.h
omerr_LDADD = libomerr.la $(LTLIBINTL)
# The command carries the library's code (libtool's -static: the static
# libomerr.a from this build, when one is built; else the shared one, as
# before).  Start-up is most of what omerr costs: no libomerr.so to find,
# map and relocate saves about 0.07 ms a run (tests/bench/startup.sh).  The
# catalogs, not the code, hold the translations, and the command ships
# with its library, so nothing goes stale; libomerr.so is still built,
# installed and tested for other programs.
omerr_LDFLAGS = -static
dist_man_MANS += src/cli/omerr.1

# The bash completion (configure.ac: --with-bash-completion-dir), named
# after the command as bash-completion's loader wants.
bashcompletiondir = $(BASH_COMPLETION_DIR)
bashcompletion_DATA = src/cli/omerr
CLEANFILES += src/cli/omerr
EXTRA_DIST += src/cli/omerr.bash-completion
src/cli/omerr: $(srcdir)/src/cli/omerr.bash-completion
	$(AM_V_GEN)$(MKDIR_P) src/cli && cp $(srcdir)/src/cli/omerr.bash-completion $@
# distcheck installs as a user would, under its own prefix.
AM_DISTCHECK_CONFIGURE_FLAGS = \
	--with-bash-completion-dir='$$(datadir)/bash-completion/completions'
