/* dpp2-chart-style.c — colours and text shared by the charts, for screen and PDF
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dpp2-chart-style.h"

/* GNOME palette, for when the style has no such colour (a PDF, another theme). */
static const struct {
  const char *name;
  const char *light;
  const char *dark;
} fallbacks[] = {
  { "accent_color", "#1c71d8", "#78aeed" },
  { "success_color", "#26a269", "#8ff0a4" },
  { "warning_color", "#9c6e03", "#f8e45c" },
  { "error_color", "#c01c28", "#ff7b63" },
  { "purple_3", "#9141ac", "#c061cb" },
  { "teal", "#2190a4", "#5bc8af" },
};

static void
set_fallback (GdkRGBA *color,
              guint    i,
              gboolean dark)
{
  gdk_rgba_parse (color, dark ? fallbacks[i].dark : fallbacks[i].light);
}

static GdkRGBA *
color_slot (Dpp2ChartColors *colors,
            guint            i)
{
  GdkRGBA *slots[] = { &colors->accent, &colors->success, &colors->warning, &colors->error,
                       &colors->purple, &colors->teal };

  return slots[i];
}

/**
 * dpp2_chart_colors_init_default:
 * @colors: (out): the colours
 * @dark: for a dark background
 *
 * Adwaita's colours without a widget, for printing and PDF.
 */
void
dpp2_chart_colors_init_default (Dpp2ChartColors *colors,
                                gboolean         dark)
{
  g_return_if_fail (colors != NULL);

  gdk_rgba_parse (&colors->fg, dark ? "#ffffff" : "rgba(0,0,0,0.8)");
  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    set_fallback (color_slot (colors, i), i, dark);
}

/**
 * dpp2_chart_colors_init_from_widget:
 * @colors: (out): the colours
 * @widget: the chart
 *
 * The widget's text colour and the style's named colours (accent_color,
 * success_color, …), so a chart follows light and dark styles and high contrast.
 */
void
dpp2_chart_colors_init_from_widget (Dpp2ChartColors *colors,
                                    GtkWidget       *widget)
{
  GtkStyleContext *context;
  gboolean dark;

  g_return_if_fail (colors != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* gtk_widget_get_color() is GTK 4.10; the style context is the 4.8 way. */
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &colors->fg);
  dark = (0.2126 * colors->fg.red + 0.7152 * colors->fg.green + 0.0722 * colors->fg.blue) > 0.5;

  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    {
      const char *name = fallbacks[i].name;

      /* The palette has light and dark shades; pick one that reads on the background. */
      if (g_str_equal (name, "purple_3") && dark)
        name = "purple_2";
      if (g_str_equal (name, "teal"))
        name = dark ? "green_1" : "green_5";
      if (!gtk_style_context_lookup_color (context, name, color_slot (colors, i)))
        set_fallback (color_slot (colors, i), i, dark);
    }
}

/**
 * dpp2_chart_set_color:
 * @cr: a cairo context
 * @color: a colour
 * @alpha: multiplies the colour's alpha
 */
void
dpp2_chart_set_color (cairo_t       *cr,
                      const GdkRGBA *color,
                      double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/**
 * dpp2_chart_create_layout:
 * @context: the Pango context of the widget or of the PDF surface
 * @scale: relative to the context's font size
 * @bold: whether the text is bold
 *
 * Returns: (transfer full): a layout for chart labels, with tabular figures
 */
PangoLayout *
dpp2_chart_create_layout (PangoContext *context,
                          double        scale,
                          gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  const PangoFontDescription *base = pango_context_get_font_description (context);
  PangoFontDescription *desc = base != NULL ? pango_font_description_copy (base)
                                            : pango_font_description_from_string ("Sans 10");
  int size = pango_font_description_get_size (desc);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (size <= 0)
    size = 10 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (desc))
    pango_font_description_set_absolute_size (desc, size * scale);
  else
    pango_font_description_set_size (desc, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/**
 * dpp2_chart_nice_scale:
 * @max_value: the largest value to show
 * @max_ticks: at most this many grid lines above 0
 * @top: (out): the top of the axis
 * @step: (out): the distance of the grid lines: 1, 2 or 5 × 10ⁿ, at least 1
 */
void
dpp2_chart_nice_scale (double  max_value,
                       guint   max_ticks,
                       double *top,
                       double *step)
{
  double raw, magnitude, nice;

  max_ticks = MAX (max_ticks, 1);
  if (!(max_value > 0))
    max_value = max_ticks;

  raw = max_value / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  if (raw / magnitude <= 1)
    nice = magnitude;
  else if (raw / magnitude <= 2)
    nice = 2 * magnitude;
  else if (raw / magnitude <= 5)
    nice = 5 * magnitude;
  else
    nice = 10 * magnitude;
  nice = MAX (nice, 1);

  *step = nice;
  *top = ceil (max_value / nice) * nice;
}

/**
 * dpp2_chart_format_day:
 * @start: the first day of the sprint
 * @day: a day after it
 *
 * Returns: (transfer full): the day for an axis, "30 Nov"
 */
char *
dpp2_chart_format_day (const GDate *start,
                       guint        day)
{
  GDate date = *start;
  char buf[64];

  g_date_add_days (&date, day);
  /* Translators: a day under a chart, see strftime(3); "%-d %b" gives "30 nov" in Dutch. */
  if (g_date_strftime (buf, sizeof buf, _("%-d %b"), &date) == 0)
    return g_strdup_printf ("%u", day + 1);
  return g_strdup (buf);
}

/**
 * dpp2_chart_is_weekend:
 * @start: the first day of the sprint
 * @day: a day after it
 *
 * Returns: whether @day is a Saturday or Sunday
 */
gboolean
dpp2_chart_is_weekend (const GDate *start,
                       guint        day)
{
  GDate date = *start;
  GDateWeekday weekday;

  g_date_add_days (&date, day);
  weekday = g_date_get_weekday (&date);
  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * dpp2_chart_draw_frame:
 * @cr: where to draw
 * @context: the Pango context
 * @colors: the colours
 * @width: the width of the chart
 * @height: its height
 * @start: the first day
 * @n_days: the days on the x axis
 * @top_value: the top of the y axis
 * @step: the distance of its grid lines
 * @legend_height: room to leave above the plot
 * @area: (out): the plot area
 *
 * Draws weekends, grid lines with their values and the days below, and returns the
 * area the series go in.
 */
void
dpp2_chart_draw_frame (cairo_t               *cr,
                       PangoContext          *context,
                       const Dpp2ChartColors *colors,
                       int                    width,
                       int                    height,
                       const GDate           *start,
                       guint                  n_days,
                       double                 top_value,
                       double                 step,
                       double                 legend_height,
                       Dpp2ChartArea         *area)
{
  g_autoptr(PangoLayout) layout = dpp2_chart_create_layout (context, 0.8, FALSE);
  g_autofree char *top_text = g_strdup_printf ("%.0f", top_value);
  PangoRectangle ink, logical;
  double label_height, day_width, label_width = 0;
  guint every = 1;

  pango_layout_set_text (layout, top_text, -1);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  label_height = logical.height;

  area->left = logical.width + 10;
  area->top = legend_height + label_height / 2;
  area->width = MAX (width - area->left - 12, 1);
  area->height = MAX (height - area->top - label_height - 10, 1);
  day_width = area->width / MAX (n_days, 1);

  /* A day's value is drawn at the end of the day, over its label. Weekends are lightly
   * shaded around theirs: nobody is expected to move cards then. */
  cairo_save (cr);
  cairo_rectangle (cr, area->left, area->top, area->width, area->height);
  cairo_clip (cr);
  for (guint d = 0; d < n_days; d++)
    if (dpp2_chart_is_weekend (start, d))
      {
        dpp2_chart_set_color (cr, &colors->fg, 0.045);
        cairo_rectangle (cr, area->left + (d + 0.5) * day_width, area->top, day_width,
                         area->height);
        cairo_fill (cr);
      }
  cairo_restore (cr);

  /* Horizontal grid lines and their values. */
  cairo_set_line_width (cr, 1);
  for (double v = 0; v <= top_value + step / 2; v += step)
    {
      double y = round (area->top + area->height - v / top_value * area->height) + 0.5;
      g_autofree char *text = g_strdup_printf ("%.0f", v);

      dpp2_chart_set_color (cr, &colors->fg, v == 0 ? 0.35 : 0.1);
      cairo_move_to (cr, area->left, y);
      cairo_line_to (cr, area->left + area->width, y);
      cairo_stroke (cr);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      dpp2_chart_set_color (cr, &colors->fg, 0.6);
      show_layout_at (cr, layout, area->left - 6 - logical.width, y - logical.height / 2.0);
    }

  /* Day labels under the middle of each day, thinned out when they would touch. */
  for (guint d = 0; d < n_days; d++)
    {
      g_autofree char *text = dpp2_chart_format_day (start, d);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      label_width = MAX (label_width, logical.width);
    }
  while (every < n_days && every * day_width < label_width + 12)
    every++;

  for (guint d = 0; d < n_days; d++)
    {
      double x = area->left + (d + 1) * day_width;

      /* Tick marks at the end of each day; the sprint's last day always has a label. */
      dpp2_chart_set_color (cr, &colors->fg, 0.35);
      cairo_move_to (cr, round (x) - 0.5, area->top + area->height);
      cairo_line_to (cr, round (x) - 0.5, area->top + area->height + 4);
      cairo_stroke (cr);

      if ((n_days - 1 - d) % every == 0)
        {
          g_autofree char *text = dpp2_chart_format_day (start, d);
          double lx;

          pango_layout_set_text (layout, text, -1);
          pango_layout_get_pixel_extents (layout, &ink, &logical);
          dpp2_chart_set_color (cr, &colors->fg, 0.6);
          lx = MIN (x - logical.width / 2.0, width - logical.width - 2);
          show_layout_at (cr, layout, lx, area->top + area->height + 5);
        }
    }
}

/**
 * dpp2_chart_draw_legend_item:
 * @cr: where to draw
 * @context: the Pango context
 * @colors: the colours
 * @x: the left edge
 * @y: the top edge
 * @swatch: the colour of the series
 * @dashed: a dashed line instead of a block
 * @label: the name of the series
 *
 * Returns: the x after the item, for the next one
 */
double
dpp2_chart_draw_legend_item (cairo_t               *cr,
                             PangoContext          *context,
                             const Dpp2ChartColors *colors,
                             double                 x,
                             double                 y,
                             const GdkRGBA         *swatch,
                             gboolean               dashed,
                             const char            *label)
{
  g_autoptr(PangoLayout) layout = dpp2_chart_create_layout (context, 0.85, FALSE);
  PangoRectangle logical;
  double mid;

  pango_layout_set_text (layout, label, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  mid = y + logical.height / 2.0;

  if (dashed)
    {
      const double dash[] = { 4, 3 };

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 2);
      dpp2_chart_set_color (cr, swatch, 1);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + 16, mid);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  else
    {
      dpp2_chart_set_color (cr, swatch, 1);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + 3, mid - 2, 3, G_PI, 1.5 * G_PI);
      cairo_arc (cr, x + 13, mid - 2, 3, 1.5 * G_PI, 2 * G_PI);
      cairo_arc (cr, x + 13, mid + 2, 3, 0, 0.5 * G_PI);
      cairo_arc (cr, x + 3, mid + 2, 3, 0.5 * G_PI, G_PI);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  dpp2_chart_set_color (cr, &colors->fg, 0.8);
  cairo_move_to (cr, x + 22, y);
  pango_cairo_show_layout (cr, layout);
  return x + 22 + logical.width + 16;
}

/**
 * dpp2_chart_point_at:
 * @area: the plot area of the last drawing
 * @n_days: the days of the sprint
 * @x: a position in the chart
 * @y: a position in the chart
 * @point: (out): the point nearest to @x, 0 … @n_days
 * @tip_area: (out): the strip around that point, for a tooltip
 *
 * Returns: whether (@x, @y) is over the plot
 */
gboolean
dpp2_chart_point_at (const Dpp2ChartArea *area,
                     guint                n_days,
                     double               x,
                     double               y,
                     guint               *point,
                     GdkRectangle        *tip_area)
{
  double day_width, k;

  if (area->width <= 0 || n_days == 0)
    return FALSE;
  day_width = area->width / n_days;
  if (y < area->top || y > area->top + area->height ||
      x < area->left - day_width / 2 || x > area->left + area->width + day_width / 2)
    return FALSE;

  k = round ((x - area->left) / day_width);
  *point = (guint) CLAMP (k, 0, n_days);
  tip_area->x = (int) floor (area->left + (*point - 0.5) * day_width);
  tip_area->y = (int) area->top;
  tip_area->width = MAX ((int) ceil (day_width), 1);
  tip_area->height = (int) area->height;
  return TRUE;
}

/**
 * dpp2_chart_format_point:
 * @start: the first day of the sprint
 * @point: a point of a chart, 0 … n_days
 *
 * Returns: (transfer full): what the point stands for: "Start of 23 Nov" for the first,
 *   else the day it ends, "4 Dec"
 */
char *
dpp2_chart_format_point (const GDate *start,
                         guint        point)
{
  g_autofree char *day = dpp2_chart_format_day (start, point > 0 ? point - 1 : 0);

  if (point == 0)
    /* Translators: the first point of a sprint chart; %s is the sprint's first day. */
    return g_strdup_printf (_("Start of %s"), day);
  return g_steal_pointer (&day);
}

/**
 * dpp2_chart_draw_unit:
 * @cr: where to draw
 * @context: the Pango context
 * @colors: the colours
 * @width: the chart's width
 * @y: the top of the legend line
 * @unit: what the y axis counts, "points"
 *
 * Writes the unit of the y axis at the right end of the legend line.
 */
void
dpp2_chart_draw_unit (cairo_t               *cr,
                      PangoContext          *context,
                      const Dpp2ChartColors *colors,
                      int                    width,
                      double                 y,
                      const char            *unit)
{
  g_autoptr(PangoLayout) layout = dpp2_chart_create_layout (context, 0.8, FALSE);
  PangoRectangle logical;

  pango_layout_set_text (layout, unit, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  dpp2_chart_set_color (cr, &colors->fg, 0.55);
  cairo_move_to (cr, width - logical.width - 2, y + 1);
  pango_cairo_show_layout (cr, layout);
}

/**
 * dpp2_chart_draw_message:
 * @cr: where to draw
 * @context: the Pango context
 * @colors: the colours
 * @width: the chart's width
 * @height: its height
 * @message: what to say instead of a chart
 */
void
dpp2_chart_draw_message (cairo_t               *cr,
                         PangoContext          *context,
                         const Dpp2ChartColors *colors,
                         int                    width,
                         int                    height,
                         const char            *message)
{
  g_autoptr(PangoLayout) layout = dpp2_chart_create_layout (context, 1.0, FALSE);
  PangoRectangle logical;

  pango_layout_set_text (layout, message, -1);
  pango_layout_set_width (layout, MAX (width - 24, 1) * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  dpp2_chart_set_color (cr, &colors->fg, 0.55);
  cairo_move_to (cr, 12, (height - logical.height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}
