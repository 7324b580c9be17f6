/* dpp2-team.h — learning practice team, a row of the team table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_TEAM (dpp2_team_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Team, dpp2_team, DPP2, TEAM, Dpp2Record)

const char *dpp2_team_get_name      (Dpp2Team *self);
const char *dpp2_team_get_purpose   (Dpp2Team *self);
gint64      dpp2_team_get_leader_id (Dpp2Team *self);

G_END_DECLS
