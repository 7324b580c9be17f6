/* dpp2-close-sprint-dialog.c — close a sprint: unfinished cards, review, retrospective
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-close-sprint-dialog.h"
#include "dpp2-window.h"
#include "logic/dpp2-board-logic.h"

struct _Dpp2CloseSprintDialog
{
  AdwWindow          parent_instance;

  GtkCheckButton    *backlog_check;
  GtkLabel          *error_label;
  GtkTextView       *improve_view;
  GtkTextView       *learned_view;
  GtkCheckButton    *next_check;
  GtkDropDown       *next_dropdown;
  AdwActionRow      *next_row;
  GtkTextView       *review_view;
  AdwPreferencesGroup *review_group;
  AdwPreferencesGroup *unfinished_group;
  GtkTextView       *well_view;

  Dpp2Store         *store;
  Dpp2Sprint        *sprint;
  GArray            *next_ids;   /* gint64 per row of next_dropdown */
};

G_DEFINE_FINAL_TYPE (Dpp2CloseSprintDialog, dpp2_close_sprint_dialog, ADW_TYPE_WINDOW)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/**
 * dpp2_close_sprint_dialog_close_sprint:
 *
 * Closes the sprint as one undo step: the unfinished cards go where chosen,
 * the review and retrospective are recorded.
 *
 * Returns: whether the sprint was closed
 */
gboolean
dpp2_close_sprint_dialog_close_sprint (Dpp2CloseSprintDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *review = view_text (self->review_view);
  g_autofree char *well = view_text (self->well_view);
  g_autofree char *improve = view_text (self->improve_view);
  g_autofree char *learned = view_text (self->learned_view);
  g_autofree char *toast_text = NULL;
  gint64 carry_to = 0;

  g_return_val_if_fail (DPP2_IS_CLOSE_SPRINT_DIALOG (self), FALSE);

  if (gtk_check_button_get_active (self->next_check))
    {
      guint selected = gtk_drop_down_get_selected (self->next_dropdown);

      if (selected < self->next_ids->len)
        carry_to = g_array_index (self->next_ids, gint64, selected);
    }

  if (!dpp2_board_close_sprint (self->store, self->sprint, carry_to, review, well, improve, learned, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  toast_text = g_markup_printf_escaped (_("Sprint “%s” closed"), dpp2_sprint_get_name (self->sprint));
  dpp2_window_offer_undo (GTK_WIDGET (self), toast_text);
  g_signal_emit (self, signals[CLOSED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
close_clicked_cb (Dpp2CloseSprintDialog *self)
{
  dpp2_close_sprint_dialog_close_sprint (self);
}

static void
dpp2_close_sprint_dialog_dispose (GObject *object)
{
  Dpp2CloseSprintDialog *self = DPP2_CLOSE_SPRINT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_CLOSE_SPRINT_DIALOG);
  g_clear_object (&self->sprint);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_close_sprint_dialog_parent_class)->dispose (object);
}

static void
dpp2_close_sprint_dialog_finalize (GObject *object)
{
  Dpp2CloseSprintDialog *self = DPP2_CLOSE_SPRINT_DIALOG (object);

  g_clear_pointer (&self->next_ids, g_array_unref);
  G_OBJECT_CLASS (dpp2_close_sprint_dialog_parent_class)->finalize (object);
}

static void
dpp2_close_sprint_dialog_class_init (Dpp2CloseSprintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_close_sprint_dialog_dispose;
  object_class->finalize = dpp2_close_sprint_dialog_finalize;

  /**
   * Dpp2CloseSprintDialog::closed:
   *
   * The sprint was closed.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/pages/dpp2-close-sprint-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, backlog_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, improve_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, learned_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, next_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, next_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, next_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, review_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, review_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, unfinished_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CloseSprintDialog, well_view);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dpp2_close_sprint_dialog_init (Dpp2CloseSprintDialog *self)
{
  self->next_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dpp2_close_sprint_dialog_set_carry_to:
 * @sprint_id: the sprint the unfinished cards go to, or 0 for the backlog
 */
void
dpp2_close_sprint_dialog_set_carry_to (Dpp2CloseSprintDialog *self,
                                       gint64                 sprint_id)
{
  g_return_if_fail (DPP2_IS_CLOSE_SPRINT_DIALOG (self));

  for (guint i = 0; sprint_id != 0 && i < self->next_ids->len; i++)
    if (g_array_index (self->next_ids, gint64, i) == sprint_id)
      {
        gtk_drop_down_set_selected (self->next_dropdown, i);
        gtk_check_button_set_active (self->next_check, TRUE);
        return;
      }
  gtk_check_button_set_active (self->backlog_check, TRUE);
}

/**
 * dpp2_close_sprint_dialog_set_texts:
 *
 * Fills in the review and the retrospective (for tests and screenshots).
 */
void
dpp2_close_sprint_dialog_set_texts (Dpp2CloseSprintDialog *self,
                                    const char            *review,
                                    const char            *went_well,
                                    const char            *to_improve,
                                    const char            *learned)
{
  g_return_if_fail (DPP2_IS_CLOSE_SPRINT_DIALOG (self));

  set_view_text (self->review_view, review);
  set_view_text (self->well_view, went_well);
  set_view_text (self->improve_view, to_improve);
  set_view_text (self->learned_view, learned);
}

/**
 * dpp2_close_sprint_dialog_new:
 * @store: the document
 * @sprint: the sprint to close
 *
 * Returns: a new dialog
 */
Dpp2CloseSprintDialog *
dpp2_close_sprint_dialog_new (Dpp2Store  *store,
                              Dpp2Sprint *sprint)
{
  Dpp2CloseSprintDialog *self;
  g_autoptr(GListModel) sprints = NULL;
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gint64 team_id, sprint_id;
  guint unfinished = 0, unfinished_points = 0, n;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (DPP2_IS_SPRINT (sprint), NULL);

  self = g_object_new (DPP2_TYPE_CLOSE_SPRINT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->sprint = g_object_ref (sprint);
  team_id = dpp2_sprint_get_team_id (sprint);
  sprint_id = dpp2_record_get_id (DPP2_RECORD (sprint));

  title = g_strdup_printf (_("Close “%s”"), dpp2_sprint_get_name (sprint));
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* What is unfinished: the cards outside the done column. */
  columns = dpp2_store_list_columns_of_team (store, team_id);
  n = g_list_model_get_n_items (columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);

      if (dpp2_board_column_get_is_done (column))
        g_hash_table_add (done, g_memdup2 (&(gint64) { dpp2_record_get_id (DPP2_RECORD (column)) }, sizeof (gint64)));
    }
  cards = dpp2_store_list_cards_of_sprint (store, sprint_id);
  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, i);
      gint64 column_id = dpp2_card_get_column_id (card);

      if (!g_hash_table_contains (done, &column_id))
        {
          unfinished++;
          unfinished_points += dpp2_card_get_points (card);
        }
    }
  if (unfinished > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u card (%u points) is not done. Where does it go?",
                                                "%u cards (%u points) are not done. Where do they go?",
                                                unfinished),
                                   unfinished, unfinished_points);
  else
    description = g_strdup (_("Every card of the sprint is done."));
  adw_preferences_group_set_description (self->unfinished_group, description);

  /* The next sprint: another sprint of the team that is not closed. */
  sprints = dpp2_store_list_sprints_of_team (store, team_id);
  n = g_list_model_get_n_items (sprints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) other = g_list_model_get_item (sprints, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (other));

      if (id == sprint_id || dpp2_sprint_get_state (other) == DPP2_SPRINT_STATE_CLOSED)
        continue;
      gtk_string_list_append (names, dpp2_sprint_get_name (other));
      g_array_append_val (self->next_ids, id);
    }
  gtk_drop_down_set_model (self->next_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_row), self->next_ids->len > 0);
  if (self->next_ids->len == 0)
    adw_action_row_set_subtitle (self->next_row, _("The team has no next sprint yet"));
  dpp2_close_sprint_dialog_set_carry_to (self, self->next_ids->len > 0 ? g_array_index (self->next_ids, gint64, 0) : 0);

  if (dpp2_sprint_get_goal (sprint)[0] != '\0')
    {
      g_autofree char *goal = g_markup_printf_escaped (_("Sprint goal: %s"), dpp2_sprint_get_goal (sprint));

      adw_preferences_group_set_description (self->review_group, goal);
    }
  set_view_text (self->review_view, dpp2_sprint_get_review (sprint));
  {
    g_autofree char *well = NULL, *improve = NULL, *learned = NULL;

    if (dpp2_board_split_retrospective (dpp2_sprint_get_retrospective (sprint), &well, &improve, &learned))
      {
        set_view_text (self->well_view, well);
        set_view_text (self->improve_view, improve);
        set_view_text (self->learned_view, learned);
      }
  }
  return self;
}
