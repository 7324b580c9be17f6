/* dpp2-flow-chart.c — cumulative flow: a sprint's cards per column per day, stacked
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-flow-chart.h"

struct _Dpp2FlowChart
{
  Dpp2Chart parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2FlowChart, dpp2_flow_chart, DPP2_TYPE_CHART)

/**
 * dpp2_flow_chart_get_column_color:
 * @flow: the data
 * @column: a column index
 * @colors: the colours
 * @color: (out): the colour of the column's band
 *
 * Done columns are green; the column before them (review) yellow, then the accent
 * (doing), then purple and teal; the first column, not started, is grey.
 */
void
dpp2_flow_chart_get_column_color (const Dpp2Flow        *flow,
                                  guint                  column,
                                  const Dpp2ChartColors *colors,
                                  GdkRGBA               *color)
{
  const GdkRGBA *working[] = { &colors->warning, &colors->accent, &colors->purple,
                               &colors->teal };
  guint from_end = 0;

  if (flow->column_done[column])
    {
      *color = colors->success;
      return;
    }
  if (column == 0 && flow->n_columns > 1)
    {
      *color = colors->fg;
      color->alpha *= 0.35;
      return;
    }
  /* Count the open columns between this one and the done ones. */
  for (guint c = column + 1; c < flow->n_columns; c++)
    if (!flow->column_done[c])
      from_end++;
  *color = *working[from_end % G_N_ELEMENTS (working)];
}

static double
stacked (const Dpp2Flow *flow,
         guint           point,
         guint           upto)
{
  double sum = 0;

  /* Done columns at the bottom: the board's order read from right to left. */
  for (guint c = flow->n_columns; c-- > upto;)
    sum += dpp2_flow_get_count (flow, point, c);
  return sum;
}

/* The chart; the plot area goes to OUT_AREA, for tooltips. */
static void
draw_chart (cairo_t               *cr,
            int                    width,
            int                    height,
            gconstpointer          data,
            const Dpp2ChartColors *colors,
            PangoContext          *context,
            Dpp2ChartArea         *out_area)
{
  const Dpp2Flow *flow = data;
  Dpp2ChartArea area;
  double max_value = 0, top, step, x = 0, y = 4, legend_height;
  g_autoptr(PangoLayout) probe = NULL;
  PangoRectangle logical;

  g_return_if_fail (cr != NULL && colors != NULL && context != NULL);

  if (out_area != NULL)
    *out_area = (Dpp2ChartArea) { 0, 0, 0, 0 };

  if (flow == NULL || flow->n_points == 0)
    {
      dpp2_chart_draw_message (cr, context, colors, width, height,
                               flow == NULL
                               ? _("No sprint")
                               : _("Give the sprint a start and end date and the board "
                                   "columns to see its flow"));
      return;
    }

  for (guint k = 0; k < flow->n_actual; k++)
    max_value = MAX (max_value, stacked (flow, k, 0));
  /* Some room above the highest band, so its edge does not run along the frame. */
  dpp2_chart_nice_scale (max_value * 1.1, 5, &top, &step);

  /* The legend, in board order, wrapping onto more lines when narrow. */
  probe = dpp2_chart_create_layout (context, 0.85, FALSE);
  pango_layout_set_text (probe, "Xg", -1);
  pango_layout_get_pixel_extents (probe, NULL, &logical);
  for (guint c = 0; c < flow->n_columns; c++)
    {
      GdkRGBA color;
      const char *name = flow->column_names[c];
      PangoRectangle item;

      pango_layout_set_text (probe, name, -1);
      pango_layout_get_pixel_extents (probe, NULL, &item);
      /* Leave room for the unit at the end of the line. */
      if (x > 0 && x + 22 + item.width > width - 48)
        {
          x = 0;
          y += logical.height + 6;
        }
      dpp2_flow_chart_get_column_color (flow, c, colors, &color);
      x = dpp2_chart_draw_legend_item (cr, context, colors, x, y, &color, FALSE, name);
    }
  legend_height = y + logical.height + 10;
  /* Translators: the unit of a cumulative flow chart's vertical axis. */
  dpp2_chart_draw_unit (cr, context, colors, width, y, _("cards"));

  dpp2_chart_draw_frame (cr, context, colors, width, height, &flow->start, flow->n_days,
                         top, step, legend_height, &area);
  if (out_area != NULL)
    *out_area = area;

#define PX(k) (area.left + (double) (k) / flow->n_days * area.width)
#define PY(v) (area.top + area.height - (v) / top * area.height)

  if (flow->n_actual == 0)
    return;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint c = flow->n_columns; c-- > 0;)
    {
      GdkRGBA color;

      dpp2_flow_chart_get_column_color (flow, c, colors, &color);

      /* The band between this column's top and the one below it. */
      for (guint k = 0; k < flow->n_actual; k++)
        cairo_line_to (cr, PX (k), PY (stacked (flow, k, c)));
      for (guint k = flow->n_actual; k-- > 0;)
        cairo_line_to (cr, PX (k), PY (stacked (flow, k, c + 1)));
      cairo_close_path (cr);
      dpp2_chart_set_color (cr, &color, 0.55);
      cairo_fill (cr);

      /* A crisp top edge. */
      cairo_set_line_width (cr, 1.5);
      for (guint k = 0; k < flow->n_actual; k++)
        cairo_line_to (cr, PX (k), PY (stacked (flow, k, c)));
      dpp2_chart_set_color (cr, &color, 1);
      cairo_stroke (cr);
    }

  /* Today: where the known days end while the sprint runs. */
  if (flow->n_actual < flow->n_points)
    {
      const double dash[] = { 2, 3 };
      double tx = round (PX (flow->n_actual - 1)) + 0.5;

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1);
      dpp2_chart_set_color (cr, &colors->fg, 0.5);
      cairo_move_to (cr, tx, area.top);
      cairo_line_to (cr, tx, area.top + area.height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

#undef PX
#undef PY
}

/**
 * dpp2_flow_chart_draw:
 * @cr: where to draw, a widget's snapshot or a PDF page
 * @width: the chart's width
 * @height: its height
 * @flow: (nullable): the data
 * @colors: the colours
 * @context: a Pango context for the text
 *
 * Draws one band per column, stacked with the done column at the bottom, up to
 * today, with a legend of the columns above.
 */
void
dpp2_flow_chart_draw (cairo_t               *cr,
                      int                    width,
                      int                    height,
                      const Dpp2Flow        *flow,
                      const Dpp2ChartColors *colors,
                      PangoContext          *context)
{
  draw_chart (cr, width, height, flow, colors, context, NULL);
}

/**
 * dpp2_flow_chart_describe_point:
 * @flow: the data
 * @point: a point, < n_points
 *
 * Returns: (transfer full) (nullable): the cards per column at one point, for its
 *   tooltip: "4 Dec: To do 2, Doing 2, Review 2, Done 2"; %NULL for a day to come
 */
char *
dpp2_flow_chart_describe_point (const Dpp2Flow *flow,
                                guint           point)
{
  g_autofree char *when = NULL;
  GString *text;

  g_return_val_if_fail (flow != NULL, NULL);
  g_return_val_if_fail (point < flow->n_points, NULL);

  if (point >= flow->n_actual)
    return NULL;

  when = dpp2_chart_format_point (&flow->start, point);
  text = g_string_new (when);
  g_string_append_c (text, ':');
  for (guint c = 0; c < flow->n_columns; c++)
    /* Translators: a column and its cards in a cumulative flow tooltip, "Doing 2". */
    g_string_append_printf (text, c == 0 ? _(" %s %u") : _(", %s %u"), flow->column_names[c],
                            dpp2_flow_get_count (flow, point, c));
  return g_string_free (text, FALSE);
}

static guint
get_n_days (gconstpointer data)
{
  return ((const Dpp2Flow *) data)->n_days;
}

static char *
describe_point (gconstpointer data,
                guint         point)
{
  return dpp2_flow_chart_describe_point (data, point);
}

static char *
describe (gconstpointer data)
{
  return data != NULL ? dpp2_flow_describe (data) : g_strdup (_("Cumulative flow: no sprint"));
}

static void
dpp2_flow_chart_class_init (Dpp2FlowChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  Dpp2ChartClass *chart_class = DPP2_CHART_CLASS (klass);

  chart_class->free_data = (GDestroyNotify) dpp2_flow_free;
  chart_class->draw = draw_chart;
  chart_class->get_n_days = get_n_days;
  chart_class->describe_point = describe_point;
  chart_class->describe = describe;

  gtk_widget_class_set_css_name (widget_class, "flow-chart");
}

static void
dpp2_flow_chart_init (Dpp2FlowChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cumulative Flow"),
                                  -1);
}

GtkWidget *
dpp2_flow_chart_new (void)
{
  return g_object_new (DPP2_TYPE_FLOW_CHART, NULL);
}

/**
 * dpp2_flow_chart_set_data:
 * @self: a chart
 * @flow: (transfer full) (nullable): the data to show
 *
 * Shows @flow and says its figures to screen readers.
 */
void
dpp2_flow_chart_set_data (Dpp2FlowChart *self,
                          Dpp2Flow      *flow)
{
  g_return_if_fail (DPP2_IS_FLOW_CHART (self));

  dpp2_chart_set_data (DPP2_CHART (self), flow);
}

/**
 * dpp2_flow_chart_get_data:
 * @self: a chart
 *
 * Returns: (transfer none) (nullable): the data shown
 */
const Dpp2Flow *
dpp2_flow_chart_get_data (Dpp2FlowChart *self)
{
  g_return_val_if_fail (DPP2_IS_FLOW_CHART (self), NULL);

  return dpp2_chart_get_data (DPP2_CHART (self));
}

/**
 * dpp2_flow_chart_get_description:
 * @self: a chart
 *
 * Returns: the figures of the chart in a sentence, as its accessible description
 *   (GTK 4.8 cannot read that back)
 */
const char *
dpp2_flow_chart_get_description (Dpp2FlowChart *self)
{
  g_return_val_if_fail (DPP2_IS_FLOW_CHART (self), NULL);

  return dpp2_chart_get_description (DPP2_CHART (self));
}
