/* dpp2-learning-case.c — learning case, a row of the learning_case table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-learning-case.h"
#include "dpp2-record-private.h"

struct _Dpp2LearningCase
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2LearningCase, dpp2_learning_case, DPP2_TYPE_RECORD)

enum {
  COL_GOAL_ID = 0,
  COL_TITLE,
  COL_DESCRIPTION,
  COL_ACCEPTANCE_CRITERIA,
  COL_TEAM_ID,
  COL_STATUS,
  COL_PRIORITY,
  COL_POSITION,
  COL_ESTIMATE,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_GOAL_ID] = { "goal-id", "goal_id", DPP2_COLUMN_REF, NULL, "goal", DPP2_ON_DELETE_CASCADE },
  [COL_TITLE] = { "title", "title", DPP2_COLUMN_TEXT },
  [COL_DESCRIPTION] = { "description", "description", DPP2_COLUMN_TEXT },
  [COL_ACCEPTANCE_CRITERIA] = { "acceptance-criteria", "acceptance_criteria", DPP2_COLUMN_TEXT },
  [COL_TEAM_ID] = { "team-id", "team_id", DPP2_COLUMN_REF, NULL, "team", DPP2_ON_DELETE_SET_NULL },
  [COL_STATUS] = { "status", "status", DPP2_COLUMN_ENUM, dpp2_case_status_get_type },
  [COL_PRIORITY] = { "priority", "priority", DPP2_COLUMN_ENUM, dpp2_priority_get_type },
  [COL_POSITION] = { "position", "position", DPP2_COLUMN_INT },
  [COL_ESTIMATE] = { "estimate", "estimate", DPP2_COLUMN_INT },
};

static const Dpp2Table table = {
  "learning_case", dpp2_learning_case_get_type, columns, N_COLUMNS, COL_TITLE,
  N_("Add Learning Case “%s”"), N_("Delete Learning Case “%s”"), N_("Edit Learning Case “%s”"),
};

const Dpp2Table *dpp2_learning_case_table = &table;

static void
dpp2_learning_case_class_init (Dpp2LearningCaseClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_learning_case_init (Dpp2LearningCase *self)
{
}

/**
 * dpp2_learning_case_get_goal_id:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:goal-id property (0 = none)
 */
gint64
dpp2_learning_case_get_goal_id (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_GOAL_ID));
}

/**
 * dpp2_learning_case_get_title:
 * @self: a #Dpp2LearningCase
 *
 * Returns: (transfer none): the #Dpp2LearningCase:title property
 */
const char *
dpp2_learning_case_get_title (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_TITLE));
}

/**
 * dpp2_learning_case_get_description:
 * @self: a #Dpp2LearningCase
 *
 * Returns: (transfer none): the #Dpp2LearningCase:description property
 */
const char *
dpp2_learning_case_get_description (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DESCRIPTION));
}

/**
 * dpp2_learning_case_get_acceptance_criteria:
 * @self: a #Dpp2LearningCase
 *
 * Returns: (transfer none): the #Dpp2LearningCase:acceptance-criteria property
 */
const char *
dpp2_learning_case_get_acceptance_criteria (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_ACCEPTANCE_CRITERIA));
}

/**
 * dpp2_learning_case_get_team_id:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:team-id property (0 = none)
 */
gint64
dpp2_learning_case_get_team_id (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_TEAM_ID));
}

/**
 * dpp2_learning_case_get_status:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:status property
 */
Dpp2CaseStatus
dpp2_learning_case_get_status (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return (Dpp2CaseStatus) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_STATUS)));
}

/**
 * dpp2_learning_case_get_priority:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:priority property
 */
Dpp2Priority
dpp2_learning_case_get_priority (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return (Dpp2Priority) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_PRIORITY)));
}

/**
 * dpp2_learning_case_get_position:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:position property
 */
gint64
dpp2_learning_case_get_position (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_POSITION));
}

/**
 * dpp2_learning_case_get_estimate:
 * @self: a #Dpp2LearningCase
 *
 * Returns: the #Dpp2LearningCase:estimate property
 */
gint64
dpp2_learning_case_get_estimate (Dpp2LearningCase *self)
{
  g_return_val_if_fail (DPP2_IS_LEARNING_CASE (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_ESTIMATE));
}
