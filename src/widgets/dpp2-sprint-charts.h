/* dpp2-sprint-charts.h — a sprint's burndown and cumulative flow, kept up to date
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_SPRINT_CHARTS (dpp2_sprint_charts_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2SprintCharts, dpp2_sprint_charts, DPP2, SPRINT_CHARTS, AdwBin)

GtkWidget *dpp2_sprint_charts_new             (Dpp2Store        *store);
Dpp2Store *dpp2_sprint_charts_get_store       (Dpp2SprintCharts *self);
void       dpp2_sprint_charts_set_store       (Dpp2SprintCharts *self,
                                               Dpp2Store        *store);
gint64     dpp2_sprint_charts_get_sprint_id   (Dpp2SprintCharts *self);
void       dpp2_sprint_charts_set_sprint_id   (Dpp2SprintCharts *self,
                                               gint64            sprint_id);
GtkWidget *dpp2_sprint_charts_get_burndown_chart (Dpp2SprintCharts *self);
GtkWidget *dpp2_sprint_charts_get_flow_chart  (Dpp2SprintCharts *self);
void       dpp2_sprint_charts_refresh         (Dpp2SprintCharts *self);

G_END_DECLS
