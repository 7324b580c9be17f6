/* dpp2-sprint-dialog.h — a new sprint, or the name, goal and dates of one
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_SPRINT_DIALOG (dpp2_sprint_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2SprintDialog, dpp2_sprint_dialog, DPP2, SPRINT_DIALOG, AdwWindow)

Dpp2SprintDialog *dpp2_sprint_dialog_new  (Dpp2Store  *store,
                                           gint64      team_id,
                                           Dpp2Sprint *sprint);
void              dpp2_sprint_dialog_set_dates (Dpp2SprintDialog *self,
                                                const char       *start,
                                                const char       *end);
gboolean          dpp2_sprint_dialog_save (Dpp2SprintDialog *self);

G_END_DECLS
