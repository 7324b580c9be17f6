/* dpp2-best-practice.c — best practice, a row of the best_practice table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-best-practice.h"
#include "dpp2-record-private.h"

struct _Dpp2BestPractice
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2BestPractice, dpp2_best_practice, DPP2_TYPE_RECORD)

enum {
  COL_CASE_ID = 0,
  COL_TITLE,
  COL_DESCRIPTION,
  COL_STATUS,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_CASE_ID] = { "case-id", "case_id", DPP2_COLUMN_REF, NULL, "learning_case", DPP2_ON_DELETE_SET_NULL },
  [COL_TITLE] = { "title", "title", DPP2_COLUMN_TEXT },
  [COL_DESCRIPTION] = { "description", "description", DPP2_COLUMN_TEXT },
  [COL_STATUS] = { "status", "status", DPP2_COLUMN_ENUM, dpp2_best_practice_status_get_type },
};

static const Dpp2Table table = {
  "best_practice", dpp2_best_practice_get_type, columns, N_COLUMNS, COL_TITLE,
  N_("Add Best Practice “%s”"), N_("Delete Best Practice “%s”"), N_("Edit Best Practice “%s”"),
};

const Dpp2Table *dpp2_best_practice_table = &table;

static void
dpp2_best_practice_class_init (Dpp2BestPracticeClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_best_practice_init (Dpp2BestPractice *self)
{
}

/**
 * dpp2_best_practice_get_case_id:
 * @self: a #Dpp2BestPractice
 *
 * Returns: the #Dpp2BestPractice:case-id property (0 = none)
 */
gint64
dpp2_best_practice_get_case_id (Dpp2BestPractice *self)
{
  g_return_val_if_fail (DPP2_IS_BEST_PRACTICE (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_CASE_ID));
}

/**
 * dpp2_best_practice_get_title:
 * @self: a #Dpp2BestPractice
 *
 * Returns: (transfer none): the #Dpp2BestPractice:title property
 */
const char *
dpp2_best_practice_get_title (Dpp2BestPractice *self)
{
  g_return_val_if_fail (DPP2_IS_BEST_PRACTICE (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_TITLE));
}

/**
 * dpp2_best_practice_get_description:
 * @self: a #Dpp2BestPractice
 *
 * Returns: (transfer none): the #Dpp2BestPractice:description property
 */
const char *
dpp2_best_practice_get_description (Dpp2BestPractice *self)
{
  g_return_val_if_fail (DPP2_IS_BEST_PRACTICE (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DESCRIPTION));
}

/**
 * dpp2_best_practice_get_status:
 * @self: a #Dpp2BestPractice
 *
 * Returns: the #Dpp2BestPractice:status property
 */
Dpp2BestPracticeStatus
dpp2_best_practice_get_status (Dpp2BestPractice *self)
{
  g_return_val_if_fail (DPP2_IS_BEST_PRACTICE (self), 0);

  return (Dpp2BestPracticeStatus) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_STATUS)));
}
