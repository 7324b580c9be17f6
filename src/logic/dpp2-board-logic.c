/* dpp2-board-logic.c — the rules of a sprint board: order, WIP limits, capacity, closing
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dpp2-board-logic.h"

G_DEFINE_QUARK (dpp2-board-error-quark, dpp2_board_error)

/* Order */

/**
 * dpp2_board_order_after_removal:
 * @column_card_ids: (array length=n_cards): the card ids of a column, top first
 * @n_cards: their number
 * @card_id: the card that leaves the column
 *
 * Returns: (transfer full): the ids (gint64) that stay, in their order
 */
GArray *
dpp2_board_order_after_removal (const gint64 *column_card_ids,
                                guint         n_cards,
                                gint64        card_id)
{
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_cards);

  g_return_val_if_fail (column_card_ids != NULL || n_cards == 0, order);

  for (guint i = 0; i < n_cards; i++)
    if (column_card_ids[i] != card_id)
      g_array_append_val (order, column_card_ids[i]);

  return order;
}

/**
 * dpp2_board_order_after_move:
 * @column_card_ids: (array length=n_cards): the card ids of the target column, top first;
 *   it may hold @card_id already (a move within the column)
 * @n_cards: their number
 * @card_id: the card that moves
 * @index: where it lands, counted in the column without it; beyond the end appends
 *
 * The order of the target column after a move, the way dpp2_store_move_card() writes
 * positions: the card is taken out, then inserted at @index, so the other cards keep
 * their relative order.
 *
 * Returns: (transfer full): the ids (gint64) of the column, top first
 */
GArray *
dpp2_board_order_after_move (const gint64 *column_card_ids,
                             guint         n_cards,
                             gint64        card_id,
                             guint         index)
{
  GArray *order = dpp2_board_order_after_removal (column_card_ids, n_cards, card_id);

  g_array_insert_val (order, MIN (index, order->len), card_id);
  return order;
}

/**
 * dpp2_board_validate_move:
 * @from_state: the state of the sprint the card is in
 * @to_state: the state of the sprint it goes to
 *
 * Cards of a closed sprint are its record: they do not move, and nothing moves into it.
 * Backlog cards count as in a planned sprint.
 *
 * Returns: (nullable): NULL when the move is allowed, otherwise a translated reason
 */
char *
dpp2_board_validate_move (Dpp2SprintState from_state,
                          Dpp2SprintState to_state)
{
  if (from_state == DPP2_SPRINT_STATE_CLOSED)
    return g_strdup (_("The card belongs to a closed sprint; reopen the sprint to change its board"));
  if (to_state == DPP2_SPRINT_STATE_CLOSED)
    return g_strdup (_("Cards cannot be moved into a closed sprint"));
  return NULL;
}

/* WIP limits */

/**
 * dpp2_board_wip_count:
 * @count: the cards in the column
 * @limit: its WIP limit, 0 (or less) for none
 *
 * Returns: the count against the limit
 */
Dpp2WipCount
dpp2_board_wip_count (guint  count,
                      gint64 limit)
{
  Dpp2WipCount wip = { count, 0, 0 };

  if (limit > 0)
    {
      wip.limit = (guint) MIN (limit, G_MAXUINT);
      if (count > wip.limit)
        wip.over_by = count - wip.limit;
    }
  return wip;
}

/**
 * dpp2_board_column_wip:
 * @store: the document
 * @sprint_id: the sprint whose board is shown
 * @column: a column of the sprint's team
 *
 * Returns: the cards of @sprint_id in @column against the column's WIP limit
 */
Dpp2WipCount
dpp2_board_column_wip (Dpp2Store       *store,
                       gint64           sprint_id,
                       Dpp2BoardColumn *column)
{
  g_autoptr(GListModel) cards = NULL;
  Dpp2WipCount none = { 0, 0, 0 };

  g_return_val_if_fail (DPP2_IS_STORE (store), none);
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (column), none);

  cards = dpp2_store_list_cards (store, sprint_id, dpp2_record_get_id (DPP2_RECORD (column)));
  return dpp2_board_wip_count (g_list_model_get_n_items (cards),
                               dpp2_board_column_get_wip_limit (column));
}

/**
 * dpp2_board_format_wip:
 * @wip: a count
 *
 * Returns: (transfer full): "3", "3 / 4", or "5 / 4" for a column header; the
 *   header marks a column over its limit with a style class of its own
 */
char *
dpp2_board_format_wip (const Dpp2WipCount *wip)
{
  g_return_val_if_fail (wip != NULL, NULL);

  if (wip->limit == 0)
    return g_strdup_printf ("%u", wip->count);
  /* Translators: cards in a column against its work-in-progress limit, "3 / 4". */
  return g_strdup_printf (_("%u / %u"), wip->count, wip->limit);
}

/* Capacity and points */

/**
 * dpp2_board_capacity_from_points:
 * @done_points: (array length=n_sprints): the done points of closed sprints, oldest first
 * @n_sprints: their number
 * @last_n: how many of the newest to average
 *
 * Returns: the average done points of the newest @last_n sprints, 0 when there are none
 */
double
dpp2_board_capacity_from_points (const gint64 *done_points,
                                 guint         n_sprints,
                                 guint         last_n)
{
  guint first, n;
  double sum = 0;

  g_return_val_if_fail (done_points != NULL || n_sprints == 0, 0);

  n = MIN (n_sprints, last_n);
  if (n == 0)
    return 0;

  first = n_sprints - n;
  for (guint i = first; i < n_sprints; i++)
    sum += done_points[i];
  return sum / n;
}

static GHashTable *
dup_done_columns (Dpp2Store *store,
                  gint64     team_id)
{
  g_autoptr(GListModel) columns = dpp2_store_list_columns_of_team (store, team_id);
  GHashTable *done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);

      if (dpp2_board_column_get_is_done (column))
        g_hash_table_add (done, g_memdup2 (&(gint64) { dpp2_record_get_id (DPP2_RECORD (column)) },
                                           sizeof (gint64)));
    }
  return done;
}

static void
sum_points (Dpp2Store  *store,
            gint64      sprint_id,
            GHashTable *done_columns,
            gint64     *total,
            gint64     *done)
{
  g_autoptr(GListModel) cards = dpp2_store_list_cards_of_sprint (store, sprint_id);
  guint n = g_list_model_get_n_items (cards);

  *total = 0;
  *done = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, i);
      gint64 column_id = dpp2_card_get_column_id (card);
      gint64 points = dpp2_card_get_points (card);

      *total += points;
      if (g_hash_table_contains (done_columns, &column_id))
        *done += points;
    }
}

/**
 * dpp2_board_sprint_points:
 * @store: the document
 * @sprint_id: a sprint
 * @total: (out) (optional): the points of all its cards
 * @done: (out) (optional): the points of its cards in a done column
 *
 * For sprint planning: the sprint's points against the team's capacity.
 */
void
dpp2_board_sprint_points (Dpp2Store *store,
                          gint64     sprint_id,
                          gint64    *total,
                          gint64    *done)
{
  g_autoptr(Dpp2Sprint) sprint = NULL;
  g_autoptr(GHashTable) done_columns = NULL;
  gint64 total_points = 0, done_points = 0;

  g_return_if_fail (DPP2_IS_STORE (store));

  sprint = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT, sprint_id);
  if (sprint != NULL)
    {
      done_columns = dup_done_columns (store, dpp2_sprint_get_team_id (sprint));
      sum_points (store, sprint_id, done_columns, &total_points, &done_points);
    }
  if (total != NULL)
    *total = total_points;
  if (done != NULL)
    *done = done_points;
}

static int
compare_sprints_by_dates (gconstpointer a,
                          gconstpointer b)
{
  Dpp2Sprint *sa = *(Dpp2Sprint * const *) a;
  Dpp2Sprint *sb = *(Dpp2Sprint * const *) b;
  int cmp = g_strcmp0 (dpp2_sprint_get_end_date (sa), dpp2_sprint_get_end_date (sb));

  if (cmp == 0)
    cmp = g_strcmp0 (dpp2_sprint_get_start_date (sa), dpp2_sprint_get_start_date (sb));
  if (cmp == 0)
    {
      gint64 ia = dpp2_record_get_id (DPP2_RECORD (sa));
      gint64 ib = dpp2_record_get_id (DPP2_RECORD (sb));

      cmp = ia < ib ? -1 : ia > ib;
    }
  return cmp;
}

/**
 * dpp2_board_capacity:
 * @store: the document
 * @team_id: a Learning Practice Team
 *
 * The team's capacity: the average done points of its last
 * %DPP2_BOARD_CAPACITY_SPRINTS closed sprints (by end date).
 *
 * Returns: the capacity in points, 0 when the team has closed no sprint
 */
double
dpp2_board_capacity (Dpp2Store *store,
                     gint64     team_id)
{
  g_autoptr(GListModel) sprints = NULL;
  g_autoptr(GPtrArray) closed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) done_columns = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_return_val_if_fail (DPP2_IS_STORE (store), 0);

  sprints = dpp2_store_list_sprints_of_team (store, team_id);
  n = g_list_model_get_n_items (sprints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (sprints, i);

      if (dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_CLOSED)
        g_ptr_array_add (closed, g_steal_pointer (&sprint));
    }
  if (closed->len == 0)
    return 0;

  g_ptr_array_sort (closed, compare_sprints_by_dates);
  done_columns = dup_done_columns (store, team_id);

  /* Only the newest ones count; summing the older ones would be wasted queries. */
  for (guint i = closed->len - MIN (closed->len, DPP2_BOARD_CAPACITY_SPRINTS); i < closed->len; i++)
    {
      gint64 total, done;

      sum_points (store, dpp2_record_get_id (g_ptr_array_index (closed, i)), done_columns,
                  &total, &done);
      g_array_append_val (points, done);
    }

  return dpp2_board_capacity_from_points ((const gint64 *) (gpointer) points->data, points->len,
                                          DPP2_BOARD_CAPACITY_SPRINTS);
}

/* Closing a sprint */

static int
compare_cards_by_position (gconstpointer a,
                           gconstpointer b)
{
  const Dpp2BoardCard *ca = *(Dpp2BoardCard * const *) a;
  const Dpp2BoardCard *cb = *(Dpp2BoardCard * const *) b;

  if (ca->column_id != cb->column_id)
    return ca->column_id < cb->column_id ? -1 : 1;
  if (ca->position != cb->position)
    return ca->position < cb->position ? -1 : 1;
  return ca->card_id < cb->card_id ? -1 : ca->card_id > cb->card_id;
}

/**
 * dpp2_board_plan_carry_over:
 * @cards: (array length=n_cards): the cards of the closing sprint
 * @n_cards: their number
 * @done_column_ids: (array length=n_done_columns): the columns that count as done
 * @n_done_columns: their number
 * @carry_to_sprint_id: the next sprint, or 0 for the backlog
 *
 * Which cards are unfinished and where they go. In the next sprint a card keeps its
 * column (work in progress stays in progress; the team's columns are shared by its
 * sprints); in the backlog it has no column. The plan keeps the board's order: by
 * column, then position.
 *
 * Returns: (transfer full) (element-type Dpp2CarryOver): the moves
 */
GArray *
dpp2_board_plan_carry_over (const Dpp2BoardCard *cards,
                            guint                n_cards,
                            const gint64        *done_column_ids,
                            guint                n_done_columns,
                            gint64               carry_to_sprint_id)
{
  GArray *plan = g_array_new (FALSE, FALSE, sizeof (Dpp2CarryOver));
  g_autoptr(GPtrArray) open = g_ptr_array_new ();

  g_return_val_if_fail (cards != NULL || n_cards == 0, plan);
  g_return_val_if_fail (done_column_ids != NULL || n_done_columns == 0, plan);

  for (guint i = 0; i < n_cards; i++)
    {
      gboolean done = FALSE;

      for (guint j = 0; j < n_done_columns && !done; j++)
        done = cards[i].column_id != 0 && cards[i].column_id == done_column_ids[j];
      if (!done)
        g_ptr_array_add (open, (gpointer) &cards[i]);
    }
  g_ptr_array_sort (open, compare_cards_by_position);

  for (guint i = 0; i < open->len; i++)
    {
      const Dpp2BoardCard *card = g_ptr_array_index (open, i);
      Dpp2CarryOver move = {
        card->card_id,
        carry_to_sprint_id,
        carry_to_sprint_id != 0 ? card->column_id : 0,
      };

      g_array_append_val (plan, move);
    }
  return plan;
}

/* The headings of the three parts of a retrospective, English and translated, so a
 * document written in another language still splits. */
static const char *retro_headings[3] = {
  N_("What went well"),
  N_("What to improve"),
  N_("What we learned"),
};

/**
 * dpp2_board_compose_retrospective:
 * @went_well: (nullable): what went well
 * @to_improve: (nullable): what to improve
 * @learned: (nullable): what the team learned
 *
 * A sprint has one retrospective field; it holds the three parts under headings
 * ("## What went well"), empty parts left out.
 *
 * Returns: (transfer full): the text, "" when all parts are empty
 */
char *
dpp2_board_compose_retrospective (const char *went_well,
                                  const char *to_improve,
                                  const char *learned)
{
  const char *parts[3] = { went_well, to_improve, learned };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *body = g_strstrip (g_strdup (parts[i] != NULL ? parts[i] : ""));

      if (body[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "## %s\n%s", _(retro_headings[i]), body);
    }
  return g_string_free (text, FALSE);
}

static int
heading_index (const char *line)
{
  if (!g_str_has_prefix (line, "## "))
    return -1;
  line += 3;
  for (guint i = 0; i < G_N_ELEMENTS (retro_headings); i++)
    if (g_str_equal (line, retro_headings[i]) || g_str_equal (line, _(retro_headings[i])))
      return i;
  return -1;
}

/**
 * dpp2_board_split_retrospective:
 * @retrospective: (nullable): the text of a sprint's retrospective
 * @went_well: (out) (transfer full): what went well
 * @to_improve: (out) (transfer full): what to improve
 * @learned: (out) (transfer full): what the team learned
 *
 * The reverse of dpp2_board_compose_retrospective(). Text without the headings (typed
 * elsewhere) all goes into @learned, so nothing is lost.
 *
 * Returns: %TRUE when the text had the headings
 */
gboolean
dpp2_board_split_retrospective (const char  *retrospective,
                                char       **went_well,
                                char       **to_improve,
                                char       **learned)
{
  g_auto(GStrv) lines = g_strsplit (retrospective != NULL ? retrospective : "", "\n", -1);
  GString *parts[3] = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };
  int current = -1;
  gboolean headed = FALSE;
  char **outs[3] = { went_well, to_improve, learned };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      int heading = heading_index (lines[i]);

      if (heading >= 0)
        {
          current = heading;
          headed = TRUE;
          continue;
        }
      g_string_append (parts[current >= 0 ? current : 2], lines[i]);
      g_string_append_c (parts[current >= 0 ? current : 2], '\n');
    }

  for (guint i = 0; i < 3; i++)
    {
      char *text = g_strstrip (g_string_free (parts[i], FALSE));

      if (outs[i] != NULL)
        *outs[i] = text;
      else
        g_free (text);
    }
  return headed;
}

static gboolean
collect_cards (Dpp2Store   *store,
               gint64       sprint_id,
               GArray      *cards,
               GHashTable  *objects)
{
  g_autoptr(GListModel) model = dpp2_store_list_cards_of_sprint (store, sprint_id);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (model, i);
      Dpp2BoardCard info = {
        dpp2_record_get_id (DPP2_RECORD (card)),
        dpp2_card_get_column_id (card),
        dpp2_card_get_position (card),
        dpp2_card_get_points (card),
      };

      g_array_append_val (cards, info);
      g_hash_table_insert (objects, g_memdup2 (&info.card_id, sizeof (gint64)),
                           g_steal_pointer (&card));
    }
  return TRUE;
}

/**
 * dpp2_board_close_sprint:
 * @store: the document
 * @sprint: the sprint to close (planned or active)
 * @carry_to_sprint_id: where unfinished cards go: a planned or active sprint of the
 *   same team, or 0 for the backlog
 * @review: (nullable): what was delivered against the sprint goal
 * @went_well: (nullable): retrospective: what went well
 * @to_improve: (nullable): retrospective: what to improve
 * @learned: (nullable): retrospective: what the team learned
 * @error: a #GError
 *
 * Closes @sprint as one change (one undo step): moves its unfinished cards (not in a
 * done column) to @carry_to_sprint_id, appended to their column there, sets the state
 * to closed and records the review and the retrospective. The sprint has one
 * retrospective field: the three parts go in it under headings, see
 * dpp2_board_compose_retrospective().
 *
 * Returns: %TRUE on success; on failure nothing has changed
 */
gboolean
dpp2_board_close_sprint (Dpp2Store   *store,
                         Dpp2Sprint  *sprint,
                         gint64       carry_to_sprint_id,
                         const char  *review,
                         const char  *went_well,
                         const char  *to_improve,
                         const char  *learned,
                         GError     **error)
{
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (Dpp2BoardCard));
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, g_object_unref);
  g_autoptr(GHashTable) done_columns = NULL;
  g_autoptr(GArray) done_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) plan = NULL;
  g_autofree char *label = NULL;
  g_autofree char *retrospective = NULL;
  g_autofree char *review_text = NULL;
  GHashTableIter iter;
  gpointer key;
  gint64 sprint_id;

  g_return_val_if_fail (DPP2_IS_STORE (store), FALSE);
  g_return_val_if_fail (DPP2_IS_SPRINT (sprint), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sprint_id = dpp2_record_get_id (DPP2_RECORD (sprint));
  if (dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_CLOSED)
    {
      g_set_error (error, DPP2_BOARD_ERROR, DPP2_BOARD_ERROR_SPRINT_CLOSED,
                   _("Sprint “%s” is already closed"), dpp2_sprint_get_name (sprint));
      return FALSE;
    }

  if (carry_to_sprint_id != 0)
    {
      g_autoptr(Dpp2Sprint) target = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT,
                                                            carry_to_sprint_id);

      if (target == NULL || carry_to_sprint_id == sprint_id
          || dpp2_sprint_get_team_id (target) != dpp2_sprint_get_team_id (sprint)
          || dpp2_sprint_get_state (target) == DPP2_SPRINT_STATE_CLOSED)
        {
          g_set_error_literal (error, DPP2_BOARD_ERROR, DPP2_BOARD_ERROR_INVALID_TARGET,
                               _("Unfinished cards can only go to the backlog or to another "
                                 "sprint of the team that is not closed"));
          return FALSE;
        }
    }

  done_columns = dup_done_columns (store, dpp2_sprint_get_team_id (sprint));
  g_hash_table_iter_init (&iter, done_columns);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (done_ids, *(gint64 *) key);

  collect_cards (store, sprint_id, cards, objects);
  plan = dpp2_board_plan_carry_over ((const Dpp2BoardCard *) (gpointer) cards->data, cards->len,
                                     (const gint64 *) (gpointer) done_ids->data, done_ids->len,
                                     carry_to_sprint_id);

  retrospective = dpp2_board_compose_retrospective (went_well, to_improve, learned);
  review_text = g_strstrip (g_strdup (review != NULL ? review : ""));

  label = g_strdup_printf (_("Close Sprint “%s”"), dpp2_sprint_get_name (sprint));
  if (!dpp2_store_begin_change (store, label, error))
    return FALSE;

  for (guint i = 0; i < plan->len; i++)
    {
      const Dpp2CarryOver *move = &g_array_index (plan, Dpp2CarryOver, i);
      Dpp2Card *card = g_hash_table_lookup (objects, &move->card_id);

      /* Appended, so the carried cards come after the work already planned there. */
      if (!dpp2_store_move_card (store, card, move->to_sprint_id, move->to_column_id,
                                 G_MAXUINT, error))
        {
          dpp2_store_rollback_change (store);
          return FALSE;
        }
    }

  if (!dpp2_store_update (store, sprint, error,
                          "state", DPP2_SPRINT_STATE_CLOSED,
                          "review", review_text,
                          "retrospective", retrospective,
                          NULL))
    {
      dpp2_store_rollback_change (store);
      return FALSE;
    }

  return dpp2_store_commit_change (store, error);
}
