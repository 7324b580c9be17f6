/* dpp2-bare-window.c — the baseline for tools/bench: a bare window's first frame
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplication with a plain AdwApplicationWindow and a header bar, built with the same
 * compiler flags and libraries as dpp2-toolkit. It prints "first-frame-us=<monotonic time>"
 * after its first frame is painted and exits, as dpp2-toolkit does with
 * DPP2_BENCH_FIRST_FRAME=1, so the difference between the two is what the app adds.
 */
#include <adwaita.h>
#include <stdlib.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_print ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  exit (0);
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  /* The frame clock exists once the window is realized, before its first frame. */
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("com.dpp2.Toolkit.BareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
