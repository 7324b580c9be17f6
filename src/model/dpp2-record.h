/* dpp2-record.h — base class of every row object of an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _Dpp2Store Dpp2Store;
typedef struct _Dpp2Table Dpp2Table;

#define DPP2_TYPE_RECORD (dpp2_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (Dpp2Record, dpp2_record, DPP2, RECORD, GObject)

struct _Dpp2RecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const Dpp2Table *table;
  GParamSpec **pspecs;
  gpointer padding[4];
};

gint64      dpp2_record_get_id         (Dpp2Record *self);
Dpp2Store  *dpp2_record_get_store      (Dpp2Record *self);
gboolean    dpp2_record_is_deleted     (Dpp2Record *self);
const char *dpp2_record_get_label      (Dpp2Record *self);
const char *dpp2_record_get_table_name (Dpp2Record *self);

G_END_DECLS
