/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the omerr command's argument parser.  Whatever it
   accepts must read back the same way when printed in canonical form.  */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-string.h"
#include "omerr.h"
#include "parse-input.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
expect (const char *text, enum input_kind kind, uint32_t code)
{
  uint32_t again = 0;
  size_t start, length;
  if (parse_input (text, &again, &start, &length) != kind || again != code)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *arg = fuzz_string (data, size);
  if (arg == NULL)
    return 0;
  uint32_t code = 0;
  size_t start = 0, length = 0;
  enum input_kind kind = parse_input (arg, &code, &start, &length);
  /* The code's word is inside the argument.  */
  if (start > strlen (arg) || length > strlen (arg) - start)
    abort ();
  char canonical[32];
  switch (kind)
    {
    case INPUT_HEX:
    case INPUT_DECIMAL:
    case INPUT_SIGNED:
      snprintf (canonical, sizeof canonical, "0x%08X", (unsigned) code);
      expect (canonical, INPUT_HEX, code);
      snprintf (canonical, sizeof canonical, "%lu", (unsigned long) code);
      expect (canonical, INPUT_DECIMAL, code);
      break;
    case INPUT_SYMBOL:
      {
        const char *symbol = omerr_symbol (code);
        if (symbol == NULL)
          abort ();
        expect (symbol, INPUT_SYMBOL, code);
      }
      break;
    case INPUT_UNKNOWN_SYMBOL:
    case INPUT_MALFORMED:
    case INPUT_OUT_OF_RANGE:
      break;
    default:
      abort ();
    }
  /* --scan's tokenizer on the same bytes: every token inside the text,
     each search going forward.  */
  {
    size_t n = strlen (arg), pos = 0, start, length, before;
    uint32_t found;

    for (;;)
      {
        before = pos;
        if (!next_code_token (arg, n, &pos, &start, &length, &found))
          break;
        if (start < before || length == 0 || start + length > n
            || pos != start + length)
          abort ();
      }
  }
  free (arg);
  return 0;
}
