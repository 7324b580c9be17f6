/* dpp2-person-dialog.h — add or edit a person
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_PERSON_DIALOG (dpp2_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2PersonDialog, dpp2_person_dialog, DPP2, PERSON_DIALOG, AdwWindow)

/* PERSON NULL adds a new person. Nothing is saved until every field is valid. */
Dpp2PersonDialog *dpp2_person_dialog_new (GtkWindow  *parent,
                                          Dpp2Store  *store,
                                          Dpp2Person *person);

G_END_DECLS
