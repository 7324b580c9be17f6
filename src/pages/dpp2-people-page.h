/* dpp2-people-page.h — Learning Practice Teams and people, with search, import and export
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-page.h"
#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_PEOPLE_PAGE (dpp2_people_page_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2PeoplePage, dpp2_people_page, DPP2, PEOPLE_PAGE, Dpp2Page)

/* The people shown, after search and filters (for tests and the benchmark). */
GListModel *dpp2_people_page_get_shown_people (Dpp2PeoplePage *self);
void        dpp2_people_page_set_search_text  (Dpp2PeoplePage *self,
                                               const char     *text);

G_END_DECLS
