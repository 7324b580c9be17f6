/* dpp2-column-editor.c — add, rename, reorder and remove the board columns of a team
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-column-editor.h"
#include "logic/dpp2-validation.h"

struct _Dpp2ColumnEditor
{
  AdwWindow        parent_instance;

  GtkListBox      *list_box;
  AdwToastOverlay *toast_overlay;

  Dpp2Store       *store;
  gint64           team_id;
  GListModel      *columns;
};

G_DEFINE_FINAL_TYPE (Dpp2ColumnEditor, dpp2_column_editor, ADW_TYPE_WINDOW)

static gboolean
finish_change (Dpp2Store  *store,
               gboolean    ok,
               GError    **error)
{
  if (ok)
    return dpp2_store_commit_change (store, error);
  dpp2_store_rollback_change (store);
  return FALSE;
}

/**
 * dpp2_board_create_default_columns:
 * @store: the document
 * @team_id: a team without columns
 *
 * Adds To do, Doing, Review and Done (which counts as done), as one undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_board_create_default_columns (Dpp2Store  *store,
                                   gint64      team_id,
                                   GError    **error)
{
  const char *names[] = {
    /* Translators: the default columns of a new sprint board */
    N_("To do"), N_("Doing"), N_("Review"), N_("Done"),
  };
  gboolean ok = TRUE;

  g_return_val_if_fail (DPP2_IS_STORE (store), FALSE);

  if (!dpp2_store_begin_change (store, _("Add Default Columns"), error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(Dpp2BoardColumn) column = NULL;

      column = g_object_new (DPP2_TYPE_BOARD_COLUMN,
                             "team-id", team_id,
                             "name", _(names[i]),
                             "position", (gint64) i,
                             "is-done", i == G_N_ELEMENTS (names) - 1,
                             NULL);
      ok = dpp2_store_insert (store, column, error);
    }
  return finish_change (store, ok, error);
}

/**
 * dpp2_board_remove_column:
 * @store: the document
 * @column: a column
 * @cards_to_column_id: where the cards of @column go (in their own sprints),
 *   or 0 when it holds none
 *
 * Removes a column and moves its cards, as one undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_board_remove_column (Dpp2Store       *store,
                          Dpp2BoardColumn *column,
                          gint64           cards_to_column_id,
                          GError         **error)
{
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *label = NULL;
  gboolean ok = TRUE;
  guint n;

  g_return_val_if_fail (DPP2_IS_STORE (store), FALSE);
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (column), FALSE);

  cards = dpp2_store_list (store, DPP2_TYPE_CARD, "position", "column-id",
                           dpp2_record_get_id (DPP2_RECORD (column)), NULL, 0);
  n = g_list_model_get_n_items (cards);
  if (n > 0 && (cards_to_column_id == 0 || cards_to_column_id == dpp2_record_get_id (DPP2_RECORD (column))))
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                   _("Column “%s” still holds cards: choose where they go"),
                   dpp2_board_column_get_name (column));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, g_list_model_get_item (cards, i));

  label = g_strdup_printf (_("Remove Column “%s”"), dpp2_board_column_get_name (column));
  if (!dpp2_store_begin_change (store, label, error))
    return FALSE;
  for (guint i = 0; ok && i < copy->len; i++)
    {
      Dpp2Card *card = g_ptr_array_index (copy, i);

      ok = dpp2_store_move_card (store, card, dpp2_card_get_sprint_id (card), cards_to_column_id,
                                 G_MAXUINT, error);
    }
  /* The board keeps a done column: the cards' new column takes over. */
  if (ok && dpp2_board_column_get_is_done (column) && cards_to_column_id != 0)
    {
      g_autoptr(Dpp2BoardColumn) target = dpp2_store_dup_record (store, DPP2_TYPE_BOARD_COLUMN, cards_to_column_id);

      if (target != NULL)
        ok = dpp2_store_update (store, target, error, "is-done", TRUE, NULL);
    }
  if (ok)
    ok = dpp2_store_delete (store, column, error);
  return finish_change (store, ok, error);
}

static void
show_toast (Dpp2ColumnEditor *self,
            const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
report (Dpp2ColumnEditor *self,
        GError           *error)
{
  if (error != NULL)
    show_toast (self, error->message);
}

static Dpp2BoardColumn *
row_column (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "dpp2-column");
}

static void
rename_apply_cb (AdwEntryRow      *row,
                 Dpp2ColumnEditor *self)
{
  Dpp2BoardColumn *column = row_column (GTK_WIDGET (row));
  const char *name = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *message = dpp2_validate_required_name (name, _("Name"));
  g_autoptr(GError) error = NULL;

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      show_toast (self, message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (g_strcmp0 (name, dpp2_board_column_get_name (column)) != 0 &&
      !dpp2_store_update (self->store, column, &error, "name", name, NULL))
    report (self, error);
}

static void
wip_changed_cb (GtkSpinButton    *spin,
                Dpp2ColumnEditor *self)
{
  Dpp2BoardColumn *column = row_column (GTK_WIDGET (spin));
  gint64 limit = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  if (limit != dpp2_board_column_get_wip_limit (column) &&
      !dpp2_store_update (self->store, column, &error, "wip-limit", limit, NULL))
    report (self, error);
}

static void
done_toggled_cb (GtkCheckButton   *check,
                 Dpp2ColumnEditor *self)
{
  Dpp2BoardColumn *column = row_column (GTK_WIDGET (check));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean ok = TRUE;
  guint n;

  if (gtk_check_button_get_active (check) == dpp2_board_column_get_is_done (column))
    return;
  /* A board has one done column: untick it by ticking another. */
  if (!gtk_check_button_get_active (check))
    {
      gtk_check_button_set_active (check, TRUE);
      return;
    }

  /* One column counts as done. */
  label = g_strdup_printf (_("Count “%s” as Done"), dpp2_board_column_get_name (column));
  if (!dpp2_store_begin_change (self->store, label, &error))
    {
      report (self, error);
      return;
    }
  n = g_list_model_get_n_items (self->columns);
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) other = g_list_model_get_item (self->columns, i);

      if (other != column && dpp2_board_column_get_is_done (other))
        ok = dpp2_store_update (self->store, other, &error, "is-done", FALSE, NULL);
    }
  if (ok)
    ok = dpp2_store_update (self->store, column, &error, "is-done", TRUE, NULL);
  if (!finish_change (self->store, ok, &error))
    report (self, error);
}

static void
move_column (Dpp2ColumnEditor *self,
             Dpp2BoardColumn  *column,
             int               delta)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint n = g_list_model_get_n_items (self->columns);
  guint from = G_MAXUINT, to;
  gboolean ok = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (order, g_list_model_get_item (self->columns, i));
      if (g_ptr_array_index (order, i) == column)
        from = i;
    }
  if (from == G_MAXUINT || (delta < 0 && from == 0) || (delta > 0 && from + 1 >= n))
    return;
  to = from + delta;
  order->pdata[from] = order->pdata[to];
  order->pdata[to] = column;

  label = g_strdup_printf (_("Move Column “%s”"), dpp2_board_column_get_name (column));
  if (!dpp2_store_begin_change (self->store, label, &error))
    {
      report (self, error);
      return;
    }
  for (guint i = 0; ok && i < n; i++)
    {
      Dpp2BoardColumn *c = g_ptr_array_index (order, i);

      if (dpp2_board_column_get_position (c) != (gint64) i)
        ok = dpp2_store_update (self->store, c, &error, "position", (gint64) i, NULL);
    }
  if (!finish_change (self->store, ok, &error))
    report (self, error);
}

static void
up_clicked_cb (GtkButton *button, Dpp2ColumnEditor *self)
{
  move_column (self, row_column (GTK_WIDGET (button)), -1);
}

static void
down_clicked_cb (GtkButton *button, Dpp2ColumnEditor *self)
{
  move_column (self, row_column (GTK_WIDGET (button)), 1);
}

typedef struct
{
  Dpp2ColumnEditor *editor;
  Dpp2BoardColumn  *column;
  GtkDropDown      *target;
  GArray           *target_ids;
} RemoveData;

static void
remove_data_free (gpointer data)
{
  RemoveData *remove = data;

  g_object_unref (remove->editor);
  g_object_unref (remove->column);
  g_array_unref (remove->target_ids);
  g_free (remove);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RemoveData       *data)
{
  g_autoptr(GError) error = NULL;
  guint selected;
  gint64 target = 0;

  if (!g_str_equal (response, "remove"))
    return;
  selected = data->target != NULL ? gtk_drop_down_get_selected (data->target) : G_MAXUINT;
  if (selected < data->target_ids->len)
    target = g_array_index (data->target_ids, gint64, selected);
  if (!dpp2_board_remove_column (data->editor->store, data->column, target, &error))
    report (data->editor, error);
}

static void
remove_clicked_cb (GtkButton        *button,
                   Dpp2ColumnEditor *self)
{
  Dpp2BoardColumn *column = row_column (GTK_WIDGET (button));
  g_autoptr(GListModel) cards = dpp2_store_list (self->store, DPP2_TYPE_CARD, "position", "column-id",
                                                 dpp2_record_get_id (DPP2_RECORD (column)), NULL, 0);
  guint n_cards = g_list_model_get_n_items (cards);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  RemoveData *data = g_new0 (RemoveData, 1);
  AdwMessageDialog *dialog;
  guint n = g_list_model_get_n_items (self->columns);

  data->editor = g_object_ref (self);
  data->column = g_object_ref (column);
  data->target_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) other = g_list_model_get_item (self->columns, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (other));

      if (other == column)
        continue;
      gtk_string_list_append (names, dpp2_board_column_get_name (other));
      g_array_append_val (data->target_ids, id);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_set_heading_use_markup (dialog, FALSE);
  adw_message_dialog_format_heading (dialog, _("Remove Column “%s”?"), dpp2_board_column_get_name (column));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (n_cards > 0)
    {
      if (data->target_ids->len == 0)
        {
          adw_message_dialog_format_body (dialog, _("The column holds cards and is the only column, so it cannot be removed."));
          adw_message_dialog_set_response_enabled (dialog, "remove", FALSE);
        }
      else
        {
          data->target = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
          adw_message_dialog_format_body (dialog,
                                          g_dngettext (GETTEXT_PACKAGE,
                                                       "It holds %u card. Choose the column it moves to.",
                                                       "It holds %u cards. Choose the column they move to.",
                                                       n_cards),
                                          n_cards);
          adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (data->target));
        }
    }
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), data,
                         (GClosureNotify) (void (*) (void)) remove_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             GCallback   callback,
             gpointer    user_data,
             Dpp2BoardColumn *column)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "dpp2-column", g_object_ref (column), g_object_unref);
  g_signal_connect (button, "clicked", callback, user_data);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  Dpp2ColumnEditor *self = user_data;
  Dpp2BoardColumn *column = item;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 999, 1);
  GtkWidget *done = gtk_check_button_new_with_label (_("Done"));
  gboolean writable = !dpp2_store_get_read_only (self->store);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (column, "name", row, "text", G_BINDING_SYNC_CREATE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "dpp2-column", g_object_ref (column), g_object_unref);
  g_signal_connect (row, "apply", G_CALLBACK (rename_apply_cb), self);
  gtk_widget_set_sensitive (row, writable);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), dpp2_board_column_get_wip_limit (column));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, _("Work-in-progress limit (0: none)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Work-in-progress limit (0: none)"), -1);
  g_object_set_data_full (G_OBJECT (spin), "dpp2-column", g_object_ref (column), g_object_unref);
  g_signal_connect (spin, "value-changed", G_CALLBACK (wip_changed_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), spin);

  gtk_widget_set_tooltip_text (done, _("Cards in this column count as done"));
  g_object_bind_property (column, "is-done", done, "active", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (done), "dpp2-column", g_object_ref (column), g_object_unref);
  g_signal_connect (done, "toggled", G_CALLBACK (done_toggled_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), done);

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            icon_button ("go-up-symbolic", _("Move Up"), G_CALLBACK (up_clicked_cb), self, column));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            icon_button ("go-down-symbolic", _("Move Down"), G_CALLBACK (down_clicked_cb), self, column));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            icon_button ("user-trash-symbolic", _("Remove Column"), G_CALLBACK (remove_clicked_cb), self, column));
  return row;
}

static void
add_clicked_cb (Dpp2ColumnEditor *self)
{
  g_autoptr(Dpp2BoardColumn) column = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (self->columns);

  column = g_object_new (DPP2_TYPE_BOARD_COLUMN,
                         "team-id", self->team_id,
                         "name", _("New Column"),
                         "position", (gint64) n,
                         "is-done", n == 0,
                         NULL);
  if (!dpp2_store_insert (self->store, column, &error))
    report (self, error);
}

static void
dpp2_column_editor_dispose (GObject *object)
{
  Dpp2ColumnEditor *self = DPP2_COLUMN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_COLUMN_EDITOR);
  g_clear_object (&self->columns);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_column_editor_parent_class)->dispose (object);
}

static void
dpp2_column_editor_class_init (Dpp2ColumnEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_column_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/pages/dpp2-column-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2ColumnEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2ColumnEditor, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dpp2_column_editor_init (Dpp2ColumnEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dpp2_column_editor_new:
 * @store: the document
 * @team_id: the team whose board columns to edit
 *
 * Returns: a new column editor; every change in it is its own undo step
 */
Dpp2ColumnEditor *
dpp2_column_editor_new (Dpp2Store *store,
                        gint64     team_id)
{
  Dpp2ColumnEditor *self;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  self = g_object_new (DPP2_TYPE_COLUMN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->team_id = team_id;
  self->columns = dpp2_store_list_columns_of_team (store, team_id);
  gtk_list_box_bind_model (self->list_box, self->columns, create_row, self, NULL);
  return self;
}
