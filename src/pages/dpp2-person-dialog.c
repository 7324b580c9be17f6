/* dpp2-person-dialog.c — add or edit a person
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

#include "dpp2-person-dialog.h"

struct _Dpp2PersonDialog
{
  AdwWindow    parent_instance;

  Dpp2Store   *store;
  Dpp2Person  *person;

  AdwEntryRow *department_row;
  AdwEntryRow *email_row;
  GtkLabel    *email_error;
  AdwEntryRow *job_title_row;
  AdwEntryRow *name_row;
  GtkLabel    *name_error;
  GtkLabel    *other_error;
  GtkLabel    *teams_label;
  GtkWidget   *teams_group;
  AdwEntryRow *workplace_row;
};

G_DEFINE_FINAL_TYPE (Dpp2PersonDialog, dpp2_person_dialog, ADW_TYPE_WINDOW)

static void
show_error (GtkLabel *label,
            char     *message)
{
  /* The label sits in a list row of its own, right under its field. */
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), message != NULL);
  g_free (message);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Shows the message of each field and returns whether all are valid. */
static gboolean
validate (Dpp2PersonDialog *self)
{
  g_autofree char *email = g_strstrip (g_strdup (text_of (self->email_row)));
  char *name_message = dpp2_validate_required_name (text_of (self->name_row), _("Name"));
  char *email_message = *email ? dpp2_validate_email (email) : NULL;
  char *other_message = NULL;
  AdwEntryRow *others[] = { self->job_title_row, self->department_row, self->workplace_row };
  gboolean valid = name_message == NULL && email_message == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (others) && other_message == NULL; i++)
    other_message = dpp2_validate_optional_text (text_of (others[i]), DPP2_MAX_NAME_LENGTH);
  valid = valid && other_message == NULL;

  show_error (self->name_error, name_message);
  show_error (self->email_error, email_message);
  show_error (self->other_error, other_message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.save",
                                 valid && !dpp2_store_get_read_only (self->store));
  return valid;
}

static void
changed_cb (Dpp2PersonDialog *self)
{
  if (self->store != NULL)
    validate (self);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  Dpp2PersonDialog *self = DPP2_PERSON_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (text_of (self->name_row)));
  g_autofree char *email = g_strstrip (g_strdup (text_of (self->email_row)));
  g_autofree char *job_title = g_strstrip (g_strdup (text_of (self->job_title_row)));
  g_autofree char *department = g_strstrip (g_strdup (text_of (self->department_row)));
  g_autofree char *workplace = g_strstrip (g_strdup (text_of (self->workplace_row)));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->store == NULL || !validate (self))
    return;

  if (self->person == NULL)
    {
      g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON,
                                                   "name", name,
                                                   "email", email,
                                                   "job-title", job_title,
                                                   "department", department,
                                                   "workplace", workplace,
                                                   NULL);
      ok = dpp2_store_insert (self->store, person, &error);
    }
  else
    ok = dpp2_store_update (self->store, self->person, &error,
                            "name", name,
                            "email", email,
                            "job-title", job_title,
                            "department", department,
                            "workplace", workplace,
                            NULL);

  if (!ok)
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not save the person"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
activated_cb (Dpp2PersonDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "person.save", NULL);
}

static void
dpp2_person_dialog_dispose (GObject *object)
{
  Dpp2PersonDialog *self = DPP2_PERSON_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (dpp2_person_dialog_parent_class)->dispose (object);
}

static void
dpp2_person_dialog_class_init (Dpp2PersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_person_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, email_error);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, other_error);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, teams_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, teams_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PersonDialog, workplace_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "person.save", NULL, save);
}

static void
dpp2_person_dialog_init (Dpp2PersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.save", FALSE);
}

static void
fill_teams (Dpp2PersonDialog *self)
{
  g_autoptr(GListModel) members = dpp2_store_list (self->store, DPP2_TYPE_TEAM_MEMBER, NULL,
                                                   "person-id",
                                                   dpp2_record_get_id (DPP2_RECORD (self->person)),
                                                   NULL, 0);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, i);
      g_autoptr(Dpp2Team) team = dpp2_store_dup_record (self->store, DPP2_TYPE_TEAM,
                                                        dpp2_team_member_get_team_id (member));
      const char *role = dpp2_team_member_get_role (member);

      if (team == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, dpp2_team_get_name (team));
      if (role != NULL && *role != '\0')
        g_string_append_printf (text, " (%s)", role);
    }
  gtk_label_set_text (self->teams_label, text->str);
  gtk_widget_set_visible (self->teams_group, text->len > 0);
}

/**
 * dpp2_person_dialog_new:
 * @parent: (nullable): the window
 * @store: the document
 * @person: (nullable): the person to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
Dpp2PersonDialog *
dpp2_person_dialog_new (GtkWindow  *parent,
                        Dpp2Store  *store,
                        Dpp2Person *person)
{
  Dpp2PersonDialog *self;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || DPP2_IS_PERSON (person), NULL);

  self = g_object_new (DPP2_TYPE_PERSON_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person = person ? g_object_ref (person) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), person ? _("Edit Person") : _("Add Person"));
  if (person != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), dpp2_person_get_name (person));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), dpp2_person_get_email (person));
      gtk_editable_set_text (GTK_EDITABLE (self->job_title_row),
                             dpp2_person_get_job_title (person));
      gtk_editable_set_text (GTK_EDITABLE (self->department_row),
                             dpp2_person_get_department (person));
      gtk_editable_set_text (GTK_EDITABLE (self->workplace_row),
                             dpp2_person_get_workplace (person));
      fill_teams (self);
    }
  validate (self);
  /* No message before the user has typed anything. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->name_error)), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}
