/* dpp2-card-dialog.c — see and edit everything of one card
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-card-dialog.h"
#include "dpp2-window.h"
#include "logic/dpp2-validation.h"

typedef struct
{
  char     *text;
  gboolean  done;
} ChecklistItem;

struct _Dpp2CardDialog
{
  AdwWindow      parent_instance;

  AdwComboRow   *assignee_row;
  GtkSwitch     *blocked_switch;
  AdwComboRow   *case_row;
  GtkListBox    *checklist_box;
  GtkButton     *delete_button;
  GtkTextView   *description_view;
  AdwEntryRow   *due_row;
  GtkLabel      *error_label;
  AdwComboRow   *kind_row;
  AdwEntryRow   *new_item_row;
  GtkSpinButton *points_spin;
  AdwEntryRow   *reason_row;
  GtkButton     *save_button;
  AdwEntryRow   *title_row;

  Dpp2Store     *store;
  Dpp2Card      *card;
  gint64         sprint_id;
  gint64         column_id;
  GArray        *case_ids;
  GArray        *assignee_ids;
  GPtrArray     *checklist;   /* ChecklistItem* */
};

G_DEFINE_FINAL_TYPE (Dpp2CardDialog, dpp2_card_dialog, ADW_TYPE_WINDOW)

static void
checklist_item_free (gpointer data)
{
  ChecklistItem *item = data;

  g_free (item->text);
  g_free (item);
}

static void
parse_checklist (Dpp2CardDialog *self,
                 const char     *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  g_ptr_array_set_size (self->checklist, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      ChecklistItem *item;

      if (*line == '\0')
        continue;
      item = g_new0 (ChecklistItem, 1);
      if (g_str_has_prefix (line, "[x]") || g_str_has_prefix (line, "[X]") || g_str_has_prefix (line, "[ ]"))
        {
          item->done = line[1] != ' ';
          line += 3;
          while (*line == ' ')
            line++;
        }
      item->text = g_strdup (line);
      g_ptr_array_add (self->checklist, item);
    }
}

static char *
format_checklist (Dpp2CardDialog *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->checklist->len; i++)
    {
      ChecklistItem *item = g_ptr_array_index (self->checklist, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s %s", item->done ? "[x]" : "[ ]", item->text);
    }
  return g_string_free (text, FALSE);
}

static void rebuild_checklist (Dpp2CardDialog *self);

static void
item_toggled_cb (GtkCheckButton *check,
                 Dpp2CardDialog *self)
{
  ChecklistItem *item = g_object_get_data (G_OBJECT (check), "dpp2-item");

  item->done = gtk_check_button_get_active (check);
}

static void
item_remove_cb (GtkButton      *button,
                Dpp2CardDialog *self)
{
  g_ptr_array_remove (self->checklist, g_object_get_data (G_OBJECT (button), "dpp2-item"));
  rebuild_checklist (self);
}

static void
rebuild_checklist (Dpp2CardDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box))) != NULL)
    gtk_list_box_remove (self->checklist_box, child);

  for (guint i = 0; i < self->checklist->len; i++)
    {
      ChecklistItem *item = g_ptr_array_index (self->checklist, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->done);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "dpp2-item", item);
      g_signal_connect (check, "toggled", G_CALLBACK (item_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Item"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Item"), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, item->text, -1);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "dpp2-item", item);
      g_signal_connect (remove, "clicked", G_CALLBACK (item_remove_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->checklist_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->checklist_box), self->checklist->len > 0);
}

static void
new_item_apply_cb (Dpp2CardDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_item_row))));
  ChecklistItem *item;

  if (*text == '\0')
    return;
  /* One item per line: a line break would split it. */
  g_strdelimit (text, "\r\n", ' ');
  item = g_new0 (ChecklistItem, 1);
  item->text = g_steal_pointer (&text);
  g_ptr_array_add (self->checklist, item);
  gtk_editable_set_text (GTK_EDITABLE (self->new_item_row), "");
  rebuild_checklist (self);
}

static gboolean
validate (Dpp2CardDialog *self)
{
  g_autofree char *title_error = dpp2_validate_required_name (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), _("Title"));
  g_autofree char *due_error = dpp2_validate_date (gtk_editable_get_text (GTK_EDITABLE (self->due_row)));
  const char *message = title_error != NULL ? title_error : due_error;

  if (title_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  if (due_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            message == NULL && self->store != NULL && !dpp2_store_get_read_only (self->store));
  return message == NULL;
}

static void
blocked_changed_cb (Dpp2CardDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_row), gtk_switch_get_active (self->blocked_switch));
}

static char *
description_text (Dpp2CardDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * dpp2_card_dialog_save:
 *
 * Saves the card as one undo step and closes the dialog.
 *
 * Returns: whether it was saved; %FALSE when a field is wrong
 */
gboolean
dpp2_card_dialog_save (Dpp2CardDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *checklist = NULL;
  g_autofree char *due = NULL;
  const char *title;
  guint case_pos, assignee_pos;
  gint64 case_id = 0, assignee_id = 0, points;
  Dpp2CardKind kind;
  gboolean blocked;
  GDate date;
  gboolean ok;

  g_return_val_if_fail (DPP2_IS_CARD_DIALOG (self), FALSE);

  if (!validate (self))
    return FALSE;

  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  description = description_text (self);
  checklist = format_checklist (self);
  case_pos = adw_combo_row_get_selected (self->case_row);
  assignee_pos = adw_combo_row_get_selected (self->assignee_row);
  if (case_pos < self->case_ids->len)
    case_id = g_array_index (self->case_ids, gint64, case_pos);
  if (assignee_pos < self->assignee_ids->len)
    assignee_id = g_array_index (self->assignee_ids, gint64, assignee_pos);
  kind = MIN (adw_combo_row_get_selected (self->kind_row), DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE);
  points = gtk_spin_button_get_value_as_int (self->points_spin);
  blocked = gtk_switch_get_active (self->blocked_switch);
  if (dpp2_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->due_row)), &date))
    {
      char buffer[16];

      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
      due = g_strdup (buffer);
    }
  else
    due = g_strdup ("");

  if (self->card != NULL)
    {
      ok = dpp2_store_update (self->store, self->card, &error,
                              "title", title,
                              "description", description,
                              "case-id", case_id,
                              "assignee-id", assignee_id,
                              "kind", kind,
                              "points", points,
                              "due-date", due,
                              "blocked", blocked,
                              "blocked-reason", blocked ? gtk_editable_get_text (GTK_EDITABLE (self->reason_row)) : "",
                              "checklist", checklist,
                              NULL);
    }
  else
    {
      g_autoptr(GListModel) lane = dpp2_store_list_cards (self->store, self->sprint_id, self->column_id);
      g_autoptr(Dpp2Card) card = NULL;

      card = g_object_new (DPP2_TYPE_CARD,
                           "title", title,
                           "description", description,
                           "case-id", case_id,
                           "sprint-id", self->sprint_id,
                           "column-id", self->sprint_id != 0 ? self->column_id : (gint64) 0,
                           "position", (gint64) g_list_model_get_n_items (lane),
                           "assignee-id", assignee_id,
                           "kind", kind,
                           "points", points,
                           "due-date", due,
                           "blocked", blocked,
                           "blocked-reason", blocked ? gtk_editable_get_text (GTK_EDITABLE (self->reason_row)) : "",
                           "checklist", checklist,
                           NULL);
      ok = dpp2_store_insert (self->store, card, &error);
    }

  if (!ok)
    {
      gtk_label_set_text (self->error_label, error != NULL ? error->message : _("Could not save the card"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (Dpp2CardDialog *self)
{
  dpp2_card_dialog_save (self);
}

static void
delete_clicked_cb (Dpp2CardDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->card == NULL)
    return;
  text = g_markup_printf_escaped (_("Card “%s” deleted"), dpp2_card_get_title (self->card));
  if (!dpp2_store_delete (self->store, self->card, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  dpp2_window_offer_undo (GTK_WIDGET (self), text);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
dpp2_card_dialog_dispose (GObject *object)
{
  Dpp2CardDialog *self = DPP2_CARD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_CARD_DIALOG);
  g_clear_object (&self->card);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_card_dialog_parent_class)->dispose (object);
}

static void
dpp2_card_dialog_finalize (GObject *object)
{
  Dpp2CardDialog *self = DPP2_CARD_DIALOG (object);

  g_clear_pointer (&self->case_ids, g_array_unref);
  g_clear_pointer (&self->assignee_ids, g_array_unref);
  g_clear_pointer (&self->checklist, g_ptr_array_unref);
  G_OBJECT_CLASS (dpp2_card_dialog_parent_class)->finalize (object);
}

static void
dpp2_card_dialog_class_init (Dpp2CardDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_card_dialog_dispose;
  object_class->finalize = dpp2_card_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/pages/dpp2-card-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, assignee_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, blocked_switch);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, case_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, new_item_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, points_spin);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardDialog, title_row);
  gtk_widget_class_bind_template_callback (widget_class, blocked_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_item_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dpp2_card_dialog_init (Dpp2CardDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->case_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->assignee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checklist = g_ptr_array_new_with_free_func (checklist_item_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int kind = DPP2_CARD_KIND_TASK; kind <= DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE; kind++)
    gtk_string_list_append (kinds, dpp2_enum_get_label (DPP2_TYPE_CARD_KIND, kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
fill_choices (Dpp2CardDialog *self,
              gint64          team_id,
              gint64          case_id,
              gint64          assignee_id)
{
  g_autoptr(GtkStringList) cases = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GListModel) team_cases = NULL;
  g_autoptr(GListModel) members = NULL;
  guint case_pos = 0, assignee_pos = 0;
  gint64 id = 0;
  gboolean case_seen = case_id == 0, assignee_seen = assignee_id == 0;

  gtk_string_list_append (cases, _("No learning case"));
  g_array_append_val (self->case_ids, id);
  gtk_string_list_append (people, _("Nobody"));
  g_array_append_val (self->assignee_ids, id);

  team_cases = dpp2_store_list (self->store, DPP2_TYPE_LEARNING_CASE, "position", "team-id", team_id, NULL, 0);
  for (guint i = 0; i < g_list_model_get_n_items (team_cases); i++)
    {
      g_autoptr(Dpp2LearningCase) lcase = g_list_model_get_item (team_cases, i);

      id = dpp2_record_get_id (DPP2_RECORD (lcase));
      if (id == case_id)
        {
          case_pos = self->case_ids->len;
          case_seen = TRUE;
        }
      gtk_string_list_append (cases, dpp2_learning_case_get_title (lcase));
      g_array_append_val (self->case_ids, id);
    }
  /* A card of another team's case keeps it. */
  if (!case_seen)
    {
      g_autoptr(Dpp2LearningCase) lcase = dpp2_store_dup_record (self->store, DPP2_TYPE_LEARNING_CASE, case_id);

      case_pos = self->case_ids->len;
      gtk_string_list_append (cases, lcase != NULL ? dpp2_learning_case_get_title (lcase) : "?");
      g_array_append_val (self->case_ids, case_id);
    }

  members = dpp2_store_list_members_of_team (self->store, team_id);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, i);
      g_autoptr(Dpp2Person) person = NULL;

      id = dpp2_team_member_get_person_id (member);
      if (id == 0 || (person = dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON, id)) == NULL)
        continue;
      if (id == assignee_id)
        {
          assignee_pos = self->assignee_ids->len;
          assignee_seen = TRUE;
        }
      gtk_string_list_append (people, dpp2_person_get_name (person));
      g_array_append_val (self->assignee_ids, id);
    }
  if (!assignee_seen)
    {
      g_autoptr(Dpp2Person) person = dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON, assignee_id);

      assignee_pos = self->assignee_ids->len;
      gtk_string_list_append (people, person != NULL ? dpp2_person_get_name (person) : "?");
      g_array_append_val (self->assignee_ids, assignee_id);
    }

  adw_combo_row_set_model (self->case_row, G_LIST_MODEL (cases));
  adw_combo_row_set_model (self->assignee_row, G_LIST_MODEL (people));
  adw_combo_row_set_selected (self->case_row, case_pos);
  adw_combo_row_set_selected (self->assignee_row, assignee_pos);
}

/**
 * dpp2_card_dialog_new:
 * @store: the document
 * @card: (nullable): the card, or %NULL for a new one
 * @team_id: the team whose learning cases and members it offers
 * @sprint_id: for a new card: its sprint, or 0 for the backlog
 * @column_id: for a new card: its column
 *
 * Returns: a new dialog
 */
Dpp2CardDialog *
dpp2_card_dialog_new (Dpp2Store *store,
                      Dpp2Card  *card,
                      gint64     team_id,
                      gint64     sprint_id,
                      gint64     column_id)
{
  Dpp2CardDialog *self;
  gboolean writable;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  self = g_object_new (DPP2_TYPE_CARD_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->sprint_id = sprint_id;
  self->column_id = column_id;
  writable = !dpp2_store_get_read_only (store);

  if (card != NULL)
    {
      g_autofree char *due = NULL;

      self->card = g_object_ref (card);
      gtk_window_set_title (GTK_WINDOW (self), dpp2_card_get_title (card));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), dpp2_card_get_title (card));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                                dpp2_card_get_description (card), -1);
      adw_combo_row_set_selected (self->kind_row, dpp2_card_get_kind (card));
      gtk_spin_button_set_value (self->points_spin, dpp2_card_get_points (card));
      if (dpp2_card_get_due_date (card)[0] != '\0')
        due = dpp2_format_date_short (dpp2_card_get_due_date (card));
      gtk_editable_set_text (GTK_EDITABLE (self->due_row), due != NULL ? due : "");
      gtk_switch_set_active (self->blocked_switch, dpp2_card_get_blocked (card));
      gtk_editable_set_text (GTK_EDITABLE (self->reason_row), dpp2_card_get_blocked_reason (card));
      parse_checklist (self, dpp2_card_get_checklist (card));
      fill_choices (self, team_id, dpp2_card_get_case_id (card), dpp2_card_get_assignee_id (card));
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), writable);
    }
  else
    {
      g_autoptr(GListModel) team_cases = dpp2_store_list (store, DPP2_TYPE_LEARNING_CASE, "position",
                                                          "team-id", team_id, NULL, 0);
      g_autoptr(Dpp2LearningCase) first = g_list_model_get_n_items (team_cases) > 0
                                          ? g_list_model_get_item (team_cases, 0) : NULL;

      gtk_window_set_title (GTK_WINDOW (self), _("New Card"));
      gtk_button_set_label (self->save_button, _("_Add"));
      fill_choices (self, team_id, first != NULL ? dpp2_record_get_id (DPP2_RECORD (first)) : 0, 0);
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), FALSE);
    }
  rebuild_checklist (self);
  blocked_changed_cb (self);
  validate (self);
  return self;
}
