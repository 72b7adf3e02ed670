/* Memory for cmark-gfm's trees of table chunks: taken from a few slabs
   with a bump pointer, never freed one by one, and reused for the next
   chunk, so that a long table costs neither a malloc and a free per node
   nor more memory than one chunk's tree.  Not thread-safe (omerrc is
   single-threaded).  */
#ifndef OMERRC_PARSE_ARENA_H
#define OMERRC_PARSE_ARENA_H

#include <cmark-gfm.h>

cmark_mem *parse_arena (void);
/* Everything allocated so far is dropped (the memory is kept).  */
void parse_arena_reset (void);
/* The memory is given back.  */
void parse_arena_release (void);

#endif
