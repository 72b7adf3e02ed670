# SPDX-License-Identifier: MIT
# omerrc's commit of outputs (src/compiler/output.c) where the mutation
# pass of issue 15 found it untested.
. "$abs_top_srcdir/tests/cli/tap.sh"
LANG=C; export LANG
omerrc="$abs_top_builddir/omerrc$EXEEXT"

cd "$tap_tmp" || exit 99
cat >t.md <<'MD'
| Code | Symbol | Description |
|---|---|---|
| 0x80AF7777 | VND_E_OTHER | Something of the vendor. |
MD

# Two outputs of one name that does not exist yet: refused before
# anything is written (same device and inode cannot tell them apart).
expect_err "an output named twice, not there yet, is refused" 1 \
  "new.h: error: cannot write: named twice as an output" \
  "$omerrc" -d vendor --header=new.h --pot=new.h t.md
if test -e new.h; then tap_not_ok "nothing written for an output named twice"
else tap_ok "nothing written for an output named twice"; fi

# An output replaced keeps its permissions (the temporary file gets the
# original's mode, not the umask's).
printf 'old\n' >kept.h && chmod 640 kept.h
run sh -c 'umask 022 && exec "$@"' sh "$omerrc" -d vendor --header=kept.h t.md
mode=$(stat -c %a kept.h 2>/dev/null || stat -f %Lp kept.h)
if test "$status" = 0 && test "$mode" = 640 && grep -q VND_E_OTHER kept.h; then
  tap_ok "a replaced output keeps its mode (640)"
else
  tap_not_ok "a replaced output keeps its mode" "status $status, mode $mode" "$err"
fi
tap_done
