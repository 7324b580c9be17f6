/* dpp2-column-editor.h — add, rename, reorder and remove the board columns of a team
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_COLUMN_EDITOR (dpp2_column_editor_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2ColumnEditor, dpp2_column_editor, DPP2, COLUMN_EDITOR, AdwWindow)

Dpp2ColumnEditor *dpp2_column_editor_new (Dpp2Store *store,
                                          gint64     team_id);
gboolean          dpp2_board_create_default_columns (Dpp2Store *store,
                                                     gint64     team_id,
                                                     GError   **error);
gboolean          dpp2_board_remove_column (Dpp2Store       *store,
                                            Dpp2BoardColumn *column,
                                            gint64           cards_to_column_id,
                                            GError         **error);

G_END_DECLS
