/* A table cell as plain text: markup removed, entities decoded (cmark-gfm
   already did that), whitespace runs collapsed to one space, ends trimmed.  */
#ifndef OMERRC_CELL_TEXT_H
#define OMERRC_CELL_TEXT_H

#include <cmark-gfm.h>

/* A malloc'd string, NULL on no memory.  */
char *cell_text (cmark_node *cell);

#endif
