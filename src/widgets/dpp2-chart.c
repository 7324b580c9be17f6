/* dpp2-chart.c — what the sprint charts share: their data, tooltips and description
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-charts"

#include "config.h"

#include "dpp2-chart.h"

typedef struct
{
  gpointer      data;
  char         *description;
  Dpp2ChartArea area;   /* where the last snapshot drew the plot, for tooltips */
} Dpp2ChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (Dpp2Chart, dpp2_chart, GTK_TYPE_WIDGET)

static void
clear_data (Dpp2Chart *self)
{
  Dpp2ChartPrivate *priv = dpp2_chart_get_instance_private (self);

  if (priv->data != NULL)
    DPP2_CHART_GET_CLASS (self)->free_data (g_steal_pointer (&priv->data));
}

static void
dpp2_chart_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  Dpp2Chart *self = DPP2_CHART (widget);
  Dpp2ChartPrivate *priv = dpp2_chart_get_instance_private (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  Dpp2ChartColors colors;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  dpp2_chart_colors_init_from_widget (&colors, widget);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  DPP2_CHART_GET_CLASS (self)->draw (cr, width, height, priv->data, &colors,
                                     gtk_widget_get_pango_context (widget), &priv->area);
  cairo_destroy (cr);
}

static gboolean
dpp2_chart_query_tooltip (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard_tooltip,
                          GtkTooltip *tooltip)
{
  Dpp2Chart *self = DPP2_CHART (widget);
  Dpp2ChartPrivate *priv = dpp2_chart_get_instance_private (self);
  Dpp2ChartClass *klass = DPP2_CHART_GET_CLASS (self);
  g_autofree char *text = NULL;
  GdkRectangle tip_area;
  guint point;

  if (keyboard_tooltip || priv->data == NULL ||
      !dpp2_chart_point_at (&priv->area, klass->get_n_days (priv->data), x, y, &point, &tip_area))
    return FALSE;

  text = klass->describe_point (priv->data, point);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &tip_area);
  return TRUE;
}

static void
dpp2_chart_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 220 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 360 : 260;
}

static void
dpp2_chart_constructed (GObject *object)
{
  G_OBJECT_CLASS (dpp2_chart_parent_class)->constructed (object);

  /* The description of an empty chart, once the subclass is in place. */
  dpp2_chart_set_data (DPP2_CHART (object), NULL);
}

static void
dpp2_chart_finalize (GObject *object)
{
  Dpp2Chart *self = DPP2_CHART (object);
  Dpp2ChartPrivate *priv = dpp2_chart_get_instance_private (self);

  clear_data (self);
  g_clear_pointer (&priv->description, g_free);

  G_OBJECT_CLASS (dpp2_chart_parent_class)->finalize (object);
}

static void
dpp2_chart_class_init (Dpp2ChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dpp2_chart_constructed;
  object_class->finalize = dpp2_chart_finalize;

  widget_class->snapshot = dpp2_chart_snapshot;
  widget_class->measure = dpp2_chart_measure;
  widget_class->query_tooltip = dpp2_chart_query_tooltip;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dpp2_chart_init (Dpp2Chart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * dpp2_chart_set_data:
 * @self: a chart
 * @data: (transfer full) (nullable): the data to show, of the chart's kind
 *
 * Shows @data and says its figures to screen readers.
 */
void
dpp2_chart_set_data (Dpp2Chart *self,
                     gpointer   data)
{
  Dpp2ChartPrivate *priv;

  g_return_if_fail (DPP2_IS_CHART (self));

  priv = dpp2_chart_get_instance_private (self);
  if (priv->data != data)
    clear_data (self);
  priv->data = data;

  g_free (priv->description);
  priv->description = DPP2_CHART_GET_CLASS (self)->describe (data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, priv->description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dpp2_chart_get_data:
 * @self: a chart
 *
 * Returns: (transfer none) (nullable): the data shown
 */
gconstpointer
dpp2_chart_get_data (Dpp2Chart *self)
{
  Dpp2ChartPrivate *priv;

  g_return_val_if_fail (DPP2_IS_CHART (self), NULL);

  priv = dpp2_chart_get_instance_private (self);
  return priv->data;
}

/**
 * dpp2_chart_get_description:
 * @self: a chart
 *
 * Returns: the figures of the chart in a sentence, as its accessible description
 *   (GTK 4.8 cannot read that back)
 */
const char *
dpp2_chart_get_description (Dpp2Chart *self)
{
  Dpp2ChartPrivate *priv;

  g_return_val_if_fail (DPP2_IS_CHART (self), NULL);

  priv = dpp2_chart_get_instance_private (self);
  return priv->description;
}
