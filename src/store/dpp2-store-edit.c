/* dpp2-store-edit.c — records, live lists, changes and undo of a document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-store"

#include <gobject/gvaluecollector.h>
#include <glib/gi18n-lib.h>

#include "dpp2-store-internal.h"

/* Every write is a sequence of row operations with the whole row before
 * and after. That one representation serves the undo stack (apply the
 * inverse), the identity map (push the new values into live records) and
 * the live lists (compare membership and sort keys before and after). */

static void
row_op_free (gpointer data)
{
  Dpp2RowOp *op = data;

  if (op == NULL)
    return;
  /* The table pointer is not in the op: the caller frees values through
   * this helper with the global table list. */
  {
    guint n;
    const Dpp2Table * const *tables = dpp2_model_get_tables (&n);
    dpp2_values_free (tables[op->table], op->before);
    dpp2_values_free (tables[op->table], op->after);
  }
  g_free (op);
}

void
dpp2_undo_step_free (gpointer data)
{
  Dpp2UndoStep *step = data;

  g_free (step->label);
  g_ptr_array_unref (step->ops);
  g_free (step);
}

static int
table_of_type (Dpp2Store *self,
               GType      type)
{
  for (guint i = 0; i < self->n_tables; i++)
    if (self->tables[i].table->get_type != NULL && self->tables[i].table->get_type () == type)
      return i;
  return -1;
}

static int
column_of_property (const Dpp2Table *table,
                    const char      *property)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].property, property))
      return i;
  return -1;
}

static int
column_of_name (const Dpp2Table *table,
                const char      *column)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].column, column))
      return i;
  return -1;
}

static gint64
now (Dpp2Store *self)
{
  return self->fixed_time != 0 ? self->fixed_time : g_get_real_time () / G_USEC_PER_SEC;
}

void
dpp2_store_set_time (Dpp2Store *self,
                     gint64     unix_time)
{
  self->fixed_time = unix_time;
}

static gboolean
check_writable (Dpp2Store *self,
                GError   **error)
{
  g_autofree char *name = NULL;

  if (self->closed)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_CLOSED,
                           _("The document is closed."));
      return FALSE;
    }
  if (!self->read_only)
    return TRUE;
  name = g_filename_display_basename (self->path);
  g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY,
               _("“%s” is open read-only, so it cannot be changed. "
                 "Close it and open it again normally to make changes."), name);
  return FALSE;
}

/* --- Tables and statements --------------------------------------------- */

static sqlite3_stmt *
prepare (Dpp2Store  *self,
         const char *sql,
         GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      g_warning ("Could not prepare %s: %s", sql, sqlite3_errmsg (self->db));
      dpp2_store_set_sqlite_error (self->path, self->db, rc, FALSE, error);
      return NULL;
    }
  return stmt;
}

static gboolean
prepare_table (Dpp2Store      *self,
               Dpp2TableState *ts,
               GError        **error)
{
  const Dpp2Table *t = ts->table;
  g_autoptr(GString) cols = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new ("?1");
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *select = NULL;
  g_autofree char *insert = NULL;
  g_autofree char *update = NULL;
  g_autofree char *delete = NULL;

  for (guint i = 0; i < t->n_columns; i++)
    {
      g_string_append_printf (cols, "%s%s", i ? ", " : "", t->columns[i].column);
      g_string_append_printf (params, ", ?%u", i + 2);
      g_string_append_printf (sets, "%s%s = ?%u", i ? ", " : "", t->columns[i].column, i + 2);
    }
  select = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", cols->str, t->name);
  insert = g_strdup_printf ("INSERT INTO %s (id, %s) VALUES (%s)", t->name, cols->str, params->str);
  update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1", t->name, sets->str);
  delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", t->name);

  ts->select_row = prepare (self, select, error);
  ts->insert_row = ts->select_row ? prepare (self, insert, error) : NULL;
  ts->update_row = ts->insert_row ? prepare (self, update, error) : NULL;
  ts->delete_row = ts->update_row ? prepare (self, delete, error) : NULL;
  return ts->delete_row != NULL;
}

gboolean
dpp2_store_init_tables (Dpp2Store *self,
                        GError   **error)
{
  const Dpp2Table * const *tables = dpp2_model_get_tables (&self->n_tables);
  gint64 org_id;

  self->tables = g_new0 (Dpp2TableState, self->n_tables);
  for (guint i = 0; i < self->n_tables; i++)
    {
      Dpp2TableState *ts = &self->tables[i];

      ts->index = i;
      ts->table = tables[i];
      ts->objects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      ts->lists = g_ptr_array_new ();
      ts->referrers = g_array_new (FALSE, FALSE, sizeof (Dpp2Referrer));
    }
  for (guint i = 0; i < self->n_tables; i++)
    for (guint c = 0; c < tables[i]->n_columns; c++)
      {
        const Dpp2Column *col = &tables[i]->columns[c];
        Dpp2Referrer r = { i, c, col->on_delete };
        int target;

        if (col->type != DPP2_COLUMN_REF || col->ref_table == NULL)
          continue;
        target = dpp2_model_find_table (col->ref_table);
        g_assert (target >= 0);
        g_array_append_val (self->tables[target].referrers, r);
      }
  for (guint i = 0; i < self->n_tables; i++)
    if (!prepare_table (self, &self->tables[i], error))
      return FALSE;

  /* The organisation row is the document's title; keep it alive. */
  {
    sqlite3_stmt *stmt = NULL;
    sqlite3_prepare_v2 (self->db, "SELECT min(id) FROM organisation", -1, &stmt, NULL);
    org_id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
    sqlite3_finalize (stmt);
  }
  if (org_id > 0)
    self->organisation = dpp2_store_dup_record (self, DPP2_TYPE_ORGANISATION, org_id);
  return TRUE;
}

void
dpp2_store_finalize_statements (Dpp2Store *self)
{
  for (guint i = 0; i < self->n_tables; i++)
    {
      Dpp2TableState *ts = &self->tables[i];

      g_clear_pointer (&ts->select_row, sqlite3_finalize);
      g_clear_pointer (&ts->insert_row, sqlite3_finalize);
      g_clear_pointer (&ts->update_row, sqlite3_finalize);
      g_clear_pointer (&ts->delete_row, sqlite3_finalize);
    }
}

void
dpp2_store_free_tables (Dpp2Store *self)
{
  dpp2_store_finalize_statements (self);
  for (guint i = 0; i < self->n_tables; i++)
    {
      Dpp2TableState *ts = &self->tables[i];

      g_clear_pointer (&ts->objects, g_hash_table_unref);
      g_clear_pointer (&ts->lists, g_ptr_array_unref);
      g_clear_pointer (&ts->referrers, g_array_unref);
    }
  g_clear_pointer (&self->tables, g_free);
  self->n_tables = 0;
}

Dpp2TableState *
dpp2_store_get_table_state (Dpp2Store *self,
                            guint      table)
{
  g_assert (table < self->n_tables);
  return &self->tables[table];
}

/* --- Values <-> SQL ---------------------------------------------------- */

static void
bind_values (sqlite3_stmt    *stmt,
             int              first,
             const Dpp2Table *table,
             const GValue    *values)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      const GValue *v = &values[i];
      int pos = first + i;

      switch (table->columns[i].type)
        {
        case DPP2_COLUMN_TEXT:
          {
            const char *s = g_value_get_string (v);
            sqlite3_bind_text (stmt, pos, s != NULL ? s : "", -1, SQLITE_TRANSIENT);
          }
          break;
        case DPP2_COLUMN_INT:
          sqlite3_bind_int64 (stmt, pos, g_value_get_int64 (v));
          break;
        case DPP2_COLUMN_REF:
          if (g_value_get_int64 (v) == 0)
            sqlite3_bind_null (stmt, pos);
          else
            sqlite3_bind_int64 (stmt, pos, g_value_get_int64 (v));
          break;
        case DPP2_COLUMN_DOUBLE:
          sqlite3_bind_double (stmt, pos, g_value_get_double (v));
          break;
        case DPP2_COLUMN_BOOL:
          sqlite3_bind_int (stmt, pos, g_value_get_boolean (v) ? 1 : 0);
          break;
        case DPP2_COLUMN_ENUM:
          sqlite3_bind_int64 (stmt, pos, g_value_get_enum (v));
          break;
        case DPP2_COLUMN_FLAGS:
          sqlite3_bind_int64 (stmt, pos, g_value_get_flags (v));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gboolean
dpp2_store_read_row_values (sqlite3_stmt    *stmt,
                            int              first,
                            const Dpp2Table *table,
                            GValue          *values)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      GValue *v = &values[i];
      int pos = first + i;

      switch (table->columns[i].type)
        {
        case DPP2_COLUMN_TEXT:
          {
            const char *s = (const char *) sqlite3_column_text (stmt, pos);
            g_value_set_string (v, s != NULL ? s : "");
          }
          break;
        case DPP2_COLUMN_INT:
        case DPP2_COLUMN_REF:
          g_value_set_int64 (v, sqlite3_column_int64 (stmt, pos));
          break;
        case DPP2_COLUMN_DOUBLE:
          g_value_set_double (v, sqlite3_column_double (stmt, pos));
          break;
        case DPP2_COLUMN_BOOL:
          g_value_set_boolean (v, sqlite3_column_int (stmt, pos) != 0);
          break;
        case DPP2_COLUMN_ENUM:
          g_value_set_enum (v, sqlite3_column_int (stmt, pos));
          break;
        case DPP2_COLUMN_FLAGS:
          g_value_set_flags (v, (guint) sqlite3_column_int64 (stmt, pos));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return TRUE;
}

/* Reads a row as it is in the file. Returns FALSE on an SQLite failure;
 * *out is NULL if there is no such row. */
static gboolean
read_row (Dpp2Store *self,
          guint      t,
          gint64     id,
          GValue   **out,
          GError   **error)
{
  Dpp2TableState *ts = &self->tables[t];
  sqlite3_stmt *stmt = ts->select_row;
  int rc;

  *out = NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = dpp2_values_new (ts->table);
      dpp2_store_read_row_values (stmt, 0, ts->table, *out);
      rc = SQLITE_DONE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return dpp2_store_set_sqlite_error (self->path, self->db, rc, FALSE, error);
  return TRUE;
}

/* --- Identity map ------------------------------------------------------ */

static void
record_gone_cb (gpointer  data,
                GObject  *where_the_object_was)
{
  Dpp2TableState *ts = data;
  gint64 id = dpp2_record_get_id (DPP2_RECORD (where_the_object_was));

  if (g_hash_table_lookup (ts->objects, &id) == where_the_object_was)
    g_hash_table_remove (ts->objects, &id);
}

static void
track_record (Dpp2TableState *ts,
              Dpp2Record     *record)
{
  gint64 id = dpp2_record_get_id (record);

  g_assert (g_hash_table_lookup (ts->objects, &id) == NULL);
  g_hash_table_insert (ts->objects, g_memdup2 (&id, sizeof id), record);
  g_object_weak_ref (G_OBJECT (record), record_gone_cb, ts);
}

static void
untrack_record (Dpp2TableState *ts,
                Dpp2Record     *record)
{
  gint64 id = dpp2_record_get_id (record);

  g_object_weak_unref (G_OBJECT (record), record_gone_cb, ts);
  g_hash_table_remove (ts->objects, &id);
  dpp2_record_detach (record);
}

void
dpp2_store_detach_all (Dpp2Store *self)
{
  for (guint i = 0; i < self->n_tables; i++)
    {
      Dpp2TableState *ts = &self->tables[i];
      g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
      GHashTableIter iter;
      gpointer value;

      for (guint j = 0; j < ts->lists->len; j++)
        g_ptr_array_add (lists, g_object_ref (g_ptr_array_index (ts->lists, j)));
      for (guint j = 0; j < lists->len; j++)
        dpp2_record_list_clear (g_ptr_array_index (lists, j));

      g_hash_table_iter_init (&iter, ts->objects);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          g_object_weak_unref (G_OBJECT (value), record_gone_cb, ts);
          dpp2_record_detach (value);
          g_hash_table_iter_remove (&iter);
        }
    }
  g_clear_object (&self->organisation);
}

gpointer
dpp2_store_dup_record_at (Dpp2Store *self,
                          guint      t,
                          gint64     id)
{
  Dpp2TableState *ts = &self->tables[t];
  g_autoptr(GError) error = NULL;
  GValue *values = NULL;
  Dpp2Record *record;

  record = g_hash_table_lookup (ts->objects, &id);
  if (record != NULL)
    return g_object_ref (record);

  if (!read_row (self, t, id, &values, &error))
    {
      g_warning ("%s", error->message);
      return NULL;
    }
  if (values == NULL)
    return NULL;

  record = g_object_new (ts->table->get_type (), NULL);
  dpp2_record_apply_values (record, values, FALSE);
  dpp2_record_attach (record, self, id);
  track_record (ts, record);
  dpp2_values_free (ts->table, values);
  return record;
}

/**
 * dpp2_store_dup_record:
 * @self: a store
 * @type: an entity type, e.g. %DPP2_TYPE_PERSON
 * @id: a row id
 *
 * Every call for the same row returns the same object while it is alive.
 *
 * Returns: (transfer full) (nullable) (type Dpp2Record): the record, or
 *   %NULL if there is no such row
 */
gpointer
dpp2_store_dup_record (Dpp2Store *self,
                       GType      type,
                       gint64     id)
{
  int t;

  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  if (self->closed || id <= 0)
    return NULL;
  t = table_of_type (self, type);
  g_return_val_if_fail (t >= 0, NULL);
  return dpp2_store_dup_record_at (self, t, id);
}

/**
 * dpp2_store_get_organisation:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): the organisation of the document
 */
Dpp2Organisation *
dpp2_store_get_organisation (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  return self->organisation;
}

/* --- Changes ----------------------------------------------------------- */

static void
fail_change (Dpp2Store *self,
             GError    *error)
{
  if (self->change_error == NULL)
    self->change_error = error;
  else
    g_error_free (error);
}

/**
 * dpp2_store_begin_change:
 * @self: a store
 * @label: what the user did, for "Undo …", e.g. "Move Card “Intake”"
 * @error: return location for an error
 *
 * Starts one transaction and one undo step. Every write until the matching
 * dpp2_store_commit_change() joins it; nested begin/commit pairs join the
 * outermost change (the outer label wins). Records show the new values at
 * once but notify only on commit; lists update on commit.
 *
 * Returns: %TRUE if the change was started
 */
gboolean
dpp2_store_begin_change (Dpp2Store  *self,
                         const char *label,
                         GError    **error)
{
  int rc;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (self->change_depth++ > 0)
    return TRUE;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      self->change_depth = 0;
      return dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, error);
    }
  self->change_label = g_strdup (label != NULL ? label : "");
  self->change_ops = g_ptr_array_new_with_free_func (row_op_free);
  self->frozen = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  return TRUE;
}

static void
thaw_records (Dpp2Store *self)
{
  g_autoptr(GHashTable) frozen = g_steal_pointer (&self->frozen);
  GHashTableIter iter;
  gpointer key;

  if (frozen == NULL)
    return;
  g_hash_table_iter_init (&iter, frozen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_object_thaw_notify (key);
}

static void
end_change (Dpp2Store *self)
{
  self->change_depth = 0;
  g_clear_pointer (&self->change_label, g_free);
  g_clear_pointer (&self->change_ops, g_ptr_array_unref);
  g_clear_error (&self->change_error);
}

/**
 * dpp2_store_rollback_change:
 * @self: a store
 *
 * Abandons the open change (the outermost one, even from a nested call):
 * the file and the records are as before it began.
 */
void
dpp2_store_rollback_change (Dpp2Store *self)
{
  g_return_if_fail (DPP2_IS_STORE (self));
  g_return_if_fail (self->change_depth > 0);

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* Put the rows of live records back as they are in the file again. */
  for (guint i = self->change_ops->len; i > 0; i--)
    {
      Dpp2RowOp *op = g_ptr_array_index (self->change_ops, i - 1);
      Dpp2Record *record = g_hash_table_lookup (self->tables[op->table].objects, &op->id);

      if (record != NULL)
        dpp2_record_apply_values (record, op->before, op->before == NULL);
    }
  thaw_records (self);
  end_change (self);
}

typedef struct
{
  gint64 id;
  GValue *before;  /* borrowed from the first op of the row */
  GValue *after;   /* borrowed from the last op of the row */
} NetChange;

/* Lists see the net change of each row, so a row changed twice in one
 * change moves at most once. */
static void
update_lists (Dpp2Store *self,
              GPtrArray *ops)
{
  g_autofree GHashTable **by_table = g_new0 (GHashTable *, self->n_tables);

  for (guint i = 0; i < ops->len; i++)
    {
      Dpp2RowOp *op = g_ptr_array_index (ops, i);
      NetChange *net;

      if (self->tables[op->table].lists->len == 0)
        continue;
      if (by_table[op->table] == NULL)
        by_table[op->table] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
      net = g_hash_table_lookup (by_table[op->table], &op->id);
      if (net == NULL)
        {
          net = g_new0 (NetChange, 1);
          net->id = op->id;
          net->before = op->before;
          g_hash_table_insert (by_table[op->table], &net->id, net);
        }
      net->after = op->after;
    }

  for (guint t = 0; t < self->n_tables; t++)
    {
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GPtrArray) lists = NULL;
      GHashTableIter iter;
      gpointer value;

      if (by_table[t] == NULL)
        continue;
      changes = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, by_table[t]);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          NetChange *net = value;
          Dpp2RowOp *op;

          if (net->before == NULL && net->after == NULL)
            continue;
          /* Reuse the op struct shape: the list only reads these fields. */
          op = g_new0 (Dpp2RowOp, 1);
          op->table = t;
          op->id = net->id;
          op->before = net->before;
          op->after = net->after;
          g_ptr_array_add (changes, op);
        }

      /* Handlers may create or drop lists while we emit. */
      lists = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint j = 0; j < self->tables[t].lists->len; j++)
        g_ptr_array_add (lists, g_object_ref (g_ptr_array_index (self->tables[t].lists, j)));
      for (guint j = 0; j < lists->len; j++)
        dpp2_record_list_apply (g_ptr_array_index (lists, j), changes);

      for (guint j = 0; j < changes->len; j++)
        g_free (g_ptr_array_index (changes, j));
      g_hash_table_unref (by_table[t]);
    }
}

/**
 * dpp2_store_commit_change:
 * @self: a store
 * @error: return location for an error
 *
 * Ends the change begun with dpp2_store_begin_change(). The outermost
 * commit writes the transaction; if that or any write inside failed, the
 * whole change is rolled back, the undo stack is unchanged and @error says
 * why.
 *
 * Returns: %TRUE if the change is (or, when nested, can still be) saved
 */
gboolean
dpp2_store_commit_change (Dpp2Store *self,
                          GError   **error)
{
  g_autoptr(GPtrArray) ops = NULL;
  g_autofree char *label = NULL;
  int rc;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->change_depth > 0, FALSE);

  if (--self->change_depth > 0)
    {
      if (self->change_error != NULL)
        {
          g_propagate_error (error, g_error_copy (self->change_error));
          return FALSE;
        }
      return TRUE;
    }

  if (self->change_error != NULL)
    {
      g_autoptr(GError) change_error = g_steal_pointer (&self->change_error);

      self->change_depth = 1;
      dpp2_store_rollback_change (self);
      g_propagate_error (error, g_steal_pointer (&change_error));
      return FALSE;
    }

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, error);
      self->change_depth = 1;
      dpp2_store_rollback_change (self);
      return FALSE;
    }

  ops = g_steal_pointer (&self->change_ops);
  label = g_steal_pointer (&self->change_label);
  end_change (self);

  update_lists (self, ops);
  thaw_records (self);

  if (!self->replaying && ops->len > 0)
    {
      Dpp2UndoStep *step = g_new0 (Dpp2UndoStep, 1);

      step->label = g_steal_pointer (&label);
      step->ops = g_steal_pointer (&ops);
      g_ptr_array_add (self->undo_stack, step);
      g_ptr_array_set_size (self->redo_stack, 0);
      dpp2_store_notify_undo_state (self);
    }
  return TRUE;
}

/* --- Row writes -------------------------------------------------------- */

/* Executes one row transition in SQL and records it; *id is 0 to insert
 * with a new id. */
static gboolean
write_row (Dpp2Store    *self,
           guint         t,
           gint64       *id,
           const GValue *before,
           const GValue *after,
           GError      **error)
{
  Dpp2TableState *ts = &self->tables[t];
  Dpp2RowOp *op;
  Dpp2Record *record;
  sqlite3_stmt *stmt;
  gboolean fresh;
  int rc;

  g_assert (self->change_depth > 0);
  g_assert (before != NULL || after != NULL);

  if (after == NULL)
    stmt = ts->delete_row;
  else if (before == NULL)
    stmt = ts->insert_row;
  else
    stmt = ts->update_row;

  fresh = *id == 0;
  if (!fresh)
    sqlite3_bind_int64 (stmt, 1, *id);
  else
    sqlite3_bind_null (stmt, 1);
  if (after != NULL)
    bind_values (stmt, 2, ts->table, after);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, error);
  if (*id == 0)
    *id = sqlite3_last_insert_rowid (self->db);

  op = g_new0 (Dpp2RowOp, 1);
  op->table = t;
  op->id = *id;
  op->before = dpp2_values_copy (ts->table, before);
  op->after = dpp2_values_copy (ts->table, after);
  g_ptr_array_add (self->change_ops, op);

  /* A new row may get the id of a row deleted earlier, whose object may
   * still be alive; that object stays deleted (dpp2_store_insert() gives
   * the id to the new record). */
  record = fresh ? NULL : g_hash_table_lookup (ts->objects, id);
  if (record != NULL)
    {
      if (!g_hash_table_contains (self->frozen, record))
        {
          g_object_freeze_notify (G_OBJECT (record));
          g_hash_table_add (self->frozen, g_object_ref (record));
        }
      dpp2_record_apply_values (record, after, after == NULL);
    }
  return TRUE;
}

static gint64
value_int (const GValue *values,
           int           column)
{
  return values != NULL ? g_value_get_int64 (&values[column]) : 0;
}

/* Appends to the card history when a card appears, moves between columns
 * or sprints, changes its points, or goes away. */
static gboolean
record_card_move (Dpp2Store    *self,
                  gint64        card_id,
                  const GValue *before,
                  const GValue *after,
                  GError      **error)
{
  static int card_table = -1, history_table = -1;
  static int sprint_col, column_col, points_col;
  const Dpp2Table *history;
  GValue *values;
  gint64 hid = 0;
  gboolean ok;

  if (card_table < 0)
    {
      card_table = dpp2_model_find_table ("card");
      history_table = dpp2_model_find_table ("card_history");
      sprint_col = column_of_name (self->tables[card_table].table, "sprint_id");
      column_col = column_of_name (self->tables[card_table].table, "column_id");
      points_col = column_of_name (self->tables[card_table].table, "points");
    }

  if (before != NULL && after != NULL &&
      value_int (before, sprint_col) == value_int (after, sprint_col) &&
      value_int (before, column_col) == value_int (after, column_col) &&
      value_int (before, points_col) == value_int (after, points_col))
    return TRUE;

  history = self->tables[history_table].table;
  values = dpp2_values_new (history);
  g_value_set_int64 (&values[0], card_id);
  g_value_set_int64 (&values[1], now (self));
  g_value_set_int64 (&values[2], value_int (before, sprint_col));
  g_value_set_int64 (&values[3], value_int (before, column_col));
  g_value_set_int64 (&values[4], value_int (after, sprint_col));
  g_value_set_int64 (&values[5], value_int (after, column_col));
  g_value_set_int64 (&values[6], value_int (after != NULL ? after : before, points_col));
  ok = write_row (self, history_table, &hid, NULL, values, error);
  dpp2_values_free (history, values);
  return ok;
}

static gboolean
after_write (Dpp2Store    *self,
             guint         t,
             gint64        id,
             const GValue *before,
             const GValue *after,
             GError      **error)
{
  if (g_str_equal (self->tables[t].table->name, "card"))
    return record_card_move (self, id, before, after, error);
  return TRUE;
}

static gboolean
insert_row (Dpp2Store    *self,
            guint         t,
            const GValue *values,
            gint64       *id,
            GError      **error)
{
  *id = 0;
  return write_row (self, t, id, NULL, values, error) &&
         after_write (self, t, *id, NULL, values, error);
}

static gboolean
update_row (Dpp2Store    *self,
            guint         t,
            gint64        id,
            const GValue *after,
            GError      **error)
{
  const Dpp2Table *table = self->tables[t].table;
  GValue *before = NULL;
  gboolean same = TRUE;
  gboolean ok;

  if (!read_row (self, t, id, &before, error))
    return FALSE;
  if (before == NULL)
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                   _("The item was deleted in the meantime. Nothing was changed."));
      return FALSE;
    }
  for (guint i = 0; i < table->n_columns && same; i++)
    same = dpp2_value_equal (&before[i], &after[i]);
  ok = same ||
       (write_row (self, t, &id, before, after, error) &&
        after_write (self, t, id, before, after, error));
  dpp2_values_free (table, before);
  return ok;
}

/* Deletes a row and, first, what depends on it: rows that cascade are
 * deleted, references that are optional are cleared. Every one of them is
 * a recorded op, so undo restores all. */
static gboolean
delete_row (Dpp2Store *self,
            guint      t,
            gint64     id,
            GError   **error)
{
  Dpp2TableState *ts = &self->tables[t];
  GValue *before = NULL;
  gboolean ok = TRUE;

  if (!read_row (self, t, id, &before, error))
    return FALSE;
  if (before == NULL)
    return TRUE;

  for (guint r = 0; r < ts->referrers->len && ok; r++)
    {
      Dpp2Referrer *ref = &g_array_index (ts->referrers, Dpp2Referrer, r);
      const Dpp2Table *rt = self->tables[ref->table].table;
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 ORDER BY id",
                                              rt->name, rt->columns[ref->column].column);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      sqlite3_stmt *stmt = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            {
              gint64 rid = sqlite3_column_int64 (stmt, 0);
              g_array_append_val (ids, rid);
            }
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          ok = dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, error);
          break;
        }

      for (guint i = 0; i < ids->len && ok; i++)
        {
          gint64 rid = g_array_index (ids, gint64, i);

          if (ref->on_delete == DPP2_ON_DELETE_CASCADE)
            ok = delete_row (self, ref->table, rid, error);
          else
            {
              GValue *row = NULL;

              ok = read_row (self, ref->table, rid, &row, error);
              if (ok && row != NULL)
                {
                  g_value_set_int64 (&row[ref->column], 0);
                  ok = update_row (self, ref->table, rid, row, error);
                  dpp2_values_free (rt, row);
                }
            }
        }
    }

  ok = ok &&
       write_row (self, t, &id, before, NULL, error) &&
       after_write (self, t, id, before, NULL, error);
  dpp2_values_free (ts->table, before);
  return ok;
}

static char *
format_label (const char *format,
              Dpp2Record *record)
{
  if (format == NULL)
    return g_strdup ("");
  /* The format is a translatable string with one %s, or none. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_(format), dpp2_record_get_label (record));
#pragma GCC diagnostic pop
}

static int
table_of_record (Dpp2Store  *self,
                 gpointer    record,
                 GError    **error)
{
  int t = table_of_type (self, G_OBJECT_TYPE (record));

  g_assert (t >= 0);
  return t;
}

/**
 * dpp2_store_insert:
 * @self: a store
 * @record: (type Dpp2Record): a new record made with g_object_new() and
 *   its properties; it becomes the store's object for the new row
 * @error: return location for an error
 *
 * Returns: %TRUE if the row was inserted (then it has an id)
 */
gboolean
dpp2_store_insert (Dpp2Store *self,
                   gpointer   record,
                   GError   **error)
{
  g_autofree char *label = NULL;
  GError *local_error = NULL;
  Dpp2TableState *ts;
  gint64 id = 0;
  Dpp2Record *stale;
  int t;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_RECORD (record), FALSE);
  g_return_val_if_fail (dpp2_record_get_id (record) == 0, FALSE);

  t = table_of_record (self, record, error);
  ts = &self->tables[t];
  label = format_label (ts->table->add_label, record);
  if (!dpp2_store_begin_change (self, label, error))
    return FALSE;

  if (!insert_row (self, t, dpp2_record_peek_values (record), &id, &local_error))
    fail_change (self, local_error);
  else
    {
      /* An id freed by an undone insert may come back: the old object
       * stays deleted, the new record owns the row. */
      stale = g_hash_table_lookup (ts->objects, &id);
      if (stale != NULL)
        untrack_record (ts, stale);
      dpp2_record_attach (record, self, id);
      track_record (ts, record);
    }

  if (!dpp2_store_commit_change (self, error))
    {
      if (id != 0 && g_hash_table_lookup (ts->objects, &id) == record)
        untrack_record (ts, record);
      dpp2_record_attach (record, NULL, 0);
      dpp2_record_apply_values (record, NULL, FALSE);
      return FALSE;
    }
  return TRUE;
}

/**
 * dpp2_store_delete:
 * @self: a store
 * @record: (type Dpp2Record): a record of this store
 * @error: return location for an error
 *
 * Deletes the row and what depends on it (e.g. a team's sprints and
 * columns; cards of a deleted sprint go back to the backlog), as one
 * undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_delete (Dpp2Store *self,
                   gpointer   record,
                   GError   **error)
{
  g_autofree char *label = NULL;
  GError *local_error = NULL;
  int t;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_RECORD (record), FALSE);
  g_return_val_if_fail (dpp2_record_get_store (record) == self, FALSE);

  t = table_of_record (self, record, error);
  label = format_label (self->tables[t].table->delete_label, record);
  if (!dpp2_store_begin_change (self, label, error))
    return FALSE;
  if (!delete_row (self, t, dpp2_record_get_id (record), &local_error))
    fail_change (self, local_error);
  return dpp2_store_commit_change (self, error);
}

static gboolean
update_columns (Dpp2Store    *self,
                Dpp2Record   *record,
                const int    *columns,
                const GValue *values,
                guint         n_values,
                GError      **error)
{
  g_autofree char *label = NULL;
  GError *local_error = NULL;
  const Dpp2Table *table;
  GValue *after = NULL;
  int t;

  t = table_of_record (self, record, error);
  table = self->tables[t].table;
  label = format_label (table->edit_label, record);
  if (!dpp2_store_begin_change (self, label, error))
    return FALSE;

  if (!read_row (self, t, dpp2_record_get_id (record), &after, &local_error))
    fail_change (self, local_error);
  else if (after == NULL)
    fail_change (self, g_error_new (DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                                    _("The item was deleted in the meantime. "
                                      "Nothing was changed.")));
  else
    {
      for (guint i = 0; i < n_values; i++)
        g_value_copy (&values[i], &after[columns[i]]);
      /* Name the edit after the new name, which is what the user sees. */
      if (self->change_depth == 1 && table->label_column >= 0 && table->edit_label != NULL)
        {
          g_free (self->change_label);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          self->change_label = g_strdup_printf (_(table->edit_label),
                                                g_value_get_string (&after[table->label_column]));
#pragma GCC diagnostic pop
        }
      if (!update_row (self, t, dpp2_record_get_id (record), after, &local_error))
        fail_change (self, local_error);
    }
  dpp2_values_free (table, after);
  return dpp2_store_commit_change (self, error);
}

static int
find_column (Dpp2Record  *record,
             const char  *property,
             GParamSpec **out_pspec,
             GError     **error)
{
  const Dpp2Table *table = DPP2_RECORD_GET_CLASS (record)->table;
  int column = column_of_property (table, property);

  if (column < 0)
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                   "%s has no stored property “%s”", G_OBJECT_TYPE_NAME (record), property);
      return -1;
    }
  *out_pspec = DPP2_RECORD_GET_CLASS (record)->pspecs[column];
  return column;
}

/**
 * dpp2_store_set_value:
 * @self: a store
 * @record: (type Dpp2Record): a record of this store
 * @property: a property name, e.g. "title"
 * @value: the new value (transformable to the property type)
 * @error: return location for an error
 *
 * Changes one property as one undo step (or as part of the open change).
 * g_object_set() on a record does the same and reports failures with
 * #Dpp2Store::write-failed.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_set_value (Dpp2Store    *self,
                      gpointer      record,
                      const char   *property,
                      const GValue *value,
                      GError      **error)
{
  g_auto(GValue) converted = G_VALUE_INIT;
  GParamSpec *pspec;
  int column;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_RECORD (record), FALSE);
  g_return_val_if_fail (dpp2_record_get_store (record) == self, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  column = find_column (record, property, &pspec, error);
  if (column < 0)
    return FALSE;
  g_value_init (&converted, pspec->value_type);
  if (!g_value_transform (value, &converted) || g_param_value_validate (pspec, &converted))
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                   "Invalid value of type %s for %s:%s",
                   G_VALUE_TYPE_NAME (value), G_OBJECT_TYPE_NAME (record), property);
      return FALSE;
    }
  return update_columns (self, record, &column, &converted, 1, error);
}

/**
 * dpp2_store_update:
 * @self: a store
 * @record: (type Dpp2Record): a record of this store
 * @error: return location for an error
 * @first_property: the first property name
 * @...: its value, then more name/value pairs, then %NULL
 *
 * Changes several properties of one record as one undo step, e.g.
 * `dpp2_store_update (store, card, &error, "blocked", TRUE,
 * "blocked-reason", "Wacht op roosters", NULL)`. Values are collected as
 * with g_object_set(): pass gint64 for ids, positions and points.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_update (Dpp2Store  *self,
                   gpointer    record,
                   GError    **error,
                   const char *first_property,
                   ...)
{
  const Dpp2Table *table;
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  const char *name;
  gboolean ok = TRUE;
  va_list args;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_RECORD (record), FALSE);
  g_return_val_if_fail (dpp2_record_get_store (record) == self, FALSE);

  table = DPP2_RECORD_GET_CLASS (record)->table;
  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  va_start (args, first_property);
  for (name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GValue value = G_VALUE_INIT;
      g_autofree char *collect_error = NULL;
      GParamSpec *pspec;
      int column = find_column (record, name, &pspec, error);

      if (column < 0)
        {
          ok = FALSE;
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID, "%s", collect_error);
          g_value_unset (&value);
          ok = FALSE;
          break;
        }
      g_array_append_val (columns, column);
      g_array_append_val (values, value);
    }
  va_end (args);

  (void) table;
  if (!ok)
    return FALSE;
  return update_columns (self, record, (int *) (gpointer) columns->data,
                         (GValue *) (gpointer) values->data, values->len, error);
}

/**
 * dpp2_store_move_card:
 * @self: a store
 * @card: a card of this store
 * @sprint_id: the sprint, or 0 for the backlog
 * @column_id: the board column, or 0 (always 0 in the backlog)
 * @index: the place in the target list (G_MAXUINT: at the end)
 * @error: return location for an error
 *
 * Moves a card and renumbers the positions of the target list, as one
 * undo step that the card history records.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_move_card (Dpp2Store *self,
                      Dpp2Card  *card,
                      gint64     sprint_id,
                      gint64     column_id,
                      guint      index,
                      GError   **error)
{
  static int t = -1, sprint_col, column_col, position_col;
  g_autofree char *label = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) old_positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local_error = NULL;
  gint64 card_id;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_CARD (card), FALSE);
  g_return_val_if_fail (dpp2_record_get_store (DPP2_RECORD (card)) == self, FALSE);

  if (t < 0)
    {
      t = dpp2_model_find_table ("card");
      sprint_col = column_of_name (self->tables[t].table, "sprint_id");
      column_col = column_of_name (self->tables[t].table, "column_id");
      position_col = column_of_name (self->tables[t].table, "position");
    }
  if (sprint_id == 0)
    column_id = 0;
  card_id = dpp2_record_get_id (DPP2_RECORD (card));

  label = g_strdup_printf (_("Move Card “%s”"), dpp2_card_get_title (card));
  if (!dpp2_store_begin_change (self, label, error))
    return FALSE;

  rc = sqlite3_prepare_v2 (self->db,
                           sprint_id == 0
                           ? "SELECT id, position FROM card WHERE sprint_id IS NULL AND id != ?3 "
                             "ORDER BY position, id"
                           : "SELECT id, position FROM card WHERE sprint_id IS ?1 "
                             "AND column_id IS ?2 AND id != ?3 ORDER BY position, id",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      if (sprint_id != 0)
        sqlite3_bind_int64 (stmt, 1, sprint_id);
      if (column_id != 0)
        sqlite3_bind_int64 (stmt, 2, column_id);
      sqlite3_bind_int64 (stmt, 3, card_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          gint64 pos = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (ids, id);
          g_array_append_val (old_positions, pos);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, &local_error);
      fail_change (self, local_error);
      return dpp2_store_commit_change (self, error);
    }

  index = MIN (index, ids->len);
  g_array_insert_val (ids, index, card_id);
  {
    gint64 none = -1;
    g_array_insert_val (old_positions, index, none);
  }
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      GValue *row = NULL;
      gboolean ok;

      /* Only rows whose position changes are written: a move near the
       * top of a long backlog touches a few rows, not all. */
      if (id != card_id && g_array_index (old_positions, gint64, i) == (gint64) i)
        continue;
      ok = read_row (self, t, id, &row, &local_error);
      if (ok && row != NULL)
        {
          g_value_set_int64 (&row[position_col], i);
          if (id == card_id)
            {
              g_value_set_int64 (&row[sprint_col], sprint_id);
              g_value_set_int64 (&row[column_col], column_id);
            }
          ok = update_row (self, t, id, row, &local_error);
        }
      dpp2_values_free (self->tables[t].table, row);
      if (!ok)
        {
          fail_change (self, local_error);
          break;
        }
    }
  return dpp2_store_commit_change (self, error);
}

/* --- Undo -------------------------------------------------------------- */

static gboolean
replay (Dpp2Store    *self,
        Dpp2UndoStep *step,
        gboolean      backwards,
        GError      **error)
{
  GError *local_error = NULL;
  gboolean ok;

  if (self->change_depth > 0)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                           "Cannot undo or redo while a change is open");
      return FALSE;
    }
  if (!dpp2_store_begin_change (self, step->label, error))
    return FALSE;
  self->replaying = TRUE;
  for (guint i = 0; i < step->ops->len; i++)
    {
      Dpp2RowOp *op = g_ptr_array_index (step->ops, backwards ? step->ops->len - 1 - i : i);
      gint64 id = op->id;

      if (!write_row (self, op->table, &id,
                      backwards ? op->after : op->before,
                      backwards ? op->before : op->after,
                      &local_error))
        {
          fail_change (self, local_error);
          break;
        }
    }
  ok = dpp2_store_commit_change (self, error);
  self->replaying = FALSE;
  return ok;
}

/**
 * dpp2_store_undo:
 * @self: a store
 * @error: return location for an error
 *
 * Reverts the last change in one transaction.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
dpp2_store_undo (Dpp2Store *self,
                 GError   **error)
{
  Dpp2UndoStep *step;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  if (self->undo_stack->len == 0)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                           _("There is nothing to undo."));
      return FALSE;
    }
  step = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  if (!replay (self, step, TRUE, error))
    return FALSE;
  g_ptr_array_add (self->redo_stack, g_ptr_array_steal_index (self->undo_stack,
                                                              self->undo_stack->len - 1));
  dpp2_store_notify_undo_state (self);
  return TRUE;
}

/**
 * dpp2_store_redo:
 * @self: a store
 * @error: return location for an error
 *
 * Applies the last undone change again.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
dpp2_store_redo (Dpp2Store *self,
                 GError   **error)
{
  Dpp2UndoStep *step;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  if (self->redo_stack->len == 0)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                           _("There is nothing to redo."));
      return FALSE;
    }
  step = g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1);
  if (!replay (self, step, FALSE, error))
    return FALSE;
  g_ptr_array_add (self->undo_stack, g_ptr_array_steal_index (self->redo_stack,
                                                              self->redo_stack->len - 1));
  dpp2_store_notify_undo_state (self);
  return TRUE;
}

/**
 * dpp2_store_get_can_undo:
 * @self: a store
 *
 * Returns: %TRUE if there is a change to undo (never when read-only)
 */
gboolean
dpp2_store_get_can_undo (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  return !self->read_only && !self->closed && self->undo_stack->len > 0;
}

/**
 * dpp2_store_get_can_redo:
 * @self: a store
 *
 * Returns: %TRUE if there is an undone change to apply again
 */
gboolean
dpp2_store_get_can_redo (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  return !self->read_only && !self->closed && self->redo_stack->len > 0;
}

/**
 * dpp2_store_get_undo_label:
 * @self: a store
 *
 * Returns: (nullable): what undo would revert, e.g. "Delete Card “Intake”"
 */
const char *
dpp2_store_get_undo_label (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;
  return ((Dpp2UndoStep *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

/**
 * dpp2_store_get_redo_label:
 * @self: a store
 *
 * Returns: (nullable): what redo would apply again
 */
const char *
dpp2_store_get_redo_label (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;
  return ((Dpp2UndoStep *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

/* --- Lists ------------------------------------------------------------- */

void
dpp2_store_unregister_list (Dpp2Store      *self,
                            guint           table,
                            Dpp2RecordList *list,
                            const char     *key)
{
  if (self->tables != NULL)
    g_ptr_array_remove (self->tables[table].lists, list);
  if (g_hash_table_lookup (self->lists_by_key, key) == list)
    g_hash_table_remove (self->lists_by_key, key);
}

static gboolean
is_filterable (const Dpp2Column *column)
{
  return column->type == DPP2_COLUMN_INT || column->type == DPP2_COLUMN_REF ||
         column->type == DPP2_COLUMN_ENUM || column->type == DPP2_COLUMN_BOOL;
}

/**
 * dpp2_store_list:
 * @self: a store
 * @type: an entity type
 * @sort_property: (nullable): the property to sort by (then by id)
 * @filter_property: (nullable): keep rows whose property equals @filter_value:
 *   an id (0 means "none"), a number, an enumeration or a boolean
 * @filter_value: see @filter_property
 * @filter2_property: (nullable): a second filter
 * @filter2_value: its value
 *
 * The same query returns the same live list while it is alive. It loads
 * on first use and emits exact #GListModel::items-changed on every change.
 *
 * Returns: (transfer full): a #GListModel of @type
 */
GListModel *
dpp2_store_list (Dpp2Store  *self,
                 GType       type,
                 const char *sort_property,
                 const char *filter_property,
                 gint64      filter_value,
                 const char *filter2_property,
                 gint64      filter2_value)
{
  const Dpp2Table *table;
  int filters[2];
  gint64 values[2] = { filter_value, filter2_value };
  guint n_filters = 0;
  int sort = -1;
  g_autofree char *key = NULL;
  Dpp2RecordList *list;
  int t;

  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  t = table_of_type (self, type);
  g_return_val_if_fail (t >= 0, NULL);
  table = self->tables[t].table;

  if (sort_property != NULL)
    {
      sort = column_of_property (table, sort_property);
      g_return_val_if_fail (sort >= 0, NULL);
    }
  if (filter_property != NULL)
    {
      filters[n_filters] = column_of_property (table, filter_property);
      g_return_val_if_fail (filters[n_filters] >= 0, NULL);
      g_return_val_if_fail (is_filterable (&table->columns[filters[n_filters]]), NULL);
      n_filters++;
    }
  if (filter2_property != NULL)
    {
      filters[n_filters] = column_of_property (table, filter2_property);
      g_return_val_if_fail (filters[n_filters] >= 0, NULL);
      g_return_val_if_fail (is_filterable (&table->columns[filters[n_filters]]), NULL);
      values[n_filters] = filter2_value;
      n_filters++;
    }

  key = g_strdup_printf ("%d|%d|%d=%" G_GINT64_FORMAT "|%d=%" G_GINT64_FORMAT, t, sort,
                         n_filters > 0 ? filters[0] : -1, n_filters > 0 ? values[0] : 0,
                         n_filters > 1 ? filters[1] : -1, n_filters > 1 ? values[1] : 0);
  list = g_hash_table_lookup (self->lists_by_key, key);
  if (list != NULL)
    return g_object_ref (G_LIST_MODEL (list));

  list = dpp2_record_list_new (self, t, sort, filters, values, n_filters, key);
  g_ptr_array_add (self->tables[t].lists, list);
  g_hash_table_insert (self->lists_by_key, g_steal_pointer (&key), list);
  return G_LIST_MODEL (list);
}

/** dpp2_store_list_people: Returns: (transfer full): everyone, by name */
GListModel *
dpp2_store_list_people (Dpp2Store *self)
{
  return dpp2_store_list (self, DPP2_TYPE_PERSON, "name", NULL, 0, NULL, 0);
}

/** dpp2_store_list_teams: Returns: (transfer full): the LPTs, by name */
GListModel *
dpp2_store_list_teams (Dpp2Store *self)
{
  return dpp2_store_list (self, DPP2_TYPE_TEAM, "name", NULL, 0, NULL, 0);
}

/** dpp2_store_list_members_of_team: Returns: (transfer full): #Dpp2TeamMember rows */
GListModel *
dpp2_store_list_members_of_team (Dpp2Store *self,
                                 gint64     team_id)
{
  return dpp2_store_list (self, DPP2_TYPE_TEAM_MEMBER, NULL, "team-id", team_id, NULL, 0);
}

/** dpp2_store_list_goals: Returns: (transfer full): the goals, by position */
GListModel *
dpp2_store_list_goals (Dpp2Store *self)
{
  return dpp2_store_list (self, DPP2_TYPE_GOAL, "position", NULL, 0, NULL, 0);
}

/** dpp2_store_list_cases: Returns: (transfer full): all learning cases, by position */
GListModel *
dpp2_store_list_cases (Dpp2Store *self)
{
  return dpp2_store_list (self, DPP2_TYPE_LEARNING_CASE, "position", NULL, 0, NULL, 0);
}

/** dpp2_store_list_cases_of_goal: Returns: (transfer full): the cases of a goal, by position */
GListModel *
dpp2_store_list_cases_of_goal (Dpp2Store *self,
                               gint64     goal_id)
{
  return dpp2_store_list (self, DPP2_TYPE_LEARNING_CASE, "position", "goal-id", goal_id, NULL, 0);
}

/** dpp2_store_list_sprints_of_team: Returns: (transfer full): sprints by start date */
GListModel *
dpp2_store_list_sprints_of_team (Dpp2Store *self,
                                 gint64     team_id)
{
  return dpp2_store_list (self, DPP2_TYPE_SPRINT, "start-date", "team-id", team_id, NULL, 0);
}

/** dpp2_store_list_columns_of_team: Returns: (transfer full): board columns by position */
GListModel *
dpp2_store_list_columns_of_team (Dpp2Store *self,
                                 gint64     team_id)
{
  return dpp2_store_list (self, DPP2_TYPE_BOARD_COLUMN, "position", "team-id", team_id, NULL, 0);
}

/**
 * dpp2_store_list_cards:
 * @self: a store
 * @sprint_id: a sprint, or 0 for the backlog (then @column_id is ignored)
 * @column_id: a board column
 *
 * Returns: (transfer full): the cards of one lane of a board, by position
 */
GListModel *
dpp2_store_list_cards (Dpp2Store *self,
                       gint64     sprint_id,
                       gint64     column_id)
{
  if (sprint_id == 0)
    return dpp2_store_list (self, DPP2_TYPE_CARD, "position", "sprint-id", 0, NULL, 0);
  return dpp2_store_list (self, DPP2_TYPE_CARD, "position", "sprint-id", sprint_id,
                          "column-id", column_id);
}

/** dpp2_store_list_cards_of_sprint: Returns: (transfer full): all cards of a sprint */
GListModel *
dpp2_store_list_cards_of_sprint (Dpp2Store *self,
                                 gint64     sprint_id)
{
  return dpp2_store_list (self, DPP2_TYPE_CARD, "position", "sprint-id", sprint_id, NULL, 0);
}

/** dpp2_store_list_best_practices: Returns: (transfer full): best practices by title */
GListModel *
dpp2_store_list_best_practices (Dpp2Store *self)
{
  return dpp2_store_list (self, DPP2_TYPE_BEST_PRACTICE, "title", NULL, 0, NULL, 0);
}

/* --- History ----------------------------------------------------------- */

static GArray *
query_moves (Dpp2Store  *self,
             const char *sql,
             gint64      id,
             GError    **error)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (Dpp2CardMove));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->closed)
    return g_steal_pointer (&moves);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          Dpp2CardMove m;

          m.card_id = sqlite3_column_int64 (stmt, 0);
          m.time = sqlite3_column_int64 (stmt, 1);
          m.from_sprint_id = sqlite3_column_int64 (stmt, 2);
          m.from_column_id = sqlite3_column_int64 (stmt, 3);
          m.to_sprint_id = sqlite3_column_int64 (stmt, 4);
          m.to_column_id = sqlite3_column_int64 (stmt, 5);
          m.points = sqlite3_column_int64 (stmt, 6);
          g_array_append_val (moves, m);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      dpp2_store_set_sqlite_error (self->path, self->db, rc, FALSE, error);
      return NULL;
    }
  return g_steal_pointer (&moves);
}

/**
 * dpp2_store_get_card_history:
 * @self: a store
 * @card_id: a card id (the card may be deleted)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type Dpp2CardMove): the moves of a
 *   card, oldest first
 */
GArray *
dpp2_store_get_card_history (Dpp2Store *self,
                             gint64     card_id,
                             GError   **error)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  return query_moves (self,
                      "SELECT card_id, time, from_sprint_id, from_column_id, to_sprint_id, "
                      "to_column_id, points FROM card_history WHERE card_id = ?1 "
                      "ORDER BY time, id", card_id, error);
}

/**
 * dpp2_store_get_sprint_history:
 * @self: a store
 * @sprint_id: a sprint id
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type Dpp2CardMove): every move into,
 *   within or out of a sprint, oldest first: what a burndown needs
 */
GArray *
dpp2_store_get_sprint_history (Dpp2Store *self,
                               gint64     sprint_id,
                               GError   **error)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  return query_moves (self,
                      "SELECT card_id, time, from_sprint_id, from_column_id, to_sprint_id, "
                      "to_column_id, points FROM card_history "
                      "WHERE from_sprint_id = ?1 OR to_sprint_id = ?1 ORDER BY time, id",
                      sprint_id, error);
}
