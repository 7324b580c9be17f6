/* dpp2-record-list.c — a live list of records of one table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <stdlib.h>

#include "dpp2-record-list.h"
#include "store/dpp2-store-private.h"

/* A list is the ids of the rows that pass an equality filter, sorted by
 * one column and then id, with the sort key kept next to each id. On a
 * change the store hands over each row's net before and after images:
 * the old place is found by binary search with the old key, the new
 * place with the new key, so a change costs O(log n) plus one array move,
 * and the list emits the minimal items-changed (a move is one removal
 * and one insertion). Objects are only made when a view asks for them. */

typedef union
{
  gint64 i;
  double d;
  char  *s;   /* a collation key, for text */
} Key;

typedef struct
{
  gint64   id;
  Key      key;
  /* Kept once handed out: a record lives as long as a list shows it, so the handlers and
   * bindings a view puts on it last, and a second get_item() does not read the row again. */
  GObject *record;
} Entry;

struct _Dpp2RecordList
{
  GObject          parent_instance;

  Dpp2Store       *store;
  guint            table;
  const Dpp2Table *desc;
  int              sort;        /* column, or -1 for id order */
  int              filters[2];
  gint64           values[2];
  guint            n_filters;
  char            *key;

  GArray          *entries;     /* Entry */
  gboolean         loaded;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (Dpp2RecordList, dpp2_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gboolean
sort_is_text (Dpp2RecordList *self)
{
  return self->sort >= 0 && self->desc->columns[self->sort].type == DPP2_COLUMN_TEXT;
}

static gboolean
sort_is_double (Dpp2RecordList *self)
{
  return self->sort >= 0 && self->desc->columns[self->sort].type == DPP2_COLUMN_DOUBLE;
}

static Key
key_from_value (Dpp2RecordList *self,
                const GValue   *values)
{
  Key k = { 0 };
  const GValue *v;

  if (self->sort < 0)
    return k;
  v = &values[self->sort];
  switch (self->desc->columns[self->sort].type)
    {
    case DPP2_COLUMN_TEXT:
      k.s = g_utf8_collate_key (g_value_get_string (v), -1);
      break;
    case DPP2_COLUMN_INT:
    case DPP2_COLUMN_REF:
      k.i = g_value_get_int64 (v);
      break;
    case DPP2_COLUMN_DOUBLE:
      k.d = g_value_get_double (v);
      break;
    case DPP2_COLUMN_BOOL:
      k.i = g_value_get_boolean (v);
      break;
    case DPP2_COLUMN_ENUM:
      k.i = g_value_get_enum (v);
      break;
    case DPP2_COLUMN_FLAGS:
      k.i = g_value_get_flags (v);
      break;
    default:
      g_assert_not_reached ();
    }
  return k;
}

static int
compare (Dpp2RecordList *self,
         const Entry    *a,
         const Entry    *b)
{
  if (sort_is_text (self))
    {
      int c = strcmp (a->key.s, b->key.s);
      if (c != 0)
        return c;
    }
  else if (sort_is_double (self))
    {
      if (a->key.d != b->key.d)
        return a->key.d < b->key.d ? -1 : 1;
    }
  else if (self->sort >= 0 && a->key.i != b->key.i)
    return a->key.i < b->key.i ? -1 : 1;

  return a->id < b->id ? -1 : a->id > b->id ? 1 : 0;
}

static int
compare_qsort (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare (user_data, a, b);
}

static void
entry_clear (Dpp2RecordList *self,
             Entry          *e)
{
  if (sort_is_text (self))
    g_clear_pointer (&e->key.s, g_free);
  g_clear_object (&e->record);
}

/* The first index whose entry is not less than @e. */
static guint
lower_bound (Dpp2RecordList *self,
             const Entry    *e)
{
  guint lo = 0, hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare (self, &g_array_index (self->entries, Entry, mid), e) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gint64
value_as_int (const GValue *v)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (v)))
    {
    case G_TYPE_INT64:
      return g_value_get_int64 (v);
    case G_TYPE_ENUM:
      return g_value_get_enum (v);
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (v) ? 1 : 0;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
matches (Dpp2RecordList *self,
         const GValue   *values)
{
  if (values == NULL)
    return FALSE;
  for (guint i = 0; i < self->n_filters; i++)
    if (value_as_int (&values[self->filters[i]]) != self->values[i])
      return FALSE;
  return TRUE;
}

static void
ensure_loaded (Dpp2RecordList *self)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->loaded)
    return;
  self->loaded = TRUE;
  if (dpp2_store_is_closed (self->store))
    return;

  db = dpp2_store_get_db (self->store);
  if (self->sort >= 0)
    g_string_append_printf (sql, ", %s", self->desc->columns[self->sort].column);
  g_string_append_printf (sql, " FROM %s", self->desc->name);
  for (guint i = 0; i < self->n_filters; i++)
    g_string_append_printf (sql, "%s %s IS ?%u", i == 0 ? " WHERE" : " AND",
                            self->desc->columns[self->filters[i]].column, i + 1);

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; i < self->n_filters; i++)
        {
          /* 0 is "none", which the file stores as NULL for references. */
          if (self->values[i] == 0 &&
              self->desc->columns[self->filters[i]].type == DPP2_COLUMN_REF)
            sqlite3_bind_null (stmt, i + 1);
          else
            sqlite3_bind_int64 (stmt, i + 1, self->values[i]);
        }
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          Entry e = { sqlite3_column_int64 (stmt, 0), { 0 } };

          if (sort_is_text (self))
            {
              const char *s = (const char *) sqlite3_column_text (stmt, 1);
              e.key.s = g_utf8_collate_key (s != NULL ? s : "", -1);
            }
          else if (sort_is_double (self))
            e.key.d = sqlite3_column_double (stmt, 1);
          else if (self->sort >= 0)
            e.key.i = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (self->entries, e);
        }
    }
  if (rc != SQLITE_DONE)
    g_warning ("Could not load the list of %s: %s", self->desc->name, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  /* Sort in C, with the same comparison the updates use. */
  g_qsort_with_data (self->entries->data, self->entries->len, sizeof (Entry),
                     compare_qsort, self);
}

static guint
find_entry (Dpp2RecordList *self,
            const GValue   *values,
            gint64          id)
{
  Entry probe = { id, key_from_value (self, values) };
  guint i = lower_bound (self, &probe);

  entry_clear (self, &probe);
  if (i < self->entries->len && g_array_index (self->entries, Entry, i).id == id)
    return i;

  /* Only reached if the list missed a change; stay correct anyway. */
  for (i = 0; i < self->entries->len; i++)
    if (g_array_index (self->entries, Entry, i).id == id)
      return i;
  return G_MAXUINT;
}

static gboolean
ids_equal (const gint64 *old_ids,
           guint         old_start,
           GArray       *entries,
           guint         new_start,
           guint         n)
{
  for (guint i = 0; i < n; i++)
    if (old_ids[old_start + i] != g_array_index (entries, Entry, new_start + i).id)
      return FALSE;
  return TRUE;
}

typedef struct
{
  gboolean insert;
  guint    index;
  gint64   id;
} Edit;

void
dpp2_record_list_apply (Dpp2RecordList *self,
                        GPtrArray      *changes)
{
  g_autoptr(GArray) edits = NULL;
  g_autoptr(GArray) old = NULL;
  const gint64 *old_ids;
  guint n_old, n_new, prefix = G_MAXUINT, suffix = G_MAXUINT, a, b;

  if (!self->loaded)
    return;

  n_old = self->entries->len;
  edits = g_array_new (FALSE, FALSE, sizeof (Edit));

  for (guint c = 0; c < changes->len; c++)
    {
      Dpp2RowOp *op = g_ptr_array_index (changes, c);
      gboolean in_before = matches (self, op->before);
      gboolean in_after = matches (self, op->after);
      gboolean key_changed = in_before && in_after && self->sort >= 0 &&
                             !dpp2_value_equal (&op->before[self->sort], &op->after[self->sort]);

      /* Each edit leaves the entries before its index and those after it
       * (counted from the end) alone: that bounds the changed window. */
      if (in_before && (!in_after || key_changed))
        {
          guint i = find_entry (self, op->before, op->id);

          if (i != G_MAXUINT)
            {
              Edit e = { FALSE, i, op->id };
              guint len = self->entries->len;

              entry_clear (self, &g_array_index (self->entries, Entry, i));
              g_array_remove_index (self->entries, i);
              g_array_append_val (edits, e);
              prefix = MIN (prefix, i);
              suffix = MIN (suffix, len - 1 - i);
            }
        }
      if (in_after && (!in_before || key_changed))
        {
          Entry entry = { op->id, key_from_value (self, op->after) };
          guint i = lower_bound (self, &entry);
          Edit e = { TRUE, i, op->id };
          guint len = self->entries->len;

          g_array_insert_val (self->entries, i, entry);
          g_array_append_val (edits, e);
          prefix = MIN (prefix, i);
          suffix = MIN (suffix, len - i);
        }
    }
  if (edits->len == 0)
    return;

  n_new = self->entries->len;
  prefix = MIN (prefix, MIN (n_old, n_new));
  suffix = MIN (suffix, MIN (n_old, n_new) - prefix);

  /* Rebuild the old ids of the window only, by undoing the edits on a
   * copy of the new window: O(window + edits), not O(n). */
  old = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_new - prefix - suffix + edits->len);
  for (guint i = prefix; i < n_new - suffix; i++)
    g_array_append_val (old, g_array_index (self->entries, Entry, i).id);
  for (guint k = edits->len; k > 0; k--)
    {
      Edit *e = &g_array_index (edits, Edit, k - 1);

      if (e->insert)
        g_array_remove_index (old, e->index - prefix);
      else
        g_array_insert_val (old, e->index - prefix, e->id);
    }
  g_assert (old->len == n_old - prefix - suffix);
  old_ids = (const gint64 *) (gpointer) old->data;

  /* Narrow the window to what really differs. */
  a = n_old - prefix - suffix;
  b = n_new - prefix - suffix;
  {
    guint lead = 0, tail = 0;

    while (lead < a && lead < b &&
           old_ids[lead] == g_array_index (self->entries, Entry, prefix + lead).id)
      lead++;
    while (tail < a - lead && tail < b - lead &&
           old_ids[a - 1 - tail] == g_array_index (self->entries, Entry, prefix + b - 1 - tail).id)
      tail++;
    old_ids += lead;
    prefix += lead;
    a -= lead + tail;
    b -= lead + tail;
  }
  if (a == 0 && b == 0)
    return;

  /* One item moved: emit a removal and an insertion, with the list in
   * the state between the two while the first is emitted. */
  if (a == b && a >= 2)
    {
      guint first = prefix, last = prefix + a - 1;

      if (old_ids[0] == g_array_index (self->entries, Entry, last).id &&
          ids_equal (old_ids, 1, self->entries, first, a - 1))
        {
          Entry moved = g_array_index (self->entries, Entry, last);

          g_array_remove_index (self->entries, last);
          g_list_model_items_changed (G_LIST_MODEL (self), first, 1, 0);
          g_array_insert_val (self->entries, last, moved);
          g_list_model_items_changed (G_LIST_MODEL (self), last, 0, 1);
          return;
        }
      if (old_ids[a - 1] == g_array_index (self->entries, Entry, first).id &&
          ids_equal (old_ids, 0, self->entries, first + 1, a - 1))
        {
          Entry moved = g_array_index (self->entries, Entry, first);

          g_array_remove_index (self->entries, first);
          g_list_model_items_changed (G_LIST_MODEL (self), last, 1, 0);
          g_array_insert_val (self->entries, first, moved);
          g_list_model_items_changed (G_LIST_MODEL (self), first, 0, 1);
          return;
        }
    }
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, a, b);
}

void
dpp2_record_list_clear (Dpp2RecordList *self)
{
  guint n = self->entries->len;

  for (guint i = 0; i < n; i++)
    entry_clear (self, &g_array_index (self->entries, Entry, i));
  g_array_set_size (self->entries, 0);
  self->loaded = TRUE;
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}

static GType
dpp2_record_list_get_item_type (GListModel *model)
{
  Dpp2RecordList *self = DPP2_RECORD_LIST (model);

  return self->desc->get_type ();
}

static guint
dpp2_record_list_get_n_items (GListModel *model)
{
  Dpp2RecordList *self = DPP2_RECORD_LIST (model);

  ensure_loaded (self);
  return self->entries->len;
}

static gpointer
dpp2_record_list_get_item (GListModel *model,
                           guint       position)
{
  Dpp2RecordList *self = DPP2_RECORD_LIST (model);
  Entry *entry;

  ensure_loaded (self);
  if (position >= self->entries->len || dpp2_store_is_closed (self->store))
    return NULL;
  entry = &g_array_index (self->entries, Entry, position);
  if (entry->record == NULL)
    entry->record = dpp2_store_dup_record_at (self->store, self->table, entry->id);
  return entry->record != NULL ? g_object_ref (entry->record) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dpp2_record_list_get_item_type;
  iface->get_n_items = dpp2_record_list_get_n_items;
  iface->get_item = dpp2_record_list_get_item;
}

static void
dpp2_record_list_finalize (GObject *object)
{
  Dpp2RecordList *self = DPP2_RECORD_LIST (object);

  dpp2_store_unregister_list (self->store, self->table, self, self->key);
  for (guint i = 0; i < self->entries->len; i++)
    entry_clear (self, &g_array_index (self->entries, Entry, i));
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->key, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dpp2_record_list_parent_class)->finalize (object);
}

static void
dpp2_record_list_class_init (Dpp2RecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dpp2_record_list_finalize;
}

static void
dpp2_record_list_init (Dpp2RecordList *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
}

Dpp2RecordList *
dpp2_record_list_new (Dpp2Store    *store,
                      guint         table,
                      int           sort_column,
                      const int    *filter_columns,
                      const gint64 *filter_values,
                      guint         n_filters,
                      const char   *key)
{
  Dpp2RecordList *self = g_object_new (DPP2_TYPE_RECORD_LIST, NULL);

  g_assert (n_filters <= 2);

  self->store = g_object_ref (store);
  self->table = table;
  self->desc = dpp2_store_get_table_state (store, table)->table;
  self->sort = sort_column;
  self->n_filters = n_filters;
  for (guint i = 0; i < n_filters; i++)
    {
      Dpp2ColumnType type = self->desc->columns[filter_columns[i]].type;

      g_assert (type == DPP2_COLUMN_INT || type == DPP2_COLUMN_REF ||
                type == DPP2_COLUMN_ENUM || type == DPP2_COLUMN_BOOL);
      self->filters[i] = filter_columns[i];
      self->values[i] = filter_values[i];
    }
  self->key = g_strdup (key);
  return self;
}
