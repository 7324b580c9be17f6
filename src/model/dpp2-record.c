/* dpp2-record.c — base class of every row object of an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <string.h>

#include "dpp2-record-private.h"
#include "store/dpp2-store-private.h"

/* A record is a cache of one row. The store owns the truth: setting a
 * property of an attached record writes through the store (one undo step),
 * and the store pushes new row values into the record when the row changes,
 * so every view of the same row shares one object that notifies. */

typedef struct
{
  Dpp2Store *store;  /* not owned: the store clears it when it goes away */
  gint64     id;
  GValue    *values;
  guint      deleted : 1;
} Dpp2RecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (Dpp2Record, dpp2_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GValue *
ensure_values (Dpp2Record *self)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  if (priv->values == NULL)
    priv->values = dpp2_values_new (DPP2_RECORD_GET_CLASS (self)->table);
  return priv->values;
}

GValue *
dpp2_values_new (const Dpp2Table *table)
{
  GValue *values = g_new0 (GValue, table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    {
      const Dpp2Column *c = &table->columns[i];

      switch (c->type)
        {
        case DPP2_COLUMN_TEXT:
          g_value_init (&values[i], G_TYPE_STRING);
          g_value_set_static_string (&values[i], "");
          break;
        case DPP2_COLUMN_INT:
        case DPP2_COLUMN_REF:
          g_value_init (&values[i], G_TYPE_INT64);
          break;
        case DPP2_COLUMN_DOUBLE:
          g_value_init (&values[i], G_TYPE_DOUBLE);
          break;
        case DPP2_COLUMN_BOOL:
          g_value_init (&values[i], G_TYPE_BOOLEAN);
          break;
        case DPP2_COLUMN_ENUM:
        case DPP2_COLUMN_FLAGS:
          g_value_init (&values[i], c->get_type ());
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return values;
}

GValue *
dpp2_values_copy (const Dpp2Table *table,
                  const GValue    *values)
{
  GValue *copy;

  if (values == NULL)
    return NULL;
  copy = g_new0 (GValue, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    {
      g_value_init (&copy[i], G_VALUE_TYPE (&values[i]));
      g_value_copy (&values[i], &copy[i]);
    }
  return copy;
}

void
dpp2_values_free (const Dpp2Table *table,
                  GValue          *values)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    g_value_unset (&values[i]);
  g_free (values);
}

gboolean
dpp2_value_equal (const GValue *a,
                  const GValue *b)
{
  g_assert (G_VALUE_TYPE (a) == G_VALUE_TYPE (b));

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (a)))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_DOUBLE:
      /* Compare bits, not numbers: -0.0 and NaN must survive undo. */
      return memcmp (&a->data[0].v_double, &b->data[0].v_double, sizeof (double)) == 0;
    case G_TYPE_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case G_TYPE_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case G_TYPE_FLAGS:
      return g_value_get_flags (a) == g_value_get_flags (b);
    default:
      g_assert_not_reached ();
    }
}

static void
set_column_value (Dpp2Record   *self,
                  guint         column,
                  const GValue *value)
{
  GValue *values = ensure_values (self);
  GParamSpec *pspec = DPP2_RECORD_GET_CLASS (self)->pspecs[column];

  if (dpp2_value_equal (&values[column], value))
    return;
  g_value_copy (value, &values[column]);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
column_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  Dpp2Record *self = DPP2_RECORD (object);

  g_value_copy (&ensure_values (self)[prop_id - 1], value);
}

static void
column_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  Dpp2Record *self = DPP2_RECORD (object);
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  /* A detached record is a plain object being prepared for
   * dpp2_store_insert(); an attached one writes through. */
  if (priv->store != NULL && priv->id != 0 && !priv->deleted)
    {
      g_autoptr(GError) error = NULL;

      if (!dpp2_store_set_value (priv->store, self, pspec->name, value, &error))
        dpp2_store_report_error (priv->store, error);
      return;
    }

  set_column_value (self, prop_id - 1, value);
}

/**
 * dpp2_record_class_install_columns:
 * @klass: the class of an entity
 * @table: its table, which lives as long as the program
 *
 * Installs one property per column, named after the column map.
 */
void
dpp2_record_class_install_columns (Dpp2RecordClass *klass,
                                   const Dpp2Table *table)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  klass->table = table;
  klass->pspecs = g_new0 (GParamSpec *, table->n_columns);
  object_class->get_property = column_get_property;
  object_class->set_property = column_set_property;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const Dpp2Column *c = &table->columns[i];
      GParamSpec *pspec = NULL;

      switch (c->type)
        {
        case DPP2_COLUMN_TEXT:
          pspec = g_param_spec_string (c->property, NULL, NULL, "", flags);
          break;
        case DPP2_COLUMN_INT:
          pspec = g_param_spec_int64 (c->property, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case DPP2_COLUMN_REF:
          pspec = g_param_spec_int64 (c->property, NULL, NULL, 0, G_MAXINT64, 0, flags);
          break;
        case DPP2_COLUMN_DOUBLE:
          pspec = g_param_spec_double (c->property, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        case DPP2_COLUMN_BOOL:
          pspec = g_param_spec_boolean (c->property, NULL, NULL, FALSE, flags);
          break;
        case DPP2_COLUMN_ENUM:
          {
            g_autoptr(GEnumClass) ec = g_type_class_ref (c->get_type ());
            pspec = g_param_spec_enum (c->property, NULL, NULL, c->get_type (),
                                       ec->values[0].value, flags);
          }
          break;
        case DPP2_COLUMN_FLAGS:
          pspec = g_param_spec_flags (c->property, NULL, NULL, c->get_type (), 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      klass->pspecs[i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

static void
dpp2_record_finalize (GObject *object)
{
  Dpp2Record *self = DPP2_RECORD (object);
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  dpp2_values_free (DPP2_RECORD_GET_CLASS (self)->table, priv->values);

  G_OBJECT_CLASS (dpp2_record_parent_class)->finalize (object);
}

static void
dpp2_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  Dpp2Record *self = DPP2_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, dpp2_record_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_record_class_init (Dpp2RecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dpp2_record_finalize;
  object_class->get_property = dpp2_record_get_property;

  /**
   * Dpp2Record:id:
   *
   * The row id, 0 until the record is inserted.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dpp2_record_init (Dpp2Record *self)
{
}

/**
 * dpp2_record_get_id:
 * @self: a record
 *
 * Returns: the row id, or 0 if the record was never inserted
 */
gint64
dpp2_record_get_id (Dpp2Record *self)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  g_return_val_if_fail (DPP2_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * dpp2_record_get_store:
 * @self: a record
 *
 * Returns: (transfer none) (nullable): the document the record belongs to
 */
Dpp2Store *
dpp2_record_get_store (Dpp2Record *self)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  g_return_val_if_fail (DPP2_IS_RECORD (self), NULL);

  return priv->store;
}

/**
 * dpp2_record_is_deleted:
 * @self: a record
 *
 * Returns: %TRUE if the row was deleted (an undo may bring it back)
 */
gboolean
dpp2_record_is_deleted (Dpp2Record *self)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  g_return_val_if_fail (DPP2_IS_RECORD (self), FALSE);

  return priv->deleted;
}

/**
 * dpp2_record_get_label:
 * @self: a record
 *
 * Returns: (transfer none): the name or title of the record, or ""
 */
const char *
dpp2_record_get_label (Dpp2Record *self)
{
  const Dpp2Table *table;

  g_return_val_if_fail (DPP2_IS_RECORD (self), "");

  table = DPP2_RECORD_GET_CLASS (self)->table;
  if (table->label_column < 0)
    return "";
  return g_value_get_string (&ensure_values (self)[table->label_column]);
}

/**
 * dpp2_record_get_table_name:
 * @self: a record
 *
 * Returns: (transfer none): the SQL table of the record, e.g. "card"
 */
const char *
dpp2_record_get_table_name (Dpp2Record *self)
{
  g_return_val_if_fail (DPP2_IS_RECORD (self), NULL);

  return DPP2_RECORD_GET_CLASS (self)->table->name;
}

const GValue *
dpp2_record_peek_values (Dpp2Record *self)
{
  return ensure_values (self);
}

const GValue *
dpp2_record_peek_value (Dpp2Record *self,
                        guint       column)
{
  g_assert (column < DPP2_RECORD_GET_CLASS (self)->table->n_columns);
  return &ensure_values (self)[column];
}

void
dpp2_record_attach (Dpp2Record *self,
                    Dpp2Store  *store,
                    gint64      id)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);
  gboolean id_changed = priv->id != id;

  priv->store = store;
  priv->id = id;
  if (id_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
dpp2_record_detach (Dpp2Record *self)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);

  priv->store = NULL;
}

/* Called by the store with the row as it now is in the file. */
void
dpp2_record_apply_values (Dpp2Record   *self,
                          const GValue *values,
                          gboolean      deleted)
{
  Dpp2RecordPrivate *priv = dpp2_record_get_instance_private (self);
  const Dpp2Table *table = DPP2_RECORD_GET_CLASS (self)->table;

  priv->deleted = !!deleted;
  if (values == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    set_column_value (self, i, &values[i]);
}
