/* dpp2-goal-row.h — one organisation goal with its progress
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_GOAL_ROW (dpp2_goal_row_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2GoalRow, dpp2_goal_row, DPP2, GOAL_ROW, AdwBin)

GtkWidget *dpp2_goal_row_new      (void);
Dpp2Goal  *dpp2_goal_row_get_goal (Dpp2GoalRow *self);
void       dpp2_goal_row_set_goal (Dpp2GoalRow *self,
                                   Dpp2Goal    *goal);

G_END_DECLS
