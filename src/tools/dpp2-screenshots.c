/* dpp2-screenshots.c — saves a PNG of every page, dialog and size of the app
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by tools/screenshots under Xvfb, once per language:
 *
 *   dpp2-screenshots OUTDIR
 *
 * It builds the app's windows through the public API (no input synthesis, no window manager
 * needed), opens a fresh example organisation, and renders each view with the window's own
 * GSK renderer into OUTDIR/NAME-wide.png (1280×800) and OUTDIR/NAME-narrow.png (400×800).
 * Translations are read from $DPP2_LOCALEDIR when set (the build tree's po/ folder).
 */
#define G_LOG_DOMAIN "dpp2-screenshots"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "dpp2-application.h"
#include "dpp2-window.h"
#include "pages/dpp2-board-page.h"
#include "pages/dpp2-page-registry.h"

typedef struct
{
  const char *name;
  int         width;
  int         height;
} Size;

static const Size sizes[] = {
  { "wide", 1280, 800 },
  { "narrow", 400, 800 },
};

static const char *outdir;
static guint n_saved;
static gboolean failed;

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for at least @ms milliseconds. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_frame_cb (GdkFrameClock *clock,
                guint         *n_frames)
{
  (*n_frames)++;
}

/* Waits until @window has painted a few frames after the last change, so that layout,
 * lazily loaded content and the first paint of new widgets have settled. */
static void
settle (GtkWindow *window)
{
  GdkFrameClock *clock;
  guint n_frames = 0;
  gulong id;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  spin (150);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock == NULL)
    return;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame_cb), &n_frames);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (n_frames < 3 && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
  spin (100);
}

/* Renders @window as it is on screen into OUTDIR/@name.png. */
static void
save_window (GtkWindow  *window,
             const char *name)
{
  g_autofree char *filename = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (outdir, filename, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width, height;

  settle (window);

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_printerr ("%s: the window is not shown\n", name);
      failed = TRUE;
      return;
    }

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_printerr ("%s: nothing to render\n", name);
      failed = TRUE;
      return;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("%s: could not write %s\n", name, path);
      failed = TRUE;
      return;
    }

  n_saved++;
  g_print ("%s (%d×%d)\n", path, width, height);
}

/* Gives @window the outer size @size. What the window is asked for and what it gets differ
 * by the frame GTK draws around it, so measure once and ask again. */
static void
resize (GtkWindow  *window,
        const Size *size)
{
  int width, height;

  gtk_window_unmaximize (window);
  gtk_window_set_default_size (window, size->width, size->height);
  settle (window);

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  if (width != size->width || height != size->height)
    {
      gtk_window_set_default_size (window,
                                   2 * size->width - width,
                                   2 * size->height - height);
      settle (window);
    }
}

/* A shown toplevel that was not shown before: the window an action just opened. Dialogs
 * need not belong to the application, and some exist hidden beforehand (the shortcuts
 * window), so look at every toplevel that is visible. */
static GtkWindow *
find_new_window (GListModel *toplevels,
                 GPtrArray  *before)
{
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!g_ptr_array_find (before, window, NULL) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Activates @action on @main and saves the window it opens as @name, then closes it. */
static void
save_dialog (GtkWindow  *main_window,
             const char *action,
             const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  GtkWindow *dialog = NULL;
  gint64 deadline;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      if (gtk_widget_get_visible (window))
        g_ptr_array_add (before, window);
    }

  if (!gtk_widget_activate_action (GTK_WIDGET (main_window), action, NULL))
    {
      g_printerr ("%s: no action %s\n", name, action);
      failed = TRUE;
      return;
    }

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((dialog = find_new_window (toplevels, before)) == NULL &&
         g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);

  if (dialog == NULL)
    {
      g_printerr ("%s: %s opened no window\n", name, action);
      failed = TRUE;
      return;
    }

  g_object_ref (dialog);
  save_window (dialog, name);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  settle (main_window);
}

static void
save_all_sizes (GtkWindow  *window,
                const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *full = g_strdup_printf ("%s-%s", name, sizes[i].name);

      resize (window, &sizes[i]);
      save_window (window, full);
    }
}

/* Saves a window that a page opened as @name, then closes it. */
static void
save_opened (GtkWindow  *main_window,
             GtkWindow  *dialog,
             const char *name)
{
  if (dialog == NULL)
    {
      g_printerr ("%s: nothing was opened\n", name);
      failed = TRUE;
      return;
    }

  g_object_ref (dialog);
  save_window (dialog, name);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  settle (main_window);
}

/* The Sprint Board's other views and dialogs: the charts, a card, closing the sprint. */
static void
save_board_extras (Dpp2Window *window)
{
  Dpp2BoardPage *board = DPP2_BOARD_PAGE (dpp2_window_get_page (window, "board"));
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(Dpp2Card) card = NULL;

  dpp2_window_show_page (window, "board");
  resize (GTK_WINDOW (window), &sizes[0]);

  dpp2_board_page_show_backlog (board);
  save_window (GTK_WINDOW (window), "board-planning-wide");
  dpp2_board_page_show_charts (board);
  save_all_sizes (GTK_WINDOW (window), "board-charts");
  dpp2_board_page_show_board (board);
  resize (GTK_WINDOW (window), &sizes[0]);

  cards = dpp2_store_list_cards_of_sprint (dpp2_window_get_store (window),
                                           dpp2_board_page_get_sprint_id (board));
  card = g_list_model_get_item (cards, 0);
  if (card == NULL)
    {
      g_printerr ("board: the example's sprint has no cards\n");
      failed = TRUE;
      return;
    }
  save_opened (GTK_WINDOW (window), dpp2_board_page_open_card_dialog (board, card), "board-card");
  save_opened (GTK_WINDOW (window), dpp2_board_page_open_sprint_dialog (board, NULL), "board-new-sprint");
  save_opened (GTK_WINDOW (window), dpp2_board_page_open_column_editor (board), "board-columns");
  save_opened (GTK_WINDOW (window), dpp2_board_page_open_close_dialog (board), "board-close-sprint");
}

static gboolean
run (Dpp2Application *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) example = NULL;
  const Dpp2PageInfo *pages;
  Dpp2Window *window;
  guint n_pages;
  gint64 deadline;

  window = dpp2_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), sizes[0].width, sizes[0].height);
  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WINDOW (window));

  /* The welcome view: no document yet. */
  save_all_sizes (GTK_WINDOW (window), "welcome");

  resize (GTK_WINDOW (window), &sizes[0]);
  save_dialog (GTK_WINDOW (window), "app.preferences", "preferences");
  save_dialog (GTK_WINDOW (window), "app.about", "about");
  save_dialog (GTK_WINDOW (window), "win.show-help-overlay", "shortcuts");

  example = dpp2_application_new_example_file (&error);
  if (example == NULL)
    {
      g_printerr ("Could not create the example organisation: %s\n", error->message);
      return FALSE;
    }

  dpp2_window_open_file (window, example);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (dpp2_window_get_store (window) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  if (dpp2_window_get_store (window) == NULL)
    {
      g_printerr ("The example organisation did not open\n");
      return FALSE;
    }

  pages = dpp2_page_registry_get (&n_pages);
  if (n_pages == 0)
    g_print ("No pages registered yet\n");

  for (guint i = 0; i < n_pages; i++)
    {
      if (!dpp2_window_show_page (window, pages[i].id))
        {
          g_printerr ("%s: the page is not in the window\n", pages[i].id);
          failed = TRUE;
          continue;
        }
      save_all_sizes (GTK_WINDOW (window), pages[i].id);
    }

  if (dpp2_window_get_page (window, "board") != NULL)
    save_board_extras (window);

  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(Dpp2Application) app = NULL;
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("DPP2_LOCALEDIR");
  gboolean ok;

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTDIR\n", argv[0]);
      return 2;
    }
  outdir = argv[1];
  if (g_mkdir_with_parents (outdir, 0755) != 0)
    {
      g_printerr ("Could not create %s\n", outdir);
      return 1;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = dpp2_application_new ();
  /* A running dpp2-toolkit must not receive our windows. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("Could not start the application: %s\n", error->message);
      return 1;
    }
  g_application_hold (G_APPLICATION (app));

  /* Transitions would be caught half way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  ok = run (app);

  g_application_release (G_APPLICATION (app));
  g_print ("%u screenshots saved\n", n_saved);
  return ok && !failed ? 0 : 1;
}
