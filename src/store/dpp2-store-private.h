/* dpp2-store-private.h — store internals shared with the model and the tests
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "dpp2-store.h"
#include "model/dpp2-record-private.h"

G_BEGIN_DECLS

typedef struct _Dpp2RecordList Dpp2RecordList;

typedef struct
{
  guint              index;
  const Dpp2Table   *table;
  GHashTable        *objects;    /* gint64* → Dpp2Record* (weak) */
  GPtrArray         *lists;      /* Dpp2RecordList* (weak) */
  GArray            *referrers;  /* Dpp2Referrer: columns that point here */
  sqlite3_stmt      *select_row;
  sqlite3_stmt      *insert_row;
  sqlite3_stmt      *update_row;
  sqlite3_stmt      *delete_row;
} Dpp2TableState;

/* One row, as it was before and after a change. */
typedef struct
{
  guint   table;
  gint64  id;
  GValue *before;  /* NULL: the row was inserted */
  GValue *after;   /* NULL: the row was deleted */
} Dpp2RowOp;

typedef gboolean (*Dpp2StoreFillFunc) (sqlite3   *db,
                                       gpointer   user_data,
                                       GError   **error);

sqlite3        *dpp2_store_get_db              (Dpp2Store       *self);
Dpp2TableState *dpp2_store_get_table_state     (Dpp2Store       *self,
                                                guint            table);
void            dpp2_store_report_error        (Dpp2Store       *self,
                                                const GError    *error);
void            dpp2_store_unregister_list     (Dpp2Store       *self,
                                                guint            table,
                                                Dpp2RecordList  *list,
                                                const char      *key);
gpointer        dpp2_store_dup_record_at       (Dpp2Store       *self,
                                                guint            table,
                                                gint64           id);
void            dpp2_store_set_time            (Dpp2Store       *self,
                                                gint64           unix_time);
gboolean        dpp2_store_write_new           (GFile            *file,
                                                Dpp2StoreFillFunc fill,
                                                gpointer          user_data,
                                                GError          **error);
gboolean        dpp2_store_exec                (sqlite3          *db,
                                                const char       *sql,
                                                GError          **error);
char           *dpp2_store_dump_db             (sqlite3          *db);
void            dpp2_store_add_migration_for_testing (int         version,
                                                      const char *sql);
gboolean        dpp2_store_read_row_values     (sqlite3_stmt     *stmt,
                                                int               first,
                                                const Dpp2Table  *table,
                                                GValue           *values);

/* Record lists (dpp2-record-list.c) */
Dpp2RecordList *dpp2_record_list_new           (Dpp2Store        *store,
                                                guint             table,
                                                int               sort_column,
                                                const int        *filter_columns,
                                                const gint64     *filter_values,
                                                guint             n_filters,
                                                const char       *key);
void            dpp2_record_list_apply         (Dpp2RecordList   *self,
                                                GPtrArray        *changes);
void            dpp2_record_list_clear         (Dpp2RecordList   *self);

G_END_DECLS
