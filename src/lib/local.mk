# SPDX-License-Identifier: MIT
## src/lib/: libomerr, its public header, pkg-config file and manual pages.

lib_LTLIBRARIES += libomerr.la
include_HEADERS += src/lib/omerr.h
# The constants header is generated into the build tree and installed
# beside omerr.h, which includes it; so is the version header (configure).
nodist_include_HEADERS += src/generated/omerr-codes.h src/lib/omerr-version.h
EXTRA_DIST += src/lib/omerr-version.h.in

libomerr_la_SOURCES = \
	src/lib/omerr-internal.h src/lib/omerr-table.h src/lib/table-format.h \
	src/lib/table-lookup.c src/lib/symbol-lookup.c src/lib/table-load.c \
	src/lib/domain.c src/lib/message.c \
	src/lib/message-cache.h src/lib/message-cache.c \
	src/lib/catalog-guard.c \
	src/lib/mo-file.h src/lib/mo-file.c src/lib/gettext-lang.c \
	src/common/utf8.h src/common/utf8.c \
	src/lib/gettext.c src/lib/gettext-r.c \
	src/lib/is-known.c src/lib/version.c
nodist_libomerr_la_SOURCES = $(omerr_generated_sources)
# Only the functions declared OMERR_API in omerr.h are exported: hidden by
# default, and the version script (versions OMERR_1.0 ..., nothing else
# global) where the linker has one.  NO_PLT_CFLAGS, TLS_DESC_CFLAGS: see
# configure.ac.
# src/common: the project's one UTF-8 check (hidden here like the rest;
# omerr_gettext_lang checks catalog text with it).
libomerr_la_CPPFLAGS = $(AM_CPPFLAGS) -DOMERR_BUILDING_LIBRARY \
	-I$(top_srcdir)/src/common
libomerr_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden $(NO_PLT_CFLAGS) \
	$(TLS_DESC_CFLAGS)
libomerr_la_LDFLAGS = -version-info $(LIBOMERR_LT_VERSION) -no-undefined \
	$(PTHREAD_CFLAGS)
if OMERR_LD_VERSION_SCRIPT
libomerr_la_LDFLAGS += -Wl,--version-script=$(srcdir)/src/lib/libomerr.map
endif
# Relinked when the version script changes.
EXTRA_libomerr_la_DEPENDENCIES = src/lib/libomerr.map
EXTRA_DIST += src/lib/libomerr.map
libomerr_la_LIBADD = $(LTLIBINTL)

pkgconfigdir = $(libdir)/pkgconfig
nodist_pkgconfig_DATA = src/lib/omerr.pc
EXTRA_DIST += src/lib/omerr.pc.in

dist_man_MANS += \
	src/lib/omerr_gettext.3 src/lib/omerr_gettext_l.3 \
	src/lib/omerr_gettext_r.3 src/lib/omerr_gettext_lang.3 \
	src/lib/omerr_table_gettext_lang.3 src/lib/omerr_symbol.3 \
	src/lib/omerr_code.3 src/lib/omerr_english.3 \
	src/lib/omerr_count.3 src/lib/omerr_code_at.3 \
	src/lib/omerr_table.3 src/lib/omerr_table_at.3 \
	src/lib/omerr_table_by_name.3 src/lib/omerr_tables_for.3 \
	src/lib/omerr_table_name.3 src/lib/omerr_table_notice.3 \
	src/lib/omerr_table_size.3 src/lib/omerr_table_code_at.3 \
	src/lib/omerr_table_entry_at.3 \
	src/lib/omerr_table_code.3 src/lib/omerr_table_symbol.3 \
	src/lib/omerr_table_english.3 src/lib/omerr_table_group.3 \
	src/lib/omerr_table_note.3 src/lib/omerr_table_gettext.3 \
	src/lib/omerr_table_languages.3 \
	src/lib/omerr_is_known.3 src/lib/omerr_version.3 src/lib/OMERR_VERSION.3 \
	src/lib/OMERR_FACILITY.3 src/lib/OMERR_SEVERITY.3 src/lib/OMERR_CUSTOMER.3 \
	src/lib/OMERR_NUMBER.3 src/lib/OMERR_FAILED.3 src/lib/OMERR_SUCCEEDED.3 \
	src/lib/OMERR_MAKE_CODE.3
