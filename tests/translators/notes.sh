#!/bin/sh
# SPDX-License-Identifier: MIT
# Notes on the published text (data/*.notes.md, src/compiler/table-reader.c):
# omerrc checks them against the master table and the template carries
# each as an extracted comment that translators see.
. "$abs_top_srcdir/tests/cli/tap.sh"

omerrc=$abs_top_builddir/omerrc$EXEEXT
master=$abs_top_srcdir/data/software-update-agent-errors.en.md
notes=$abs_top_srcdir/data/software-update-agent-errors.notes.md
pot=$abs_top_srcdir/src/generated/omerr-messages.pot

run "$omerrc" --notes="$notes" --pot="$tap_tmp/ok.pot" "$master"
if test "$status" = 0 && test -s "$tap_tmp/ok.pot"; then
  tap_ok "the shipped notes are valid for the master table"
else
  tap_not_ok "the shipped notes are valid for the master table" "$err"
fi

# bad_notes DESCRIPTION PATTERN TEXT: omerrc refuses the notes TEXT with
# a diagnostic matching PATTERN, and writes nothing.
bad_notes ()
{
  printf '%s\n' "$3" >"$tap_tmp/bad.md"
  rm -f "$tap_tmp/bad.pot"
  run "$omerrc" --notes="$tap_tmp/bad.md" --pot="$tap_tmp/bad.pot" "$master"
  if test "$status" = 1 && test ! -e "$tap_tmp/bad.pot" &&
     printf '%s\n' "$err" | grep -q -e "$2"; then
    tap_ok "$1"
  else
    tap_not_ok "$1" "status $status" "stderr: $err" "want: $2"
  fi
}
bad_notes "a note for a code not in the master is an error at its line and column" \
  "^$tap_tmp/bad.md:3:3: error: note for 0x80CF9999, a code that is not in the master" \
  '# Notes

- 0x80CF9999: no such code'
bad_notes "two notes for one code" \
  "^$tap_tmp/bad.md:2:3: error: a second note for 0x80CF4020" \
  '- 0x80CF4020: one
- 0x80cf4020: two'
bad_notes "a line of no known form" \
  "^$tap_tmp/bad.md:2:1: error: expected a note" \
  '- 0x80CF4020: one
0x80CF4023: no dash'
bad_notes "an empty note" "^$tap_tmp/bad.md:1:14: error: the note for 0x80CF4020 is empty" \
  '- 0x80CF4020:'

# Continuation lines join the note with single spaces.
printf '%s\n' '- 0x80CF4020: first' '    second   third' >"$tap_tmp/cont.md"
run "$omerrc" --notes="$tap_tmp/cont.md" --pot="$tap_tmp/cont.pot" "$master"
if test "$status" = 0 && grep -qx '#\. Note: first second third' "$tap_tmp/cont.pot"; then
  tap_ok "a note continues on indented lines"
else
  tap_not_ok "a note continues on indented lines" "status $status" "$err" \
    "$(grep -n 'Note' "$tap_tmp/cont.pot")"
fi

# The template the build made shows translators the source's known errors.
for code in 0x80CF4020 0x80CF4023 0x80CFA005 0x80CFA006; do
  if awk -v code="$code" '$0 == "#. Code: " code { found = 1; next }
       found && /^#\. Note: / { ok = 1 } /^msgid / { found = 0 }
       END { exit !ok }' "$pot"; then
    tap_ok "the template has the note on $code"
  else
    tap_not_ok "the template has the note on $code" "$(grep -n -A3 "Code: $code" "$pot")"
  fi
done
if grep -q '^#\. Note: .*HTTP status 501' "$pot" &&
   grep -q '^#\. Note: .*HTTP status 504' "$pot"; then
  tap_ok "the notes name the statuses 501 and 504"
else
  tap_not_ok "the notes name the statuses 501 and 504"
fi

# omerr --explain shows the note of the built-in table's row.
run "$omerr" --explain 0x80cf4020
if test "$status" = 0 && printf '%s\n' "$out" | grep -q '^  note: .*HTTP status 501'; then
  tap_ok "omerr --explain shows the note on 0x80CF4020"
else
  tap_not_ok "omerr --explain shows the note on 0x80CF4020" "status $status" "$out"
fi
run "$omerr" --explain 0x80cf0001
if test "$status" = 0 && ! printf '%s\n' "$out" | grep -q '^  note: '; then
  tap_ok "a row without a note shows none"
else
  tap_not_ok "a row without a note shows none" "$out"
fi
tap_done
