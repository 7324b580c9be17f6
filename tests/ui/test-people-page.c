/* test-people-page.c — the Teams and People page: import, literal names, delete, filter
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "dpp2-application.h"
#include "dpp2-window.h"
#include "model/dpp2-model.h"
#include "pages/dpp2-csv-import-dialog.h"
#include "pages/dpp2-people-page.h"
#include "pages/dpp2-person-dialog.h"
#include "pages/dpp2-team-dialog.h"
#include "store/dpp2-generator.h"
#include "dpp2-test-support.h"
#include "ui-test-support.h"

#define ODD_NAME "R&D <b>Ops</b> \"Team\""

static Dpp2Application *app;

static Dpp2Window *
open_file (GFile *file)
{
  return ui_test_open_file (app, file);
}

static Dpp2Window *
open_example (void)
{
  return ui_test_open_example (app);
}

static Dpp2PeoplePage *
show_people_page (Dpp2Window *window)
{
  g_assert_true (dpp2_window_show_page (window, "people"));
  ui_test_wait (50);
  return DPP2_PEOPLE_PAGE (dpp2_window_get_page (window, "people"));
}

/* Saves a PNG of WIDGET when DPP2_TEST_SHOTS names a directory, to look at. */
static void
save_shot (GtkWidget  *widget,
           const char *name)
{
  const char *dir = g_getenv ("DPP2_TEST_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  ui_test_wait (100);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, NULL);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}

static guint
count_people (Dpp2Store *store)
{
  g_autoptr(GListModel) people = dpp2_store_list_people (store);

  return g_list_model_get_n_items (people);
}

static Dpp2Person *
find_person (Dpp2Store  *store,
             const char *name)
{
  g_autoptr(GListModel) people = dpp2_store_list_people (store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (dpp2_person_get_name (person), name) == 0)
        return g_steal_pointer (&person);
    }
  return NULL;
}

/* Labels below ROOT whose shown text is TEXT. */
static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

static guint
count_type (GtkWidget *root,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_type (child, type);
  return n;
}

/* The first list view below ROOT that is not part of a combo row or a column view. */
static GtkListView *
find_list_view (GtkWidget *root)
{
  if (GTK_IS_POPOVER (root) || ADW_IS_COMBO_ROW (root) || GTK_IS_COLUMN_VIEW (root))
    return NULL;
  if (GTK_IS_LIST_VIEW (root))
    return GTK_LIST_VIEW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkStack *
find_views (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "teams") != NULL)
    return GTK_STACK (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_views (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Import */

static void
test_import_fixture (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2PeoplePage *page = show_people_page (window);
  g_autofree char *path = dpp2_test_fixture_path ("people-import.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(Dpp2Person) eva = NULL;
  Dpp2CsvImportDialog *dialog;
  GtkListView *problems;
  GListModel *model;
  GtkWidget *button;
  guint before = count_people (store);

  g_assert_nonnull (page);
  dialog = dpp2_csv_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  for (guint i = 0; i < 100 && g_strcmp0 (dpp2_csv_import_dialog_get_step (dialog), "loading") == 0; i++)
    ui_test_wait (20);
  g_assert_cmpstr (dpp2_csv_import_dialog_get_step (dialog), ==, "mapping");
  save_shot (GTK_WIDGET (dialog), "import-dialog");

  /* The two bad rows are listed with their line numbers and why. */
  problems = find_list_view (GTK_WIDGET (dialog));
  g_assert_nonnull (problems);
  model = G_LIST_MODEL (gtk_list_view_get_model (problems));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  {
    g_autoptr(GtkStringObject) first = g_list_model_get_item (model, 0);
    g_autoptr(GtkStringObject) second = g_list_model_get_item (model, 1);

    g_assert_true (g_str_has_prefix (gtk_string_object_get_string (first), "Line 4: "));
    g_assert_true (g_str_has_prefix (gtk_string_object_get_string (second), "Line 6: "));
    g_assert_cmpuint (count_labels (GTK_WIDGET (problems), gtk_string_object_get_string (first)), ==, 1);
  }

  /* "Import 4 People" imports the valid rows, as one undo step. */
  button = ui_test_find_actionable (GTK_WIDGET (dialog), "import.apply");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Import 4 People");
  g_signal_emit_by_name (button, "clicked");
  ui_test_wait (100);

  g_assert_cmpuint (count_people (store), ==, before + 4);
  eva = find_person (store, "Eva \"Evie\" Mulder");
  g_assert_nonnull (eva);
  g_assert_cmpstr (dpp2_person_get_job_title (eva), ==, "Specialist ouderengeneeskunde; arts");
  g_assert_null (find_person (store, "Dirk Smit"));
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (page)), ==,
                    before + 4);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (count_people (store), ==, before);

  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
test_import_binary_file (void)
{
  Dpp2Window *window = open_example ();
  g_autofree char *path = dpp2_test_tmp_path ("photo.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Dpp2CsvImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));
  dialog = dpp2_csv_import_dialog_new (GTK_WINDOW (window), dpp2_window_get_store (window), file);
  gtk_window_present (GTK_WINDOW (dialog));
  for (guint i = 0; i < 100 && g_strcmp0 (dpp2_csv_import_dialog_get_step (dialog), "loading") == 0; i++)
    ui_test_wait (20);
  g_assert_cmpstr (dpp2_csv_import_dialog_get_step (dialog), ==, "error");
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_actionable (GTK_WIDGET (dialog),
                                                                    "import.apply")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Names with markup characters */

static void
test_literal_names (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2PeoplePage *page = show_people_page (window);
  g_autoptr(GListModel) teams = dpp2_store_list_teams (store);
  g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, 0);
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON,
                                               "name", ODD_NAME,
                                               "email", "rd.ops@example.nl",
                                               "department", "R&D <i>",
                                               NULL);
  g_autoptr(Dpp2TeamMember) member = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  GtkStack *stack;
  GListModel *shown;
  guint before;

  g_assert_nonnull (team);
  g_assert_true (dpp2_store_insert (store, person, &error));
  member = g_object_new (DPP2_TYPE_TEAM_MEMBER,
                         "team-id", dpp2_record_get_id (DPP2_RECORD (team)),
                         "person-id", dpp2_record_get_id (DPP2_RECORD (person)),
                         NULL);
  g_assert_true (dpp2_store_insert (store, member, &error));
  g_assert_no_error (error);
  ui_test_wait (50);

  /* The people list */
  dpp2_people_page_set_search_text (page, "R&D");
  ui_test_wait (50);
  shown = dpp2_people_page_get_shown_people (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (page), ODD_NAME), >=, 1);
  save_shot (GTK_WIDGET (window), "people-literal");

  /* The team page: the member row */
  stack = find_views (GTK_WIDGET (page));
  g_assert_nonnull (stack);
  gtk_stack_set_visible_child_name (stack, "teams");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ui_test_find_widget (
    gtk_stack_get_child_by_name (stack, "teams"), ADW_TYPE_EXPANDER_ROW)), TRUE);
  ui_test_wait (50);
  g_assert_cmpuint (count_labels (gtk_stack_get_child_by_name (stack, "teams"), ODD_NAME), >=, 1);
  save_shot (GTK_WIDGET (window), "teams");
  gtk_stack_set_visible_child_name (stack, "people");
  ui_test_wait (50);

  /* Delete with the Delete action on the selection: the toast shows the name as it is. */
  before = count_people (store);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_column_view_get_model (
    GTK_COLUMN_VIEW (ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW)))), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "people.delete", NULL);
  ui_test_wait (100);
  g_assert_cmpuint (count_people (store), ==, before - 1);
  toast = g_strdup_printf ("Deleted “%s”", ODD_NAME);
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), toast), ==, 1);
  save_shot (GTK_WIDGET (window), "people-toast");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (count_people (store), ==, before);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Deleting a team leader asks for the new one; both are one undo step. */
static void
test_delete_leader (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2PeoplePage *page = show_people_page (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Team) team = g_object_new (DPP2_TYPE_TEAM, "name", "LPT Test", NULL);
  g_autoptr(Dpp2Person) leader = g_object_new (DPP2_TYPE_PERSON, "name", "Aaron Leider", NULL);
  g_autoptr(Dpp2Person) next = g_object_new (DPP2_TYPE_PERSON, "name", "Aaron Volger", NULL);
  Dpp2Person *people[] = { leader, next };
  GtkWindow *dialog;
  guint before;

  g_assert_true (dpp2_store_insert (store, leader, &error));
  g_assert_true (dpp2_store_insert (store, next, &error));
  g_assert_true (dpp2_store_insert (store, team, &error));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(Dpp2TeamMember) member =
        g_object_new (DPP2_TYPE_TEAM_MEMBER,
                      "team-id", dpp2_record_get_id (DPP2_RECORD (team)),
                      "person-id", dpp2_record_get_id (DPP2_RECORD (people[i])),
                      NULL);
      g_assert_true (dpp2_store_insert (store, member, &error));
    }
  g_assert_true (dpp2_store_update (store, team, &error,
                                    "leader-id", dpp2_record_get_id (DPP2_RECORD (leader)), NULL));
  g_assert_no_error (error);
  before = count_people (store);

  dpp2_people_page_set_search_text (page, "Aaron Leider");
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (page)), ==, 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_column_view_get_model (
    GTK_COLUMN_VIEW (ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW)))), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "people.delete", NULL);
  ui_test_wait (100);

  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (count_labels (GTK_WIDGET (dialog), "Aaron Volger"), >=, 1);
  save_shot (GTK_WIDGET (dialog), "delete-leader");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  ui_test_wait (100);

  g_assert_cmpuint (count_people (store), ==, before - 1);
  g_assert_cmpint (dpp2_team_get_leader_id (team), ==, dpp2_record_get_id (DPP2_RECORD (next)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (count_people (store), ==, before);
  g_assert_cmpint (dpp2_team_get_leader_id (team), ==, dpp2_record_get_id (DPP2_RECORD (leader)));

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Adding a person: nothing is saved until the fields are valid. */
static void
test_person_dialog (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2PeoplePage *page = show_people_page (window);
  g_autoptr(Dpp2Person) added = NULL;
  GtkWindow *dialog;
  GtkWidget *rows[5] = { NULL };
  GtkWidget *save;
  guint before = count_people (store), n = 0;

  gtk_widget_activate_action (GTK_WIDGET (page), "people.add", NULL);
  ui_test_wait (100);
  dialog = ui_test_find_toplevel (DPP2_TYPE_PERSON_DIALOG);
  g_assert_nonnull (dialog);
  save = ui_test_find_actionable (GTK_WIDGET (dialog), "person.save");
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));

  /* The entry rows in order: name, email, job title, department, workplace. */
  for (GtkWidget *w = ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW); w && n < 5;
       w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ENTRY_ROW (w))
      rows[n++] = w;
  g_assert_cmpuint (n, ==, 5);

  gtk_editable_set_text (GTK_EDITABLE (rows[0]), ODD_NAME);
  gtk_editable_set_text (GTK_EDITABLE (rows[1]), "not an email");
  ui_test_wait (20);
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_cmpuint (count_labels (GTK_WIDGET (dialog),
                                  "Enter an email address like name@example.nl."), ==, 1);
  save_shot (GTK_WIDGET (dialog), "person-dialog-invalid");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "person.save", NULL);
  g_assert_cmpuint (count_people (store), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (rows[1]), "rd.ops@example.nl");
  gtk_editable_set_text (GTK_EDITABLE (rows[3]), "R&D");
  ui_test_wait (20);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  ui_test_wait (100);

  g_assert_cmpuint (count_people (store), ==, before + 1);
  added = find_person (store, ODD_NAME);
  g_assert_nonnull (added);
  g_assert_cmpstr (dpp2_person_get_department (added), ==, "R&D");
  g_assert_null (ui_test_find_toplevel (DPP2_TYPE_PERSON_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (count_people (store), ==, before);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Teams: add through the dialog, add a member and a role, delete with Undo. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_teams (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2PeoplePage *page = show_people_page (window);
  g_autoptr(GListModel) teams = dpp2_store_list_teams (store);
  g_autoptr(Dpp2Team) team = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(Dpp2TeamMember) member = NULL;
  GtkStack *stack = find_views (GTK_WIDGET (page));
  GtkWidget *teams_view, *expander = NULL, *entry, *row;
  GtkWindow *dialog;
  guint before = g_list_model_get_n_items (teams);

  gtk_stack_set_visible_child_name (stack, "teams");
  gtk_widget_activate_action (GTK_WIDGET (page), "people.add", NULL);
  ui_test_wait (100);
  dialog = ui_test_find_toplevel (DPP2_TYPE_TEAM_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
                         "Aaa <LPT> & Co");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "team.save", NULL);
  ui_test_wait (100);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, before + 1);
  team = g_list_model_get_item (teams, 0);
  g_assert_cmpstr (dpp2_team_get_name (team), ==, "Aaa <LPT> & Co");

  /* Its row, by name; opened, it offers members and learning cases. */
  teams_view = gtk_stack_get_child_by_name (stack, "teams");
  for (GtkWidget *w = ui_test_find_widget (teams_view, ADW_TYPE_EXPANDER_ROW); w;
       w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_EXPANDER_ROW (w) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Aaa <LPT> & Co") == 0)
      expander = w;
  g_assert_nonnull (expander);
  g_assert_cmpuint (count_labels (expander, "Aaa <LPT> & Co"), ==, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  ui_test_wait (50);
  g_assert_cmpuint (count_labels (expander, "No members yet"), ==, 1);
  g_assert_cmpuint (count_labels (expander, "No learning cases for this team"), ==, 1);

  /* Add the first person in the dropdown as a member, then give them a role. */
  g_signal_emit_by_name (find_button (expander, "_Add"), "clicked");
  ui_test_wait (50);
  members = dpp2_store_list_members_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  member = g_list_model_get_item (members, 0);
  entry = ui_test_find_widget (expander, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Coach");
  g_signal_emit_by_name (entry, "activate");
  ui_test_wait (50);
  g_assert_cmpstr (dpp2_team_member_get_role (member), ==, "Coach");
  save_shot (GTK_WIDGET (window), "team-new");

  /* Delete the team: gone, a toast, and Undo brings it back with its member. */
  row = find_button (expander, "_Delete Team");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "clicked");
  ui_test_wait (100);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, before);
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), "Deleted “Aaa <LPT> & Co”"), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, before + 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* 2,000 people */

static gboolean
matches (Dpp2Person *person,
         const char *word)
{
  const char *fields[] = { dpp2_person_get_name (person), dpp2_person_get_email (person),
                           dpp2_person_get_job_title (person) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = g_utf8_casefold (fields[i], -1);

      if (strstr (folded, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_filter_large (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("large.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(Dpp2Person) sample = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *word = NULL;
  Dpp2GeneratorOptions options;
  Dpp2PeoplePage *page;
  Dpp2Window *window;
  guint expected = 0, n;

  dpp2_generator_options_init (&options);
  options.cards = 0;
  options.sprints = 0;
  g_assert_true (dpp2_generator_write (file, &options, &error));
  g_assert_no_error (error);

  window = open_file (file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = show_people_page (window);
  people = dpp2_store_list_people (dpp2_window_get_store (window));
  n = g_list_model_get_n_items (people);
  g_assert_cmpuint (n, ==, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (page)), ==, n);

  /* A recycling list: a few hundred rows of six labels, not 2,000 × 6. */
  g_assert_cmpuint (count_type (ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW),
                                GTK_TYPE_LABEL), <, 2000);

  /* The last word of a name in the middle, typed in capitals. */
  sample = g_list_model_get_item (people, n / 2);
  words = g_strsplit (dpp2_person_get_name (sample), " ", -1);
  word = g_utf8_casefold (words[g_strv_length (words) - 1], -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, i);

      expected += matches (person, word);
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, n);

  {
    g_autofree char *typed = g_utf8_strup (word, -1);

    dpp2_people_page_set_search_text (page, typed);
  }
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (page)), ==,
                    expected);
  save_shot (GTK_WIDGET (window), "people-large-filtered");

  dpp2_people_page_set_search_text (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (page)), ==, n);
  save_shot (GTK_WIDGET (window), "people-large");

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  ui_test_wait (100);
  save_shot (GTK_WIDGET (window), "people-narrow");

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A read-only document: the page shows people but offers no editing. */
static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = dpp2_application_new_example_file (&error);
  g_autoptr(Dpp2Store) store = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  guint before;

  g_assert_no_error (error);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_READ_ONLY, NULL, &error);
  g_assert_no_error (error);
  page = g_object_new (DPP2_TYPE_PEOPLE_PAGE, "store", store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait (50);

  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (DPP2_PEOPLE_PAGE (page))),
                    ==, count_people (store));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_column_view_get_model (
    GTK_COLUMN_VIEW (ui_test_find_widget (page, GTK_TYPE_COLUMN_VIEW)))), 0, TRUE);
  g_assert_true (dpp2_store_get_read_only (store));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_actionable (page, "people.add")));
  before = count_people (store);
  gtk_widget_activate_action (page, "people.add", NULL);
  gtk_widget_activate_action (page, "people.delete", NULL);
  ui_test_wait (50);
  g_assert_null (ui_test_find_toplevel (DPP2_TYPE_PERSON_DIALOG));
  g_assert_null (ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_people (store), ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_wait (50);
}

/* The page builds without a document, as every page must. */
static void
test_no_store (void)
{
  GtkWidget *page = g_object_new (DPP2_TYPE_PEOPLE_PAGE, NULL);

  g_object_ref_sink (page);
  g_assert_null (dpp2_page_get_store (DPP2_PAGE (page)));
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_people_page_get_shown_people (DPP2_PEOPLE_PAGE (page))), ==, 0);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  app = ui_test_new_application ();

  g_test_add_func ("/people/no-store", test_no_store);
  g_test_add_func ("/people/import-fixture", test_import_fixture);
  g_test_add_func ("/people/import-binary-file", test_import_binary_file);
  g_test_add_func ("/people/literal-names", test_literal_names);
  g_test_add_func ("/people/delete-leader", test_delete_leader);
  g_test_add_func ("/people/person-dialog", test_person_dialog);
  g_test_add_func ("/people/teams", test_teams);
  g_test_add_func ("/people/read-only", test_read_only);
  g_test_add_func ("/people/filter-large", test_filter_large);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
