/* dpp2-goals-page.c — the organisation goals, each with its KPI and learning cases
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-goals"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-window.h"
#include "logic/dpp2-progress.h"
#include "logic/dpp2-validation.h"

#include "dpp2-goal-case-dialog.h"
#include "dpp2-goal-fields.h"
#include "dpp2-goal-progress.h"
#include "dpp2-goal-row.h"
#include "dpp2-goals-page.h"

struct _Dpp2GoalsPage
{
  AdwBin              parent_instance;

  Dpp2Store          *store;
  GListModel         *goals;
  GListModel         *people;
  GtkSingleSelection *selection;

  Dpp2Goal           *goal;
  Dpp2GoalProgress   *progress;
  GListModel         *cases;
  guint               loading;

  GtkLabel           *ambition_error_label;
  GtkTextView        *ambition_view;
  GtkWidget          *back_button;
  AdwEntryRow        *baseline_row;
  GtkListBox         *cases_list;
  AdwEntryRow        *current_row;
  GtkLabel           *description_error_label;
  GtkTextView        *description_view;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkListView        *goal_list;
  GtkWidget          *kpi_error_row;
  GtkLabel           *kpi_error_label;
  GtkWidget          *kpi_name_error_row;
  GtkLabel           *kpi_name_error_label;
  AdwEntryRow        *kpi_name_row;
  AdwEntryRow        *kpi_target_row;
  GtkWidget          *kpi_unit_error_row;
  GtkLabel           *kpi_unit_error_label;
  AdwEntryRow        *kpi_unit_row;
  AdwLeaflet         *leaflet;
  GtkStack           *list_stack;
  GtkCheckButton     *mastery_check;
  GtkCheckButton     *mental_models_check;
  GtkDropDown        *owner_dropdown;
  AdwActionRow       *owner_row;
  AdwActionRow       *progress_row;
  GtkCheckButton     *shared_vision_check;
  GtkWidget          *start_error_row;
  GtkLabel           *start_error_label;
  AdwEntryRow        *start_row;
  AdwComboRow        *status_row;
  GtkCheckButton     *systems_thinking_check;
  GtkWidget          *target_date_error_row;
  GtkLabel           *target_date_error_label;
  AdwEntryRow        *target_date_row;
  GtkCheckButton     *team_learning_check;
  GtkWidget          *title_error_row;
  GtkLabel           *title_error_label;
  AdwEntryRow        *title_row;
};

G_DEFINE_FINAL_TYPE (Dpp2GoalsPage, dpp2_goals_page, DPP2_TYPE_PAGE)

static void show_goal (Dpp2GoalsPage *self, Dpp2Goal *goal);

/* Helpers */

static gboolean
can_edit (Dpp2GoalsPage *self)
{
  return self->store != NULL && self->goal != NULL && self->loading == 0 &&
         !dpp2_store_get_read_only (self->store);
}

static void
report_error (Dpp2GoalsPage *self,
              const GError  *error)
{
  dpp2_window_report_error (GTK_WIDGET (self), _("Could not save the change"), error);
}

static char *
text_or_empty (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Loading the selected goal into the form */

static GtkCheckButton *
discipline_check (Dpp2GoalsPage   *self,
                  Dpp2Disciplines  flag)
{
  switch (flag)
    {
    case DPP2_DISCIPLINES_PERSONAL_MASTERY: return self->mastery_check;
    case DPP2_DISCIPLINES_TEAM_LEARNING: return self->team_learning_check;
    case DPP2_DISCIPLINES_SHARED_VISION: return self->shared_vision_check;
    case DPP2_DISCIPLINES_MENTAL_MODELS: return self->mental_models_check;
    case DPP2_DISCIPLINES_SYSTEMS_THINKING: return self->systems_thinking_check;
    case DPP2_DISCIPLINES_NONE:
    default:
      return NULL;
    }
}

static void
update_progress_row (Dpp2GoalsPage *self)
{
  g_autofree char *kpi = NULL;
  g_autofree char *cases = NULL;
  g_autofree char *subtitle = NULL;
  double fraction;

  if (self->goal == NULL)
    return;

  fraction = dpp2_progress_kpi_fraction (dpp2_goal_get_kpi_baseline (self->goal),
                                         dpp2_goal_get_kpi_target (self->goal),
                                         dpp2_goal_get_kpi_current (self->goal));
  kpi = dpp2_progress_format_percent (fraction);
  cases = dpp2_progress_format_cases (self->progress ? dpp2_goal_progress_get_done (self->progress) : 0,
                                      self->progress ? dpp2_goal_progress_get_total (self->progress) : 0);
  /* Translators: "KPI 45 % · 2 of 3 learning cases done". */
  subtitle = g_strdup_printf (_("KPI %s · %s"), kpi, cases);
  adw_action_row_set_subtitle (self->progress_row, subtitle);
}

static guint
find_position (GListModel *model,
               gint64      id)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Record) record = g_list_model_get_item (model, i);

      if (dpp2_record_get_id (record) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
set_number (AdwEntryRow *row,
            double       value)
{
  g_autofree char *text = dpp2_format_number (value);

  dpp2_editable_set_text_if_idle (GTK_WIDGET (row), text);
}

static void
load_goal (Dpp2GoalsPage *self)
{
  Dpp2Goal *goal = self->goal;
  Dpp2Disciplines disciplines;
  g_autofree char *start = NULL;
  g_autofree char *target = NULL;
  GtkRoot *root;
  GtkWidget *focus;

  if (goal == NULL)
    return;

  self->loading++;
  gtk_label_set_text (self->detail_title, dpp2_goal_get_title (goal));
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->title_row), dpp2_goal_get_title (goal));
  start = dpp2_format_date_short (dpp2_goal_get_start_date (goal));
  target = dpp2_format_date_short (dpp2_goal_get_target_date (goal));
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->start_row), start);
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->target_date_row), target);
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->kpi_name_row), dpp2_goal_get_kpi_name (goal));
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->kpi_unit_row), dpp2_goal_get_kpi_unit (goal));
  set_number (self->baseline_row, dpp2_goal_get_kpi_baseline (goal));
  set_number (self->kpi_target_row, dpp2_goal_get_kpi_target (goal));
  set_number (self->current_row, dpp2_goal_get_kpi_current (goal));
  adw_combo_row_set_selected (self->status_row, dpp2_goal_get_status (goal));
  gtk_drop_down_set_selected (self->owner_dropdown,
                              find_position (self->people, dpp2_goal_get_owner_id (goal)));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != GTK_WIDGET (self->description_view))
    dpp2_text_view_set_text (self->description_view, dpp2_goal_get_description (goal));
  if (focus != GTK_WIDGET (self->ambition_view))
    dpp2_text_view_set_text (self->ambition_view, dpp2_goal_get_ambition (goal));

  disciplines = dpp2_goal_get_disciplines (goal);
  for (guint flag = 1; flag <= DPP2_DISCIPLINES_SYSTEMS_THINKING; flag <<= 1)
    gtk_check_button_set_active (discipline_check (self, flag), (disciplines & flag) != 0);

  update_progress_row (self);
  self->loading--;
}

static void
clear_errors (Dpp2GoalsPage *self)
{
  dpp2_field_show_error (GTK_WIDGET (self->title_row), self->title_error_row, self->title_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->start_row), self->start_error_row, self->start_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->target_date_row), self->target_date_error_row,
                         self->target_date_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->kpi_name_row), self->kpi_name_error_row,
                         self->kpi_name_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->kpi_unit_row), self->kpi_unit_error_row,
                         self->kpi_unit_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->baseline_row), self->kpi_error_row, self->kpi_error_label, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->kpi_target_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->current_row), "error");
  dpp2_field_show_error (GTK_WIDGET (self->description_view), GTK_WIDGET (self->description_error_label),
                         self->description_error_label, NULL);
  dpp2_field_show_error (GTK_WIDGET (self->ambition_view), GTK_WIDGET (self->ambition_error_label),
                         self->ambition_error_label, NULL);
}

/* Saving fields: each commit is one undo step, and nothing is saved while a field is invalid */

static void
save_string (Dpp2GoalsPage *self,
             const char    *property,
             const char    *value)
{
  g_autoptr(GError) error = NULL;

  if (!dpp2_record_save_string (self->goal, property, value, &error))
    report_error (self, error);
}

static void
title_commit_cb (Dpp2GoalsPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (!can_edit (self))
    return;
  title = text_or_empty (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  message = dpp2_validate_required_name (title, _("title"));
  dpp2_field_show_error (GTK_WIDGET (self->title_row), self->title_error_row, self->title_error_label, message);
  if (message == NULL)
    save_string (self, "title", title);
}

static void
commit_date (Dpp2GoalsPage *self,
             AdwEntryRow   *row,
             GtkWidget     *error_row,
             GtkLabel      *error_label,
             const char    *property)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *message = dpp2_validate_date (text);
  g_autofree char *iso = NULL;

  if (message == NULL)
    {
      gboolean is_start = g_str_equal (property, "start-date");

      iso = dpp2_date_to_iso (text);
      message = dpp2_validate_date_range (is_start ? iso : dpp2_goal_get_start_date (self->goal),
                                          is_start ? dpp2_goal_get_target_date (self->goal) : iso);
    }
  dpp2_field_show_error (GTK_WIDGET (row), error_row, error_label, message);
  if (message == NULL)
    save_string (self, property, iso);
}

static void
start_commit_cb (Dpp2GoalsPage *self)
{
  if (can_edit (self))
    commit_date (self, self->start_row, self->start_error_row, self->start_error_label, "start-date");
}

static void
target_date_commit_cb (Dpp2GoalsPage *self)
{
  if (can_edit (self))
    commit_date (self, self->target_date_row, self->target_date_error_row,
                 self->target_date_error_label, "target-date");
}

static void
commit_short_text (Dpp2GoalsPage *self,
                   AdwEntryRow   *row,
                   GtkWidget     *error_row,
                   GtkLabel      *error_label,
                   const char    *property)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (!can_edit (self))
    return;
  text = text_or_empty (gtk_editable_get_text (GTK_EDITABLE (row)));
  message = dpp2_validate_optional_text (text, DPP2_MAX_NAME_LENGTH);
  dpp2_field_show_error (GTK_WIDGET (row), error_row, error_label, message);
  if (message == NULL)
    save_string (self, property, text);
}

static void
kpi_name_commit_cb (Dpp2GoalsPage *self)
{
  commit_short_text (self, self->kpi_name_row, self->kpi_name_error_row, self->kpi_name_error_label, "kpi-name");
}

static void
kpi_unit_commit_cb (Dpp2GoalsPage *self)
{
  commit_short_text (self, self->kpi_unit_row, self->kpi_unit_error_row, self->kpi_unit_error_label, "kpi-unit");
}

static void
kpi_commit_cb (Dpp2GoalsPage *self)
{
  AdwEntryRow *rows[] = { self->baseline_row, self->kpi_target_row, self->current_row };
  const char *props[] = { "kpi-baseline", "kpi-target", "kpi-current" };
  double values[3];
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (!can_edit (self))
    return;

  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
      if (!dpp2_parse_number (gtk_editable_get_text (GTK_EDITABLE (rows[i])), &values[i]) && message == NULL)
        {
          message = g_strdup (_("Enter a number, like 12,5."));
          dpp2_field_show_error (GTK_WIDGET (rows[i]), self->kpi_error_row, self->kpi_error_label, message);
        }
    }
  if (message == NULL)
    {
      message = dpp2_validate_kpi (values[0], values[1]);
      dpp2_field_show_error (GTK_WIDGET (self->kpi_target_row), self->kpi_error_row,
                             self->kpi_error_label, message);
    }
  if (message != NULL)
    return;

  /* The three figures belong together: one undo step. */
  label = g_strdup_printf (_("Edit Goal “%s”"), dpp2_goal_get_title (self->goal));
  if (!dpp2_store_begin_change (self->store, label, &error))
    {
      report_error (self, error);
      return;
    }
  for (guint i = 0; i < 3 && error == NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_DOUBLE);
      g_value_set_double (&value, values[i]);
      dpp2_record_save_value (self->goal, props[i], &value, &error);
    }
  if (error != NULL)
    {
      dpp2_store_rollback_change (self->store);
      report_error (self, error);
    }
  else if (!dpp2_store_commit_change (self->store, &error))
    report_error (self, error);
}

static void
commit_text_view (Dpp2GoalsPage *self,
                  GtkTextView   *view,
                  GtkLabel      *error_label,
                  const char    *property)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (!can_edit (self))
    return;
  text = dpp2_text_view_dup_text (view);
  message = dpp2_validate_optional_text (text, DPP2_MAX_TEXT_LENGTH);
  dpp2_field_show_error (GTK_WIDGET (view), GTK_WIDGET (error_label), error_label, message);
  if (message == NULL)
    save_string (self, property, text);
}

static void
description_commit_cb (Dpp2GoalsPage *self)
{
  commit_text_view (self, self->description_view, self->description_error_label, "description");
}

static void
ambition_commit_cb (Dpp2GoalsPage *self)
{
  commit_text_view (self, self->ambition_view, self->ambition_error_label, "ambition");
}

static void
status_selected_cb (Dpp2GoalsPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, DPP2_TYPE_GOAL_STATUS);
  g_value_set_enum (&value, (int) selected);
  if (!dpp2_record_save_value (self->goal, "status", &value, &error))
    report_error (self, error);
}

static void
owner_selected_cb (Dpp2GoalsPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  Dpp2Person *person = gtk_drop_down_get_selected_item (self->owner_dropdown);

  if (!can_edit (self) || person == NULL)
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, dpp2_record_get_id (DPP2_RECORD (person)));
  if (!dpp2_record_save_value (self->goal, "owner-id", &value, &error))
    report_error (self, error);
}

static void
clear_owner_cb (Dpp2GoalsPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (!can_edit (self))
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, 0);
  if (!dpp2_record_save_value (self->goal, "owner-id", &value, &error))
    report_error (self, error);
}

static void
discipline_toggled_cb (Dpp2GoalsPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  guint flags = 0;

  if (!can_edit (self))
    return;
  for (guint flag = 1; flag <= DPP2_DISCIPLINES_SYSTEMS_THINKING; flag <<= 1)
    if (gtk_check_button_get_active (discipline_check (self, flag)))
      flags |= flag;
  g_value_init (&value, DPP2_TYPE_DISCIPLINES);
  g_value_set_flags (&value, flags);
  if (!dpp2_record_save_value (self->goal, "disciplines", &value, &error))
    report_error (self, error);
}

/* Learning cases */

static void
update_case_row (AdwActionRow *row)
{
  Dpp2LearningCase *lcase = g_object_get_data (G_OBJECT (row), "case");
  Dpp2Store *store = dpp2_record_get_store (DPP2_RECORD (lcase));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(Dpp2Team) team = NULL;

  if (store != NULL)
    team = dpp2_store_dup_record (store, DPP2_TYPE_TEAM, dpp2_learning_case_get_team_id (lcase));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dpp2_learning_case_get_title (lcase));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dpp2_learning_case_get_title (lcase), -1);
  g_string_append (subtitle, dpp2_enum_get_label (DPP2_TYPE_CASE_STATUS,
                                                  dpp2_learning_case_get_status (lcase)));
  g_string_append (subtitle, " · ");
  /* Translators: the priority of a learning case, "Priority: High". */
  g_string_append_printf (subtitle, _("Priority: %s"),
                          dpp2_enum_get_label (DPP2_TYPE_PRIORITY, dpp2_learning_case_get_priority (lcase)));
  if (team != NULL)
    g_string_append_printf (subtitle, " · %s", dpp2_team_get_name (team));
  if (dpp2_learning_case_get_estimate (lcase) > 0)
    {
      gint64 estimate = dpp2_learning_case_get_estimate (lcase);

      g_string_append (subtitle, " · ");
      /* Translators: the estimate of a learning case, in points. */
      g_string_append_printf (subtitle, ngettext ("%d point", "%d points", (gulong) estimate),
                              (int) MIN (estimate, G_MAXINT));
    }
  adw_action_row_set_subtitle (row, subtitle->str);
}

static GdkContentProvider *
case_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      GtkWidget     *row)
{
  Dpp2LearningCase *lcase = g_object_get_data (G_OBJECT (row), "case");

  return gdk_content_provider_new_typed (DPP2_TYPE_LEARNING_CASE, lcase);
}

static gboolean
case_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              GtkWidget     *row)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (gtk_widget_get_ancestor (row, DPP2_TYPE_GOALS_PAGE));
  Dpp2LearningCase *dragged = g_value_get_object (value);

  if (self == NULL || dragged == NULL)
    return FALSE;
  dpp2_goals_page_move_case (self, dragged, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  return TRUE;
}

static GtkWidget *
create_case_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (DPP2_TYPE_LEARNING_CASE, GDK_ACTION_MOVE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (handle, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "case", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_case_row), row, G_CONNECT_SWAPPED);
  update_case_row (ADW_ACTION_ROW (row));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (case_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (case_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  return row;
}

static Dpp2LearningCase *
selected_case (Dpp2GoalsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->cases_list);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "case") : NULL;
}

static void
select_case (Dpp2GoalsPage    *self,
             Dpp2LearningCase *lcase)
{
  guint index = find_position (self->cases, dpp2_record_get_id (DPP2_RECORD (lcase)));
  GtkListBoxRow *row = index != GTK_INVALID_LIST_POSITION ?
                       gtk_list_box_get_row_at_index (self->cases_list, index) : NULL;

  if (row != NULL)
    {
      gtk_list_box_select_row (self->cases_list, row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
open_case_dialog (Dpp2GoalsPage    *self,
                  Dpp2LearningCase *lcase)
{
  Dpp2GoalCaseDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->goal == NULL || self->store == NULL)
    return;
  dialog = dpp2_goal_case_dialog_new (self->store, dpp2_record_get_id (DPP2_RECORD (self->goal)), lcase);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
case_activated_cb (Dpp2GoalsPage *self,
                   GtkListBoxRow *row)
{
  open_case_dialog (self, g_object_get_data (G_OBJECT (row), "case"));
}

/**
 * dpp2_goals_page_move_case:
 * @self: a #Dpp2GoalsPage
 * @learning_case: a case of the goal shown
 * @index: its new place in the goal's list (priority order)
 *
 * Renumbers the cases of the goal, as one undo step.
 */
void
dpp2_goals_page_move_case (Dpp2GoalsPage    *self,
                           Dpp2LearningCase *learning_case,
                           guint             index)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint from, n;

  g_return_if_fail (DPP2_IS_GOALS_PAGE (self));
  g_return_if_fail (DPP2_IS_LEARNING_CASE (learning_case));

  if (!can_edit (self) || self->cases == NULL)
    return;
  n = g_list_model_get_n_items (self->cases);
  from = find_position (self->cases, dpp2_record_get_id (DPP2_RECORD (learning_case)));
  if (from == GTK_INVALID_LIST_POSITION || n == 0)
    return;
  index = MIN (index, n - 1);
  if (index == from)
    return;

  order = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (self->cases, i));
  g_ptr_array_remove_index (order, from);
  g_ptr_array_insert (order, index, g_object_ref (learning_case));

  label = g_strdup_printf (_("Reorder Learning Case “%s”"), dpp2_learning_case_get_title (learning_case));
  if (!dpp2_store_begin_change (self->store, label, &error))
    {
      report_error (self, error);
      return;
    }
  for (guint i = 0; i < order->len && error == NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, i + 1);
      dpp2_record_save_value (g_ptr_array_index (order, i), "position", &value, &error);
    }
  if (error != NULL)
    {
      dpp2_store_rollback_change (self->store);
      report_error (self, error);
      return;
    }
  if (!dpp2_store_commit_change (self->store, &error))
    report_error (self, error);
  select_case (self, learning_case);
}

static void
move_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (widget);
  Dpp2LearningCase *lcase = selected_case (self);
  guint index;

  if (lcase == NULL)
    return;
  index = find_position (self->cases, dpp2_record_get_id (DPP2_RECORD (lcase)));
  if (g_str_equal (action_name, "goals.move-case-up"))
    {
      if (index > 0)
        dpp2_goals_page_move_case (self, lcase, index - 1);
    }
  else
    dpp2_goals_page_move_case (self, lcase, index + 1);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_case_dialog (DPP2_GOALS_PAGE (widget), NULL);
}

static void
edit_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (widget);
  Dpp2LearningCase *lcase = selected_case (self);

  if (lcase != NULL)
    open_case_dialog (self, lcase);
}

static void
delete_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (widget);
  g_autoptr(Dpp2LearningCase) lcase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;

  if (selected_case (self) == NULL || !can_edit (self))
    return;
  lcase = g_object_ref (selected_case (self));
  title = g_strdup (dpp2_learning_case_get_title (lcase));
  if (!dpp2_store_delete (self->store, lcase, &error))
    {
      report_error (self, error);
      return;
    }
  /* Toast titles are markup: the name goes in escaped. */
  markup = g_markup_printf_escaped (_("Learning case “%s” deleted"), title);
  dpp2_window_offer_undo (GTK_WIDGET (self), markup);
}

/* Goals: new, select, delete */

static void
goals_changed_cb (Dpp2GoalsPage *self)
{
  gboolean empty = g_list_model_get_n_items (self->goals) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "goals");
}

static void
selection_changed_cb (Dpp2GoalsPage *self)
{
  show_goal (self, gtk_single_selection_get_selected_item (self->selection));
}

/**
 * dpp2_goals_page_select_goal:
 * @self: a #Dpp2GoalsPage
 * @goal_id: a goal
 *
 * Returns: %TRUE when the goal exists and is now shown
 */
gboolean
dpp2_goals_page_select_goal (Dpp2GoalsPage *self,
                             gint64         goal_id)
{
  guint position;

  g_return_val_if_fail (DPP2_IS_GOALS_PAGE (self), FALSE);

  position = find_position (self->goals, goal_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  dpp2_goals_page_select_goal (DPP2_GOALS_PAGE (widget), g_variant_get_int64 (parameter));
}

static gint64
next_position (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  gint64 max = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 position;

      g_object_get (item, "position", &position, NULL);
      max = MAX (max, position);
    }
  return max + 1;
}

static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (widget);
  g_autoptr(Dpp2Goal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || dpp2_store_get_read_only (self->store))
    return;

  goal = g_object_new (DPP2_TYPE_GOAL,
                       "title", _("New goal"),
                       "status", DPP2_GOAL_STATUS_DRAFT,
                       "kpi-target", 1.0,
                       "position", next_position (self->goals),
                       NULL);
  if (!dpp2_store_insert (self->store, goal, &error))
    {
      report_error (self, error);
      return;
    }
  dpp2_goals_page_select_goal (self, dpp2_record_get_id (DPP2_RECORD (goal)));
  /* The person names the new goal straight away. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

typedef struct
{
  Dpp2GoalsPage *self;
  Dpp2Goal      *goal;
  GtkDropDown   *target;
} DeleteData;

static void
delete_data_free (gpointer  user_data,
                  GClosure *closure)
{
  DeleteData *data = user_data;

  g_object_unref (data->self);
  g_object_unref (data->goal);
  g_free (data);
}

static gboolean
delete_goal (Dpp2GoalsPage *self,
             Dpp2Goal      *goal,
             Dpp2Goal      *move_to,
             GError       **error)
{
  g_autofree char *label = g_strdup_printf (_("Delete Goal “%s”"), dpp2_goal_get_title (goal));
  g_autoptr(GListModel) cases = dpp2_store_list_cases_of_goal (self->store,
                                                             dpp2_record_get_id (DPP2_RECORD (goal)));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 position = 0;

  if (!dpp2_store_begin_change (self->store, label, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    g_ptr_array_add (items, g_list_model_get_item (cases, i));
  if (move_to != NULL)
    {
      g_autoptr(GListModel) target_cases =
        dpp2_store_list_cases_of_goal (self->store, dpp2_record_get_id (DPP2_RECORD (move_to)));
      position = next_position (target_cases);
    }

  /* Moved cases go to the end of the other goal, in their order; otherwise they go with it. */
  for (guint i = 0; i < items->len; i++)
    {
      gboolean ok;

      if (move_to != NULL)
        ok = dpp2_store_update (self->store, g_ptr_array_index (items, i), error,
                                "goal-id", dpp2_record_get_id (DPP2_RECORD (move_to)),
                                "position", position + i,
                                NULL);
      else
        ok = dpp2_store_delete (self->store, g_ptr_array_index (items, i), error);
      if (!ok)
        {
          dpp2_store_rollback_change (self->store);
          return FALSE;
        }
    }

  if (!dpp2_store_delete (self->store, goal, error))
    {
      dpp2_store_rollback_change (self->store);
      return FALSE;
    }
  return dpp2_store_commit_change (self->store, error);
}

static void
finish_delete (Dpp2GoalsPage *self,
               Dpp2Goal      *goal,
               Dpp2Goal      *move_to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup (dpp2_goal_get_title (goal));
  g_autofree char *markup = NULL;

  if (!delete_goal (self, goal, move_to, &error))
    {
      report_error (self, error);
      return;
    }
  if (move_to != NULL)
    markup = g_markup_printf_escaped (_("Goal “%s” deleted, its learning cases moved to “%s”"),
                                      title, dpp2_goal_get_title (move_to));
  else
    markup = g_markup_printf_escaped (_("Goal “%s” deleted"), title);
  dpp2_window_offer_undo (GTK_WIDGET (self), markup);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DeleteData       *data)
{
  if (g_str_equal (response, "delete"))
    finish_delete (data->self, data->goal, NULL);
  else if (g_str_equal (response, "move"))
    finish_delete (data->self, data->goal, gtk_drop_down_get_selected_item (data->target));
}

static gboolean
other_goal_filter (gpointer item,
                   gpointer goal)
{
  return item != goal;
}

static void
delete_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (widget);
  g_autoptr(GListModel) cases = NULL;
  GtkFilterListModel *others;
  GtkExpression *expression;
  AdwMessageDialog *dialog;
  DeleteData *data;
  guint n_cases;
  g_autofree char *body = NULL;
  GtkRoot *root;

  if (!can_edit (self))
    return;

  cases = dpp2_store_list_cases_of_goal (self->store, dpp2_record_get_id (DPP2_RECORD (self->goal)));
  n_cases = g_list_model_get_n_items (cases);
  if (n_cases == 0)
    {
      g_autoptr(Dpp2Goal) goal = g_object_ref (self->goal);

      finish_delete (self, goal, NULL);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  /* The heading and body are plain text, so a title with & or < shows as typed. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Delete Goal “%s”?"), dpp2_goal_get_title (self->goal));
  body = g_strdup_printf (ngettext ("It has %u learning case. Delete it too, or move it to another goal?",
                                    "It has %u learning cases. Delete them too, or move them to another goal?",
                                    n_cases),
                          n_cases);
  adw_message_dialog_set_body (dialog, body);

  data = g_new0 (DeleteData, 1);
  data->self = g_object_ref (self);
  data->goal = g_object_ref (self->goal);

  others = gtk_filter_list_model_new (g_object_ref (self->goals),
                                      GTK_FILTER (gtk_custom_filter_new (other_goal_filter, data->goal, NULL)));
  expression = gtk_property_expression_new (DPP2_TYPE_GOAL, NULL, "title");
  data->target = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (others), expression));
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Goal to move the learning cases to"), -1);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (data->target));
  gtk_widget_set_visible (GTK_WIDGET (data->target), g_list_model_get_n_items (G_LIST_MODEL (others)) > 0);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move Cases"),
                                    "delete", _("_Delete Cases Too"),
                                    NULL);
  adw_message_dialog_set_response_enabled (dialog, "move",
                                           g_list_model_get_n_items (G_LIST_MODEL (others)) > 0);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response_cb), data,
                         delete_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_clicked_cb (Dpp2GoalsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
goal_list_activate_cb (Dpp2GoalsPage *self,
                       guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
update_actions (Dpp2GoalsPage *self)
{
  gboolean editable = self->store != NULL && !dpp2_store_get_read_only (self->store);
  gboolean has_goal = self->goal != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.new", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.delete", editable && has_goal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.new-case", editable && has_goal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.delete-case", editable && has_goal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.move-case-up", editable && has_goal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.move-case-down", editable && has_goal);
  gtk_widget_set_sensitive (gtk_stack_get_child_by_name (self->detail_stack, "goal"), editable);
}

static void
goal_notify_cb (Dpp2GoalsPage *self)
{
  if (self->goal != NULL && dpp2_record_is_deleted (DPP2_RECORD (self->goal)))
    return;
  load_goal (self);
}

static void
show_goal (Dpp2GoalsPage *self,
           Dpp2Goal      *goal)
{
  if (self->goal == goal)
    return;

  if (self->goal != NULL)
    g_signal_handlers_disconnect_by_func (self->goal, goal_notify_cb, self);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_func (self->progress, update_progress_row, self);
  g_clear_object (&self->progress);
  gtk_list_box_bind_model (self->cases_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->cases);
  g_set_object (&self->goal, goal);

  clear_errors (self);
  if (goal != NULL)
    {
      gint64 id = dpp2_record_get_id (DPP2_RECORD (goal));

      g_signal_connect_swapped (goal, "notify", G_CALLBACK (goal_notify_cb), self);
      self->cases = dpp2_store_list_cases_of_goal (self->store, id);
      gtk_list_box_bind_model (self->cases_list, self->cases, create_case_row, self, NULL);
      self->progress = dpp2_goal_progress_new_for_model (self->cases);
      g_signal_connect_swapped (self->progress, "notify::fraction", G_CALLBACK (update_progress_row), self);
      load_goal (self);
      gtk_stack_set_visible_child_name (self->detail_stack, "goal");
    }
  else
    {
      gtk_label_set_text (self->detail_title, "");
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
    }
  update_actions (self);
}

/* The list of goals */

static void
setup_goal_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_list_item_set_child (item, dpp2_goal_row_new ());
}

/* No unbind: GTK 4.8 unbinds and binds a row again when only its position changes, and
 * binding the goal a row already shows costs nothing (see dpp2-board-lane.c). */
static void
bind_goal_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  Dpp2Goal *goal = gtk_list_item_get_item (item);

  dpp2_goal_row_set_goal (DPP2_GOAL_ROW (gtk_list_item_get_child (item)), goal);
}


static void
set_store (Dpp2Page  *page,
           Dpp2Store *store)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (page);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) status_class = g_type_class_ref (DPP2_TYPE_GOAL_STATUS);

  for (guint i = 0; i < status_class->n_values; i++)
    gtk_string_list_append (statuses, dpp2_enum_get_label (DPP2_TYPE_GOAL_STATUS, (int) i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  if (store == NULL)
    {
      update_actions (self);
      return;
    }

  self->store = g_object_ref (store);
  self->goals = dpp2_store_list_goals (store);
  self->people = dpp2_store_list_people (store);
  gtk_drop_down_set_expression (self->owner_dropdown,
                                gtk_property_expression_new (DPP2_TYPE_PERSON, NULL, "name"));
  gtk_drop_down_set_model (self->owner_dropdown, self->people);

  self->selection = gtk_single_selection_new (g_object_ref (self->goals));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->goal_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->goals, "items-changed", G_CALLBACK (goals_changed_cb), self,
                           G_CONNECT_SWAPPED);
  goals_changed_cb (self);

  /* Show the first goal, so a wide window does not open on an empty form. */
  if (g_list_model_get_n_items (self->goals) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_actions (self);
}

static void
dpp2_goals_page_dispose (GObject *object)
{
  Dpp2GoalsPage *self = DPP2_GOALS_PAGE (object);

  if (self->cases_list != NULL)
    show_goal (self, NULL);
  if (self->goal_list != NULL)
    gtk_list_view_set_model (self->goal_list, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->goals);
  g_clear_object (&self->people);
  g_clear_object (&self->store);

  /* The leaflet is both the bin's child and a template child: unparent it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_GOALS_PAGE);

  G_OBJECT_CLASS (dpp2_goals_page_parent_class)->dispose (object);
}

static void
add_list_shortcut (GtkWidget       *widget,
                   guint            key,
                   GdkModifierType  modifiers,
                   const char      *action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (widget, controller);
}

static void
dpp2_goals_page_class_init (Dpp2GoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_goals_page_dispose;
  DPP2_PAGE_CLASS (klass)->set_store = set_store;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, ambition_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, ambition_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, cases_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, current_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, description_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, goal_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_name_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_name_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_name_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_target_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_unit_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_unit_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, kpi_unit_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, mastery_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, mental_models_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, owner_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, shared_vision_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, start_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, start_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, start_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, systems_thinking_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, target_date_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, target_date_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, target_date_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, team_learning_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, title_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, title_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalsPage, title_row);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, discipline_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, goal_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, kpi_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, kpi_name_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, kpi_unit_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_date_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_commit_cb);

  gtk_widget_class_install_action (widget_class, "goals.new", NULL, new_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.delete", NULL, delete_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.select", "x", select_action);
  gtk_widget_class_install_action (widget_class, "goals.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "goals.edit-case", NULL, edit_case_action);
  gtk_widget_class_install_action (widget_class, "goals.delete-case", NULL, delete_case_action);
  gtk_widget_class_install_action (widget_class, "goals.move-case-up", NULL, move_case_action);
  gtk_widget_class_install_action (widget_class, "goals.move-case-down", NULL, move_case_action);

  /* Ctrl+N is the application's "new organisation"; a new goal is Ctrl+Alt+N. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "goals.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "goals.new-case", NULL);

  g_type_ensure (DPP2_TYPE_GOAL_ROW);
}

static void
dpp2_goals_page_init (Dpp2GoalsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_goal_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_goal_cb), NULL);
  gtk_list_view_set_factory (self->goal_list, factory);
  g_object_unref (factory);

  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);

  /* Delete removes what is selected in the list that has the focus; Alt+arrows reorder. */
  add_list_shortcut (GTK_WIDGET (self->goal_list), GDK_KEY_Delete, 0, "goals.delete");
  add_list_shortcut (GTK_WIDGET (self->goal_list), GDK_KEY_KP_Delete, 0, "goals.delete");
  add_list_shortcut (GTK_WIDGET (self->cases_list), GDK_KEY_Delete, 0, "goals.delete-case");
  add_list_shortcut (GTK_WIDGET (self->cases_list), GDK_KEY_KP_Delete, 0, "goals.delete-case");
  add_list_shortcut (GTK_WIDGET (self->cases_list), GDK_KEY_Up, GDK_ALT_MASK, "goals.move-case-up");
  add_list_shortcut (GTK_WIDGET (self->cases_list), GDK_KEY_Down, GDK_ALT_MASK, "goals.move-case-down");

  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (owner_selected_cb), self);
  {
    GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");

    /* An owner is optional: the drop-down alone cannot go back to none. */
    gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (clear, "flat");
    gtk_widget_set_tooltip_text (clear, _("Remove the owner"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Remove the owner"), -1);
    g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_owner_cb), self);
    adw_action_row_add_suffix (self->owner_row, clear);
  }

  dpp2_on_focus_leave (GTK_WIDGET (self->title_row), G_CALLBACK (title_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->start_row), G_CALLBACK (start_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->target_date_row), G_CALLBACK (target_date_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->kpi_name_row), G_CALLBACK (kpi_name_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->kpi_unit_row), G_CALLBACK (kpi_unit_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->baseline_row), G_CALLBACK (kpi_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->kpi_target_row), G_CALLBACK (kpi_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->current_row), G_CALLBACK (kpi_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->description_view), G_CALLBACK (description_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->ambition_view), G_CALLBACK (ambition_commit_cb), self);

  update_actions (self);
}


/**
 * dpp2_goals_page_get_goal:
 * @self: a #Dpp2GoalsPage
 *
 * Returns: (transfer none) (nullable): the goal shown in the form
 */
Dpp2Goal *
dpp2_goals_page_get_goal (Dpp2GoalsPage *self)
{
  g_return_val_if_fail (DPP2_IS_GOALS_PAGE (self), NULL);

  return self->goal;
}
