/* SPDX-License-Identifier: MIT */
/* YAML front matter of a Docs page (a '---' line up to the next '---' or
   '...' line): title, ms.contentlocale and ms.date are read into T and the
   block is blanked, line breaks kept, so that the Markdown parser never
   sees it and line numbers stay true.  */
#ifndef OMERRC_FRONT_MATTER_H
#define OMERRC_FRONT_MATTER_H

#include <stdbool.h>

struct table;
struct diag;
bool front_matter_take (struct table *t, struct diag *d);

#endif
