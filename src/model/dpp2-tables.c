/* dpp2-tables.c — the list of tables of an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-model.h"
#include "dpp2-record-private.h"

extern const Dpp2Table *dpp2_organisation_table;
extern const Dpp2Table *dpp2_person_table;
extern const Dpp2Table *dpp2_team_table;
extern const Dpp2Table *dpp2_team_member_table;
extern const Dpp2Table *dpp2_goal_table;
extern const Dpp2Table *dpp2_learning_case_table;
extern const Dpp2Table *dpp2_sprint_table;
extern const Dpp2Table *dpp2_board_column_table;
extern const Dpp2Table *dpp2_card_table;
extern const Dpp2Table *dpp2_best_practice_table;

/* Card history has no objects: it is only appended to (by the store, on
 * every move of a card) and queried for charts. It has no foreign keys so
 * that the flow of a deleted card still counts. */
static const Dpp2Column card_history_columns[] = {
  { "card-id", "card_id", DPP2_COLUMN_INT },
  { "time", "time", DPP2_COLUMN_INT },
  { "from-sprint-id", "from_sprint_id", DPP2_COLUMN_REF },
  { "from-column-id", "from_column_id", DPP2_COLUMN_REF },
  { "to-sprint-id", "to_sprint_id", DPP2_COLUMN_REF },
  { "to-column-id", "to_column_id", DPP2_COLUMN_REF },
  { "points", "points", DPP2_COLUMN_INT },
};

static const Dpp2Table card_history_table = {
  "card_history", NULL, card_history_columns, G_N_ELEMENTS (card_history_columns), -1,
  NULL, NULL, NULL,
};

const Dpp2Table * const *
dpp2_model_get_tables (guint *n_tables)
{
  static const Dpp2Table *tables[11];

  if (tables[0] == NULL)
    {
      tables[0] = dpp2_organisation_table;
      tables[1] = dpp2_person_table;
      tables[2] = dpp2_team_table;
      tables[3] = dpp2_team_member_table;
      tables[4] = dpp2_goal_table;
      tables[5] = dpp2_learning_case_table;
      tables[6] = dpp2_sprint_table;
      tables[7] = dpp2_board_column_table;
      tables[8] = dpp2_card_table;
      tables[9] = dpp2_best_practice_table;
      tables[10] = &card_history_table;
    }
  *n_tables = G_N_ELEMENTS (tables);
  return tables;
}

int
dpp2_model_find_table (const char *name)
{
  guint n;
  const Dpp2Table * const *tables = dpp2_model_get_tables (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (tables[i]->name, name))
      return i;
  return -1;
}
