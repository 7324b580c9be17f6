/* dpp2-board-column.c — column, a row of the board_column table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-board-column.h"
#include "dpp2-record-private.h"

struct _Dpp2BoardColumn
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2BoardColumn, dpp2_board_column, DPP2_TYPE_RECORD)

enum {
  COL_TEAM_ID = 0,
  COL_NAME,
  COL_POSITION,
  COL_WIP_LIMIT,
  COL_IS_DONE,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_TEAM_ID] = { "team-id", "team_id", DPP2_COLUMN_REF, NULL, "team", DPP2_ON_DELETE_CASCADE },
  [COL_NAME] = { "name", "name", DPP2_COLUMN_TEXT },
  [COL_POSITION] = { "position", "position", DPP2_COLUMN_INT },
  [COL_WIP_LIMIT] = { "wip-limit", "wip_limit", DPP2_COLUMN_INT },
  [COL_IS_DONE] = { "is-done", "is_done", DPP2_COLUMN_BOOL },
};

static const Dpp2Table table = {
  "board_column", dpp2_board_column_get_type, columns, N_COLUMNS, COL_NAME,
  N_("Add Column “%s”"), N_("Delete Column “%s”"), N_("Edit Column “%s”"),
};

const Dpp2Table *dpp2_board_column_table = &table;

static void
dpp2_board_column_class_init (Dpp2BoardColumnClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_board_column_init (Dpp2BoardColumn *self)
{
}

/**
 * dpp2_board_column_get_team_id:
 * @self: a #Dpp2BoardColumn
 *
 * Returns: the #Dpp2BoardColumn:team-id property (0 = none)
 */
gint64
dpp2_board_column_get_team_id (Dpp2BoardColumn *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_TEAM_ID));
}

/**
 * dpp2_board_column_get_name:
 * @self: a #Dpp2BoardColumn
 *
 * Returns: (transfer none): the #Dpp2BoardColumn:name property
 */
const char *
dpp2_board_column_get_name (Dpp2BoardColumn *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_NAME));
}

/**
 * dpp2_board_column_get_position:
 * @self: a #Dpp2BoardColumn
 *
 * Returns: the #Dpp2BoardColumn:position property
 */
gint64
dpp2_board_column_get_position (Dpp2BoardColumn *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_POSITION));
}

/**
 * dpp2_board_column_get_wip_limit:
 * @self: a #Dpp2BoardColumn
 *
 * Returns: the #Dpp2BoardColumn:wip-limit property
 */
gint64
dpp2_board_column_get_wip_limit (Dpp2BoardColumn *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_WIP_LIMIT));
}

/**
 * dpp2_board_column_get_is_done:
 * @self: a #Dpp2BoardColumn
 *
 * Returns: the #Dpp2BoardColumn:is-done property
 */
gboolean
dpp2_board_column_get_is_done (Dpp2BoardColumn *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (self), FALSE);

  return g_value_get_boolean (dpp2_record_peek_value (DPP2_RECORD (self), COL_IS_DONE));
}
