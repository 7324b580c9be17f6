/* dpp2-burndown-chart.h — a sprint's remaining points per day against the ideal line
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "logic/dpp2-burndown.h"
#include "dpp2-chart.h"

G_BEGIN_DECLS

#define DPP2_TYPE_BURNDOWN_CHART (dpp2_burndown_chart_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2BurndownChart, dpp2_burndown_chart, DPP2, BURNDOWN_CHART, Dpp2Chart)

GtkWidget          *dpp2_burndown_chart_new      (void);
char       *dpp2_burndown_chart_describe_point (const Dpp2Burndown *burndown,
                                                guint               point);
const char *dpp2_burndown_chart_get_description (Dpp2BurndownChart *self);

void                dpp2_burndown_chart_set_data (Dpp2BurndownChart     *self,
                                                  Dpp2Burndown          *burndown);
const Dpp2Burndown *dpp2_burndown_chart_get_data (Dpp2BurndownChart     *self);

void                dpp2_burndown_chart_draw     (cairo_t               *cr,
                                                  int                    width,
                                                  int                    height,
                                                  const Dpp2Burndown    *burndown,
                                                  const Dpp2ChartColors *colors,
                                                  PangoContext          *context);

G_END_DECLS
