/* dpp2-application.h — the application: windows, documents, app-wide actions
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DPP2_TYPE_APPLICATION (dpp2_application_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Application, dpp2_application, DPP2, APPLICATION, AdwApplication)

Dpp2Application *dpp2_application_new              (void);
GSettings       *dpp2_application_get_settings     (Dpp2Application *self);
GtkWindow       *dpp2_application_find_document    (Dpp2Application *self,
                                                    GFile           *file);
void             dpp2_application_open_file        (Dpp2Application *self,
                                                    GFile           *file);
void             dpp2_application_add_recent       (Dpp2Application *self,
                                                    GFile           *file);
void             dpp2_application_remove_recent    (Dpp2Application *self,
                                                    GFile           *file);
GFile           *dpp2_application_new_example_file (GError         **error);

G_END_DECLS
