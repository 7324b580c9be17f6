/* dpp2-burndown.c — a sprint's remaining points per day, from its card history
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dpp2-burndown.h"
#include "dpp2-sprint-replay.h"
#include "dpp2-validation.h"

typedef struct
{
  Dpp2Burndown  *burndown;
  const gint64  *done_ids;
  guint          n_done;
} Collect;

static gboolean
is_done (const Collect *collect,
         gint64         column_id)
{
  for (guint i = 0; i < collect->n_done; i++)
    if (column_id != 0 && collect->done_ids[i] == column_id)
      return TRUE;
  return FALSE;
}

static void
collect_point (guint                 point,
               const Dpp2ReplayCard *cards,
               guint                 n_cards,
               gpointer              user_data)
{
  Collect *collect = user_data;
  double remaining = 0, scope = 0;

  for (guint i = 0; i < n_cards; i++)
    {
      scope += cards[i].points;
      if (!is_done (collect, cards[i].column_id))
        remaining += cards[i].points;
    }
  collect->burndown->remaining[point] = remaining;
  collect->burndown->scope[point] = scope;
}

/**
 * dpp2_burndown_compute:
 * @moves: (array length=n_moves): the history of the sprint's cards
 * @n_moves: their number
 * @sprint_id: the sprint
 * @done_column_ids: (array length=n_done_columns): the columns that count as done
 * @n_done_columns: their number
 * @start: the sprint's first day
 * @end: its last day
 * @tz: (nullable): the time zone of the days, %NULL for local time
 * @now: the current time (seconds since 1970)
 *
 * The remaining points at the start of each day, true for past days because it
 * replays the history: cards added or removed mid-sprint, cards moved back out of
 * done and changed points all count on the day they happened. The ideal line falls
 * evenly from the points committed at the start (or, when the sprint started empty,
 * the first points it held) to 0 at the end.
 *
 * Returns: (transfer full): the burndown; without valid dates it has no points
 */
Dpp2Burndown *
dpp2_burndown_compute (const Dpp2CardMove *moves,
                       guint               n_moves,
                       gint64              sprint_id,
                       const gint64       *done_column_ids,
                       guint               n_done_columns,
                       const GDate        *start,
                       const GDate        *end,
                       GTimeZone          *tz,
                       gint64              now)
{
  Dpp2Burndown *burndown = g_new0 (Dpp2Burndown, 1);
  Collect collect = { burndown, done_column_ids, n_done_columns };
  double committed = 0;

  g_return_val_if_fail (moves != NULL || n_moves == 0, burndown);
  g_return_val_if_fail (done_column_ids != NULL || n_done_columns == 0, burndown);

  g_date_clear (&burndown->start, 1);
  burndown->n_days = dpp2_sprint_count_days (start, end);
  if (burndown->n_days == 0)
    return burndown;

  burndown->start = *start;
  burndown->n_points = burndown->n_days + 1;
  burndown->remaining = g_new0 (double, burndown->n_points);
  burndown->scope = g_new0 (double, burndown->n_points);
  burndown->ideal = g_new0 (double, burndown->n_points);
  burndown->n_actual = dpp2_sprint_replay (moves, n_moves, sprint_id, start, burndown->n_days,
                                           tz, now, collect_point, &collect);

  for (guint k = 0; k < burndown->n_actual && committed == 0; k++)
    committed = burndown->remaining[k];
  for (guint k = 0; k < burndown->n_points; k++)
    burndown->ideal[k] = committed * (1.0 - (double) k / burndown->n_days);

  return burndown;
}

static GArray *
dup_done_columns (Dpp2Store *store,
                  gint64     team_id)
{
  g_autoptr(GListModel) columns = dpp2_store_list_columns_of_team (store, team_id);
  GArray *done = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (column));

      if (dpp2_board_column_get_is_done (column))
        g_array_append_val (done, id);
    }
  return done;
}

/**
 * dpp2_burndown_new_for_sprint:
 * @store: the document
 * @sprint_id: a sprint
 * @now: the current time (seconds since 1970), usually g_get_real_time () / G_USEC_PER_SEC
 * @error: a #GError
 *
 * dpp2_burndown_compute() on the sprint's history, dates and done columns, in local time.
 *
 * Returns: (transfer full): the burndown, or %NULL when the history cannot be read
 */
Dpp2Burndown *
dpp2_burndown_new_for_sprint (Dpp2Store  *store,
                              gint64      sprint_id,
                              gint64      now,
                              GError    **error)
{
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) done = NULL;
  GDate start, end;
  gint64 team_id;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  history = dpp2_sprint_dup_history (store, sprint_id, error);
  if (history == NULL)
    return NULL;
  dpp2_sprint_get_dates (store, sprint_id, &start, &end, &team_id);
  done = dup_done_columns (store, team_id);

  return dpp2_burndown_compute ((const Dpp2CardMove *) (gpointer) history->data, history->len,
                                sprint_id, (const gint64 *) (gpointer) done->data, done->len,
                                &start, &end, NULL, now);
}

/**
 * dpp2_burndown_describe:
 * @burndown: a burndown
 *
 * Returns: (transfer full): the figures in a sentence, for screen readers and reports:
 *   "Remaining 12 of 30 points on day 5 of 10; ideal 15"
 */
char *
dpp2_burndown_describe (const Dpp2Burndown *burndown)
{
  guint k;
  g_autofree char *ideal = NULL;

  g_return_val_if_fail (burndown != NULL, NULL);

  if (burndown->n_points == 0)
    return g_strdup (_("Burndown: the sprint has no valid start and end date"));

  k = burndown->n_actual > 0 ? burndown->n_actual - 1 : 0;
  ideal = dpp2_format_number (round (burndown->ideal[k] * 10) / 10);
  if (k == 0)
    /* Translators: a burndown chart before its sprint has started. */
    return g_strdup_printf (ngettext ("Burndown: the sprint starts with %.0f points in %u day",
                                      "Burndown: the sprint starts with %.0f points in %u days",
                                      burndown->n_days),
                            burndown->remaining[0], burndown->n_days);

  return g_strdup_printf (/* Translators: a burndown chart for screen readers: remaining
                           * points, all points of the sprint, the day, the sprint's
                           * days and the ideal remaining points on that day. */
                          _("Burndown: remaining %.0f of %.0f points on day %u of %u; ideal %s"),
                          burndown->remaining[k], burndown->scope[k], k, burndown->n_days,
                          ideal);
}

void
dpp2_burndown_free (Dpp2Burndown *burndown)
{
  if (burndown == NULL)
    return;
  g_free (burndown->remaining);
  g_free (burndown->scope);
  g_free (burndown->ideal);
  g_free (burndown);
}
