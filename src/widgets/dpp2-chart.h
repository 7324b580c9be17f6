/* dpp2-chart.h — what the sprint charts share: their data, tooltips and description
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dpp2-chart-style.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CHART (dpp2_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (Dpp2Chart, dpp2_chart, DPP2, CHART, GtkWidget)

/* A chart draws its data with cairo; the data is a plain struct from src/logic/. */
struct _Dpp2ChartClass
{
  GtkWidgetClass parent_class;

  /* Frees the data (set_data takes it over). */
  GDestroyNotify free_data;
  /* Draws DATA (NULL: no sprint) and puts the plot area in OUT_AREA, for tooltips. */
  void  (*draw)           (cairo_t               *cr,
                           int                    width,
                           int                    height,
                           gconstpointer          data,
                           const Dpp2ChartColors *colors,
                           PangoContext          *context,
                           Dpp2ChartArea         *out_area);
  /* The days the plot spans. */
  guint (*get_n_days)     (gconstpointer          data);
  /* The tooltip of one point, or NULL for none. */
  char *(*describe_point) (gconstpointer          data,
                           guint                  point);
  /* The figures in a sentence, for screen readers; DATA may be NULL. */
  char *(*describe)       (gconstpointer          data);
};

void           dpp2_chart_set_data        (Dpp2Chart *self,
                                           gpointer   data);
gconstpointer  dpp2_chart_get_data        (Dpp2Chart *self);
const char    *dpp2_chart_get_description (Dpp2Chart *self);

G_END_DECLS
