/* ui-test-support.c — helpers shared by the tests that show windows
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ui-test-support.h"

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  g_main_context_wakeup (NULL);
  return G_SOURCE_REMOVE;
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* A GtkBuilder or GTK warning is a bug in our views: make it fail the test. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}

void
ui_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

GtkWindow *
ui_test_find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

GtkWidget *
ui_test_find_actionable (GtkWidget  *root,
                         const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_actionable (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_test_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_test_find_button_with_label (GtkWidget  *root,
                                const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_button_with_label (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

Dpp2Application *
ui_test_new_application (void)
{
  g_autoptr(GError) error = NULL;
  Dpp2Application *app = dpp2_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

Dpp2Window *
ui_test_open_file (Dpp2Application *app,
                   GFile           *file)
{
  Dpp2Window *window;

  dpp2_application_open_file (app, file);
  ui_test_wait (100);

  window = DPP2_WINDOW (dpp2_application_find_document (app, file));
  g_assert_nonnull (window);
  g_assert_nonnull (dpp2_window_get_store (window));
  return window;
}

Dpp2Window *
ui_test_open_example (Dpp2Application *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = dpp2_application_new_example_file (&error);

  g_assert_no_error (error);
  return ui_test_open_file (app, file);
}

void
ui_test_destroy_window (GtkWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (window);
  if (weak != NULL)
    gtk_window_destroy (window);
  ui_test_wait (20);
  g_assert_null (weak);
}
