#ifndef OMERR_REPORT_H
#define OMERR_REPORT_H

#include <stdint.h>

enum output_style
{
  STYLE_FULL,           /* 0x80CF0001 (OM_E_NO_SERVICE) -- 2161049601 (-2133917695): ... */
  STYLE_MESSAGE,        /* the message alone */
  STYLE_JSON            /* one JSON object */
};

/* Writes one line (or, with EXPLAIN and STYLE_FULL, a block) about CODE
   to stdout.  Returns 0 when the code is known, 1 when not.  */
int report_code (uint32_t code, enum output_style style, int explain);

#endif
