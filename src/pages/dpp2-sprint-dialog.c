/* dpp2-sprint-dialog.c — a new sprint, or the name, goal and dates of one
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-column-editor.h"
#include "dpp2-sprint-dialog.h"
#include "logic/dpp2-validation.h"

struct _Dpp2SprintDialog
{
  AdwWindow    parent_instance;

  AdwEntryRow *end_row;
  GtkLabel    *error_label;
  AdwEntryRow *goal_row;
  AdwEntryRow *name_row;
  GtkButton   *save_button;
  AdwEntryRow *start_row;

  Dpp2Store   *store;
  gint64       team_id;
  Dpp2Sprint  *sprint;
};

G_DEFINE_FINAL_TYPE (Dpp2SprintDialog, dpp2_sprint_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
to_iso (const char *text)
{
  GDate date;
  char buffer[16];

  if (!dpp2_parse_date (text, &date))
    return g_strdup ("");
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

static void
mark (AdwEntryRow *row,
      gboolean     bad)
{
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The rules apply while typing: a wrong field is marked and says why, and
 * Save waits until all are right. */
static gboolean
validate (Dpp2SprintDialog *self)
{
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->end_row));
  g_autofree char *name_error = dpp2_validate_required_name (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), _("Name"));
  g_autofree char *start_error = NULL;
  g_autofree char *end_error = NULL;
  g_autofree char *range_error = NULL;
  const char *message;

  start_error = *start == '\0' ? g_strdup (_("Enter a start date.")) : dpp2_validate_date (start);
  end_error = *end == '\0' ? g_strdup (_("Enter an end date.")) : dpp2_validate_date (end);
  if (start_error == NULL && end_error == NULL)
    range_error = dpp2_validate_date_range (start, end);

  mark (self->name_row, name_error != NULL);
  mark (self->start_row, start_error != NULL);
  mark (self->end_row, end_error != NULL || range_error != NULL);

  message = name_error ? name_error : start_error ? start_error : end_error ? end_error : range_error;
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            message == NULL && self->store != NULL && !dpp2_store_get_read_only (self->store));
  return message == NULL;
}

/**
 * dpp2_sprint_dialog_save:
 *
 * Saves the sprint as one undo step (a new sprint of a team without board
 * columns brings the default columns in the same step) and closes.
 *
 * Returns: whether it was saved; %FALSE when a field is wrong
 */
gboolean
dpp2_sprint_dialog_save (Dpp2SprintDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *label = NULL;
  const char *name, *goal;
  gboolean ok;

  g_return_val_if_fail (DPP2_IS_SPRINT_DIALOG (self), FALSE);

  if (!validate (self))
    return FALSE;
  name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  goal = gtk_editable_get_text (GTK_EDITABLE (self->goal_row));
  start = to_iso (gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
  end = to_iso (gtk_editable_get_text (GTK_EDITABLE (self->end_row)));

  if (self->sprint != NULL)
    {
      ok = dpp2_store_update (self->store, self->sprint, &error,
                              "name", name, "goal", goal, "start-date", start, "end-date", end, NULL);
    }
  else
    {
      g_autoptr(Dpp2Sprint) sprint = g_object_new (DPP2_TYPE_SPRINT,
                                                   "team-id", self->team_id,
                                                   "name", name,
                                                   "goal", goal,
                                                   "start-date", start,
                                                   "end-date", end,
                                                   "state", DPP2_SPRINT_STATE_PLANNED,
                                                   NULL);
      g_autoptr(GListModel) columns = dpp2_store_list_columns_of_team (self->store, self->team_id);

      label = g_strdup_printf (_("Add Sprint “%s”"), name);
      ok = dpp2_store_begin_change (self->store, label, &error);
      if (ok && g_list_model_get_n_items (columns) == 0)
        ok = dpp2_board_create_default_columns (self->store, self->team_id, &error);
      if (ok)
        ok = dpp2_store_insert (self->store, sprint, &error);
      if (ok)
        ok = dpp2_store_commit_change (self->store, &error);
      else if (error == NULL || !g_error_matches (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY))
        dpp2_store_rollback_change (self->store);
      if (ok)
        self->sprint = g_steal_pointer (&sprint);
    }

  if (!ok)
    {
      gtk_label_set_text (self->error_label, error != NULL ? error->message : _("Could not save the sprint"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, dpp2_record_get_id (DPP2_RECORD (self->sprint)));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (Dpp2SprintDialog *self)
{
  dpp2_sprint_dialog_save (self);
}

static void
dpp2_sprint_dialog_dispose (GObject *object)
{
  Dpp2SprintDialog *self = DPP2_SPRINT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_SPRINT_DIALOG);
  g_clear_object (&self->sprint);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_sprint_dialog_parent_class)->dispose (object);
}

static void
dpp2_sprint_dialog_class_init (Dpp2SprintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_sprint_dialog_dispose;

  /**
   * Dpp2SprintDialog::saved:
   * @sprint_id: the sprint saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/pages/dpp2-sprint-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2SprintDialog, start_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dpp2_sprint_dialog_init (Dpp2SprintDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_row_date (AdwEntryRow *row,
              const char  *iso)
{
  g_autofree char *text = iso != NULL && *iso != '\0' ? dpp2_format_date_short (iso) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/**
 * dpp2_sprint_dialog_set_dates:
 * @start: the start date as typed ("04-12-2026" or ISO)
 * @end: the end date as typed
 */
void
dpp2_sprint_dialog_set_dates (Dpp2SprintDialog *self,
                              const char       *start,
                              const char       *end)
{
  g_return_if_fail (DPP2_IS_SPRINT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
}

/**
 * dpp2_sprint_dialog_new:
 * @store: the document
 * @team_id: the team of the sprint
 * @sprint: (nullable): the sprint to edit, or %NULL for a new one
 *
 * Returns: a new dialog
 */
Dpp2SprintDialog *
dpp2_sprint_dialog_new (Dpp2Store  *store,
                        gint64      team_id,
                        Dpp2Sprint *sprint)
{
  Dpp2SprintDialog *self;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  self = g_object_new (DPP2_TYPE_SPRINT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->team_id = team_id;
  if (sprint != NULL)
    {
      self->sprint = g_object_ref (sprint);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Sprint"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), dpp2_sprint_get_name (sprint));
      gtk_editable_set_text (GTK_EDITABLE (self->goal_row), dpp2_sprint_get_goal (sprint));
      set_row_date (self->start_row, dpp2_sprint_get_start_date (sprint));
      set_row_date (self->end_row, dpp2_sprint_get_end_date (sprint));
    }
  else
    {
      g_autoptr(GListModel) sprints = dpp2_store_list_sprints_of_team (store, team_id);
      guint n = g_list_model_get_n_items (sprints);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_strdup_printf (_("Sprint %u"), n + 1);
      GDate start, end;
      char buffer[16];

      /* The next sprint starts the day after the last one ends, and lasts two weeks. */
      g_date_set_dmy (&start, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(Dpp2Sprint) other = g_list_model_get_item (sprints, i);
          GDate other_end;

          if (dpp2_parse_date (dpp2_sprint_get_end_date (other), &other_end) &&
              g_date_compare (&other_end, &start) >= 0)
            {
              start = other_end;
              g_date_add_days (&start, 1);
            }
        }
      end = start;
      g_date_add_days (&end, 13);
      gtk_window_set_title (GTK_WINDOW (self), _("New Sprint"));
      gtk_button_set_label (self->save_button, _("_Add"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &start);
      set_row_date (self->start_row, buffer);
      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &end);
      set_row_date (self->end_row, buffer);
    }
  validate (self);
  return self;
}
