/* dpp2-overview-page.h — the first page of a document: the organisation at a glance
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-page.h"
#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_OVERVIEW_PAGE (dpp2_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2OverviewPage, dpp2_overview_page, DPP2, OVERVIEW_PAGE, Dpp2Page)

GtkBox    *dpp2_overview_page_get_extension_box (Dpp2OverviewPage *self);

G_END_DECLS
