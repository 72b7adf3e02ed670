/* The output for one code, in each style.  */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>

#include "omerr.h"
#include "explain.h"
#include "i18n.h"
#include "json.h"
#include "report.h"
#include "utf8-message.h"

static void
report_json (uint32_t code, int explain)
{
  const char *symbol = omerr_symbol (code), *language;
  const char *message = utf8_message (code, &language);

  printf ("{\"code\":\"0x%08" PRIX32 "\",\"value\":%" PRIu32
          ",\"signed\":%" PRId32 ",\"symbol\":",
          code, code, (int32_t) code);
  if (symbol != NULL)
    json_string (stdout, symbol);
  else
    fputs ("null", stdout);
  fputs (",\"message\":", stdout);
  json_string (stdout, message);
  fputs (",\"language\":", stdout);
  json_string (stdout, language);
  printf (",\"known\":%s", symbol != NULL ? "true" : "false");
  if (explain)
    printf (",\"severity\":%u,\"customer\":%u,\"facility\":%u,\"number\":%u",
            (unsigned) (code >> 31), (unsigned) (code >> 29) & 1,
            (unsigned) (code >> 16) & 0x7FF, (unsigned) code & 0xFFFF);
  fputs ("}\n", stdout);
}

int
report_code (uint32_t code, enum output_style style, int explain)
{
  const char *symbol = omerr_symbol (code);

  switch (style)
    {
    case STYLE_JSON:
      report_json (code, explain);
      break;
    case STYLE_MESSAGE:
      puts (omerr_gettext (code));
      break;
    case STYLE_FULL:
      printf ("0x%08" PRIX32 " (%s) -- %" PRIu32 " (%" PRId32 "): %s\n",
              code, symbol != NULL ? symbol : _("unknown"), code,
              (int32_t) code, omerr_gettext (code));
      if (explain)
        explain_code (stdout, code);
      break;
    }
  return symbol != NULL ? 0 : 1;
}
