#include <config.h>

#include "parse_arena.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { SLAB_SIZE = 64 * 1024 };

struct slab
{
  struct slab *next;
  size_t size;
  size_t used;
  alignas (max_align_t) unsigned char data[];
};

/* Every block starts with its size, for realloc.  */
struct block
{
  alignas (max_align_t) size_t size;
};

static struct slab *first, *current;

static size_t
round_up (size_t n)
{
  return (n + alignof (max_align_t) - 1) & ~(alignof (max_align_t) - 1);
}

static struct block *
take (size_t size)
{
  size_t need = sizeof (struct block) + round_up (size);
  if (need < size)
    return NULL;
  while (current != NULL && current->size - current->used < need)
    {
      if (current->next == NULL)
        break;
      current = current->next;
      current->used = 0;
    }
  if (current == NULL || current->size - current->used < need)
    {
      size_t slab_size = need > SLAB_SIZE ? need : SLAB_SIZE;
      struct slab *s = malloc (sizeof *s + slab_size);
      if (s == NULL)
        return NULL;
      *s = (struct slab) { current ? current->next : NULL, slab_size, 0 };
      if (current != NULL)
        current->next = s;
      else
        first = s;
      current = s;
    }
  struct block *b = (struct block *) (current->data + current->used);
  current->used += need;
  b->size = size;
  return b;
}

static void *
arena_calloc (size_t n, size_t size)
{
  if (size != 0 && n > SIZE_MAX / size)
    return NULL;
  struct block *b = take (n * size);
  if (b == NULL)
    return NULL;
  memset (b + 1, 0, n * size);
  return b + 1;
}

static void *
arena_realloc (void *p, size_t size)
{
  if (p == NULL)
    return arena_calloc (1, size);
  struct block *old = (struct block *) p - 1;
  if (size <= old->size)
    return p;
  /* The latest block grows in place when its slab has room.  */
  unsigned char *end = (unsigned char *) p + round_up (old->size);
  if (end == current->data + current->used
      && current->size - current->used >= round_up (size) - round_up (old->size))
    {
      current->used += round_up (size) - round_up (old->size);
      old->size = size;
      return p;
    }
  struct block *b = take (size);
  if (b == NULL)
    return NULL;
  memcpy (b + 1, p, old->size);
  return b + 1;
}

static void
arena_free (void *p)
{
  (void) p;
}

static cmark_mem arena_mem = { arena_calloc, arena_realloc, arena_free };

cmark_mem *
parse_arena (void)
{
  return &arena_mem;
}

void
parse_arena_reset (void)
{
  current = first;
  if (current != NULL)
    current->used = 0;
}

void
parse_arena_release (void)
{
  while (first != NULL)
    {
      struct slab *next = first->next;
      free (first);
      first = next;
    }
  current = NULL;
}
