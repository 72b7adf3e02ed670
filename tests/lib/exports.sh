# SPDX-License-Identifier: MIT
# The shared library exports the documented functions and nothing else,
# each with a version of src/lib/libomerr.map (OMERR_1.0, ...).
. "$abs_top_srcdir/tests/cli/tap.sh"

lib="$abs_top_builddir/.libs/libomerr.so"
want='omerr_code
omerr_code_at
omerr_count
omerr_english
omerr_gettext
omerr_gettext_l
omerr_gettext_lang
omerr_gettext_r
omerr_is_known
omerr_symbol
omerr_table_at
omerr_table_by_name
omerr_table_code
omerr_table_code_at
omerr_table_english
omerr_table_entry_at
omerr_table_gettext
omerr_table_gettext_lang
omerr_table_group
omerr_table_languages
omerr_table_name
omerr_table_note
omerr_table_notice
omerr_table_size
omerr_table_symbol
omerr_tables_for
omerr_version'
if test ! -f "$lib"; then
  tap_skip "libomerr.so exports" "no shared library built"
else
  # "omerr_code@@OMERR_1.0"; the version nodes themselves are type A.
  syms=$(${NM:-nm} -D --defined-only --with-symbol-versions "$lib" \
    | awk '$2 ~ /^[A-Z]$/ && $2 != "A" { print $3 }' | sort)
  got=$(printf '%s\n' "$syms" | sed 's/@.*//')
  if test "$got" = "$want"; then
    tap_ok "libomerr.so exports only the documented functions"
  else
    tap_not_ok "libomerr.so exports" $got
  fi
  unversioned=$(printf '%s\n' "$syms" | grep -v '@@\{0,1\}OMERR_[0-9][0-9.]*$')
  if test -z "$unversioned"; then
    tap_ok "every exported symbol has an OMERR_ version"
  else
    tap_not_ok "exported without an OMERR_ version" $unversioned
  fi
fi
tap_done
