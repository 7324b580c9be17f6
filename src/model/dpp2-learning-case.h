/* dpp2-learning-case.h — learning case, a row of the learning_case table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_LEARNING_CASE (dpp2_learning_case_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2LearningCase, dpp2_learning_case, DPP2, LEARNING_CASE, Dpp2Record)

gint64         dpp2_learning_case_get_goal_id             (Dpp2LearningCase *self);
const char    *dpp2_learning_case_get_title               (Dpp2LearningCase *self);
const char    *dpp2_learning_case_get_description         (Dpp2LearningCase *self);
const char    *dpp2_learning_case_get_acceptance_criteria (Dpp2LearningCase *self);
gint64         dpp2_learning_case_get_team_id             (Dpp2LearningCase *self);
Dpp2CaseStatus dpp2_learning_case_get_status              (Dpp2LearningCase *self);
Dpp2Priority   dpp2_learning_case_get_priority            (Dpp2LearningCase *self);
gint64         dpp2_learning_case_get_position            (Dpp2LearningCase *self);
gint64         dpp2_learning_case_get_estimate            (Dpp2LearningCase *self);

G_END_DECLS
