/* dpp2-sprint-charts.c — a sprint's burndown and cumulative flow, kept up to date
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "logic/dpp2-burndown.h"
#include "logic/dpp2-flow.h"
#include "dpp2-burndown-chart.h"
#include "dpp2-flow-chart.h"
#include "dpp2-sprint-charts.h"

struct _Dpp2SprintCharts
{
  AdwBin      parent_instance;

  Dpp2Store  *store;
  gint64      sprint_id;

  GtkWidget  *burndown;
  GtkWidget  *flow;

  /* Everything whose change changes the charts: the sprint, its cards, the team's
   * columns and the two lists. Each has a handler with self as data. */
  GPtrArray  *watched;
  guint       update_id;
  guint       midnight_id;
};

G_DEFINE_FINAL_TYPE (Dpp2SprintCharts, dpp2_sprint_charts, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SPRINT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_update (Dpp2SprintCharts *self);
static void schedule_midnight (Dpp2SprintCharts *self);

static void
changed_cb (Dpp2SprintCharts *self)
{
  schedule_update (self);
}

static void
unwatch (Dpp2SprintCharts *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch_object (Dpp2SprintCharts *self,
              gpointer          object,
              const char       *signal)
{
  g_signal_connect_swapped (object, signal, G_CALLBACK (changed_cb), self);
  g_ptr_array_add (self->watched, g_object_ref (object));
}

static void
watch_model (Dpp2SprintCharts *self,
             GListModel       *model)
{
  guint n = g_list_model_get_n_items (model);

  watch_object (self, model, "items-changed");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      watch_object (self, item, "notify");
    }
}

static void
rewatch (Dpp2SprintCharts *self)
{
  g_autoptr(Dpp2Sprint) sprint = NULL;
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(GListModel) columns = NULL;

  unwatch (self);
  if (self->store == NULL || self->sprint_id == 0 || dpp2_store_is_closed (self->store))
    return;

  sprint = dpp2_store_dup_record (self->store, DPP2_TYPE_SPRINT, self->sprint_id);
  if (sprint == NULL)
    return;

  watch_object (self, sprint, "notify");
  cards = dpp2_store_list_cards_of_sprint (self->store, self->sprint_id);
  watch_model (self, cards);
  columns = dpp2_store_list_columns_of_team (self->store, dpp2_sprint_get_team_id (sprint));
  watch_model (self, columns);
}

/**
 * dpp2_sprint_charts_refresh:
 * @self: the charts
 *
 * Recomputes both charts now; they also follow every change of the sprint, its
 * cards and its team's columns on their own, in an idle.
 */
void
dpp2_sprint_charts_refresh (Dpp2SprintCharts *self)
{
  g_autoptr(GError) error = NULL;
  Dpp2Burndown *burndown = NULL;
  Dpp2Flow *flow = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_if_fail (DPP2_IS_SPRINT_CHARTS (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  rewatch (self);

  if (self->store != NULL && self->sprint_id != 0 && !dpp2_store_is_closed (self->store))
    {
      burndown = dpp2_burndown_new_for_sprint (self->store, self->sprint_id, now, &error);
      if (burndown != NULL)
        flow = dpp2_flow_new_for_sprint (self->store, self->sprint_id, now, &error);
      if (error != NULL)
        g_warning ("Cannot read the history of sprint %" G_GINT64_FORMAT ": %s",
                   self->sprint_id, error->message);
    }

  dpp2_burndown_chart_set_data (DPP2_BURNDOWN_CHART (self->burndown), burndown);
  dpp2_flow_chart_set_data (DPP2_FLOW_CHART (self->flow), flow);
  schedule_midnight (self);
}

static gboolean midnight_cb (gpointer user_data);

/* Today's point moves on at midnight, also when nothing changes. */
static void
schedule_midnight (Dpp2SprintCharts *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  GTimeSpan until = g_date_time_difference (tomorrow, now);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->store != NULL && self->sprint_id != 0)
    self->midnight_id = g_timeout_add_seconds ((guint) (until / G_USEC_PER_SEC) + 1,
                                               midnight_cb, self);
}

static gboolean
midnight_cb (gpointer user_data)
{
  Dpp2SprintCharts *self = user_data;

  self->midnight_id = 0;
  dpp2_sprint_charts_refresh (self);
  return G_SOURCE_REMOVE;
}

static gboolean
update_cb (gpointer user_data)
{
  Dpp2SprintCharts *self = user_data;

  self->update_id = 0;
  dpp2_sprint_charts_refresh (self);
  return G_SOURCE_REMOVE;
}

/* A gesture can change many cards at once (closing a sprint): draw once after it. */
static void
schedule_update (Dpp2SprintCharts *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_cb, self, NULL);
}

static GtkWidget *
titled (const char *title,
        GtkWidget  *chart)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (chart),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  return box;
}

static void
dpp2_sprint_charts_dispose (GObject *object)
{
  Dpp2SprintCharts *self = DPP2_SPRINT_CHARTS (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->watched != NULL)
    unwatch (self);
  g_clear_object (&self->store);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (dpp2_sprint_charts_parent_class)->dispose (object);
}

static void
dpp2_sprint_charts_finalize (GObject *object)
{
  Dpp2SprintCharts *self = DPP2_SPRINT_CHARTS (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (dpp2_sprint_charts_parent_class)->finalize (object);
}

static void
dpp2_sprint_charts_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  Dpp2SprintCharts *self = DPP2_SPRINT_CHARTS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SPRINT_ID:
      g_value_set_int64 (value, self->sprint_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_sprint_charts_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  Dpp2SprintCharts *self = DPP2_SPRINT_CHARTS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      dpp2_sprint_charts_set_store (self, g_value_get_object (value));
      break;
    case PROP_SPRINT_ID:
      dpp2_sprint_charts_set_sprint_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_sprint_charts_class_init (Dpp2SprintChartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_sprint_charts_dispose;
  object_class->finalize = dpp2_sprint_charts_finalize;
  object_class->get_property = dpp2_sprint_charts_get_property;
  object_class->set_property = dpp2_sprint_charts_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DPP2_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPRINT_ID] =
    g_param_spec_int64 ("sprint-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sprint-charts");
}

static void
dpp2_sprint_charts_init (Dpp2SprintCharts *self)
{
  GtkWidget *box;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);

  /* Side by side when there is room, stacked in a narrow window. */
  box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 24);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 24);

  self->burndown = dpp2_burndown_chart_new ();
  self->flow = dpp2_flow_chart_new ();
  gtk_flow_box_append (GTK_FLOW_BOX (box), titled (_("Burndown"), self->burndown));
  gtk_flow_box_append (GTK_FLOW_BOX (box), titled (_("Cumulative Flow"), self->flow));
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  adw_bin_set_child (ADW_BIN (self), box);
}

/**
 * dpp2_sprint_charts_new:
 * @store: (nullable): the document
 *
 * Returns: (transfer floating): the charts of no sprint yet
 */
GtkWidget *
dpp2_sprint_charts_new (Dpp2Store *store)
{
  return g_object_new (DPP2_TYPE_SPRINT_CHARTS, "store", store, NULL);
}

Dpp2Store *
dpp2_sprint_charts_get_store (Dpp2SprintCharts *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT_CHARTS (self), NULL);

  return self->store;
}

void
dpp2_sprint_charts_set_store (Dpp2SprintCharts *self,
                              Dpp2Store        *store)
{
  g_return_if_fail (DPP2_IS_SPRINT_CHARTS (self));
  g_return_if_fail (store == NULL || DPP2_IS_STORE (store));

  if (self->store == store)
    return;

  unwatch (self);
  g_set_object (&self->store, store);
  dpp2_sprint_charts_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
dpp2_sprint_charts_get_sprint_id (Dpp2SprintCharts *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT_CHARTS (self), 0);

  return self->sprint_id;
}

/**
 * dpp2_sprint_charts_set_sprint_id:
 * @self: the charts
 * @sprint_id: the sprint to chart, 0 for none
 */
void
dpp2_sprint_charts_set_sprint_id (Dpp2SprintCharts *self,
                                  gint64            sprint_id)
{
  g_return_if_fail (DPP2_IS_SPRINT_CHARTS (self));

  if (self->sprint_id == sprint_id)
    return;

  self->sprint_id = sprint_id;
  dpp2_sprint_charts_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPRINT_ID]);
}

/**
 * dpp2_sprint_charts_get_burndown_chart:
 * @self: the charts
 *
 * Returns: (transfer none): the #Dpp2BurndownChart
 */
GtkWidget *
dpp2_sprint_charts_get_burndown_chart (Dpp2SprintCharts *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT_CHARTS (self), NULL);

  return self->burndown;
}

/**
 * dpp2_sprint_charts_get_flow_chart:
 * @self: the charts
 *
 * Returns: (transfer none): the #Dpp2FlowChart
 */
GtkWidget *
dpp2_sprint_charts_get_flow_chart (Dpp2SprintCharts *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT_CHARTS (self), NULL);

  return self->flow;
}
