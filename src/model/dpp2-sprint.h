/* dpp2-sprint.h — sprint, a row of the sprint table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_SPRINT (dpp2_sprint_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Sprint, dpp2_sprint, DPP2, SPRINT, Dpp2Record)

gint64          dpp2_sprint_get_team_id       (Dpp2Sprint *self);
const char     *dpp2_sprint_get_name          (Dpp2Sprint *self);
const char     *dpp2_sprint_get_goal          (Dpp2Sprint *self);
const char     *dpp2_sprint_get_start_date    (Dpp2Sprint *self);
const char     *dpp2_sprint_get_end_date      (Dpp2Sprint *self);
Dpp2SprintState dpp2_sprint_get_state         (Dpp2Sprint *self);
const char     *dpp2_sprint_get_review        (Dpp2Sprint *self);
const char     *dpp2_sprint_get_retrospective (Dpp2Sprint *self);

G_END_DECLS
