# SPDX-License-Identifier: MIT
## src/compiler/: omerrc, the table compiler (build-time dependencies:
## cmark-gfm and libgettextpo; never linked into libomerr).

bin_PROGRAMS += omerrc
# Everything but main() is a library, for the unit tests and the fuzzers.
noinst_LIBRARIES += src/compiler/libomerrc.a
src_compiler_libomerrc_a_SOURCES = $(common_sources) \
	src/compiler/table-file.c src/compiler/table-file.h \
	src/lib/table-format.h \
	src/compiler/catalog.c src/compiler/catalog.h \
	src/compiler/compile.c src/compiler/compile.h \
	src/compiler/diag.c src/compiler/diag.h \
	src/compiler/language.c src/compiler/language.h \
	src/compiler/notes.c \
	src/compiler/output.c src/compiler/output.h \
	src/compiler/table.h src/compiler/table-reader.c \
	src/compiler/table-validate.c
omerrc_SOURCES = src/compiler/main.c
omerrc_LDADD = src/compiler/libomerrc.a $(CMARK_LIBS) $(GETTEXTPO_LIBS)
omerrc_compiler_libs = src/compiler/libomerrc.a $(CMARK_LIBS) $(GETTEXTPO_LIBS)
dist_man_MANS += src/compiler/omerrc.1
