/* dpp2-team.c — learning practice team, a row of the team table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-team.h"
#include "dpp2-record-private.h"

struct _Dpp2Team
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Team, dpp2_team, DPP2_TYPE_RECORD)

enum {
  COL_NAME = 0,
  COL_PURPOSE,
  COL_LEADER_ID,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_NAME] = { "name", "name", DPP2_COLUMN_TEXT },
  [COL_PURPOSE] = { "purpose", "purpose", DPP2_COLUMN_TEXT },
  [COL_LEADER_ID] = { "leader-id", "leader_id", DPP2_COLUMN_REF, NULL, "person", DPP2_ON_DELETE_SET_NULL },
};

static const Dpp2Table table = {
  "team", dpp2_team_get_type, columns, N_COLUMNS, COL_NAME,
  N_("Add Learning Practice Team “%s”"), N_("Delete Learning Practice Team “%s”"), N_("Edit Learning Practice Team “%s”"),
};

const Dpp2Table *dpp2_team_table = &table;

static void
dpp2_team_class_init (Dpp2TeamClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_team_init (Dpp2Team *self)
{
}

/**
 * dpp2_team_get_name:
 * @self: a #Dpp2Team
 *
 * Returns: (transfer none): the #Dpp2Team:name property
 */
const char *
dpp2_team_get_name (Dpp2Team *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_NAME));
}

/**
 * dpp2_team_get_purpose:
 * @self: a #Dpp2Team
 *
 * Returns: (transfer none): the #Dpp2Team:purpose property
 */
const char *
dpp2_team_get_purpose (Dpp2Team *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_PURPOSE));
}

/**
 * dpp2_team_get_leader_id:
 * @self: a #Dpp2Team
 *
 * Returns: the #Dpp2Team:leader-id property (0 = none)
 */
gint64
dpp2_team_get_leader_id (Dpp2Team *self)
{
  g_return_val_if_fail (DPP2_IS_TEAM (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_LEADER_ID));
}
