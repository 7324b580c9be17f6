/* dpp2-goal.c — goal, a row of the goal table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-goal.h"
#include "dpp2-record-private.h"

struct _Dpp2Goal
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Goal, dpp2_goal, DPP2_TYPE_RECORD)

enum {
  COL_TITLE = 0,
  COL_DESCRIPTION,
  COL_AMBITION,
  COL_OWNER_ID,
  COL_STATUS,
  COL_START_DATE,
  COL_TARGET_DATE,
  COL_KPI_NAME,
  COL_KPI_UNIT,
  COL_KPI_BASELINE,
  COL_KPI_TARGET,
  COL_KPI_CURRENT,
  COL_DISCIPLINES,
  COL_POSITION,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_TITLE] = { "title", "title", DPP2_COLUMN_TEXT },
  [COL_DESCRIPTION] = { "description", "description", DPP2_COLUMN_TEXT },
  [COL_AMBITION] = { "ambition", "ambition", DPP2_COLUMN_TEXT },
  [COL_OWNER_ID] = { "owner-id", "owner_id", DPP2_COLUMN_REF, NULL, "person", DPP2_ON_DELETE_SET_NULL },
  [COL_STATUS] = { "status", "status", DPP2_COLUMN_ENUM, dpp2_goal_status_get_type },
  [COL_START_DATE] = { "start-date", "start_date", DPP2_COLUMN_TEXT },
  [COL_TARGET_DATE] = { "target-date", "target_date", DPP2_COLUMN_TEXT },
  [COL_KPI_NAME] = { "kpi-name", "kpi_name", DPP2_COLUMN_TEXT },
  [COL_KPI_UNIT] = { "kpi-unit", "kpi_unit", DPP2_COLUMN_TEXT },
  [COL_KPI_BASELINE] = { "kpi-baseline", "kpi_baseline", DPP2_COLUMN_DOUBLE },
  [COL_KPI_TARGET] = { "kpi-target", "kpi_target", DPP2_COLUMN_DOUBLE },
  [COL_KPI_CURRENT] = { "kpi-current", "kpi_current", DPP2_COLUMN_DOUBLE },
  [COL_DISCIPLINES] = { "disciplines", "disciplines", DPP2_COLUMN_FLAGS, dpp2_disciplines_get_type },
  [COL_POSITION] = { "position", "position", DPP2_COLUMN_INT },
};

static const Dpp2Table table = {
  "goal", dpp2_goal_get_type, columns, N_COLUMNS, COL_TITLE,
  N_("Add Goal “%s”"), N_("Delete Goal “%s”"), N_("Edit Goal “%s”"),
};

const Dpp2Table *dpp2_goal_table = &table;

static void
dpp2_goal_class_init (Dpp2GoalClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_goal_init (Dpp2Goal *self)
{
}

/**
 * dpp2_goal_get_title:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:title property
 */
const char *
dpp2_goal_get_title (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_TITLE));
}

/**
 * dpp2_goal_get_description:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:description property
 */
const char *
dpp2_goal_get_description (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DESCRIPTION));
}

/**
 * dpp2_goal_get_ambition:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:ambition property
 */
const char *
dpp2_goal_get_ambition (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_AMBITION));
}

/**
 * dpp2_goal_get_owner_id:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:owner-id property (0 = none)
 */
gint64
dpp2_goal_get_owner_id (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_OWNER_ID));
}

/**
 * dpp2_goal_get_status:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:status property
 */
Dpp2GoalStatus
dpp2_goal_get_status (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0);

  return (Dpp2GoalStatus) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_STATUS)));
}

/**
 * dpp2_goal_get_start_date:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:start-date property
 */
const char *
dpp2_goal_get_start_date (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_START_DATE));
}

/**
 * dpp2_goal_get_target_date:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:target-date property
 */
const char *
dpp2_goal_get_target_date (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_TARGET_DATE));
}

/**
 * dpp2_goal_get_kpi_name:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:kpi-name property
 */
const char *
dpp2_goal_get_kpi_name (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_KPI_NAME));
}

/**
 * dpp2_goal_get_kpi_unit:
 * @self: a #Dpp2Goal
 *
 * Returns: (transfer none): the #Dpp2Goal:kpi-unit property
 */
const char *
dpp2_goal_get_kpi_unit (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_KPI_UNIT));
}

/**
 * dpp2_goal_get_kpi_baseline:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:kpi-baseline property
 */
double
dpp2_goal_get_kpi_baseline (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0.0);

  return g_value_get_double (dpp2_record_peek_value (DPP2_RECORD (self), COL_KPI_BASELINE));
}

/**
 * dpp2_goal_get_kpi_target:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:kpi-target property
 */
double
dpp2_goal_get_kpi_target (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0.0);

  return g_value_get_double (dpp2_record_peek_value (DPP2_RECORD (self), COL_KPI_TARGET));
}

/**
 * dpp2_goal_get_kpi_current:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:kpi-current property
 */
double
dpp2_goal_get_kpi_current (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0.0);

  return g_value_get_double (dpp2_record_peek_value (DPP2_RECORD (self), COL_KPI_CURRENT));
}

/**
 * dpp2_goal_get_disciplines:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:disciplines property
 */
Dpp2Disciplines
dpp2_goal_get_disciplines (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0);

  return (Dpp2Disciplines) (g_value_get_flags (dpp2_record_peek_value (DPP2_RECORD (self), COL_DISCIPLINES)));
}

/**
 * dpp2_goal_get_position:
 * @self: a #Dpp2Goal
 *
 * Returns: the #Dpp2Goal:position property
 */
gint64
dpp2_goal_get_position (Dpp2Goal *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_POSITION));
}
