/* dpp2-page-registry.c — the pages of a document window, in sidebar order
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-page-registry.h"
#include "dpp2-board-page.h"
#include "dpp2-goals-page.h"
#include "dpp2-overview-page.h"
#include "dpp2-people-page.h"

/* Add a page here: one line, and its header above. Ctrl+1…9 follow this order. */
static const Dpp2PageInfo pages[] = {
  { "overview", N_("Overview"), "go-home-symbolic", dpp2_overview_page_get_type },
  { "goals", N_("Goals"), "emoji-flags-symbolic", dpp2_goals_page_get_type },
  { "people", N_("Teams and People"), "system-users-symbolic", dpp2_people_page_get_type },
  { "board", N_("Sprint Board"), "view-grid-symbolic", dpp2_board_page_get_type },
  { NULL }
};

/**
 * dpp2_page_registry_get:
 * @n_pages: (out): the number of pages
 *
 * Returns: (transfer none) (array length=n_pages): the pages, in sidebar order
 */
const Dpp2PageInfo *
dpp2_page_registry_get (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages) - 1;
  return pages;
}
