/* dpp2-csv-import-dialog.h — import people from a CSV file: mapping, preview, problems
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CSV_IMPORT_DIALOG (dpp2_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2CsvImportDialog, dpp2_csv_import_dialog, DPP2, CSV_IMPORT_DIALOG,
                      AdwWindow)

/* Starts reading FILE in a thread; the dialog shows progress, then the mapping step. */
Dpp2CsvImportDialog *dpp2_csv_import_dialog_new      (GtkWindow           *parent,
                                                      Dpp2Store           *store,
                                                      GFile               *file);
/* "loading", "error" or "mapping". */
const char          *dpp2_csv_import_dialog_get_step (Dpp2CsvImportDialog *self);

G_END_DECLS
