/* dpp2-page.h — what every page of a document window is: a view of one document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_PAGE (dpp2_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (Dpp2Page, dpp2_page, DPP2, PAGE, AdwBin)

struct _Dpp2PageClass
{
  AdwBinClass parent_class;

  /* Called once while the page is made, with the document it shows (never NULL). */
  void (*set_store) (Dpp2Page  *self,
                     Dpp2Store *store);
};

Dpp2Store *dpp2_page_get_store (Dpp2Page *self);

G_END_DECLS
