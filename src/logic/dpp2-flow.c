/* dpp2-flow.c — cumulative flow: a sprint's cards per column per day, from its history
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-flow.h"
#include "dpp2-sprint-replay.h"

static void
collect_point (guint                 point,
               const Dpp2ReplayCard *cards,
               guint                 n_cards,
               gpointer              user_data)
{
  Dpp2Flow *flow = user_data;
  guint *row = &flow->counts[point * flow->n_columns];

  for (guint i = 0; i < n_cards; i++)
    {
      guint c = 0;

      /* A card of the sprint without a known column has not started: the first column. */
      for (guint j = 0; j < flow->n_columns; j++)
        if (flow->column_ids[j] == cards[i].column_id)
          {
            c = j;
            break;
          }
      row[c]++;
    }
}

/**
 * dpp2_flow_compute:
 * @moves: (array length=n_moves): the history of the sprint's cards
 * @n_moves: their number
 * @sprint_id: the sprint
 * @column_ids: (array length=n_columns): the team's columns in board order
 * @column_names: (array length=n_columns) (nullable): their names
 * @column_done: (array length=n_columns) (nullable): which count as done
 * @n_columns: their number
 * @start: the sprint's first day
 * @end: its last day
 * @tz: (nullable): the time zone of the days, %NULL for local time
 * @now: the current time (seconds since 1970)
 *
 * The number of cards in each column at the start of each day, replayed from the
 * history so past days are true. A card in no known column counts in the first one.
 *
 * Returns: (transfer full): the flow; without valid dates or columns it has no points
 */
Dpp2Flow *
dpp2_flow_compute (const Dpp2CardMove *moves,
                   guint               n_moves,
                   gint64              sprint_id,
                   const gint64       *column_ids,
                   const char * const *column_names,
                   const gboolean     *column_done,
                   guint               n_columns,
                   const GDate        *start,
                   const GDate        *end,
                   GTimeZone          *tz,
                   gint64              now)
{
  Dpp2Flow *flow = g_new0 (Dpp2Flow, 1);

  g_return_val_if_fail (moves != NULL || n_moves == 0, flow);
  g_return_val_if_fail (column_ids != NULL || n_columns == 0, flow);

  g_date_clear (&flow->start, 1);
  flow->n_columns = n_columns;
  flow->column_ids = g_memdup2 (column_ids, sizeof (gint64) * n_columns);
  flow->column_names = g_new0 (char *, n_columns + 1);
  flow->column_done = g_new0 (gboolean, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      flow->column_names[c] = g_strdup (column_names != NULL && column_names[c] != NULL
                                        ? column_names[c] : "");
      flow->column_done[c] = column_done != NULL && column_done[c];
    }

  flow->n_days = dpp2_sprint_count_days (start, end);
  if (flow->n_days == 0 || n_columns == 0)
    return flow;

  flow->start = *start;
  flow->n_points = flow->n_days + 1;
  flow->counts = g_new0 (guint, flow->n_points * n_columns);
  flow->n_actual = dpp2_sprint_replay (moves, n_moves, sprint_id, start, flow->n_days, tz, now,
                                       collect_point, flow);
  return flow;
}

/**
 * dpp2_flow_new_for_sprint:
 * @store: the document
 * @sprint_id: a sprint
 * @now: the current time (seconds since 1970)
 * @error: a #GError
 *
 * dpp2_flow_compute() on the sprint's history, dates and its team's columns, in local time.
 *
 * Returns: (transfer full): the flow, or %NULL when the history cannot be read
 */
Dpp2Flow *
dpp2_flow_new_for_sprint (Dpp2Store  *store,
                          gint64      sprint_id,
                          gint64      now,
                          GError    **error)
{
  g_autoptr(GArray) history = NULL;
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDate start, end;
  gint64 team_id;
  guint n;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  history = dpp2_sprint_dup_history (store, sprint_id, error);
  if (history == NULL)
    return NULL;
  dpp2_sprint_get_dates (store, sprint_id, &start, &end, &team_id);

  columns = dpp2_store_list_columns_of_team (store, team_id);
  n = g_list_model_get_n_items (columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (column));
      gboolean is_done = dpp2_board_column_get_is_done (column);

      g_array_append_val (ids, id);
      g_array_append_val (done, is_done);
      g_ptr_array_add (names, g_strdup (dpp2_board_column_get_name (column)));
    }

  return dpp2_flow_compute ((const Dpp2CardMove *) (gpointer) history->data, history->len,
                            sprint_id, (const gint64 *) (gpointer) ids->data,
                            (const char * const *) names->pdata,
                            (const gboolean *) (gpointer) done->data, n,
                            &start, &end, NULL, now);
}

/**
 * dpp2_flow_get_count:
 * @flow: a flow
 * @point: a point, < n_points
 * @column: a column index, < n_columns
 *
 * Returns: the cards in @column at @point
 */
guint
dpp2_flow_get_count (const Dpp2Flow *flow,
                     guint           point,
                     guint           column)
{
  g_return_val_if_fail (flow != NULL, 0);
  g_return_val_if_fail (point < flow->n_points && column < flow->n_columns, 0);

  return flow->counts[point * flow->n_columns + column];
}

/**
 * dpp2_flow_describe:
 * @flow: a flow
 *
 * Returns: (transfer full): the latest known counts in a sentence, for screen readers:
 *   "Cumulative flow on day 5 of 10: To do 3, Doing 2, Review 1, Done 4"
 */
char *
dpp2_flow_describe (const Dpp2Flow *flow)
{
  GString *text;
  guint k;

  g_return_val_if_fail (flow != NULL, NULL);

  if (flow->n_points == 0)
    return g_strdup (_("Cumulative flow: the sprint has no valid dates or no columns"));

  k = flow->n_actual > 0 ? flow->n_actual - 1 : 0;
  text = g_string_new (NULL);
  /* Translators: followed by "To do 3, Doing 2, …" (cards per column). */
  g_string_append_printf (text, _("Cumulative flow on day %u of %u:"), k, flow->n_days);
  for (guint c = 0; c < flow->n_columns; c++)
    /* Translators: a column and its cards in the cumulative flow description, "Doing 2". */
    g_string_append_printf (text, c == 0 ? _(" %s %u") : _(", %s %u"),
                            flow->column_names[c], dpp2_flow_get_count (flow, k, c));
  return g_string_free (text, FALSE);
}

void
dpp2_flow_free (Dpp2Flow *flow)
{
  if (flow == NULL)
    return;
  g_free (flow->column_ids);
  g_strfreev (flow->column_names);
  g_free (flow->column_done);
  g_free (flow->counts);
  g_free (flow);
}
