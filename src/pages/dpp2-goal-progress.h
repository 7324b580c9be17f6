/* dpp2-goal-progress.h — live count of a goal's learning cases done
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_GOAL_PROGRESS (dpp2_goal_progress_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2GoalProgress, dpp2_goal_progress, DPP2, GOAL_PROGRESS, GObject)

Dpp2GoalProgress *dpp2_goal_progress_new          (Dpp2Store        *store,
                                                   gint64            goal_id);
Dpp2GoalProgress *dpp2_goal_progress_new_for_model (GListModel      *cases);
guint             dpp2_goal_progress_get_done     (Dpp2GoalProgress *self);
guint             dpp2_goal_progress_get_total    (Dpp2GoalProgress *self);
double            dpp2_goal_progress_get_fraction (Dpp2GoalProgress *self);

G_END_DECLS
