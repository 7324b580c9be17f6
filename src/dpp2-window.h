/* dpp2-window.h — a window that shows one organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-application.h"
#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_WINDOW (dpp2_window_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Window, dpp2_window, DPP2, WINDOW, AdwApplicationWindow)

Dpp2Window  *dpp2_window_new               (Dpp2Application *application);
Dpp2Store   *dpp2_window_get_store         (Dpp2Window      *self);
GFile       *dpp2_window_get_file          (Dpp2Window      *self);
void         dpp2_window_open_file         (Dpp2Window      *self,
                                            GFile           *file);
void         dpp2_window_finish_open       (Dpp2Window      *self,
                                            GFile           *file,
                                            Dpp2Store       *store,
                                            const GError    *error);
gboolean     dpp2_window_show_page         (Dpp2Window      *self,
                                            const char      *page_id);
const char  *dpp2_window_get_page_id       (Dpp2Window      *self);
GtkWidget   *dpp2_window_get_page          (Dpp2Window      *self,
                                            const char      *page_id);
void         dpp2_window_add_toast         (Dpp2Window      *self,
                                            AdwToast        *toast);
void         dpp2_window_show_error        (Dpp2Window      *self,
                                            const char      *heading,
                                            const char      *body);
void         dpp2_window_report_error      (GtkWidget       *widget,
                                            const char      *heading,
                                            const GError    *error);
void         dpp2_window_offer_undo        (GtkWidget       *widget,
                                            const char      *title_markup);
Dpp2Window  *dpp2_window_for_widget        (GtkWidget       *widget);

G_END_DECLS
