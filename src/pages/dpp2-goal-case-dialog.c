/* dpp2-goal-case-dialog.c — add or edit one learning case of a goal
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

struct _Dpp2GoalCaseDialog
{
  AdwWindow         parent_instance;

  Dpp2Store        *store;
  gint64            goal_id;
  Dpp2LearningCase *learning_case;   /* NULL: a new case */
  GArray           *team_ids;        /* gint64, parallel to team_row's items; 0 = no team */
  GArray           *goal_ids;        /* gint64, parallel to goal_row's items */

  GtkListBox       *criteria_list;
  GtkLabel         *description_error_label;
  GtkTextView      *description_view;
  GtkWidget        *estimate_error_row;
  GtkLabel         *estimate_error_label;
  AdwEntryRow      *estimate_row;
  AdwComboRow      *goal_row;
  AdwEntryRow      *new_criterion_row;
  AdwComboRow      *priority_row;
  AdwComboRow      *status_row;
  AdwComboRow      *team_row;
  GtkWidget        *title_error_row;
  GtkLabel         *title_error_label;
  AdwEntryRow      *title_row;
};

G_DEFINE_FINAL_TYPE (Dpp2GoalCaseDialog, dpp2_goal_case_dialog, ADW_TYPE_WINDOW)

static void
remove_criterion_cb (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);

  if (GTK_IS_LIST_BOX (list))
    {
      gtk_list_box_remove (GTK_LIST_BOX (list), row);
      /* An empty boxed list would show as a thin empty frame. */
      gtk_widget_set_visible (list, gtk_widget_get_first_child (list) != NULL);
    }
}

static void
add_criterion (Dpp2GoalCaseDialog *self,
               const char         *text,
               gboolean            done)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Criterion"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Criterion met"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Acceptance criterion"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove criterion"), -1);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_criterion_cb), row);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  gtk_list_box_append (self->criteria_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->criteria_list), TRUE);
}

static void
add_criterion_cb (Dpp2GoalCaseDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_criterion_row))));

  if (*text == '\0')
    return;
  add_criterion (self, text, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->new_criterion_row), "");
}

static char *
dup_criteria (Dpp2GoalCaseDialog *self)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) dpp2_criterion_free);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      Dpp2Criterion *criterion;

      if (g_object_get_data (G_OBJECT (row), "entry") == NULL)
        continue;
      criterion = g_new0 (Dpp2Criterion, 1);
      criterion->text = g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "entry")));
      criterion->done = gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "check"));
      g_ptr_array_add (criteria, criterion);
    }
  return dpp2_criteria_serialize (criteria);
}

static GtkStringList *
enum_labels (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, dpp2_enum_get_label (type, klass->values[i].value));
  return list;
}

static void
fill_choices (Dpp2GoalCaseDialog *self)
{
  g_autoptr(GListModel) teams = dpp2_store_list_teams (self->store);
  g_autoptr(GListModel) goals = dpp2_store_list_goals (self->store);
  g_autoptr(GtkStringList) team_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) goal_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = enum_labels (DPP2_TYPE_CASE_STATUS);
  g_autoptr(GtkStringList) priorities = enum_labels (DPP2_TYPE_PRIORITY);
  gint64 none = 0;

  gtk_string_list_append (team_names, _("No team"));
  g_array_append_val (self->team_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (team));

      gtk_string_list_append (team_names, dpp2_team_get_name (team));
      g_array_append_val (self->team_ids, id);
    }
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(Dpp2Goal) goal = g_list_model_get_item (goals, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (goal));

      gtk_string_list_append (goal_names, dpp2_goal_get_title (goal));
      g_array_append_val (self->goal_ids, id);
    }

  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));
  adw_combo_row_set_model (self->team_row, G_LIST_MODEL (team_names));
  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (goal_names));
}

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
load (Dpp2GoalCaseDialog *self)
{
  Dpp2LearningCase *lcase = self->learning_case;
  g_autoptr(GPtrArray) criteria = NULL;

  adw_combo_row_set_selected (self->goal_row, index_of_id (self->goal_ids, self->goal_id));
  adw_combo_row_set_selected (self->priority_row, DPP2_PRIORITY_NORMAL);
  if (lcase == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Learning Case"));
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Learning Case"));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), dpp2_learning_case_get_title (lcase));
  dpp2_text_view_set_text (self->description_view, dpp2_learning_case_get_description (lcase));
  adw_combo_row_set_selected (self->status_row, dpp2_learning_case_get_status (lcase));
  adw_combo_row_set_selected (self->priority_row, dpp2_learning_case_get_priority (lcase));
  adw_combo_row_set_selected (self->team_row,
                              index_of_id (self->team_ids, dpp2_learning_case_get_team_id (lcase)));
  if (dpp2_learning_case_get_estimate (lcase) > 0)
    {
      g_autofree char *estimate = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   dpp2_learning_case_get_estimate (lcase));
      gtk_editable_set_text (GTK_EDITABLE (self->estimate_row), estimate);
    }
  criteria = dpp2_criteria_parse (dpp2_learning_case_get_acceptance_criteria (lcase));
  for (guint i = 0; i < criteria->len; i++)
    {
      Dpp2Criterion *criterion = g_ptr_array_index (criteria, i);
      add_criterion (self, criterion->text, criterion->done);
    }
}

static gint64
next_position (Dpp2Store *store,
               gint64     goal_id)
{
  g_autoptr(GListModel) cases = dpp2_store_list_cases_of_goal (store, goal_id);
  guint n = g_list_model_get_n_items (cases);
  gint64 max = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2LearningCase) lcase = g_list_model_get_item (cases, i);
      max = MAX (max, dpp2_learning_case_get_position (lcase));
    }
  return max + 1;
}

static gboolean
write_case (Dpp2GoalCaseDialog *self,
            const char         *title,
            const char         *description,
            const char         *criteria,
            gint64              estimate,
            GError            **error)
{
  guint goal_index = adw_combo_row_get_selected (self->goal_row);
  guint team_index = adw_combo_row_get_selected (self->team_row);
  gint64 goal_id = goal_index < self->goal_ids->len ? g_array_index (self->goal_ids, gint64, goal_index)
                                                    : self->goal_id;
  gint64 team_id = team_index < self->team_ids->len ? g_array_index (self->team_ids, gint64, team_index) : 0;
  guint status = adw_combo_row_get_selected (self->status_row);
  guint priority = adw_combo_row_get_selected (self->priority_row);
  g_autofree char *label = NULL;
  const char *props[] = { "title", "description", "acceptance-criteria", "status", "priority",
                          "team-id", "estimate", "goal-id", "position" };
  GValue values[G_N_ELEMENTS (props)] = { G_VALUE_INIT };
  guint n_values = G_N_ELEMENTS (props);
  gboolean ok = TRUE;

  if (status == GTK_INVALID_LIST_POSITION)
    status = DPP2_CASE_STATUS_OPEN;
  if (priority == GTK_INVALID_LIST_POSITION)
    priority = DPP2_PRIORITY_NORMAL;

  if (self->learning_case == NULL)
    {
      g_autoptr(Dpp2LearningCase) lcase =
        g_object_new (DPP2_TYPE_LEARNING_CASE,
                      "goal-id", goal_id, "title", title, "description", description,
                      "acceptance-criteria", criteria, "status", status, "priority", priority,
                      "team-id", team_id, "estimate", estimate,
                      "position", next_position (self->store, goal_id),
                      NULL);
      return dpp2_store_insert (self->store, lcase, error);
    }

  g_value_set_string (g_value_init (&values[0], G_TYPE_STRING), title);
  g_value_set_string (g_value_init (&values[1], G_TYPE_STRING), description);
  g_value_set_string (g_value_init (&values[2], G_TYPE_STRING), criteria);
  g_value_set_enum (g_value_init (&values[3], DPP2_TYPE_CASE_STATUS), (int) status);
  g_value_set_enum (g_value_init (&values[4], DPP2_TYPE_PRIORITY), (int) priority);
  g_value_set_int64 (g_value_init (&values[5], G_TYPE_INT64), team_id);
  g_value_set_int64 (g_value_init (&values[6], G_TYPE_INT64), estimate);
  g_value_set_int64 (g_value_init (&values[7], G_TYPE_INT64), goal_id);
  /* A case moved to another goal goes to the end of that goal's list. */
  if (goal_id != dpp2_learning_case_get_goal_id (self->learning_case))
    g_value_set_int64 (g_value_init (&values[8], G_TYPE_INT64), next_position (self->store, goal_id));
  else
    n_values--;

  label = g_strdup_printf (_("Edit Learning Case “%s”"), dpp2_learning_case_get_title (self->learning_case));
  if (dpp2_store_begin_change (self->store, label, error))
    {
      for (guint i = 0; ok && i < n_values; i++)
        ok = dpp2_record_save_value (self->learning_case, props[i], &values[i], error);
      if (ok)
        ok = dpp2_store_commit_change (self->store, error);
      else
        dpp2_store_rollback_change (self->store);
    }
  else
    ok = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);
  return ok;
}

/**
 * dpp2_goal_case_dialog_save:
 * @self: a #Dpp2GoalCaseDialog
 *
 * Validates the form, shows what is wrong at the fields, and otherwise saves the case as one
 * undo step and closes the dialog.
 *
 * Returns: %TRUE when saved
 */
gboolean
dpp2_goal_case_dialog_save (Dpp2GoalCaseDialog *self)
{
  g_autofree char *title = NULL;
  g_autofree char *title_message = NULL;
  g_autofree char *estimate_message = NULL;
  g_autofree char *description = NULL;
  g_autofree char *description_message = NULL;
  g_autofree char *criteria = NULL;
  g_autoptr(GError) error = NULL;
  const char *estimate_text;
  double estimate = 0;

  g_return_val_if_fail (DPP2_IS_GOAL_CASE_DIALOG (self), FALSE);

  if (dpp2_store_get_read_only (self->store))
    return FALSE;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  title_message = dpp2_validate_required_name (title, _("title"));
  dpp2_field_show_error (GTK_WIDGET (self->title_row), self->title_error_row, self->title_error_label,
                         title_message);

  estimate_text = gtk_editable_get_text (GTK_EDITABLE (self->estimate_row));
  if (*estimate_text != '\0')
    {
      if (!dpp2_parse_number (estimate_text, &estimate) || estimate != (gint64) estimate)
        estimate_message = g_strdup (_("Enter a whole number of points, like 3."));
      else
        estimate_message = dpp2_validate_non_negative (estimate);
    }
  dpp2_field_show_error (GTK_WIDGET (self->estimate_row), self->estimate_error_row,
                         self->estimate_error_label, estimate_message);

  description = dpp2_text_view_dup_text (self->description_view);
  description_message = dpp2_validate_optional_text (description, DPP2_MAX_TEXT_LENGTH);
  dpp2_field_show_error (GTK_WIDGET (self->description_view), GTK_WIDGET (self->description_error_label),
                         self->description_error_label, description_message);

  if (title_message != NULL || estimate_message != NULL || description_message != NULL)
    {
      if (title_message != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      else if (estimate_message != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (self->estimate_row));
      return FALSE;
    }

  /* A criterion typed in the new-criterion field but not yet added still counts. */
  add_criterion_cb (self);
  criteria = dup_criteria (self);
  if (g_utf8_strlen (criteria, -1) > DPP2_MAX_TEXT_LENGTH)
    criteria[g_utf8_offset_to_pointer (criteria, DPP2_MAX_TEXT_LENGTH) - criteria] = '\0';

  if (!write_case (self, title, description, criteria, (gint64) estimate, &error))
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not save the learning case"), error);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated_cb (Dpp2GoalCaseDialog *self)
{
  dpp2_goal_case_dialog_save (self);
}

static void
dpp2_goal_case_dialog_dispose (GObject *object)
{
  Dpp2GoalCaseDialog *self = DPP2_GOAL_CASE_DIALOG (object);

  g_clear_object (&self->learning_case);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_GOAL_CASE_DIALOG);

  G_OBJECT_CLASS (dpp2_goal_case_dialog_parent_class)->dispose (object);
}

static void
dpp2_goal_case_dialog_finalize (GObject *object)
{
  Dpp2GoalCaseDialog *self = DPP2_GOAL_CASE_DIALOG (object);

  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->goal_ids, g_array_unref);

  G_OBJECT_CLASS (dpp2_goal_case_dialog_parent_class)->finalize (object);
}

static void
dpp2_goal_case_dialog_class_init (Dpp2GoalCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_goal_case_dialog_dispose;
  object_class->finalize = dpp2_goal_case_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-goal-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, description_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, estimate_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, estimate_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, new_criterion_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, team_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, title_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, title_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalCaseDialog, title_row);
  gtk_widget_class_bind_template_callback (widget_class, add_criterion_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dpp2_goal_case_dialog_init (Dpp2GoalCaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->goal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * dpp2_goal_case_dialog_new:
 * @store: the document
 * @goal_id: the goal a new case belongs to
 * @learning_case: (nullable): the case to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
Dpp2GoalCaseDialog *
dpp2_goal_case_dialog_new (Dpp2Store        *store,
                           gint64            goal_id,
                           Dpp2LearningCase *learning_case)
{
  Dpp2GoalCaseDialog *self;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (learning_case == NULL || DPP2_IS_LEARNING_CASE (learning_case), NULL);

  self = g_object_new (DPP2_TYPE_GOAL_CASE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->goal_id = learning_case != NULL ? dpp2_learning_case_get_goal_id (learning_case) : goal_id;
  g_set_object (&self->learning_case, learning_case);
  fill_choices (self);
  load (self);
  return self;
}
