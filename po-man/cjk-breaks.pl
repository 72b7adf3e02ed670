#!/usr/bin/perl
# SPDX-License-Identifier: MIT
# po-man/cjk-breaks.pl < PAGE > PAGE: gives a translated man page written
# in Chinese or Japanese what groff 1.22 lacks to fill its lines.  groff
# breaks lines at spaces only, and these languages put none between
# words: a paragraph is then one word wider than the terminal ("can't
# break line"), and a line that does break is justified by spreading a
# few spaces over 80 columns ("cannot adjust line").  So a zero-width
# break point (\:) goes between two such characters, except where the
# line-breaking rules forbid it (before a closing or other punctuation
# mark such as 。，、）, after an opening one such as （「), and a page
# that got any is set flush left without hyphenation, right after .TH.
# Comment lines and no-fill blocks (.EX/.EE, .nf/.fi) are left alone.
use strict;
use warnings;
use open qw(:std :encoding(UTF-8));

# Han, kana, CJK symbols and punctuation, full-width forms.
my $cjk = qr/[\p{Han}\p{Hiragana}\p{Katakana}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}]/;
my $no_break_after = qr/[\p{Ps}\p{Pi}]/;
my $no_break_before = qr/[\p{Pe}\p{Pf}\p{Po}\x{30FC}]/;

my @lines = <STDIN>;
my ($fill, $broken) = (1, 0);
for (@lines)
  {
    next if /^[.']\s*\\"/;
    if (/^[.']\s*(?:EX|nf)\b/) { $fill = 0; next; }
    if (/^[.']\s*(?:EE|fi)\b/) { $fill = 1; next; }
    next if !$fill || /^[.']\s*TH\b/;
    $broken += s/(?<=$cjk)(?<!$no_break_after)(?=$cjk)(?!$no_break_before)/\\:/g;
  }
if ($broken)
  {
    my ($th) = grep { $lines[$_] =~ /^[.']\s*TH\b/ } 0 .. $#lines;
    # HY too: .EE (and groff 1.23's paragraphs) turn hyphenation back on
    # as \n[HY] says.
    splice @lines, defined $th ? $th + 1 : 0, 0,
      ".\\\" Flush left, no hyphenation: CJK lines break between characters.\n",
      ".ad l\n", ".nr HY 0\n", ".nh\n";
  }
print @lines;
