/* SPDX-License-Identifier: MIT */
/* A table cell (or a heading) as plain text: markup removed, entities
   decoded (cmark-gfm already did that), whitespace runs collapsed to one
   space, ends trimmed.  Malloc'd.  */
#ifndef OMERRC_CELL_TEXT_H
#define OMERRC_CELL_TEXT_H

#include <cmark-gfm.h>

char *cell_text (cmark_node *cell);

#endif
