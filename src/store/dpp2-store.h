/* dpp2-store.h — an organisation document: one SQLite file
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* How pages use the document:
 *
 *   Reading:  lists from dpp2_store_list_*() or dpp2_store_list() are live
 *             GListModels (exact items-changed); records are the same object
 *             for the same row and notify their properties when it changes.
 *   Editing:  g_object_set (record, "title", …) is one undo step (failures go
 *             to Dpp2Store::write-failed); dpp2_store_update() sets several
 *             properties with a GError; for a gesture that touches several
 *             rows, wrap the calls in dpp2_store_begin_change (store, label)
 *             … dpp2_store_commit_change(): one transaction, one undo step.
 *   Adding:   record = g_object_new (DPP2_TYPE_CARD, "title", …, NULL);
 *             dpp2_store_insert (store, record, &error);
 *   Undo:     dpp2_store_undo()/redo(); bind "can-undo", "undo-label" etc.
 *
 * Ids are gint64; 0 means "none" (the file stores NULL). Dates are ISO
 * "YYYY-MM-DD" strings, "" for none. Views never run SQL. */

#include <gio/gio.h>

#include "model/dpp2-model.h"

G_BEGIN_DECLS

/**
 * DPP2_STORE_APPLICATION_ID:
 *
 * The SQLite `PRAGMA application_id` of every organisation document:
 * 0x44505032, the bytes "DPP2". A file without it is not ours.
 */
#define DPP2_STORE_APPLICATION_ID 0x44505032

#define DPP2_STORE_ERROR (dpp2_store_error_quark ())

typedef enum {
  DPP2_STORE_ERROR_FAILED,
  DPP2_STORE_ERROR_NOT_FOUND,
  DPP2_STORE_ERROR_IS_DIRECTORY,
  DPP2_STORE_ERROR_NOT_A_DOCUMENT,
  DPP2_STORE_ERROR_CORRUPT,
  DPP2_STORE_ERROR_NEWER_VERSION,
  DPP2_STORE_ERROR_PERMISSION,
  DPP2_STORE_ERROR_LOCKED,
  DPP2_STORE_ERROR_READ_ONLY,
  DPP2_STORE_ERROR_WRITE_FAILED,
  DPP2_STORE_ERROR_INVALID,
  DPP2_STORE_ERROR_CLOSED,
} Dpp2StoreError;

typedef enum {
  DPP2_STORE_OPEN_NONE = 0,
  DPP2_STORE_OPEN_READ_ONLY = 1 << 0,
  DPP2_STORE_OPEN_IGNORE_LOCK = 1 << 1,
} Dpp2StoreOpenFlags;

/* One move of a card, for burndown and flow charts. Sprint and column
 * ids are 0 for "none" (backlog); a created card comes from 0/0, a deleted
 * card goes to 0/0. time is in seconds since 1970 (UTC). */
typedef struct
{
  gint64 card_id;
  gint64 time;
  gint64 from_sprint_id;
  gint64 from_column_id;
  gint64 to_sprint_id;
  gint64 to_column_id;
  gint64 points;
} Dpp2CardMove;

#define DPP2_TYPE_STORE (dpp2_store_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Store, dpp2_store, DPP2, STORE, GObject)

GQuark      dpp2_store_error_quark       (void);
int         dpp2_store_get_schema_version (void);

/* Opening and closing */
Dpp2Store  *dpp2_store_open              (GFile               *file,
                                          Dpp2StoreOpenFlags   flags,
                                          GCancellable        *cancellable,
                                          GError             **error);
void        dpp2_store_open_async        (GFile               *file,
                                          Dpp2StoreOpenFlags   flags,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
Dpp2Store  *dpp2_store_open_finish       (GAsyncResult        *result,
                                          GError             **error);
Dpp2Store  *dpp2_store_create            (GFile               *file,
                                          const char          *organisation_name,
                                          GError             **error);
gboolean    dpp2_store_create_example    (GFile               *dest,
                                          GError             **error);
gboolean    dpp2_store_close             (Dpp2Store           *self,
                                          GError             **error);
gboolean    dpp2_store_peek_lock         (GFile               *file,
                                          char               **host,
                                          gint64              *pid,
                                          GDateTime          **since,
                                          GError             **error);
gboolean    dpp2_store_save_copy         (Dpp2Store           *self,
                                          GFile               *dest,
                                          GError             **error);
GFile      *dpp2_store_get_file          (Dpp2Store           *self);
gboolean    dpp2_store_get_read_only     (Dpp2Store           *self);
gboolean    dpp2_store_is_closed         (Dpp2Store           *self);

/* Reading */
Dpp2Organisation *dpp2_store_get_organisation (Dpp2Store *self);
gpointer    dpp2_store_dup_record        (Dpp2Store           *self,
                                          GType                type,
                                          gint64               id);
GListModel *dpp2_store_list              (Dpp2Store           *self,
                                          GType                type,
                                          const char          *sort_property,
                                          const char          *filter_property,
                                          gint64               filter_value,
                                          const char          *filter2_property,
                                          gint64               filter2_value);
GListModel *dpp2_store_list_people           (Dpp2Store *self);
GListModel *dpp2_store_list_teams            (Dpp2Store *self);
GListModel *dpp2_store_list_members_of_team  (Dpp2Store *self,
                                              gint64     team_id);
GListModel *dpp2_store_list_goals            (Dpp2Store *self);
GListModel *dpp2_store_list_cases            (Dpp2Store *self);
GListModel *dpp2_store_list_cases_of_goal    (Dpp2Store *self,
                                              gint64     goal_id);
GListModel *dpp2_store_list_sprints_of_team  (Dpp2Store *self,
                                              gint64     team_id);
GListModel *dpp2_store_list_columns_of_team  (Dpp2Store *self,
                                              gint64     team_id);
GListModel *dpp2_store_list_cards            (Dpp2Store *self,
                                              gint64     sprint_id,
                                              gint64     column_id);
GListModel *dpp2_store_list_cards_of_sprint  (Dpp2Store *self,
                                              gint64     sprint_id);
GListModel *dpp2_store_list_best_practices   (Dpp2Store *self);
GArray     *dpp2_store_get_card_history      (Dpp2Store *self,
                                              gint64     card_id,
                                              GError   **error);
GArray     *dpp2_store_get_sprint_history    (Dpp2Store *self,
                                              gint64     sprint_id,
                                              GError   **error);

/* Writing: each call is one undo step, or joins the open change */
gboolean    dpp2_store_begin_change      (Dpp2Store           *self,
                                          const char          *label,
                                          GError             **error);
gboolean    dpp2_store_commit_change     (Dpp2Store           *self,
                                          GError             **error);
void        dpp2_store_rollback_change   (Dpp2Store           *self);
gboolean    dpp2_store_insert            (Dpp2Store           *self,
                                          gpointer             record,
                                          GError             **error);
gboolean    dpp2_store_delete            (Dpp2Store           *self,
                                          gpointer             record,
                                          GError             **error);
gboolean    dpp2_store_set_value         (Dpp2Store           *self,
                                          gpointer             record,
                                          const char          *property,
                                          const GValue        *value,
                                          GError             **error);
gboolean    dpp2_store_update            (Dpp2Store           *self,
                                          gpointer             record,
                                          GError             **error,
                                          const char          *first_property,
                                          ...) G_GNUC_NULL_TERMINATED;
gboolean    dpp2_store_move_card         (Dpp2Store           *self,
                                          Dpp2Card            *card,
                                          gint64               sprint_id,
                                          gint64               column_id,
                                          guint                index,
                                          GError             **error);

/* Undo and redo */
gboolean    dpp2_store_undo              (Dpp2Store           *self,
                                          GError             **error);
gboolean    dpp2_store_redo              (Dpp2Store           *self,
                                          GError             **error);
gboolean    dpp2_store_get_can_undo      (Dpp2Store           *self);
gboolean    dpp2_store_get_can_redo      (Dpp2Store           *self);
const char *dpp2_store_get_undo_label    (Dpp2Store           *self);
const char *dpp2_store_get_redo_label    (Dpp2Store           *self);

G_END_DECLS
