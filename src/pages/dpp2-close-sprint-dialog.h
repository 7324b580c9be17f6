/* dpp2-close-sprint-dialog.h — close a sprint: unfinished cards, review, retrospective
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CLOSE_SPRINT_DIALOG (dpp2_close_sprint_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2CloseSprintDialog, dpp2_close_sprint_dialog, DPP2, CLOSE_SPRINT_DIALOG, AdwWindow)

Dpp2CloseSprintDialog *dpp2_close_sprint_dialog_new      (Dpp2Store             *store,
                                                          Dpp2Sprint            *sprint);
void                   dpp2_close_sprint_dialog_set_carry_to (Dpp2CloseSprintDialog *self,
                                                              gint64                 sprint_id);
void                   dpp2_close_sprint_dialog_set_texts (Dpp2CloseSprintDialog *self,
                                                           const char            *review,
                                                           const char            *went_well,
                                                           const char            *to_improve,
                                                           const char            *learned);
gboolean               dpp2_close_sprint_dialog_close_sprint (Dpp2CloseSprintDialog *self);

G_END_DECLS
