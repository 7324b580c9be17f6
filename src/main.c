/* main.c — the entry point of dpp2-toolkit
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dpp2-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(Dpp2Application) app = NULL;

  setlocale (LC_ALL, "");
  /* tools/run and the tests point this at the build tree's translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DPP2_LOCALEDIR") ? g_getenv ("DPP2_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = dpp2_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
