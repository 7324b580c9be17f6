/* dpp2-burndown-chart.c — a sprint's remaining points per day against the ideal line
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "logic/dpp2-validation.h"
#include "dpp2-burndown-chart.h"

struct _Dpp2BurndownChart
{
  Dpp2Chart parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2BurndownChart, dpp2_burndown_chart, DPP2_TYPE_CHART)

#define LEGEND_HEIGHT 28

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
  const Dpp2Burndown *burndown = data;
  Dpp2ChartArea area;
  double max_value = 0, top, step, x;
  const double dash[] = { 5, 4 };

  g_return_if_fail (cr != NULL && colors != NULL && context != NULL);

  if (out_area != NULL)
    *out_area = (Dpp2ChartArea) { 0, 0, 0, 0 };

  if (burndown == NULL || burndown->n_points == 0)
    {
      dpp2_chart_draw_message (cr, context, colors, width, height,
                               burndown == NULL
                               ? _("No sprint")
                               : _("Give the sprint a start and end date to see its burndown"));
      return;
    }

  for (guint k = 0; k < burndown->n_points; k++)
    {
      max_value = MAX (max_value, burndown->ideal[k]);
      if (k < burndown->n_actual)
        max_value = MAX (max_value, burndown->remaining[k]);
    }
  dpp2_chart_nice_scale (max_value, 5, &top, &step);

  x = dpp2_chart_draw_legend_item (cr, context, colors, 0, 4, &colors->accent, FALSE,
                                   _("Remaining"));
  dpp2_chart_draw_legend_item (cr, context, colors, x, 4, &colors->fg, TRUE, _("Ideal"));
  /* Translators: the unit of a burndown chart's vertical axis. */
  dpp2_chart_draw_unit (cr, context, colors, width, 4, _("points"));

  dpp2_chart_draw_frame (cr, context, colors, width, height, &burndown->start,
                         burndown->n_days, top, step, LEGEND_HEIGHT, &area);
  if (out_area != NULL)
    *out_area = area;

#define PX(k) (area.left + (double) (k) / burndown->n_days * area.width)
#define PY(v) (area.top + area.height - (v) / top * area.height)

  /* The ideal line. */
  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.5);
  dpp2_chart_set_color (cr, &colors->fg, 0.45);
  cairo_move_to (cr, PX (0), PY (burndown->ideal[0]));
  cairo_line_to (cr, PX (burndown->n_days), PY (burndown->ideal[burndown->n_days]));
  cairo_stroke (cr);
  cairo_restore (cr);

  if (burndown->n_actual == 0)
    return;

  /* The area under the remaining points, then its line. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, PX (0), PY (0));
  for (guint k = 0; k < burndown->n_actual; k++)
    cairo_line_to (cr, PX (k), PY (burndown->remaining[k]));
  cairo_line_to (cr, PX (burndown->n_actual - 1), PY (0));
  cairo_close_path (cr);
  /* A light accent reads weaker on a dark background: fill it a little more. */
  dpp2_chart_set_color (cr, &colors->accent,
                        0.2126 * colors->fg.red + 0.7152 * colors->fg.green
                        + 0.0722 * colors->fg.blue > 0.5 ? 0.22 : 0.15);
  cairo_fill (cr);

  cairo_set_line_width (cr, 2.5);
  for (guint k = 0; k < burndown->n_actual; k++)
    cairo_line_to (cr, PX (k), PY (burndown->remaining[k]));
  dpp2_chart_set_color (cr, &colors->accent, 1);
  cairo_stroke (cr);

  /* Points on the line, the latest one larger: where the sprint stands now. */
  for (guint k = 0; k < burndown->n_actual; k++)
    {
      gboolean last = k + 1 == burndown->n_actual;

      cairo_new_sub_path (cr);
      cairo_arc (cr, PX (k), PY (burndown->remaining[k]), last ? 4.5 : 3, 0, 2 * G_PI);
      dpp2_chart_set_color (cr, &colors->accent, 1);
      cairo_fill (cr);
    }

  /* The figure of the latest point next to it. */
  {
    guint k = burndown->n_actual - 1;
    g_autoptr(PangoLayout) layout = dpp2_chart_create_layout (context, 0.85, TRUE);
    g_autofree char *text = g_strdup_printf ("%.0f", burndown->remaining[k]);
    PangoRectangle logical;
    double lx, ly;

    pango_layout_set_text (layout, text, -1);
    pango_layout_get_pixel_extents (layout, NULL, &logical);
    lx = PX (k) + 8;
    if (lx + logical.width > area.left + area.width)
      lx = PX (k) - 8 - logical.width;
    ly = PY (burndown->remaining[k]) - logical.height - 4;
    if (ly < area.top)
      ly = PY (burndown->remaining[k]) + 4;
    dpp2_chart_set_color (cr, &colors->accent, 1);
    cairo_move_to (cr, lx, ly);
    pango_cairo_show_layout (cr, layout);
  }

#undef PX
#undef PY
}

/**
 * dpp2_burndown_chart_draw:
 * @cr: where to draw, a widget's snapshot or a PDF page
 * @width: the chart's width
 * @height: its height
 * @burndown: (nullable): the data
 * @colors: the colours
 * @context: a Pango context for the text
 *
 * Draws the remaining points (a filled line in the accent colour, up to today) and
 * the ideal line (dashed) over the sprint's days, with a legend above.
 */
void
dpp2_burndown_chart_draw (cairo_t               *cr,
                          int                    width,
                          int                    height,
                          const Dpp2Burndown    *burndown,
                          const Dpp2ChartColors *colors,
                          PangoContext          *context)
{
  draw_chart (cr, width, height, burndown, colors, context, NULL);
}

/**
 * dpp2_burndown_chart_describe_point:
 * @burndown: the data
 * @point: a point, < n_points
 *
 * Returns: (transfer full): the figures of one point, for its tooltip:
 *   "4 Dec: 19 of 23 points remaining, ideal 8.5"
 */
char *
dpp2_burndown_chart_describe_point (const Dpp2Burndown *burndown,
                                    guint               point)
{
  g_autofree char *when = NULL;
  g_autofree char *remaining = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *ideal = NULL;

  g_return_val_if_fail (burndown != NULL, NULL);
  g_return_val_if_fail (point < burndown->n_points, NULL);

  when = dpp2_chart_format_point (&burndown->start, point);
  ideal = dpp2_format_number (round (burndown->ideal[point] * 10) / 10);
  if (point >= burndown->n_actual)
    /* Translators: a burndown tooltip for a day still to come: the day, the ideal points. */
    return g_strdup_printf (_("%s: ideal %s points"), when, ideal);

  remaining = dpp2_format_number (burndown->remaining[point]);
  scope = dpp2_format_number (burndown->scope[point]);
  /* Translators: a burndown tooltip: the day, remaining points, all points, ideal points. */
  return g_strdup_printf (_("%s: %s of %s points remaining, ideal %s"), when, remaining, scope,
                          ideal);
}

static guint
get_n_days (gconstpointer data)
{
  return ((const Dpp2Burndown *) data)->n_days;
}

static char *
describe_point (gconstpointer data,
                guint         point)
{
  return dpp2_burndown_chart_describe_point (data, point);
}

static char *
describe (gconstpointer data)
{
  return data != NULL ? dpp2_burndown_describe (data) : g_strdup (_("Burndown: no sprint"));
}

static void
dpp2_burndown_chart_class_init (Dpp2BurndownChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  Dpp2ChartClass *chart_class = DPP2_CHART_CLASS (klass);

  chart_class->free_data = (GDestroyNotify) dpp2_burndown_free;
  chart_class->draw = draw_chart;
  chart_class->get_n_days = get_n_days;
  chart_class->describe_point = describe_point;
  chart_class->describe = describe;

  gtk_widget_class_set_css_name (widget_class, "burndown-chart");
}

static void
dpp2_burndown_chart_init (Dpp2BurndownChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Burndown"),
                                  -1);
}

GtkWidget *
dpp2_burndown_chart_new (void)
{
  return g_object_new (DPP2_TYPE_BURNDOWN_CHART, NULL);
}

/**
 * dpp2_burndown_chart_set_data:
 * @self: a chart
 * @burndown: (transfer full) (nullable): the data to show
 *
 * Shows @burndown and says its figures to screen readers.
 */
void
dpp2_burndown_chart_set_data (Dpp2BurndownChart *self,
                              Dpp2Burndown      *burndown)
{
  g_return_if_fail (DPP2_IS_BURNDOWN_CHART (self));

  dpp2_chart_set_data (DPP2_CHART (self), burndown);
}

/**
 * dpp2_burndown_chart_get_data:
 * @self: a chart
 *
 * Returns: (transfer none) (nullable): the data shown
 */
const Dpp2Burndown *
dpp2_burndown_chart_get_data (Dpp2BurndownChart *self)
{
  g_return_val_if_fail (DPP2_IS_BURNDOWN_CHART (self), NULL);

  return dpp2_chart_get_data (DPP2_CHART (self));
}

/**
 * dpp2_burndown_chart_get_description:
 * @self: a chart
 *
 * Returns: the figures of the chart in a sentence, as its accessible description
 *   (GTK 4.8 cannot read that back)
 */
const char *
dpp2_burndown_chart_get_description (Dpp2BurndownChart *self)
{
  g_return_val_if_fail (DPP2_IS_BURNDOWN_CHART (self), NULL);

  return dpp2_chart_get_description (DPP2_CHART (self));
}
