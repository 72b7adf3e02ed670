#!/bin/sh
# SPDX-License-Identifier: MIT
# Every source file says its licence in an SPDX-License-Identifier line
# among its first ten (after a front matter): the code's (MIT, see LICENSE) or the data's
# (CC-BY-4.0: data/, the catalogs).  The zh-TW page is kept verbatim, so
# its line is in the REUSE-style data/...zh-TW.md.license beside it; the
# fixtures of tests/malformed and the fuzzers' corpora are inputs whose
# exact bytes are tested and carry none.  The catalogs say it in their
# header, from data/attribution.txt.  The files: those git tracks (a
# tarball has no .git: skipped there, checked in every checkout).
omerr_no_po_files=1
. "${0%/*}/common.sh"
top=$omerr_top_srcdir
if ! [ -e "$top/.git" ] || ! command -v git >/dev/null; then
  tap_skip_all "not a git checkout"
fi
files=$(git -C "$top" ls-files) || exit 1
checked=0 bad=
for f in $files; do
  case $f in
    tests/malformed/*|tests/fuzz/corpus*|*.dict|*.abi) continue ;;
    data/software-update-agent-errors.zh-TW.md) f=$f.license; want=CC-BY-4.0 ;;
    data/*.md|data/*.txt|po/*.po|po/imported/*.po|po/COMPLETE) want=CC-BY-4.0 ;;
    *.c|*.h|*.in|*.map|*.1|*.3|*.sh|*.mk|*.am|*.ac|*.supp|*.bash-completion|\
    */bootstrap|bootstrap|.ci/run|*/Makevars|*/LINGUAS|po-cli/*.po|.gitignore|po/imported/README)
      want=MIT ;;
    *) continue ;;
  esac
  checked=$((checked + 1))
  head -n 10 "$top/$f" | grep -q "SPDX-License-Identifier: $want\\b" ||
    bad="$bad $f($want)"
done
if [ -z "$bad" ]; then
  tap_ok "$checked source files carry their SPDX-License-Identifier line"
else
  tap_not_ok "without an SPDX-License-Identifier line:$bad"
fi
tap_done
