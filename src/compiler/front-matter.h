/* YAML front matter of a Docs page: the few keys omerrc reads.  */
#ifndef OMERRC_FRONT_MATTER_H
#define OMERRC_FRONT_MATTER_H

#include <stdbool.h>

struct table;
struct diag;

/* If the document starts with a front matter block (a '---' line up to the
   next '---' or '...' line), reads title, ms.contentlocale and ms.date into
   T and blanks the block out of the text, line breaks kept, so that the
   Markdown parser never sees it and line numbers stay true.  */
bool front_matter_take (struct table *t, struct diag *d);

#endif
