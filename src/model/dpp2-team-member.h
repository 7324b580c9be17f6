/* dpp2-team-member.h — team member, a row of the team_member table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_TEAM_MEMBER (dpp2_team_member_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2TeamMember, dpp2_team_member, DPP2, TEAM_MEMBER, Dpp2Record)

gint64      dpp2_team_member_get_team_id   (Dpp2TeamMember *self);
gint64      dpp2_team_member_get_person_id (Dpp2TeamMember *self);
const char *dpp2_team_member_get_role      (Dpp2TeamMember *self);

G_END_DECLS
