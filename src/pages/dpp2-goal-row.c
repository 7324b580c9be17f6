/* dpp2-goal-row.c — one organisation goal with its progress
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-goals"

#include "config.h"

#include <glib/gi18n.h>

#include "logic/dpp2-progress.h"
#include "logic/dpp2-validation.h"

#include "dpp2-goal-progress.h"
#include "dpp2-goal-row.h"

struct _Dpp2GoalRow
{
  AdwBin            parent_instance;

  Dpp2Goal         *goal;
  Dpp2Person       *owner;
  Dpp2GoalProgress *progress;

  GtkProgressBar   *cases_bar;
  GtkLabel         *cases_label;
  GtkLabel         *details_label;
  GtkProgressBar   *kpi_bar;
  GtkLabel         *kpi_label;
  GtkLabel         *status_label;
  GtkLabel         *title_label;
};

G_DEFINE_FINAL_TYPE (Dpp2GoalRow, dpp2_goal_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_cases (Dpp2GoalRow *self)
{
  g_autofree char *text = NULL;
  guint done = 0, total = 0;

  if (self->progress != NULL)
    {
      done = dpp2_goal_progress_get_done (self->progress);
      total = dpp2_goal_progress_get_total (self->progress);
    }
  text = dpp2_progress_format_cases (done, total);
  gtk_label_set_text (self->cases_label, text);
  gtk_progress_bar_set_fraction (self->cases_bar, dpp2_progress_cases_fraction (done, total));
}

static void
update_details (Dpp2GoalRow *self)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *date = NULL;

  if (self->owner != NULL)
    g_string_append (details, dpp2_person_get_name (self->owner));
  if (self->goal != NULL)
    date = dpp2_format_date (dpp2_goal_get_target_date (self->goal));
  if (date != NULL && *date != '\0')
    {
      if (details->len > 0)
        g_string_append (details, " · ");
      /* Translators: when a goal should be reached, "Target 4 December 2026". */
      g_string_append_printf (details, _("Target %s"), date);
    }
  gtk_label_set_text (self->details_label, details->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);
}

static void
owner_notify_cb (Dpp2GoalRow *self)
{
  update_details (self);
}

static void
set_owner (Dpp2GoalRow *self,
           gint64       owner_id)
{
  if (self->owner != NULL && dpp2_record_get_id (DPP2_RECORD (self->owner)) == owner_id)
    return;

  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, owner_notify_cb, self);
  g_clear_object (&self->owner);

  if (owner_id != 0 && self->goal != NULL)
    {
      Dpp2Store *store = dpp2_record_get_store (DPP2_RECORD (self->goal));

      if (store != NULL)
        self->owner = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, owner_id);
      if (self->owner != NULL)
        g_signal_connect_swapped (self->owner, "notify::name", G_CALLBACK (owner_notify_cb), self);
    }
}

static void
update_goal (Dpp2GoalRow *self)
{
  Dpp2Goal *goal = self->goal;
  g_autofree char *kpi = NULL;
  double fraction;

  if (goal == NULL)
    return;

  gtk_label_set_text (self->title_label, dpp2_goal_get_title (goal));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dpp2_goal_get_title (goal), -1);
  gtk_label_set_text (self->status_label,
                      dpp2_enum_get_label (DPP2_TYPE_GOAL_STATUS, dpp2_goal_get_status (goal)));
  set_owner (self, dpp2_goal_get_owner_id (goal));
  update_details (self);

  fraction = dpp2_progress_kpi_fraction (dpp2_goal_get_kpi_baseline (goal),
                                         dpp2_goal_get_kpi_target (goal),
                                         dpp2_goal_get_kpi_current (goal));
  kpi = dpp2_progress_format_kpi (dpp2_goal_get_kpi_name (goal), dpp2_goal_get_kpi_unit (goal),
                                  dpp2_goal_get_kpi_baseline (goal),
                                  dpp2_goal_get_kpi_target (goal),
                                  dpp2_goal_get_kpi_current (goal));
  gtk_progress_bar_set_fraction (self->kpi_bar, fraction);
  gtk_label_set_text (self->kpi_label, kpi);
}

static void
dpp2_goal_row_dispose (GObject *object)
{
  Dpp2GoalRow *self = DPP2_GOAL_ROW (object);

  dpp2_goal_row_set_goal (self, NULL);

  G_OBJECT_CLASS (dpp2_goal_row_parent_class)->dispose (object);
}

static void
dpp2_goal_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  Dpp2GoalRow *self = DPP2_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_goal_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  Dpp2GoalRow *self = DPP2_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      dpp2_goal_row_set_goal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_goal_row_class_init (Dpp2GoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_goal_row_dispose;
  object_class->get_property = dpp2_goal_row_get_property;
  object_class->set_property = dpp2_goal_row_set_property;

  properties[PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL, DPP2_TYPE_GOAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, cases_bar);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, cases_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, kpi_bar);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, kpi_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2GoalRow, title_label);
}

static void
dpp2_goal_row_init (Dpp2GoalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dpp2_goal_row_new (void)
{
  return g_object_new (DPP2_TYPE_GOAL_ROW, NULL);
}

/**
 * dpp2_goal_row_get_goal:
 * @self: a #Dpp2GoalRow
 *
 * Returns: (transfer none) (nullable): the goal shown
 */
Dpp2Goal *
dpp2_goal_row_get_goal (Dpp2GoalRow *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL_ROW (self), NULL);

  return self->goal;
}

/**
 * dpp2_goal_row_set_goal:
 * @self: a #Dpp2GoalRow
 * @goal: (nullable): the goal to show, followed live
 */
void
dpp2_goal_row_set_goal (Dpp2GoalRow *self,
                        Dpp2Goal    *goal)
{
  Dpp2Store *store;

  g_return_if_fail (DPP2_IS_GOAL_ROW (self));
  g_return_if_fail (goal == NULL || DPP2_IS_GOAL (goal));

  if (self->goal == goal)
    return;

  if (self->goal != NULL)
    g_signal_handlers_disconnect_by_func (self->goal, update_goal, self);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_func (self->progress, update_cases, self);
  g_clear_object (&self->progress);
  set_owner (self, 0);
  g_set_object (&self->goal, goal);

  if (goal != NULL)
    {
      g_signal_connect_swapped (goal, "notify", G_CALLBACK (update_goal), self);
      store = dpp2_record_get_store (DPP2_RECORD (goal));
      if (store != NULL)
        {
          self->progress = dpp2_goal_progress_new (store, dpp2_record_get_id (DPP2_RECORD (goal)));
          g_signal_connect_swapped (self->progress, "notify::fraction", G_CALLBACK (update_cases), self);
        }
      update_goal (self);
      update_cases (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}
