/* dpp2-record-private.h — the column map shared by the model and the store
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"

G_BEGIN_DECLS

/* How a property is stored. REF is a row id where 0 means SQL NULL
 * ("none"), so views never see NULL. */
typedef enum {
  DPP2_COLUMN_TEXT,
  DPP2_COLUMN_INT,
  DPP2_COLUMN_REF,
  DPP2_COLUMN_DOUBLE,
  DPP2_COLUMN_BOOL,
  DPP2_COLUMN_ENUM,
  DPP2_COLUMN_FLAGS,
} Dpp2ColumnType;

typedef enum {
  DPP2_ON_DELETE_NONE,
  DPP2_ON_DELETE_CASCADE,
  DPP2_ON_DELETE_SET_NULL,
} Dpp2OnDelete;

typedef struct
{
  const char     *property;   /* GObject property name, "job-title" */
  const char     *column;     /* SQL column, "job_title" */
  Dpp2ColumnType  type;
  GType         (*get_type) (void);  /* for ENUM and FLAGS */
  const char     *ref_table;  /* for REF: the table it points into, or NULL */
  Dpp2OnDelete    on_delete;
} Dpp2Column;

struct _Dpp2Table
{
  const char        *name;           /* SQL table */
  GType            (*get_type) (void);  /* NULL for tables without objects */
  const Dpp2Column  *columns;
  guint              n_columns;
  int                label_column;   /* column naming a row, or -1 */
  const char        *add_label;      /* N_("Add Card “%s”") */
  const char        *delete_label;
  const char        *edit_label;
};

/* All tables, in the order the store numbers them. */
const Dpp2Table * const *dpp2_model_get_tables (guint *n_tables);
int                      dpp2_model_find_table (const char *name);

void          dpp2_record_class_install_columns (Dpp2RecordClass *klass,
                                                 const Dpp2Table *table);
const GValue *dpp2_record_peek_values           (Dpp2Record      *self);
const GValue *dpp2_record_peek_value            (Dpp2Record      *self,
                                                 guint            column);
void          dpp2_record_attach                (Dpp2Record      *self,
                                                 Dpp2Store       *store,
                                                 gint64           id);
void          dpp2_record_detach                (Dpp2Record      *self);
void          dpp2_record_apply_values          (Dpp2Record      *self,
                                                 const GValue    *values,
                                                 gboolean         deleted);

/* Arrays of table->n_columns values, one per column. */
GValue  *dpp2_values_new   (const Dpp2Table *table);
GValue  *dpp2_values_copy  (const Dpp2Table *table,
                            const GValue    *values);
void     dpp2_values_free  (const Dpp2Table *table,
                            GValue          *values);
gboolean dpp2_value_equal  (const GValue    *a,
                            const GValue    *b);

G_END_DECLS
