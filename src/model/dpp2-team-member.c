/* dpp2-team-member.c — team member, a row of the team_member table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-team-member.h"
#include "dpp2-record-private.h"

struct _Dpp2TeamMember
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2TeamMember, dpp2_team_member, DPP2_TYPE_RECORD)

enum {
  COL_TEAM_ID = 0,
  COL_PERSON_ID,
  COL_ROLE,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_TEAM_ID] = { "team-id", "team_id", DPP2_COLUMN_REF, NULL, "team", DPP2_ON_DELETE_CASCADE },
  [COL_PERSON_ID] = { "person-id", "person_id", DPP2_COLUMN_REF, NULL, "person", DPP2_ON_DELETE_CASCADE },
  [COL_ROLE] = { "role", "role", DPP2_COLUMN_TEXT },
};

static const Dpp2Table table = {
  "team_member", dpp2_team_member_get_type, columns, N_COLUMNS, -1,
  N_("Add Team Member"), N_("Delete Team Member"), N_("Edit Team Member"),
};

const Dpp2Table *dpp2_team_member_table = &table;

static void
dpp2_team_member_class_init (Dpp2TeamMemberClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_team_member_init (Dpp2TeamMember *self)
{
}

/**
 * dpp2_team_member_get_team_id:
 * @self: a #Dpp2TeamMember
 *
 * Returns: the #Dpp2TeamMember:team-id property (0 = none)
 */
gint64
dpp2_team_member_get_team_id (Dpp2TeamMember *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM_MEMBER (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_TEAM_ID));
}

/**
 * dpp2_team_member_get_person_id:
 * @self: a #Dpp2TeamMember
 *
 * Returns: the #Dpp2TeamMember:person-id property (0 = none)
 */
gint64
dpp2_team_member_get_person_id (Dpp2TeamMember *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM_MEMBER (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_PERSON_ID));
}

/**
 * dpp2_team_member_get_role:
 * @self: a #Dpp2TeamMember
 *
 * Returns: (transfer none): the #Dpp2TeamMember:role property
 */
const char *
dpp2_team_member_get_role (Dpp2TeamMember *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM_MEMBER (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_ROLE));
}
