# SPDX-License-Identifier: MIT
## src/compiler/: omerrc, the table compiler (build-time dependencies:
## cmark-gfm and libgettextpo; never linked into libomerr).

bin_PROGRAMS += omerrc
# Everything but main() is a library, for the unit tests and the fuzzers.
noinst_LIBRARIES += src/compiler/libomerrc.a
src_compiler_libomerrc_a_SOURCES = $(common_sources) \
	src/compiler/omerrc.h src/compiler/diag.c \
	src/compiler/table-reader.c src/compiler/table-validate.c \
	src/compiler/catalog.c src/compiler/table-file.c src/lib/table-format.h \
	src/compiler/output.c src/compiler/compile.c
omerrc_SOURCES = src/compiler/main.c
omerrc_LDADD = src/compiler/libomerrc.a $(CMARK_LIBS) $(GETTEXTPO_LIBS)
omerrc_compiler_libs = src/compiler/libomerrc.a $(CMARK_LIBS) $(GETTEXTPO_LIBS)
dist_man_MANS += src/compiler/omerrc.1
