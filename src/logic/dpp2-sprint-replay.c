/* dpp2-sprint-replay.c — a sprint's card history replayed day by day
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include "dpp2-sprint-replay.h"
#include "dpp2-validation.h"

/**
 * dpp2_sprint_count_days:
 * @start: the first day
 * @end: the last day
 *
 * Returns: the days from @start to @end, both included; 0 when a date is invalid or
 *   @end is before @start; at most %DPP2_SPRINT_MAX_DAYS
 */
guint
dpp2_sprint_count_days (const GDate *start,
                        const GDate *end)
{
  int days;

  if (start == NULL || end == NULL || !g_date_valid (start) || !g_date_valid (end))
    return 0;
  days = g_date_days_between (start, end) + 1;
  if (days <= 0)
    return 0;
  return MIN ((guint) days, DPP2_SPRINT_MAX_DAYS);
}

static gint64
day_start (const GDate *start,
           guint        k,
           GTimeZone   *tz)
{
  GDate day = *start;
  g_autoptr(GDateTime) dt = NULL;

  g_date_add_days (&day, k);
  dt = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                        g_date_get_day (&day), 0, 0, 0);
  return dt != NULL ? g_date_time_to_unix (dt) : G_MAXINT64;
}

static int
compare_moves (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Dpp2CardMove *moves = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  if (moves[ia].time != moves[ib].time)
    return moves[ia].time < moves[ib].time ? -1 : 1;
  /* Same second: the order the history recorded them in. */
  return ia < ib ? -1 : ia > ib;
}

static void
apply_move (GHashTable         *cards,
            const Dpp2CardMove *move,
            gint64              sprint_id)
{
  Dpp2ReplayCard *card;

  if (move->to_sprint_id != sprint_id)
    {
      g_hash_table_remove (cards, &move->card_id);
      return;
    }

  card = g_hash_table_lookup (cards, &move->card_id);
  if (card == NULL)
    {
      card = g_new0 (Dpp2ReplayCard, 1);
      card->card_id = move->card_id;
      g_hash_table_insert (cards, &card->card_id, card);
    }
  card->column_id = move->to_column_id;
  card->points = move->points;
}

static int
compare_replay_cards (gconstpointer a,
                      gconstpointer b)
{
  const Dpp2ReplayCard *ca = a, *cb = b;

  return ca->card_id < cb->card_id ? -1 : ca->card_id > cb->card_id;
}

/**
 * dpp2_sprint_replay:
 * @moves: (array length=n_moves): the history of the sprint's cards, in any order
 * @n_moves: their number
 * @sprint_id: the sprint
 * @start: its first day
 * @n_days: its length, see dpp2_sprint_count_days()
 * @tz: (nullable): the time zone of the days, %NULL for local time
 * @now: the current time (seconds since 1970); later points are not known yet
 * @func: called for each known point
 * @user_data: for @func
 *
 * Replays the history and calls @func with the cards in the sprint at the start of each
 * day up to @now. While the sprint runs, the point after today holds the state so far.
 * A day without moves keeps the state of the day before.
 *
 * Returns: the number of known points, 0 … @n_days + 1
 */
guint
dpp2_sprint_replay (const Dpp2CardMove *moves,
                    guint               n_moves,
                    gint64              sprint_id,
                    const GDate        *start,
                    guint               n_days,
                    GTimeZone          *tz,
                    gint64              now,
                    Dpp2ReplayFunc      func,
                    gpointer            user_data)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GHashTable) cards = NULL;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) snapshot = NULL;
  g_autofree gint64 *bounds = NULL;
  guint n_actual, next = 0;

  g_return_val_if_fail (moves != NULL || n_moves == 0, 0);
  g_return_val_if_fail (func != NULL, 0);

  if (n_days == 0 || start == NULL || !g_date_valid (start))
    return 0;
  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  bounds = g_new (gint64, n_days + 1);
  for (guint k = 0; k <= n_days; k++)
    bounds[k] = day_start (start, k, tz);

  /* Points 0 … j are past; j + 1 is "so far" while day j runs. */
  n_actual = 1;
  while (n_actual <= n_days && bounds[n_actual - 1] <= now)
    n_actual++;

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_moves);
  for (guint i = 0; i < n_moves; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_moves, (gpointer) moves);

  cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  snapshot = g_array_new (FALSE, FALSE, sizeof (Dpp2ReplayCard));

  for (guint k = 0; k < n_actual; k++)
    {
      /* The point "so far" holds the moves up to now. */
      gint64 limit = bounds[k] > now ? (now < G_MAXINT64 ? now + 1 : now) : bounds[k];
      GHashTableIter iter;
      gpointer value;

      while (next < order->len)
        {
          const Dpp2CardMove *move = &moves[g_array_index (order, guint, next)];

          if (move->time >= limit)
            break;
          apply_move (cards, move, sprint_id);
          next++;
        }

      g_array_set_size (snapshot, 0);
      g_hash_table_iter_init (&iter, cards);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_array_append_vals (snapshot, value, 1);
      /* A stable order, so results never depend on hashing. */
      g_array_sort (snapshot, compare_replay_cards);

      func (k, (const Dpp2ReplayCard *) (gpointer) snapshot->data, snapshot->len, user_data);
    }

  return n_actual;
}

/**
 * dpp2_sprint_dup_history:
 * @store: the document
 * @sprint_id: a sprint
 * @error: a #GError
 *
 * The sprint's card history from the store, completed with a move "into the sprint
 * since always" for each card of the sprint that has no history (a document written
 * before the history was kept), so every card counts.
 *
 * Returns: (transfer full) (element-type Dpp2CardMove): the moves, or %NULL on error
 */
GArray *
dpp2_sprint_dup_history (Dpp2Store  *store,
                         gint64      sprint_id,
                         GError    **error)
{
  g_autoptr(GArray) history = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (Dpp2CardMove));
  GHashTableIter iter;
  gpointer in_sprint;
  guint n, n_in_sprint = 0;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  history = dpp2_store_get_sprint_history (store, sprint_id, error);
  if (history == NULL)
    return NULL;

  /* The history is oldest first: the last move of each card says where it is now. */
  for (guint i = 0; i < history->len; i++)
    {
      const Dpp2CardMove *move = &g_array_index (history, Dpp2CardMove, i);

      g_hash_table_insert (known, (gpointer) &move->card_id,
                           GINT_TO_POINTER (move->to_sprint_id == sprint_id));
    }
  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, NULL, &in_sprint))
    n_in_sprint += GPOINTER_TO_INT (in_sprint);

  /* Reading every card is slow on a large sprint; only do it when some card lacks history. */
  cards = dpp2_store_list_cards_of_sprint (store, sprint_id);
  n = g_list_model_get_n_items (cards);
  if (n == n_in_sprint)
    return g_steal_pointer (&history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (card));
      Dpp2CardMove move = { id, G_MININT64, 0, 0, sprint_id, dpp2_card_get_column_id (card),
                            dpp2_card_get_points (card) };

      if (!g_hash_table_contains (known, &id))
        g_array_append_val (missing, move);
    }
  /* Appended last: the keys of known point into history. */
  g_clear_pointer (&known, g_hash_table_unref);
  g_array_append_vals (history, missing->data, missing->len);
  return g_steal_pointer (&history);
}

/**
 * dpp2_sprint_get_dates:
 * @store: the document
 * @sprint_id: a sprint
 * @start: (out): its first day, invalid when unset
 * @end: (out): its last day, invalid when unset
 * @team_id: (out) (optional): its team
 *
 * Returns: %TRUE when the sprint exists
 */
gboolean
dpp2_sprint_get_dates (Dpp2Store *store,
                       gint64     sprint_id,
                       GDate     *start,
                       GDate     *end,
                       gint64    *team_id)
{
  g_autoptr(Dpp2Sprint) sprint = NULL;

  g_return_val_if_fail (DPP2_IS_STORE (store), FALSE);

  g_date_clear (start, 1);
  g_date_clear (end, 1);
  if (team_id != NULL)
    *team_id = 0;

  sprint = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT, sprint_id);
  if (sprint == NULL)
    return FALSE;

  if (!dpp2_parse_date (dpp2_sprint_get_start_date (sprint), start))
    g_date_clear (start, 1);
  if (!dpp2_parse_date (dpp2_sprint_get_end_date (sprint), end))
    g_date_clear (end, 1);
  if (team_id != NULL)
    *team_id = dpp2_sprint_get_team_id (sprint);
  return TRUE;
}
