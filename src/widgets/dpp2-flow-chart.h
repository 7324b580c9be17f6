/* dpp2-flow-chart.h — cumulative flow: a sprint's cards per column per day, stacked
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "logic/dpp2-flow.h"
#include "dpp2-chart.h"

G_BEGIN_DECLS

#define DPP2_TYPE_FLOW_CHART (dpp2_flow_chart_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2FlowChart, dpp2_flow_chart, DPP2, FLOW_CHART, Dpp2Chart)

GtkWidget      *dpp2_flow_chart_new        (void);
char       *dpp2_flow_chart_describe_point (const Dpp2Flow *flow,
                                            guint           point);
const char *dpp2_flow_chart_get_description (Dpp2FlowChart *self);

void            dpp2_flow_chart_set_data   (Dpp2FlowChart         *self,
                                            Dpp2Flow              *flow);
const Dpp2Flow *dpp2_flow_chart_get_data   (Dpp2FlowChart         *self);

void            dpp2_flow_chart_get_column_color (const Dpp2Flow        *flow,
                                                  guint                  column,
                                                  const Dpp2ChartColors *colors,
                                                  GdkRGBA               *color);
void            dpp2_flow_chart_draw       (cairo_t               *cr,
                                            int                    width,
                                            int                    height,
                                            const Dpp2Flow        *flow,
                                            const Dpp2ChartColors *colors,
                                            PangoContext          *context);

G_END_DECLS
