/* dpp2-csv-export.h — people, and goals with their learning cases, as CSV for Excel
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store/dpp2-store.h"

G_BEGIN_DECLS

/* Both write what Excel in a Dutch locale opens as it is: ';' separators, UTF-8 with a byte
 * order mark, CRLF, decimal commas and dates as 04-12-2026. */
GBytes *dpp2_csv_export_people (Dpp2Store *store);
GBytes *dpp2_csv_export_goals  (Dpp2Store *store);

G_END_DECLS
