/* dpp2-goals-page.h — the organisation goals, each with its KPI and learning cases
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-page.h"
#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_GOALS_PAGE (dpp2_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2GoalsPage, dpp2_goals_page, DPP2, GOALS_PAGE, Dpp2Page)

Dpp2Goal  *dpp2_goals_page_get_goal      (Dpp2GoalsPage *self);
gboolean   dpp2_goals_page_select_goal   (Dpp2GoalsPage *self,
                                          gint64         goal_id);
void       dpp2_goals_page_move_case     (Dpp2GoalsPage    *self,
                                          Dpp2LearningCase *learning_case,
                                          guint             index);

G_END_DECLS
