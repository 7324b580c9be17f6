/* dpp2-card.c — card, a row of the card table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-card.h"
#include "dpp2-record-private.h"

struct _Dpp2Card
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Card, dpp2_card, DPP2_TYPE_RECORD)

enum {
  COL_CASE_ID = 0,
  COL_SPRINT_ID,
  COL_COLUMN_ID,
  COL_POSITION,
  COL_TITLE,
  COL_DESCRIPTION,
  COL_ASSIGNEE_ID,
  COL_POINTS,
  COL_DUE_DATE,
  COL_BLOCKED,
  COL_BLOCKED_REASON,
  COL_KIND,
  COL_CHECKLIST,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_CASE_ID] = { "case-id", "case_id", DPP2_COLUMN_REF, NULL, "learning_case", DPP2_ON_DELETE_SET_NULL },
  [COL_SPRINT_ID] = { "sprint-id", "sprint_id", DPP2_COLUMN_REF, NULL, "sprint", DPP2_ON_DELETE_SET_NULL },
  [COL_COLUMN_ID] = { "column-id", "column_id", DPP2_COLUMN_REF, NULL, "board_column", DPP2_ON_DELETE_SET_NULL },
  [COL_POSITION] = { "position", "position", DPP2_COLUMN_INT },
  [COL_TITLE] = { "title", "title", DPP2_COLUMN_TEXT },
  [COL_DESCRIPTION] = { "description", "description", DPP2_COLUMN_TEXT },
  [COL_ASSIGNEE_ID] = { "assignee-id", "assignee_id", DPP2_COLUMN_REF, NULL, "person", DPP2_ON_DELETE_SET_NULL },
  [COL_POINTS] = { "points", "points", DPP2_COLUMN_INT },
  [COL_DUE_DATE] = { "due-date", "due_date", DPP2_COLUMN_TEXT },
  [COL_BLOCKED] = { "blocked", "blocked", DPP2_COLUMN_BOOL },
  [COL_BLOCKED_REASON] = { "blocked-reason", "blocked_reason", DPP2_COLUMN_TEXT },
  [COL_KIND] = { "kind", "kind", DPP2_COLUMN_ENUM, dpp2_card_kind_get_type },
  [COL_CHECKLIST] = { "checklist", "checklist", DPP2_COLUMN_TEXT },
};

static const Dpp2Table table = {
  "card", dpp2_card_get_type, columns, N_COLUMNS, COL_TITLE,
  N_("Add Card “%s”"), N_("Delete Card “%s”"), N_("Edit Card “%s”"),
};

const Dpp2Table *dpp2_card_table = &table;

static void
dpp2_card_class_init (Dpp2CardClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_card_init (Dpp2Card *self)
{
}

/**
 * dpp2_card_get_case_id:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:case-id property (0 = none)
 */
gint64
dpp2_card_get_case_id (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_CASE_ID));
}

/**
 * dpp2_card_get_sprint_id:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:sprint-id property (0 = none)
 */
gint64
dpp2_card_get_sprint_id (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_SPRINT_ID));
}

/**
 * dpp2_card_get_column_id:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:column-id property (0 = none)
 */
gint64
dpp2_card_get_column_id (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_COLUMN_ID));
}

/**
 * dpp2_card_get_position:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:position property
 */
gint64
dpp2_card_get_position (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_POSITION));
}

/**
 * dpp2_card_get_title:
 * @self: a #Dpp2Card
 *
 * Returns: (transfer none): the #Dpp2Card:title property
 */
const char *
dpp2_card_get_title (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_TITLE));
}

/**
 * dpp2_card_get_description:
 * @self: a #Dpp2Card
 *
 * Returns: (transfer none): the #Dpp2Card:description property
 */
const char *
dpp2_card_get_description (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DESCRIPTION));
}

/**
 * dpp2_card_get_assignee_id:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:assignee-id property (0 = none)
 */
gint64
dpp2_card_get_assignee_id (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_ASSIGNEE_ID));
}

/**
 * dpp2_card_get_points:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:points property
 */
gint64
dpp2_card_get_points (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return g_value_get_int64 (dpp2_record_peek_value (DPP2_RECORD (self), COL_POINTS));
}

/**
 * dpp2_card_get_due_date:
 * @self: a #Dpp2Card
 *
 * Returns: (transfer none): the #Dpp2Card:due-date property
 */
const char *
dpp2_card_get_due_date (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DUE_DATE));
}

/**
 * dpp2_card_get_blocked:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:blocked property
 */
gboolean
dpp2_card_get_blocked (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), FALSE);

  return g_value_get_boolean (dpp2_record_peek_value (DPP2_RECORD (self), COL_BLOCKED));
}

/**
 * dpp2_card_get_blocked_reason:
 * @self: a #Dpp2Card
 *
 * Returns: (transfer none): the #Dpp2Card:blocked-reason property
 */
const char *
dpp2_card_get_blocked_reason (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_BLOCKED_REASON));
}

/**
 * dpp2_card_get_kind:
 * @self: a #Dpp2Card
 *
 * Returns: the #Dpp2Card:kind property
 */
Dpp2CardKind
dpp2_card_get_kind (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), 0);

  return (Dpp2CardKind) (g_value_get_enum (dpp2_record_peek_value (DPP2_RECORD (self), COL_KIND)));
}

/**
 * dpp2_card_get_checklist:
 * @self: a #Dpp2Card
 *
 * Returns: (transfer none): the #Dpp2Card:checklist property
 */
const char *
dpp2_card_get_checklist (Dpp2Card *self)
{
  g_return_val_if_fail (DPP2_IS_CARD (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_CHECKLIST));
}
