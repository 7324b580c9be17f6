/* dpp2-goal-fields.c — form helpers of the goal and overview pages: validate, show, save
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-goals"

#include "config.h"

#include "logic/dpp2-validation.h"

#include "dpp2-goal-fields.h"

/**
 * dpp2_field_show_error:
 * @field: the entry row or text view
 * @error_row: (nullable): the row under it that holds @error_label
 * @error_label: (nullable): the label for the message
 * @message: (nullable): the message, or %NULL when the field is valid
 *
 * Marks @field red and shows @message under it, also to screen readers.
 */
void
dpp2_field_show_error (GtkWidget  *field,
                       GtkWidget  *error_row,
                       GtkLabel   *error_label,
                       const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (field));

  if (message != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  if (error_label != NULL)
    gtk_label_set_text (error_label, message != NULL ? message : "");
  if (error_row != NULL)
    gtk_widget_set_visible (error_row, message != NULL);
}

char *
dpp2_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Sets the text unless it is the same, so that an unchanged view keeps its cursor. */
void
dpp2_text_view_set_text (GtkTextView *view,
                         const char  *text)
{
  g_autofree char *old = dpp2_text_view_dup_text (view);

  if (g_strcmp0 (old, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/**
 * dpp2_editable_set_text_if_idle:
 * @editable: a #GtkEditable (an #AdwEntryRow)
 * @text: (nullable): the stored text
 *
 * Shows a stored value in an entry, unless the person is typing in it: an undo elsewhere
 * must not throw away what they are typing.
 */
void
dpp2_editable_set_text_if_idle (GtkWidget  *editable,
                                const char *text)
{
  GtkRoot *root = gtk_widget_get_root (editable);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (focus == editable || gtk_widget_is_ancestor (focus, editable)))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
  gtk_widget_remove_css_class (editable, "error");
}

/**
 * dpp2_date_to_iso:
 * @text: a date as typed: "4-12-2026", "2026-12-04", or ""
 *
 * Returns: (nullable): "2026-12-04", "" for an empty text, or %NULL when it is no date
 */
char *
dpp2_date_to_iso (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  GDate date;

  if (*stripped == '\0')
    return g_strdup ("");
  if (!dpp2_parse_date (stripped, &date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/**
 * dpp2_record_save_value:
 * @record: a #Dpp2Record attached to a store
 * @property: its property
 * @value: the new value
 * @error: return location for an error
 *
 * Writes @value through the store when it differs from the stored one: one undo step, or
 * part of the open change.
 *
 * Returns: %FALSE on error
 */
gboolean
dpp2_record_save_value (gpointer      record,
                        const char   *property,
                        const GValue *value,
                        GError      **error)
{
  g_auto(GValue) old = G_VALUE_INIT;
  GParamSpec *pspec;
  Dpp2Store *store;

  g_return_val_if_fail (DPP2_IS_RECORD (record), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&old, pspec->value_type);
  g_object_get_property (record, property, &old);
  if (g_param_values_cmp (pspec, &old, value) == 0)
    return TRUE;

  store = dpp2_record_get_store (record);
  g_return_val_if_fail (store != NULL, FALSE);
  return dpp2_store_set_value (store, record, property, value, error);
}

gboolean
dpp2_record_save_string (gpointer     record,
                         const char  *property,
                         const char  *text,
                         GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text != NULL ? text : "");
  return dpp2_record_save_value (record, property, &value, error);
}

/**
 * dpp2_on_focus_leave:
 * @widget: a field
 * @callback: called as callback (user_data) when the focus leaves @widget
 * @user_data: for @callback
 *
 * Fields save when the person leaves them, as well as on Enter.
 */
void
dpp2_on_focus_leave (GtkWidget *widget,
                     GCallback  callback,
                     gpointer   user_data)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", callback, user_data);
  gtk_widget_add_controller (widget, focus);
}
