#include <config.h>

#include "cell-text.h"
#include "strbuf.h"

#include <stdbool.h>

static bool
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
    || c == '\v';
}

/* Appends S, folding each whitespace run into one pending space that is
   written only before the next visible character.  */
static bool
append_folded (struct strbuf *out, const char *s, bool *pending_space)
{
  while (*s != '\0')
    {
      if (is_space (*s))
        {
          *pending_space = out->len > 0;
          s++;
          continue;
        }
      const char *word = s;
      while (*s != '\0' && !is_space (*s))
        s++;
      if ((*pending_space && !strbuf_putc (out, ' '))
          || !strbuf_append (out, word, (size_t) (s - word)))
        return false;
      *pending_space = false;
    }
  return true;
}

char *
cell_text (cmark_node *cell)
{
  struct strbuf out = STRBUF_INIT;
  bool pending_space = false, ok = true;
  cmark_iter *iter = cmark_iter_new (cell);
  if (iter == NULL)
    return NULL;
  cmark_event_type ev;
  while (ok && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (ev != CMARK_EVENT_ENTER)
        continue;
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
        ok = append_folded (&out, cmark_node_get_literal (node),
                            &pending_space);
      else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
        pending_space = out.len > 0;
      /* Inline HTML is markup, not text: dropped.  Emphasis, links and the
         like contribute their text children, visited next.  */
    }
  cmark_iter_free (iter);
  if (!ok)
    {
      strbuf_free (&out);
      return NULL;
    }
  return strbuf_release (&out);
}
