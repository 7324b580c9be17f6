/* dpp2-chart-style.h — colours and text shared by the charts, for screen and PDF
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The colours a chart draws with, taken from the style so dark mode works. */
typedef struct
{
  GdkRGBA fg;        /* text and axes */
  GdkRGBA accent;    /* the main series */
  GdkRGBA success;   /* done */
  GdkRGBA warning;   /* waiting, review */
  GdkRGBA error;     /* over a limit */
  GdkRGBA purple;    /* further series */
  GdkRGBA teal;
} Dpp2ChartColors;

void         dpp2_chart_colors_init_from_widget (Dpp2ChartColors      *colors,
                                                 GtkWidget            *widget);
void         dpp2_chart_colors_init_default     (Dpp2ChartColors      *colors,
                                                 gboolean              dark);
void         dpp2_chart_set_color               (cairo_t              *cr,
                                                 const GdkRGBA        *color,
                                                 double                alpha);
PangoLayout *dpp2_chart_create_layout           (PangoContext         *context,
                                                 double                scale,
                                                 gboolean              bold);
void         dpp2_chart_nice_scale              (double                max_value,
                                                 guint                 max_ticks,
                                                 double               *top,
                                                 double               *step);
char        *dpp2_chart_format_day              (const GDate          *start,
                                                 guint                 day);
gboolean     dpp2_chart_is_weekend              (const GDate          *start,
                                                 guint                 day);

/* Margins and the plot area of a chart with a legend above and day labels below. */
typedef struct
{
  double left, top, width, height;
} Dpp2ChartArea;

void         dpp2_chart_draw_frame              (cairo_t              *cr,
                                                 PangoContext         *context,
                                                 const Dpp2ChartColors *colors,
                                                 int                   width,
                                                 int                   height,
                                                 const GDate          *start,
                                                 guint                 n_days,
                                                 double                top_value,
                                                 double                step,
                                                 double                legend_height,
                                                 Dpp2ChartArea        *area);
double       dpp2_chart_draw_legend_item        (cairo_t              *cr,
                                                 PangoContext         *context,
                                                 const Dpp2ChartColors *colors,
                                                 double                x,
                                                 double                y,
                                                 const GdkRGBA        *swatch,
                                                 gboolean              dashed,
                                                 const char           *label);
gboolean     dpp2_chart_point_at                (const Dpp2ChartArea  *area,
                                                 guint                 n_days,
                                                 double                x,
                                                 double                y,
                                                 guint                *point,
                                                 GdkRectangle         *tip_area);
char        *dpp2_chart_format_point            (const GDate          *start,
                                                 guint                 point);
void         dpp2_chart_draw_unit               (cairo_t              *cr,
                                                 PangoContext         *context,
                                                 const Dpp2ChartColors *colors,
                                                 int                   width,
                                                 double                y,
                                                 const char           *unit);
void         dpp2_chart_draw_message            (cairo_t              *cr,
                                                 PangoContext         *context,
                                                 const Dpp2ChartColors *colors,
                                                 int                   width,
                                                 int                   height,
                                                 const char           *message);

G_END_DECLS
