/* dpp2-goal-case-dialog.h — add or edit one learning case of a goal
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_GOAL_CASE_DIALOG (dpp2_goal_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2GoalCaseDialog, dpp2_goal_case_dialog, DPP2, GOAL_CASE_DIALOG, AdwWindow)

Dpp2GoalCaseDialog *dpp2_goal_case_dialog_new  (Dpp2Store          *store,
                                                gint64              goal_id,
                                                Dpp2LearningCase   *learning_case);
gboolean            dpp2_goal_case_dialog_save (Dpp2GoalCaseDialog *self);

G_END_DECLS
