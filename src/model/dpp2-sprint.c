/* dpp2-sprint.c — sprint, a row of the sprint table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-sprint.h"
#include "dpp2-record-private.h"

struct _Dpp2Sprint
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Sprint, dpp2_sprint, DPP2_TYPE_RECORD)

enum {
  COL_TEAM_ID = 0,
  COL_NAME,
  COL_GOAL,
  COL_START_DATE,
  COL_END_DATE,
  COL_STATE,
  COL_REVIEW,
  COL_RETROSPECTIVE,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_TEAM_ID] = { "team-id", "team_id", DPP2_COLUMN_REF, NULL, "team", DPP2_ON_DELETE_CASCADE },
  [COL_NAME] = { "name", "name", DPP2_COLUMN_TEXT },
  [COL_GOAL] = { "goal", "goal", DPP2_COLUMN_TEXT },
  [COL_START_DATE] = { "start-date", "start_date", DPP2_COLUMN_TEXT },
  [COL_END_DATE] = { "end-date", "end_date", DPP2_COLUMN_TEXT },
  [COL_STATE] = { "state", "state", DPP2_COLUMN_ENUM, dpp2_sprint_state_get_type },
  [COL_REVIEW] = { "review", "review", DPP2_COLUMN_TEXT },
  [COL_RETROSPECTIVE] = { "retrospective", "retrospective", DPP2_COLUMN_TEXT },
};

static const Dpp2Table table = {
  "sprint", dpp2_sprint_get_type, columns, N_COLUMNS, COL_NAME,
  N_("Add Sprint “%s”"), N_("Delete Sprint “%s”"), N_("Edit Sprint “%s”"),
};

const Dpp2Table *dpp2_sprint_table = &table;

static void
dpp2_sprint_class_init (Dpp2SprintClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_sprint_init (Dpp2Sprint *self)
{
}

/**
 * dpp2_sprint_get_team_id:
 * @self: a #Dpp2Sprint
 *
 * Returns: the #Dpp2Sprint:team-id property (0 = none)
 */
gint64
dpp2_sprint_get_team_id (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_TEAM_ID));
}

/**
 * dpp2_sprint_get_name:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:name property
 */
const char *
dpp2_sprint_get_name (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_NAME));
}

/**
 * dpp2_sprint_get_goal:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:goal property
 */
const char *
dpp2_sprint_get_goal (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_GOAL));
}

/**
 * dpp2_sprint_get_start_date:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:start-date property
 */
const char *
dpp2_sprint_get_start_date (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_START_DATE));
}

/**
 * dpp2_sprint_get_end_date:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:end-date property
 */
const char *
dpp2_sprint_get_end_date (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_END_DATE));
}

/**
 * dpp2_sprint_get_state:
 * @self: a #Dpp2Sprint
 *
 * Returns: the #Dpp2Sprint:state property
 */
Dpp2SprintState
dpp2_sprint_get_state (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), 0);

  return (Dpp2SprintState) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_STATE)));
}

/**
 * dpp2_sprint_get_review:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:review property
 */
const char *
dpp2_sprint_get_review (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_REVIEW));
}

/**
 * dpp2_sprint_get_retrospective:
 * @self: a #Dpp2Sprint
 *
 * Returns: (transfer none): the #Dpp2Sprint:retrospective property
 */
const char *
dpp2_sprint_get_retrospective (Dpp2Sprint *self)
{
  g_return_val_if_fail (DPP2_IS_SPRINT (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_RETROSPECTIVE));
}
