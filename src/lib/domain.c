/* SPDX-License-Identifier: MIT */
/* Binding of the "omerr" text domain: once per process, on first use.  */
#include <config.h>

#include <libintl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "omerr-internal.h"

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;
static const char *catalog_dir;

static void
bind_now (void)
{
  /* Lets tests and demos use the build tree's catalogs before
     'make install'; ignored in set-uid programs.  */
#ifdef HAVE_SECURE_GETENV
  const char *dir = secure_getenv ("OMERR_LOCALEDIR");
#else
  const char *dir = NULL;
#endif

  if (dir == NULL || *dir == '\0')
    dir = LOCALEDIR;
  bindtextdomain (OMERR_DOMAIN, dir);
  /* gettext keeps its own copy; ours must survive a change of the
     environment too.  */
  catalog_dir = strdup (dir);
  if (catalog_dir == NULL)
    catalog_dir = LOCALEDIR;
}

void
omerr_bind_domain (void)
{
  pthread_once (&bind_once, bind_now);
}

const char *
omerr_catalog_dir (void)
{
  omerr_bind_domain ();
  return catalog_dir;
}
