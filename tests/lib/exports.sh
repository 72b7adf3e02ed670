# The shared library exports the documented functions and nothing else.
. "$abs_top_srcdir/tests/cli/tap.sh"

lib="$abs_top_builddir/.libs/libomerr.so"
want='omerr_code
omerr_code_at
omerr_count
omerr_english
omerr_gettext
omerr_gettext_l
omerr_gettext_r
omerr_symbol
omerr_table_at
omerr_table_by_name
omerr_table_code
omerr_table_code_at
omerr_table_english
omerr_table_gettext
omerr_table_group
omerr_table_languages
omerr_table_name
omerr_table_note
omerr_table_notice
omerr_table_size
omerr_table_symbol
omerr_tables_for'
if test ! -f "$lib"; then
  tap_skip "libomerr.so exports" "no shared library built"
else
  got=$(${NM:-nm} -D --defined-only "$lib" | awk '$2 ~ /^[A-Z]$/ && $2 != "A" { print $3 }' | sort)
  if test "$got" = "$want"; then
    tap_ok "libomerr.so exports only the documented functions"
  else
    tap_not_ok "libomerr.so exports" $got
  fi
fi
tap_done
