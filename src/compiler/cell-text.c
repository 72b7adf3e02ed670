/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cell-text.h"
#include "strbuf.h"

#include <string.h>

char *
cell_text (cmark_node *cell)
{
  static const char blanks[] = " \t\n\r\f\v";
  struct strbuf out = STRBUF_INIT;
  bool space = false;           /* a space is due before the next word */
  cmark_iter *iter = cmark_iter_new (cell);
  for (cmark_event_type ev; (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE;)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK
                                      || type == CMARK_NODE_LINEBREAK))
        space = out.len > 0;
      /* Inline HTML is markup, not text: dropped.  Emphasis, links and the
         like give their text children, visited next.  */
      if (ev != CMARK_EVENT_ENTER
          || (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE))
        continue;
      for (const char *s = cmark_node_get_literal (node); *s != '\0';)
        {
          size_t blank = strspn (s, blanks), word = strcspn (s + blank, blanks);
          space = (space || blank > 0) && out.len > 0;
          if (word > 0 && space)
            strbuf_putc (&out, ' ');
          strbuf_append (&out, s + blank, word);
          space = space && word == 0;
          s += blank + word;
        }
    }
  cmark_iter_free (iter);
  return strbuf_release (&out);
}
