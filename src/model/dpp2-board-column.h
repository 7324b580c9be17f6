/* dpp2-board-column.h — column, a row of the board_column table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_BOARD_COLUMN (dpp2_board_column_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2BoardColumn, dpp2_board_column, DPP2, BOARD_COLUMN, Dpp2Record)

gint64      dpp2_board_column_get_team_id   (Dpp2BoardColumn *self);
const char *dpp2_board_column_get_name      (Dpp2BoardColumn *self);
gint64      dpp2_board_column_get_position  (Dpp2BoardColumn *self);
gint64      dpp2_board_column_get_wip_limit (Dpp2BoardColumn *self);
gboolean    dpp2_board_column_get_is_done   (Dpp2BoardColumn *self);

G_END_DECLS
