/* dpp2-card-dialog.h — see and edit everything of one card
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CARD_DIALOG (dpp2_card_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2CardDialog, dpp2_card_dialog, DPP2, CARD_DIALOG, AdwWindow)

Dpp2CardDialog *dpp2_card_dialog_new   (Dpp2Store *store,
                                        Dpp2Card  *card,
                                        gint64     team_id,
                                        gint64     sprint_id,
                                        gint64     column_id);
gboolean        dpp2_card_dialog_save  (Dpp2CardDialog *self);

G_END_DECLS
