/* dpp2-record-list.h — a live list of records of one table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DPP2_TYPE_RECORD_LIST (dpp2_record_list_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2RecordList, dpp2_record_list, DPP2, RECORD_LIST, GObject)

G_END_DECLS
