# SPDX-License-Identifier: MIT
# The catalogs omerrc writes (src/compiler/catalog.c, no line wrapping) are
# byte for byte what `msgcat --no-wrap` writes: tables of generated
# descriptions of many shapes, English and Chinese, headers of many shapes,
# and a catalog brought up to date (fuzzy, previous and obsolete entries).
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc="$abs_top_builddir/omerrc${EXEEXT}"

# table SEED ROWS: a table whose descriptions mix words, numbers,
# punctuation, parentheses, apostrophes, hyphens, quotes, CJK text and
# lengths from a few characters to a few hundred.
table ()
{
  ${AWK:-awk} -v seed="$1" -v n="$2" 'BEGIN {
    srand (seed);
    split ("a an the agent update could not be installed because of error " \
           "0x80CF0001 OM_E_NO_SERVICE service unavailable (see log) data, " \
           "items: x; 3.5 1,000 e.g. read-only and/or it'"'"'s OM_E_PT_* " \
           "\"quoted\" 100% a\\b 代理程式 無法提供服務。 verylongwordwithoutanyspacesatallthatkeepsgoingandgoingandgoing " \
           "done. why? yes! (a) end) signed-in non-UI .cab 32-bit x-1 " \
           "(pre-set) re-run'"'"'s a-b-c (.cab) e-mail. x-_y -lead trail- " \
           "a--b .5 3-D", w, " ");
    nw = length (w);
    print "---\nms.contentlocale: en\n---";
    print "|Code|Symbol|Description|\n|---|---|---|";
    for (i = 0; i < n; i++) {
      k = 1 + int (rand () * 40);
      s = "";
      for (j = 0; j < k; j++)
        s = s (j ? (rand () < 0.1 ? "  " : " ") : "") w[1 + int (rand () * nw)];
      gsub (/\|/, "\\|", s);
      printf "|0x%08X|OM_E_GEN_%d|%s|\n", 2160000000 + i, i, s;
    }
  }'
}

for seed in ${PO_CANONICAL_SEEDS:-1 2 3}; do
  table $seed 800 >"$tap_tmp/t$seed.md"
  mkdir -p "$tap_tmp/po$seed"
  run "$omerrc" --po-dir="$tap_tmp/po$seed" "$tap_tmp/t$seed.md"
  if test "$status" != 0; then
    tap_not_ok "seed $seed: omerrc" "status $status" "$err"
    continue
  fi
  if msgcat --no-wrap "$tap_tmp/po$seed/en.po" >"$tap_tmp/canon$seed.po" 2>"$tap_tmp/err" \
     && cmp -s "$tap_tmp/canon$seed.po" "$tap_tmp/po$seed/en.po"; then
    tap_ok "seed $seed: msgcat reproduces omerrc's catalog"
  else
    tap_not_ok "seed $seed: msgcat reproduces omerrc's catalog" \
      "$(diff "$tap_tmp/po$seed/en.po" "$tap_tmp/canon$seed.po" | head -20)"
  fi
done

# The template written through a pipe (/dev/stdout, a link that leads to
# no path): the same bytes as in a file.
"$omerrc" --pot="$tap_tmp/file.pot" "$tap_tmp/t1.md" 2>"$tap_tmp/err"
if "$omerrc" --pot=/dev/stdout "$tap_tmp/t1.md" 2>>"$tap_tmp/err" | cat >"$tap_tmp/pipe.pot" \
   && cmp -s "$tap_tmp/pipe.pot" "$tap_tmp/file.pot"; then
  tap_ok "--pot=/dev/stdout writes through a pipe"
else
  tap_not_ok "--pot=/dev/stdout writes through a pipe" "$(cat "$tap_tmp/err")"
fi

# Header entries of many shapes:
# notices with empty, indented and non-ASCII lines, fields with quotes,
# backslashes, non-ASCII text, or too long for one line (the last two:
# 77 and 78 columns with the quotes).
printf '%s\n' 'First line of the notice.' '' '  indented  line' \
  '代理程式 (zh-TW) and café' 'tab	inside' '#, not a flag' '' 'last' \
  >"$tap_tmp/notice"
n=0
for args in "--translator=A B <a@b.org>" \
    "--translator=Zoë Ünicode <z@b.org>" \
    "--translator=Q \"quoted\" back\\slash" \
    "--bugs-address=https://example.org/a/rather/long/path/that/goes/on/and/on/beyond/the/page/width/issues" \
    "--package-version=1.0-with-a-name-long-enough-to-need-a-second-line-on-its-own-0123456789" \
    "--translator=word word word word word word word word word word word wor" \
    "--translator=word word word word word word word word word word word word"; do
  n=$((n + 1))
  for what in po pot; do
    rm -rf "$tap_tmp/h"; mkdir "$tap_tmp/h"
    if test $what = po; then file="$tap_tmp/h/en.po"; set -- --po-dir="$tap_tmp/h"
    else file="$tap_tmp/h/t.pot"; set -- --pot="$file"; fi
    run "$omerrc" "$@" --notice-file="$tap_tmp/notice" "$args" "$tap_tmp/t1.md"
    if test "$status" = 0 && msgcat --no-wrap "$file" >"$tap_tmp/canon.po" 2>"$tap_tmp/err" \
       && cmp -s "$tap_tmp/canon.po" "$file"; then
      tap_ok "header $n ($what): msgcat reproduces it"
    else
      tap_not_ok "header $n ($what): msgcat reproduces it" "status $status $err" \
        "$(diff "$file" "$tap_tmp/canon.po" | head -20)"
    fi
  done
done
# --update-po: fuzzy entries with a previous msgid, translator comments,
# obsolete entries with a context (kept), a multi-line msgstr.
cat >"$tap_tmp/u.po" <<'EOF'
# A translator's comment.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: en\n"

# Kept comment
#. English: an older text
msgid "OM_E_GEN_1"
msgstr "Translated\nover two lines"

msgctxt "one"
msgid "OM_E_GONE"
msgstr "First."

msgctxt "two"
msgid "OM_E_GONE"
msgstr "Second \"quoted\"\ttab."
EOF
run "$omerrc" --update-po="$tap_tmp/u.po" "$tap_tmp/t1.md"
if test "$status" = 0 && msgcat --no-wrap "$tap_tmp/u.po" >"$tap_tmp/canon.po" 2>"$tap_tmp/err" \
   && cmp -s "$tap_tmp/canon.po" "$tap_tmp/u.po"; then
  tap_ok "update: msgcat reproduces it"
else
  tap_not_ok "update: msgcat reproduces it" "status $status $err" \
    "$(cat "$tap_tmp/err"; diff "$tap_tmp/u.po" "$tap_tmp/canon.po" | head -20)"
fi
for want in '#~ msgctxt "one"' '#~ msgctxt "two"' '#| msgid "an older text"'; do
  if grep -F -x -q "$want" "$tap_tmp/u.po"; then
    tap_ok "update keeps: $want"
  else
    tap_not_ok "update keeps: $want" "$(head -40 "$tap_tmp/u.po")"
  fi
done
if msgfmt -c -o /dev/null "$tap_tmp/u.po" 2>"$tap_tmp/err"; then
  tap_ok "update: msgfmt -c accepts the obsolete entries"
else
  tap_not_ok "update: msgfmt -c accepts the obsolete entries" "$(cat "$tap_tmp/err")"
fi
tap_done
