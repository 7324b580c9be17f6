/* test-goals-page.c — goals and learning cases through the window: create, edit, delete, undo
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "dpp2-application.h"
#include "dpp2-window.h"
#include "pages/dpp2-goal-case-dialog.h"
#include "pages/dpp2-goal-row.h"
#include "pages/dpp2-goals-page.h"
#include "pages/dpp2-overview-page.h"
#include "dpp2-test-support.h"
#include "ui-test-support.h"

#define ODD_NAME "R&D <b>Ops</b> \"Team\""

static Dpp2Application *app;

static Dpp2Window *
open_example (void)
{
  return ui_test_open_example (app);
}

/* The first AdwPreferencesRow below ROOT whose title is TITLE. */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The first visible GtkLabel below ROOT that shows TEXT. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The first visible GtkLabel below ROOT whose text starts with PREFIX. */
static GtkLabel *
find_label_prefix (GtkWidget  *root,
                   const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return GTK_LABEL (child);
      if ((found = find_label_prefix (child, prefix)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_icon_button (GtkWidget  *root,
                  const char *icon_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), icon_name) == 0)
        return child;
      if ((found = find_icon_button (child, icon_name)) != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (GtkWidget  *root,
           const char *row_title,
           const char *text)
{
  GtkWidget *row = find_row (root, ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* As pressing Enter in the field. */
  g_signal_emit_by_name (row, "entry-activated");
}

static Dpp2GoalsPage *
show_goals_page (Dpp2Window *window)
{
  g_assert_true (dpp2_window_show_page (window, "goals"));
  ui_test_wait (50);
  return DPP2_GOALS_PAGE (dpp2_window_get_page (window, "goals"));
}

static void
add_case (Dpp2GoalsPage *page,
          const char    *title,
          const char    *estimate)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (page), "goals.new-case", NULL);
  ui_test_wait (50);
  dialog = ui_test_find_toplevel (DPP2_TYPE_GOAL_CASE_DIALOG);
  g_assert_nonnull (dialog);

  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Title")), title);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Estimate (points)")),
                         estimate);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "New criterion")),
                         "Checklist used in every shift");
  g_assert_true (dpp2_goal_case_dialog_save (DPP2_GOAL_CASE_DIALOG (dialog)));
  ui_test_wait (50);
  g_assert_null (ui_test_find_toplevel (DPP2_TYPE_GOAL_CASE_DIALOG));
}

static guint
count_value (Dpp2Window *window,
             const char *caption)
{
  GtkWidget *overview = dpp2_window_get_page (window, "overview");
  GtkLabel *label = find_label (overview, caption);
  GtkWidget *value;

  g_assert_nonnull (label);
  value = gtk_widget_get_prev_sibling (GTK_WIDGET (label));
  g_assert_true (GTK_IS_LABEL (value));
  return (guint) g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (value)), NULL, 10);
}

static void
test_goal_with_cases (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) goals = dpp2_store_list_goals (store);
  g_autoptr(GListModel) all_cases = dpp2_store_list_cases (store);
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(Dpp2Goal) goal = NULL;
  g_autoptr(Dpp2LearningCase) first = NULL;
  guint n_goals = g_list_model_get_n_items (goals);
  guint n_cases = g_list_model_get_n_items (all_cases);
  guint done_before;
  Dpp2GoalsPage *page = show_goals_page (window);
  GtkWidget *title_row;
  GtkWindow *dialog;
  GtkListBox *cases_list;
  gint64 goal_id;

  /* Create a goal through the page's action: it is selected for editing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.new", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, n_goals + 1);
  goal = g_object_ref (dpp2_goals_page_get_goal (page));
  goal_id = dpp2_record_get_id (DPP2_RECORD (goal));

  /* Edit its title; an empty title is refused at the field and not saved. */
  type_into (GTK_WIDGET (page), "Title", "Valpreventie op de afdeling");
  g_assert_cmpstr (dpp2_goal_get_title (goal), ==, "Valpreventie op de afdeling");
  type_into (GTK_WIDGET (page), "Title", "   ");
  title_row = find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Title");
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  g_assert_cmpstr (dpp2_goal_get_title (goal), ==, "Valpreventie op de afdeling");
  type_into (GTK_WIDGET (page), "Title", "Valpreventie op de afdeling");
  g_assert_false (gtk_widget_has_css_class (title_row, "error"));

  /* Dates: 29-02-2025 is no date; a real one is stored as ISO. */
  type_into (GTK_WIDGET (page), "Target date", "29-02-2025");
  g_assert_cmpstr (dpp2_goal_get_target_date (goal), ==, "");
  type_into (GTK_WIDGET (page), "Target date", "31-12-2027");
  g_assert_cmpstr (dpp2_goal_get_target_date (goal), ==, "2027-12-31");

  /* The KPI: a decimal comma, and a target equal to the baseline is refused. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Baseline")), "12");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Current value")), "9,5");
  type_into (GTK_WIDGET (page), "Target", "12");
  g_assert_cmpfloat (dpp2_goal_get_kpi_baseline (goal), ==, 0);
  type_into (GTK_WIDGET (page), "Target", "7");
  g_assert_cmpfloat (dpp2_goal_get_kpi_baseline (goal), ==, 12);
  g_assert_cmpfloat (dpp2_goal_get_kpi_target (goal), ==, 7);
  g_assert_cmpfloat (dpp2_goal_get_kpi_current (goal), ==, 9.5);

  /* The owner: picked from the people, and cleared again. */
  {
    GtkWidget *owner_row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Owner");
    GtkDropDown *owner = GTK_DROP_DOWN (ui_test_find_widget (owner_row, GTK_TYPE_DROP_DOWN));
    g_autoptr(GListModel) people = dpp2_store_list_people (store);
    g_autoptr(Dpp2Person) person = g_list_model_get_item (people, 3);

    g_assert_nonnull (owner);
    g_assert_cmpint (dpp2_goal_get_owner_id (goal), ==, 0);
    gtk_drop_down_set_selected (owner, 3);
    g_assert_cmpint (dpp2_goal_get_owner_id (goal), ==, dpp2_record_get_id (DPP2_RECORD (person)));
    g_signal_emit_by_name (find_icon_button (owner_row, "edit-clear-symbolic"), "clicked");
    g_assert_cmpint (dpp2_goal_get_owner_id (goal), ==, 0);
    g_assert_cmpuint (gtk_drop_down_get_selected (owner), ==, GTK_INVALID_LIST_POSITION);
  }

  /* Two learning cases through the dialog. */
  add_case (page, "Valrisico bespreken in de overdracht", "3");
  add_case (page, "Sensoren bij het bed uitproberen", "5");
  cases = dpp2_store_list_cases_of_goal (store, goal_id);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (all_cases), ==, n_cases + 2);
  first = g_list_model_get_item (cases, 0);
  g_assert_cmpstr (dpp2_learning_case_get_title (first), ==, "Valrisico bespreken in de overdracht");
  g_assert_cmpint (dpp2_learning_case_get_estimate (first), ==, 3);
  g_assert_cmpstr (dpp2_learning_case_get_acceptance_criteria (first), ==, "[ ] Checklist used in every shift");

  /* Reorder by keyboard action: the first case moves down. */
  cases_list = GTK_LIST_BOX (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                       "Valrisico bespreken in de overdracht") != NULL
                             ? gtk_widget_get_parent (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                                                "Valrisico bespreken in de overdracht"))
                             : NULL);
  g_assert_nonnull (cases_list);
  gtk_list_box_select_row (cases_list, gtk_list_box_get_row_at_index (cases_list, 0));
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.move-case-down", NULL);
  ui_test_wait (20);
  {
    g_autoptr(Dpp2LearningCase) now_second = g_list_model_get_item (cases, 1);
    g_assert_true (now_second == first);
  }

  /* Mark a case done in the edit dialog: the overview's count follows. */
  done_before = count_value (window, "Learning cases done");
  gtk_list_box_select_row (cases_list, gtk_list_box_get_row_at_index (cases_list, 1));
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.edit-case", NULL);
  ui_test_wait (50);
  dialog = ui_test_find_toplevel (DPP2_TYPE_GOAL_CASE_DIALOG);
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Status")),
                              DPP2_CASE_STATUS_DONE);
  g_assert_true (dpp2_goal_case_dialog_save (DPP2_GOAL_CASE_DIALOG (dialog)));
  ui_test_wait (50);
  g_assert_cmpint (dpp2_learning_case_get_status (first), ==, DPP2_CASE_STATUS_DONE);
  g_assert_cmpuint (count_value (window, "Learning cases done"), ==, done_before + 1);

  /* Delete the goal and its cases: the dialog asks, one undo step brings all back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.delete", NULL);
  ui_test_wait (50);
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "move"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_close (dialog);
  ui_test_wait (100);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, n_goals);
  g_assert_cmpuint (g_list_model_get_n_items (all_cases), ==, n_cases);
  g_assert_true (dpp2_record_is_deleted (DPP2_RECORD (goal)));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Goal “Valpreventie op de afdeling” deleted"));
  g_assert_cmpuint (count_value (window, "Learning cases done"), ==, done_before);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, n_goals + 1);
  g_assert_cmpuint (g_list_model_get_n_items (all_cases), ==, n_cases + 2);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  {
    g_autoptr(Dpp2Goal) back = dpp2_store_dup_record (store, DPP2_TYPE_GOAL, goal_id);

    g_assert_nonnull (back);
    g_assert_cmpstr (dpp2_goal_get_title (back), ==, "Valpreventie op de afdeling");
    g_assert_cmpfloat (dpp2_goal_get_kpi_target (back), ==, 7);
  }
  g_assert_cmpuint (count_value (window, "Learning cases done"), ==, done_before + 1);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* Moving the cases to another goal instead of deleting them. */
static void
test_delete_moves_cases (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) goals = dpp2_store_list_goals (store);
  g_autoptr(GListModel) all_cases = dpp2_store_list_cases (store);
  g_autoptr(Dpp2Goal) first = g_list_model_get_item (goals, 0);
  g_autoptr(Dpp2Goal) second = g_list_model_get_item (goals, 1);
  g_autoptr(GListModel) second_cases = dpp2_store_list_cases_of_goal (store, dpp2_record_get_id (DPP2_RECORD (second)));
  guint n_cases = g_list_model_get_n_items (all_cases);
  guint n_second = g_list_model_get_n_items (second_cases);
  Dpp2GoalsPage *page = show_goals_page (window);
  GtkWindow *dialog;

  g_assert_true (dpp2_goals_page_select_goal (page, dpp2_record_get_id (DPP2_RECORD (first))));
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.delete", NULL);
  ui_test_wait (50);
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  gtk_window_close (dialog);
  ui_test_wait (100);

  g_assert_true (dpp2_record_is_deleted (DPP2_RECORD (first)));
  g_assert_cmpuint (g_list_model_get_n_items (all_cases), ==, n_cases);
  g_assert_cmpuint (g_list_model_get_n_items (second_cases), ==, n_cases);
  g_assert_cmpuint (n_second, <, n_cases);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (second_cases), ==, n_second);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A title with & < > " shows as typed in the list, the overview and the toast. */
static void
test_literal_names (void)
{
  Dpp2Window *window = open_example ();
  Dpp2GoalsPage *page = show_goals_page (window);
  GtkLabel *label;
  GtkWidget *goal_row;

  gtk_widget_activate_action (GTK_WIDGET (page), "goals.new", NULL);
  ui_test_wait (50);
  type_into (GTK_WIDGET (page), "Title", ODD_NAME);
  ui_test_wait (50);
  g_assert_cmpstr (dpp2_goal_get_title (dpp2_goals_page_get_goal (page)), ==, ODD_NAME);

  /* In the list of goals. */
  goal_row = ui_test_find_widget (GTK_WIDGET (page), DPP2_TYPE_GOAL_ROW);
  g_assert_nonnull (goal_row);
  label = find_label (gtk_widget_get_ancestor (goal_row, GTK_TYPE_LIST_VIEW), ODD_NAME);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (label), DPP2_TYPE_GOAL_ROW));

  /* On the overview. */
  label = find_label (dpp2_window_get_page (window, "overview"), ODD_NAME);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));

  /* In the toast after deleting it (no cases: no question). */
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.delete", NULL);
  ui_test_wait (100);
  g_assert_null (ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Goal “" ODD_NAME "” deleted"));

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* The case dialog validates at the field, moves a case to another goal; Delete removes one. */
static void
test_case_dialog (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) goals = dpp2_store_list_goals (store);
  g_autoptr(Dpp2Goal) first = g_list_model_get_item (goals, 0);
  g_autoptr(Dpp2Goal) second = g_list_model_get_item (goals, 1);
  g_autoptr(GListModel) first_cases = dpp2_store_list_cases_of_goal (store, dpp2_record_get_id (DPP2_RECORD (first)));
  g_autoptr(GListModel) second_cases = dpp2_store_list_cases_of_goal (store, dpp2_record_get_id (DPP2_RECORD (second)));
  g_autoptr(Dpp2LearningCase) moved = g_list_model_get_item (first_cases, 0);
  guint n_first = g_list_model_get_n_items (first_cases);
  guint n_second = g_list_model_get_n_items (second_cases);
  Dpp2GoalsPage *page = show_goals_page (window);
  GtkWidget *estimate_row;
  GtkListBox *cases_list;
  GtkWindow *dialog;

  g_assert_true (dpp2_goals_page_select_goal (page, dpp2_record_get_id (DPP2_RECORD (first))));
  ui_test_wait (50);
  cases_list = GTK_LIST_BOX (gtk_widget_get_parent (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                                               dpp2_learning_case_get_title (moved))));
  gtk_list_box_select_row (cases_list, gtk_list_box_get_row_at_index (cases_list, 0));
  gtk_widget_activate_action (GTK_WIDGET (page), "goals.edit-case", NULL);
  ui_test_wait (50);
  dialog = ui_test_find_toplevel (DPP2_TYPE_GOAL_CASE_DIALOG);
  g_assert_nonnull (dialog);

  /* Points are whole and not negative; nothing is saved while they are wrong. */
  estimate_row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Estimate (points)");
  gtk_editable_set_text (GTK_EDITABLE (estimate_row), "-1");
  g_assert_false (dpp2_goal_case_dialog_save (DPP2_GOAL_CASE_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (estimate_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (estimate_row), "2,5");
  g_assert_false (dpp2_goal_case_dialog_save (DPP2_GOAL_CASE_DIALOG (dialog)));
  g_assert_cmpuint (g_list_model_get_n_items (first_cases), ==, n_first);

  /* Move it to the second goal. */
  gtk_editable_set_text (GTK_EDITABLE (estimate_row), "8");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                        "Organisation goal")), 1);
  g_assert_true (dpp2_goal_case_dialog_save (DPP2_GOAL_CASE_DIALOG (dialog)));
  ui_test_wait (50);
  g_assert_cmpint (dpp2_learning_case_get_goal_id (moved), ==, dpp2_record_get_id (DPP2_RECORD (second)));
  g_assert_cmpint (dpp2_learning_case_get_estimate (moved), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (first_cases), ==, n_first - 1);
  g_assert_cmpuint (g_list_model_get_n_items (second_cases), ==, n_second + 1);
  {
    g_autoptr(Dpp2LearningCase) last = g_list_model_get_item (second_cases, n_second);
    g_assert_true (last == moved);
  }

  /* One undo step puts it back, with its old estimate. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (20);
  g_assert_cmpint (dpp2_learning_case_get_goal_id (moved), ==, dpp2_record_get_id (DPP2_RECORD (first)));
  g_assert_cmpuint (g_list_model_get_n_items (first_cases), ==, n_first);

  /* Delete the selected case: a toast offers Undo. */
  ui_test_wait (50);
  gtk_list_box_select_row (cases_list, gtk_list_box_get_row_at_index (cases_list, 0));
  {
    g_autofree char *toast = g_strdup_printf ("Learning case “%s” deleted",
                                              dpp2_learning_case_get_title (moved));
    gtk_widget_activate_action (GTK_WIDGET (page), "goals.delete-case", NULL);
    ui_test_wait (50);
    g_assert_true (dpp2_record_is_deleted (DPP2_RECORD (moved)));
    g_assert_nonnull (find_label (GTK_WIDGET (window), toast));
  }
  g_assert_cmpuint (g_list_model_get_n_items (first_cases), ==, n_first - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (20);
  g_assert_cmpuint (g_list_model_get_n_items (first_cases), ==, n_first);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A document opened read-only: nothing on either page can be edited. */
static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = dpp2_application_new_example_file (&error);
  g_autoptr(Dpp2Store) other = NULL;
  Dpp2Window *window;
  GtkWindow *dialog;
  GtkWidget *overview;
  Dpp2GoalsPage *page;

  g_assert_no_error (error);
  /* Someone else has it open, so the window offers read-only. */
  other = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  window = dpp2_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  dpp2_window_open_file (window, file);
  ui_test_wait (100);
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  gtk_window_close (dialog);
  ui_test_wait (100);
  g_assert_true (dpp2_store_get_read_only (dpp2_window_get_store (window)));

  page = show_goals_page (window);
  g_assert_nonnull (dpp2_goals_page_get_goal (page));
  g_assert_false (gtk_widget_is_sensitive (find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Title")));
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (page), "goals.new")));
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_actionable (GTK_WIDGET (page), "goals.delete")));

  overview = dpp2_window_get_page (window, "overview");
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (find_row (overview, ADW_TYPE_ENTRY_ROW, "Name"))));

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* The overview lists the active sprints, and follows a sprint that closes. */
static void
test_overview_sprints (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  GtkWidget *overview = dpp2_window_get_page (window, "overview");
  g_autoptr(GListModel) active = dpp2_store_list (store, DPP2_TYPE_SPRINT, NULL, "state",
                                                  DPP2_SPRINT_STATE_ACTIVE, NULL, 0);
  g_autoptr(Dpp2Sprint) sprint = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (active), >, 0);
  sprint = g_list_model_get_item (active, 0);
  prefix = g_strdup_printf ("%s: ", dpp2_sprint_get_name (sprint));
  g_assert_nonnull (find_label_prefix (overview, prefix));

  g_assert_true (dpp2_store_update (store, sprint, &error, "state", DPP2_SPRINT_STATE_CLOSED, NULL));
  g_assert_no_error (error);
  ui_test_wait (20);
  g_assert_null (find_label_prefix (overview, prefix));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (20);
  g_assert_nonnull (find_label_prefix (overview, prefix));

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* A goal on the overview opens it on the goals page. */
static void
test_overview_opens_goal (void)
{
  Dpp2Window *window = open_example ();
  GtkWidget *overview = dpp2_window_get_page (window, "overview");
  Dpp2GoalsPage *page = DPP2_GOALS_PAGE (dpp2_window_get_page (window, "goals"));
  g_autoptr(GListModel) goals = dpp2_store_list_goals (dpp2_window_get_store (window));
  g_autoptr(Dpp2Goal) second = g_list_model_get_item (goals, 1);
  GtkLabel *label;
  GtkWidget *row;

  g_assert_true (dpp2_window_show_page (window, "overview"));
  ui_test_wait (50);
  label = find_label (overview, dpp2_goal_get_title (second));
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  ui_test_wait (50);

  g_assert_cmpstr (dpp2_window_get_page_id (window), ==, "goals");
  g_assert_true (dpp2_goals_page_get_goal (page) == second);

  ui_test_destroy_window (GTK_WINDOW (window));
}

/* The organisation's name on the overview: validated, saved on Enter, undone in one step. */
static void
test_overview_name (void)
{
  Dpp2Window *window = open_example ();
  Dpp2Store *store = dpp2_window_get_store (window);
  Dpp2Organisation *organisation = dpp2_store_get_organisation (store);
  GtkWidget *overview = dpp2_window_get_page (window, "overview");
  g_autofree char *old_name = g_strdup (dpp2_organisation_get_name (organisation));

  g_assert_true (dpp2_window_show_page (window, "overview"));
  type_into (overview, "Name", "");
  g_assert_cmpstr (dpp2_organisation_get_name (organisation), ==, old_name);
  g_assert_true (gtk_widget_has_css_class (find_row (overview, ADW_TYPE_ENTRY_ROW, "Name"), "error"));

  type_into (overview, "Name", ODD_NAME);
  g_assert_cmpstr (dpp2_organisation_get_name (organisation), ==, ODD_NAME);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ui_test_wait (20);
  g_assert_cmpstr (dpp2_organisation_get_name (organisation), ==, old_name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (overview, ADW_TYPE_ENTRY_ROW, "Name"))),
                   ==, old_name);

  ui_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  app = ui_test_new_application ();

  g_test_add_func ("/goals/goal-with-cases", test_goal_with_cases);
  g_test_add_func ("/goals/delete-moves-cases", test_delete_moves_cases);
  g_test_add_func ("/goals/case-dialog", test_case_dialog);
  g_test_add_func ("/goals/literal-names", test_literal_names);
  g_test_add_func ("/goals/overview-name", test_overview_name);
  g_test_add_func ("/goals/overview-opens-goal", test_overview_opens_goal);
  g_test_add_func ("/goals/overview-sprints", test_overview_sprints);
  g_test_add_func ("/goals/read-only", test_read_only);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
