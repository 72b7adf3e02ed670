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
	src/cli/language.c src/cli/language.h \
	src/cli/utf8-message.c src/cli/utf8-message.h
omerr_LDADD = libomerr.la $(LTLIBINTL)
dist_man_MANS += src/cli/omerr.1
