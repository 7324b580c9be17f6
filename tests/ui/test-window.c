/* test-window.c — the application shell: views, pages, dialogs, failed opens, quit
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gmodule.h>

#include "dpp2-application.h"
#include "dpp2-preferences-window.h"
#include "dpp2-window.h"
#include "pages/dpp2-page.h"
#include "pages/dpp2-page-registry.h"
#include "store/dpp2-generator.h"
#include "store/dpp2-store.h"
#include "dpp2-test-support.h"
#include "ui-test-support.h"

static Dpp2Application *app;

/* Every .ui in the GResource */

/* GtkBuilder's own rule: DpTwoWindow → dpp2_window_get_type. */
static GType
type_from_class_name (const char *name)
{
  g_autoptr(GString) symbol = g_string_new (NULL);
  GModule *self = g_module_open (NULL, 0);
  GType (*get_type) (void) = NULL;

  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isupper (*p) && p != name && !g_ascii_isupper (p[-1]) && !g_ascii_isdigit (p[-1]))
        g_string_append_c (symbol, '_');
      else if (g_ascii_isupper (*p) && p != name && g_ascii_isdigit (p[-1]))
        g_string_append_c (symbol, '_');
      g_string_append_c (symbol, g_ascii_tolower (*p));
    }
  g_string_append (symbol, "_get_type");

  g_assert_true (g_module_symbol (self, symbol->str, (gpointer *) &get_type));
  g_module_close (self);
  return get_type ();
}

static void
collect_ui (const char *path,
            GPtrArray  *out)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        collect_ui (child, out);
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (out, g_steal_pointer (&child));
    }
}

static void
test_ui_files_build (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint templates = 0;

  collect_ui ("/com/dpp2/Toolkit/", files);
  g_assert_cmpuint (files->len, >=, 3);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      const char *xml = g_bytes_get_data (bytes, NULL);
      const char *template = strstr (xml, "<template class=\"");

      g_test_message ("building %s", path);
      if (template != NULL)
        {
          g_autofree char *name = g_strndup (template + strlen ("<template class=\""),
                                             strcspn (template + strlen ("<template class=\""), "\""));
          GType type = type_from_class_name (name);
          GObject *object = g_object_new (type, NULL);

          g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));
          if (GTK_IS_WINDOW (object))
            gtk_window_destroy (GTK_WINDOW (object));
          else
            g_object_unref (g_object_ref_sink (object));
          templates++;
        }
      else
        {
          g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (path);
          GSList *objects = gtk_builder_get_objects (builder);

          for (GSList *l = objects; l; l = l->next)
            if (GTK_IS_WINDOW (l->data))
              gtk_window_destroy (l->data);
          g_slist_free (objects);
        }
    }

  g_assert_cmpuint (templates, >=, 2);
}

/* The welcome view and failed opens */

static void
test_welcome_view (void)
{
  Dpp2Window *window = dpp2_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait (100);

  g_assert_null (dpp2_window_get_store (window));
  g_assert_null (dpp2_window_get_page_id (window));
  /* Without a document there is nothing to undo, and the welcome buttons work. */
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (window), "win.undo")));
  g_assert_true (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (window), "win.new")));
  g_assert_true (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (window), "app.open-example")));
  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
check_open_fails (const char *path)
{
  Dpp2Window *window = dpp2_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *basename = NULL;
  GtkWindow *dialog;

  gtk_window_present (GTK_WINDOW (window));
  dpp2_window_open_file (window, file);
  ui_test_wait (100);

  /* The window stays on the welcome view and says what went wrong. */
  g_assert_null (dpp2_window_get_store (window));
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  basename = g_path_get_basename (path);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), basename));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), !=, "");

  /* As a click on Close: respond, then close. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (dialog);
  ui_test_wait (50);
  g_assert_null (ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
test_open_missing (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("does-not-exist.dpp2");

  check_open_fails (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_open_directory (void)
{
  check_open_fails (dpp2_test_tmpdir ());
}

/* A document and its pages */

static Dpp2Window *
open_example (void)
{
  return ui_test_open_example (app);
}

static void
test_pages (void)
{
  Dpp2Window *window = open_example ();
  guint n_pages;
  const Dpp2PageInfo *pages = dpp2_page_registry_get (&n_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      g_assert_true (dpp2_window_show_page (window, pages[i].id));
      ui_test_wait (50);
      g_assert_cmpstr (dpp2_window_get_page_id (window), ==, pages[i].id);
      g_assert_true (gtk_widget_get_mapped (dpp2_window_get_page (window, pages[i].id)));
      /* Each is a view of the window's document. */
      g_assert_true (DPP2_IS_PAGE (dpp2_window_get_page (window, pages[i].id)));
      g_assert_true (dpp2_page_get_store (DPP2_PAGE (dpp2_window_get_page (window, pages[i].id))) ==
                     dpp2_window_get_store (window));
    }

  /* Every page fits a narrow window (400 px, a phone or half a small laptop screen). */
  for (guint i = 0; i < n_pages; i++)
    {
      int minimum;

      gtk_widget_measure (dpp2_window_get_page (window, pages[i].id), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      if (minimum > 400)
        g_error ("The %s page needs %d px, more than a 400 px window", pages[i].id, minimum);
    }

  /* Ctrl+1…9 follow the sidebar. */
  for (guint i = 0; i < MIN (n_pages, 9); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "u", i + 1);
      g_assert_cmpstr (dpp2_window_get_page_id (window), ==, pages[i].id);
    }

  g_assert_false (dpp2_window_show_page (window, "no-such-page"));
  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
test_second_open_presents (void)
{
  Dpp2Window *window = open_example ();
  GFile *file = dpp2_window_get_file (window);
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* A document that is open already comes to the front rather than opening twice. */
  dpp2_application_open_file (app, file);
  ui_test_wait (50);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);
  g_assert_true (dpp2_application_find_document (app, file) == GTK_WINDOW (window));
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A document in use elsewhere: the person chooses, and read-only mode says so. */
static void
test_locked_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = dpp2_application_new_example_file (&error);
  g_autoptr(Dpp2Store) other = NULL;
  Dpp2Window *window;
  GtkWindow *dialog;
  GtkWidget *revealer;

  g_assert_no_error (error);
  /* Someone else has it open: their lock row is in the file. */
  other = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);

  window = dpp2_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  dpp2_window_open_file (window, file);
  ui_test_wait (100);

  g_assert_null (dpp2_window_get_store (window));
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "read-only"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "anyway"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  gtk_window_close (dialog);
  ui_test_wait (100);

  g_assert_nonnull (dpp2_window_get_store (window));
  g_assert_true (dpp2_store_get_read_only (dpp2_window_get_store (window)));
  revealer = ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (window), "win.undo")));

  ui_test_destroy_window (GTK_WINDOW (window));
  g_assert_true (dpp2_store_close (other, &error));
  g_assert_no_error (error);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  return n;
}

static GtkListBox *
largest_list_box (GtkWidget *root)
{
  GtkListBox *best = GTK_IS_LIST_BOX (root) ? GTK_LIST_BOX (root) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = largest_list_box (child);
      if (found != NULL && (best == NULL || count_rows (found) > count_rows (best)))
        best = found;
    }
  return best;
}

/* An overview summarises: a large organisation's goals wait behind Show All. */
static void
test_overview_short_lists (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("forty-goals.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Dpp2GeneratorOptions options;
  Dpp2Window *window;
  GtkWidget *overview;
  GtkListBox *goals_list = NULL;
  GtkWidget *show_all = NULL;

  dpp2_generator_options_init (&options);
  options.people = 50;
  options.teams = 3;
  options.goals = 40;
  options.cases = 60;
  options.sprints = 6;
  options.cards = 100;
  g_assert_true (dpp2_generator_write (file, &options, &error));
  g_assert_no_error (error);

  window = dpp2_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  dpp2_window_open_file (window, file);
  g_assert_true (dpp2_window_show_page (window, "overview"));
  ui_test_wait (100);
  overview = dpp2_window_get_page (window, "overview");

  /* The group whose header offers all 40 goals shows eight of them. */
  show_all = ui_test_find_button_with_label (overview, "Show All 40");
  g_assert_nonnull (show_all);
  goals_list = largest_list_box (gtk_widget_get_ancestor (show_all, ADW_TYPE_PREFERENCES_GROUP));
  g_assert_nonnull (goals_list);
  g_assert_cmpuint (count_rows (goals_list), ==, 8);

  g_signal_emit_by_name (show_all, "clicked");
  ui_test_wait (100);
  g_assert_cmpuint (count_rows (goals_list), ==, 40);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (show_all)), ==, "Show Fewer");

  g_signal_emit_by_name (show_all, "clicked");
  ui_test_wait (50);
  g_assert_cmpuint (count_rows (goals_list), ==, 8);
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A write that fails where no caller can see the error is shown to the person. */
static void
test_write_failed_shown (void)
{
  Dpp2Window *window = open_example ();
  g_autoptr(GError) error = g_error_new_literal (DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                                                 "The disk is full.");
  GtkWindow *dialog;

  g_signal_emit_by_name (dpp2_window_get_store (window), "write-failed", error);
  ui_test_wait (50);

  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, "The disk is full.");
  gtk_window_close (dialog);
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Dialogs */

static void
check_dialog (const char *action,
              GType       type)
{
  Dpp2Window *window = open_example ();
  GtkWindow *dialog;

  if (g_str_has_prefix (action, "app."))
    g_action_group_activate_action (G_ACTION_GROUP (app), action + 4, NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  ui_test_wait (100);

  dialog = ui_test_find_toplevel (type);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_close (dialog);
  ui_test_wait (50);
  g_assert_true (ui_test_find_toplevel (type) == NULL ||
                 !gtk_widget_get_visible (GTK_WIDGET (ui_test_find_toplevel (type))));
  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
test_preferences (void)
{
  check_dialog ("app.preferences", DPP2_TYPE_PREFERENCES_WINDOW);
}

static void
test_about (void)
{
  check_dialog ("app.about", ADW_TYPE_ABOUT_WINDOW);
}

static gboolean has_accelerator (GtkWidget *root);

/* How many shortcuts named by an action show keys. */
static guint
count_action_shortcuts_with_keys (GtkWidget *root)
{
  guint n = 0;

  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *action_name = NULL;

      g_object_get (root, "action-name", &action_name, NULL);
      return action_name != NULL && has_accelerator (root) ? 1 : 0;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_action_shortcuts_with_keys (child);
  return n;
}

static gboolean
has_accelerator (GtkWidget *root)
{
  if (GTK_IS_SHORTCUT_LABEL (root))
    {
      const char *accelerator = gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (root));
      return accelerator != NULL && *accelerator != '\0';
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_accelerator (child))
      return TRUE;
  return FALSE;
}

static void
test_shortcuts_window (void)
{
  Dpp2Window *window;
  GtkWindow *shortcuts;
  guint with_action = 0;

  check_dialog ("win.show-help-overlay", GTK_TYPE_SHORTCUTS_WINDOW);

  /* A shortcut given by action name shows that action's keys, e.g. Ctrl+Z for Undo. */
  window = open_example ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  ui_test_wait (100);
  shortcuts = ui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  with_action = count_action_shortcuts_with_keys (GTK_WIDGET (shortcuts));
  g_assert_cmpuint (with_action, >=, 8);
  gtk_window_close (shortcuts);
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* The Keyboard Shortcuts window lists every accelerator the application sets. */
static void
test_shortcuts_complete (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/dpp2/Toolkit/ui/gtk/help-overlay.ui");
  g_autoptr(GString) listed = g_string_new (" ");
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action_name = NULL;
        g_autofree char *accelerator = NULL;

        g_object_get (l->data, "action-name", &action_name, "accelerator", &accelerator, NULL);
        g_string_append_printf (listed, "%s %s ", action_name ? action_name : "",
                                accelerator ? accelerator : "");
      }

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      g_autofree char *needle = NULL;

      if (accels[0] == NULL)
        continue;
      /* Detailed actions such as win.show-page(3) are listed as one range. */
      if (g_str_has_prefix (actions[i], "win.show-page("))
        needle = g_strdup ("<Control>1...<Control>9");
      else
        needle = g_strdup_printf (" %s ", actions[i]);
      if (strstr (listed->str, needle) == NULL)
        g_error ("%s (%s) is missing from the Keyboard Shortcuts window", actions[i], accels[0]);
    }

  /* A page's own shortcut must not be one the application takes first. */
  for (GSList *l = objects; l; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action_name = NULL;
        g_autofree char *accelerator = NULL;
        guint key, page_key;
        GdkModifierType mods, page_mods;

        g_object_get (l->data, "action-name", &action_name, "accelerator", &accelerator, NULL);
        if (action_name != NULL || accelerator == NULL || strstr (accelerator, "...") != NULL ||
            !gtk_accelerator_parse (accelerator, &page_key, &page_mods))
          continue;
        for (guint i = 0; actions[i] != NULL; i++)
          {
            g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

            for (guint j = 0; accels[j] != NULL; j++)
              if (gtk_accelerator_parse (accels[j], &key, &mods) &&
                  gdk_keyval_to_lower (key) == gdk_keyval_to_lower (page_key) && mods == page_mods)
                g_error ("The page shortcut %s is also %s's", accelerator, actions[i]);
          }
      }

  for (GSList *l = objects; l; l = l->next)
    if (GTK_IS_WINDOW (l->data))
      gtk_window_destroy (l->data);
  g_slist_free (objects);
}

/* Documents named on the command line */

typedef struct
{
  Dpp2Application *app;
  Dpp2Window      *window;
  guint            n_windows;
  gboolean         store_when_mapped;
  gboolean         has_store;
  gboolean         error_shown;
  guint            ticks;
} CommandLineRun;

static void
command_line_map_cb (GtkWidget      *window,
                     CommandLineRun *run)
{
  run->store_when_mapped = dpp2_window_get_store (DPP2_WINDOW (window)) != NULL;
}

static void
command_line_window_added_cb (GtkApplication *application,
                              GtkWindow      *window,
                              CommandLineRun *run)
{
  run->n_windows++;
  if (run->window == NULL && DPP2_IS_WINDOW (window))
    {
      run->window = DPP2_WINDOW (window);
      g_signal_connect (window, "map", G_CALLBACK (command_line_map_cb), run);
    }
}

/* Waits (at most 5 s) for the document or a message, notes what shows, and closes it all,
 * which ends the run. */
static gboolean
command_line_poll_cb (gpointer user_data)
{
  CommandLineRun *run = user_data;
  GtkWindow *dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  GList *windows;

  run->has_store = run->window != NULL && dpp2_window_get_store (run->window) != NULL;
  run->error_shown = dialog != NULL;
  if (!run->has_store && !run->error_shown && ++run->ticks < 250)
    return G_SOURCE_CONTINUE;

  if (dialog != NULL)
    gtk_window_destroy (dialog);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (run->app))) != NULL)
    gtk_window_destroy (windows->data);
  return G_SOURCE_REMOVE;
}

static void
run_command_line (const char     *path,
                  CommandLineRun *run)
{
  g_autoptr(Dpp2Application) cli = dpp2_application_new ();
  char *argv[] = { (char *) "dpp2-toolkit", (char *) path, NULL };

  run->app = cli;
  /* Its own id: the tests' application has the real one on this bus already. */
  g_application_set_application_id (G_APPLICATION (cli), "com.dpp2.Toolkit.CommandLineTest");
  g_application_set_flags (G_APPLICATION (cli), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (cli, "window-added", G_CALLBACK (command_line_window_added_cb), run);
  g_timeout_add (20, command_line_poll_cb, run);
  g_assert_cmpint (g_application_run (G_APPLICATION (cli), 2, argv), ==, 0);
  run->app = NULL;
}

/* A document on the command line opens in one window, which shows it from its first frame
 * (it is opened while GTK starts, and put in before the window is shown). */
static void
test_command_line_file (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("command-line.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CommandLineRun run = { NULL };

  g_assert_true (dpp2_store_create_example (file, &error));
  g_assert_no_error (error);

  run_command_line (path, &run);
  g_assert_cmpuint (run.n_windows, ==, 1);
  g_assert_true (run.has_store);
  g_assert_true (run.store_when_mapped);
  g_assert_false (run.error_shown);
  /* Closing the window released the document's lock. */
  g_assert_false (dpp2_store_peek_lock (file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A file on the command line that cannot be opened gets its message in a window. */
static void
test_command_line_missing (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("command-line-missing.dpp2");
  CommandLineRun run = { NULL };

  run_command_line (path, &run);
  g_assert_cmpuint (run.n_windows, ==, 1);
  g_assert_false (run.has_store);
  g_assert_true (run.error_shown);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static guint
recent_rows (Dpp2Window *window)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), DPP2_TYPE_WINDOW,
                                                               "recent_list"));
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

/* The welcome view lists the recent documents; a window that shows a document builds that
 * list only when it shows the welcome view again, not each time the list changes. */
static void
test_recent_documents (void)
{
  GSettings *settings = dpp2_application_get_settings (app);
  g_autofree char *other_path = dpp2_test_tmp_path ("recent-other.dpp2");
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_auto(GStrv) recent = NULL;
  Dpp2Window *document, *welcome;
  const char *none[] = { NULL };

  g_settings_set_strv (settings, "recent-documents", none);
  document = open_example ();
  recent = g_settings_get_strv (settings, "recent-documents");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpuint (recent_rows (document), ==, 0);

  welcome = dpp2_window_new (app);
  gtk_window_present (GTK_WINDOW (welcome));
  ui_test_wait (50);
  g_assert_cmpuint (recent_rows (welcome), ==, 1);

  dpp2_application_add_recent (app, other);
  ui_test_wait (20);
  g_assert_cmpuint (recent_rows (welcome), ==, 2);
  g_assert_cmpuint (recent_rows (document), ==, 0);

  ui_test_destroy_window (GTK_WINDOW (welcome));
  ui_test_destroy_window (GTK_WINDOW (document));
  g_settings_set_strv (settings, "recent-documents", none);
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The primary menu is made when it first opens, and then holds the app's commands. */
static void
test_primary_menu (void)
{
  Dpp2Window *window = open_example ();
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), DPP2_TYPE_WINDOW,
                                                                          "document_menu_button"));
  GMenuModel *model;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_null (gtk_menu_button_get_menu_model (button));
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  ui_test_wait (50);
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_true (menu_has_action (model, "win.save-copy"));
  g_assert_true (menu_has_action (model, "app.about"));

  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  ui_test_wait (20);
  g_assert_true (gtk_menu_button_get_menu_model (button) == model);
  gtk_menu_button_popdown (button);
  ui_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0) ||
        has_label (child, text))
      return TRUE;
  return FALSE;
}

/* Pages and the dialogs over them tell the person through their document window: a toast
 * with Undo, or an error dialog. */
static void
test_feedback_reaches_window (void)
{
  Dpp2Window *window = open_example ();
  GtkWidget *dialog = gtk_window_new ();
  GtkWidget *inside = gtk_label_new (NULL);
  g_autoptr(GtkWidget) alone = g_object_ref_sink (gtk_label_new (NULL));
  g_autoptr(GError) error = g_error_new_literal (DPP2_STORE_ERROR, DPP2_STORE_ERROR_FAILED, "Disk full");
  GtkWindow *message;

  gtk_window_set_child (GTK_WINDOW (dialog), inside);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_wait (20);

  g_assert_true (dpp2_window_for_widget (dpp2_window_get_page (window, "overview")) == window);
  g_assert_true (dpp2_window_for_widget (inside) == window);
  g_assert_null (dpp2_window_for_widget (alone));

  dpp2_window_offer_undo (inside, "R&amp;D &lt;b&gt; done");
  ui_test_wait (50);
  g_assert_true (has_label (GTK_WIDGET (window), "R&D <b> done"));
  g_assert_nonnull (ui_test_find_button_with_label (GTK_WIDGET (window), "_Undo"));

  dpp2_window_report_error (inside, "Could not save", error);
  ui_test_wait (20);
  message = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), ==, "Disk full");

  gtk_window_destroy (message);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Quitting closes every window and leaks none. */
static void
test_quit (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Window *welcome = dpp2_window_new (app);

  gtk_window_present (GTK_WINDOW (welcome));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_object_add_weak_pointer (G_OBJECT (welcome), (gpointer *) &welcome);
  ui_test_wait (50);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  ui_test_wait (100);

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_null (window);
  g_assert_null (welcome);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  app = ui_test_new_application ();

  g_test_add_func ("/window/ui-files-build", test_ui_files_build);
  g_test_add_func ("/window/welcome", test_welcome_view);
  g_test_add_func ("/window/open-missing", test_open_missing);
  g_test_add_func ("/window/open-directory", test_open_directory);
  g_test_add_func ("/window/command-line-file", test_command_line_file);
  g_test_add_func ("/window/command-line-missing", test_command_line_missing);
  g_test_add_func ("/window/recent-documents", test_recent_documents);
  g_test_add_func ("/window/primary-menu", test_primary_menu);
  g_test_add_func ("/window/feedback-reaches-window", test_feedback_reaches_window);
  g_test_add_func ("/window/pages", test_pages);
  g_test_add_func ("/window/second-open-presents", test_second_open_presents);
  g_test_add_func ("/window/locked-read-only", test_locked_read_only);
  g_test_add_func ("/window/write-failed-shown", test_write_failed_shown);
  g_test_add_func ("/window/overview-short-lists", test_overview_short_lists);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/about", test_about);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/shortcuts-complete", test_shortcuts_complete);
  g_test_add_func ("/window/quit", test_quit);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
