/* dpp2-team-dialog.h — add or edit a Learning Practice Team
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_TEAM_DIALOG (dpp2_team_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2TeamDialog, dpp2_team_dialog, DPP2, TEAM_DIALOG, AdwWindow)

/* TEAM NULL adds a new team. Nothing is saved until the name is valid. */
Dpp2TeamDialog *dpp2_team_dialog_new (GtkWindow *parent,
                                      Dpp2Store *store,
                                      Dpp2Team  *team);

G_END_DECLS
