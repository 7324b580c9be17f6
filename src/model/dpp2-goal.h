/* dpp2-goal.h — goal, a row of the goal table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_GOAL (dpp2_goal_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Goal, dpp2_goal, DPP2, GOAL, Dpp2Record)

const char     *dpp2_goal_get_title        (Dpp2Goal *self);
const char     *dpp2_goal_get_description  (Dpp2Goal *self);
const char     *dpp2_goal_get_ambition     (Dpp2Goal *self);
gint64          dpp2_goal_get_owner_id     (Dpp2Goal *self);
Dpp2GoalStatus  dpp2_goal_get_status       (Dpp2Goal *self);
const char     *dpp2_goal_get_start_date   (Dpp2Goal *self);
const char     *dpp2_goal_get_target_date  (Dpp2Goal *self);
const char     *dpp2_goal_get_kpi_name     (Dpp2Goal *self);
const char     *dpp2_goal_get_kpi_unit     (Dpp2Goal *self);
double          dpp2_goal_get_kpi_baseline (Dpp2Goal *self);
double          dpp2_goal_get_kpi_target   (Dpp2Goal *self);
double          dpp2_goal_get_kpi_current  (Dpp2Goal *self);
Dpp2Disciplines dpp2_goal_get_disciplines  (Dpp2Goal *self);
gint64          dpp2_goal_get_position     (Dpp2Goal *self);

G_END_DECLS
