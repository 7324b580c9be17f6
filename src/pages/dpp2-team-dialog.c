/* dpp2-team-dialog.c — add or edit a Learning Practice Team
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-people"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-window.h"
#include "logic/dpp2-validation.h"
#include "model/dpp2-model.h"

#include "dpp2-team-dialog.h"

struct _Dpp2TeamDialog
{
  AdwWindow    parent_instance;

  Dpp2Store   *store;
  Dpp2Team    *team;

  GtkLabel    *name_error;
  AdwEntryRow *name_row;
  GtkLabel    *purpose_error;
  AdwEntryRow *purpose_row;
};

G_DEFINE_FINAL_TYPE (Dpp2TeamDialog, dpp2_team_dialog, ADW_TYPE_WINDOW)

static void
show_error (GtkLabel *label,
            char     *message)
{
  /* The label sits in a list row of its own, right under its field. */
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), message != NULL);
  g_free (message);
}

static gboolean
validate (Dpp2TeamDialog *self)
{
  char *name_message = dpp2_validate_required_name (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                                    _("Team name"));
  char *purpose_message =
    dpp2_validate_optional_text (gtk_editable_get_text (GTK_EDITABLE (self->purpose_row)),
                                 DPP2_MAX_TEXT_LENGTH);
  gboolean valid = name_message == NULL && purpose_message == NULL;

  show_error (self->name_error, name_message);
  show_error (self->purpose_error, purpose_message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.save",
                                 valid && !dpp2_store_get_read_only (self->store));
  return valid;
}

static void
changed_cb (Dpp2TeamDialog *self)
{
  if (self->store != NULL)
    validate (self);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  Dpp2TeamDialog *self = DPP2_TEAM_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *purpose =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->purpose_row))));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->store == NULL || !validate (self))
    return;

  if (self->team == NULL)
    {
      g_autoptr(Dpp2Team) team = g_object_new (DPP2_TYPE_TEAM,
                                               "name", name,
                                               "purpose", purpose,
                                               NULL);
      ok = dpp2_store_insert (self->store, team, &error);
    }
  else
    ok = dpp2_store_update (self->store, self->team, &error,
                            "name", name,
                            "purpose", purpose,
                            NULL);

  if (!ok)
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not save the team"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
activated_cb (Dpp2TeamDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "team.save", NULL);
}

static void
dpp2_team_dialog_dispose (GObject *object)
{
  Dpp2TeamDialog *self = DPP2_TEAM_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (dpp2_team_dialog_parent_class)->dispose (object);
}

static void
dpp2_team_dialog_class_init (Dpp2TeamDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_team_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-team-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2TeamDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, Dpp2TeamDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2TeamDialog, purpose_error);
  gtk_widget_class_bind_template_child (widget_class, Dpp2TeamDialog, purpose_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "team.save", NULL, save);
}

static void
dpp2_team_dialog_init (Dpp2TeamDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.save", FALSE);
}

/**
 * dpp2_team_dialog_new:
 * @parent: (nullable): the window
 * @store: the document
 * @team: (nullable): the team to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
Dpp2TeamDialog *
dpp2_team_dialog_new (GtkWindow *parent,
                      Dpp2Store *store,
                      Dpp2Team  *team)
{
  Dpp2TeamDialog *self;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (team == NULL || DPP2_IS_TEAM (team), NULL);

  self = g_object_new (DPP2_TYPE_TEAM_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->team = team ? g_object_ref (team) : NULL;

  gtk_window_set_title (GTK_WINDOW (self),
                        team ? _("Edit Learning Practice Team") : _("Add Learning Practice Team"));
  if (team != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), dpp2_team_get_name (team));
      gtk_editable_set_text (GTK_EDITABLE (self->purpose_row), dpp2_team_get_purpose (team));
    }
  validate (self);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->name_error)), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}
