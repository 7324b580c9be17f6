/* dpp2-store-internal.h — the store's own state, shared by its .c files
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-store-private.h"

G_BEGIN_DECLS

typedef char Dpp2SqlText;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2SqlText, sqlite3_free)

typedef struct
{
  guint table;
  guint column;
  Dpp2OnDelete on_delete;
} Dpp2Referrer;

typedef struct
{
  char      *label;
  GPtrArray *ops;   /* Dpp2RowOp*, in the order they were applied */
} Dpp2UndoStep;

struct _Dpp2Store
{
  GObject           parent_instance;

  GFile            *file;
  char             *path;
  sqlite3          *db;

  Dpp2TableState   *tables;
  guint             n_tables;
  GHashTable       *lists_by_key;   /* char* → Dpp2RecordList* (weak) */
  Dpp2Organisation *organisation;

  /* The open change: nested begin/commit pairs join the outermost one. */
  guint             change_depth;
  char             *change_label;
  GPtrArray        *change_ops;     /* Dpp2RowOp* */
  GHashTable       *frozen;         /* Dpp2Record* (ref) with notify frozen */
  GError           *change_error;   /* first failure inside the change */
  gboolean          replaying;

  GPtrArray        *undo_stack;     /* Dpp2UndoStep*, newest last */
  GPtrArray        *redo_stack;

  gint64            fixed_time;

  guint             read_only : 1;
  guint             closed : 1;
  guint             lock_written : 1;
};

gboolean dpp2_store_set_sqlite_error    (const char  *path,
                                         sqlite3     *db,
                                         int          rc,
                                         gboolean     writing,
                                         GError     **error);
gboolean dpp2_store_init_tables         (Dpp2Store   *self,
                                         GError     **error);
void     dpp2_store_free_tables         (Dpp2Store   *self);
void     dpp2_store_finalize_statements (Dpp2Store   *self);
void     dpp2_store_detach_all          (Dpp2Store   *self);
void     dpp2_store_notify_undo_state   (Dpp2Store   *self);
void     dpp2_undo_step_free            (gpointer     data);

G_END_DECLS
