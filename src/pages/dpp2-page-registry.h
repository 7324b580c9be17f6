/* dpp2-page-registry.h — the pages of a document window, in sidebar order
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A page is a Dpp2Page (src/pages/dpp2-page.h), made for one document. The window creates
 * each page when it is first shown and lists them all in the sidebar. */
typedef struct
{
  const char *id;          /* stable name, stored in GSettings "last-page" */
  const char *title;       /* N_() marked; translated when shown */
  const char *icon_name;
  GType     (*get_type) (void);
} Dpp2PageInfo;

const Dpp2PageInfo *dpp2_page_registry_get (guint *n_pages);

G_END_DECLS
