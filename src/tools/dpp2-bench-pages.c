/* dpp2-bench-pages.c — how long each page takes to show on a large organisation
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: dpp2-bench-pages FILE [RUNS] [PAGE-ID...]
 * Opens FILE (made by dpp2-generate; give it a copy, the window locks it) in a real document
 * window, then for every registered page (or the ones named) RUNS times: shows another page
 * and waits for its frame, then shows the page and times until the frame clock's after-paint
 * of the frame that draws it. Prints the median milliseconds per page, and once the time to
 * construct each page with the document (what opening a document pays for it). Run by
 * tools/bench.d/30-pages.py under Xvfb; it prints figures, it does not judge them.
 */
#include "config.h"

#include "dpp2-bench-support.h"

#include <adwaita.h>
#include <stdlib.h>

#include "dpp2-application.h"
#include "dpp2-window.h"
#include "pages/dpp2-page-registry.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window has painted a frame. */
static void
wait_for_frame (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  gulong id;

  g_assert (clock != NULL);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
wanted (const char  *id,
        char       **only)
{
  if (only == NULL || only[0] == NULL)
    return TRUE;
  return g_strv_contains ((const char * const *) only, id);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(Dpp2Application) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const Dpp2PageInfo *pages;
  GtkWindow *window;
  guint n_pages, runs;
  char **only;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS] [PAGE-ID...]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) MAX (1, atoi (argv[2])) : 11;
  only = argc > 3 ? &argv[3] : NULL;

  gtk_init ();
  adw_init ();

  app = dpp2_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  dpp2_application_open_file (app, file);
  window = dpp2_application_find_document (app, file);
  for (guint i = 0; window == NULL && i < 200; i++)
    {
      settle (50);
      window = dpp2_application_find_document (app, file);
    }
  if (window == NULL || dpp2_window_get_store (DPP2_WINDOW (window)) == NULL)
    {
      g_printerr ("%s did not open\n", argv[1]);
      return 1;
    }
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_present (window);
  wait_for_frame (window);
  settle (200);

  pages = dpp2_page_registry_get (&n_pages);

  /* Constructing each page with the document, once (a fresh copy of what the window did). */
  for (guint i = 0; i < n_pages; i++)
    {
      Dpp2Store *store = dpp2_window_get_store (DPP2_WINDOW (window));
      gint64 start;
      GtkWidget *page;

      if (!wanted (pages[i].id, only))
        continue;
      start = g_get_monotonic_time ();
      page = g_object_new (pages[i].get_type (), "store", store, NULL);
      g_print ("%-12s construct %8.2f ms\n", pages[i].id,
               (g_get_monotonic_time () - start) / 1000.0);
      g_object_unref (g_object_ref_sink (page));
    }

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
      const char *other = pages[i == 0 && n_pages > 1 ? 1 : 0].id;

      if (!wanted (pages[i].id, only))
        continue;
      for (guint r = 0; r < runs; r++)
        {
          gint64 start;
          double elapsed;

          /* Leave the page, and let that frame and its idles finish. */
          if (n_pages > 1)
            {
              dpp2_window_show_page (DPP2_WINDOW (window), other);
              wait_for_frame (window);
              settle (30);
            }
          start = g_get_monotonic_time ();
          dpp2_window_show_page (DPP2_WINDOW (window), pages[i].id);
          wait_for_frame (window);
          elapsed = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (ms, elapsed);
        }
      dpp2_bench_sort (ms);
      g_print ("%-12s show      median %8.2f ms  (min %7.2f, max %7.2f, %u runs)\n", pages[i].id,
               dpp2_bench_percentile (ms, 0.5), g_array_index (ms, double, 0),
               g_array_index (ms, double, ms->len - 1), ms->len);
    }

  gtk_window_destroy (window);
  settle (100);
  return 0;
}
