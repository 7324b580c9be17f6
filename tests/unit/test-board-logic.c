/* test-board-logic.c — card order after moves, WIP limits, capacity, closing a sprint
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "logic/dpp2-board-logic.h"
#include "logic/dpp2-burndown.h"
#include "logic/dpp2-flow.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"
#include "dpp2-test-support.h"

/* A document with one team, the four usual columns and two sprints. */
typedef struct
{
  Dpp2Store       *store;
  Dpp2Team        *team;
  Dpp2BoardColumn *columns[4];   /* To do, Doing, Review, Done */
  Dpp2Sprint      *sprint;       /* active */
  Dpp2Sprint      *next;         /* planned */
} Board;

static void
insert (Board   *board,
        gpointer record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dpp2_store_insert (board->store, record, &error));
  g_assert_no_error (error);
}

static gint64
id_of (gpointer record)
{
  return dpp2_record_get_id (DPP2_RECORD (record));
}

static Dpp2Sprint *
add_sprint (Board          *board,
            const char     *name,
            const char     *start,
            const char     *end,
            Dpp2SprintState state)
{
  Dpp2Sprint *sprint = g_object_new (DPP2_TYPE_SPRINT, "team-id", id_of (board->team),
                                     "name", name, "start-date", start, "end-date", end,
                                     "state", state, NULL);

  insert (board, sprint);
  return sprint;
}

static Dpp2Card *
add_card (Board      *board,
          Dpp2Sprint *sprint,
          guint       column,
          const char *title,
          gint64      points)
{
  g_autoptr(GError) error = NULL;
  Dpp2Card *card = g_object_new (DPP2_TYPE_CARD, "title", title, "points", points, NULL);

  insert (board, card);
  g_assert_true (dpp2_store_move_card (board->store, card, sprint != NULL ? id_of (sprint) : 0,
                                       id_of (board->columns[column]), G_MAXUINT, &error));
  g_assert_no_error (error);
  return card;
}

static void
board_setup (Board         *board,
             gconstpointer  data)
{
  static const char *names[4] = { "To do", "Doing", "Review", "Done" };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dpp2_test_tmp_path ("board.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  (void) data;
  g_file_delete (file, NULL, NULL);
  board->store = dpp2_store_create (file, "Zorggroep Test", &error);
  g_assert_no_error (error);

  board->team = g_object_new (DPP2_TYPE_TEAM, "name", "LPT Wondzorg", NULL);
  insert (board, board->team);
  for (guint i = 0; i < 4; i++)
    {
      board->columns[i] = g_object_new (DPP2_TYPE_BOARD_COLUMN, "team-id", id_of (board->team),
                                        "name", names[i], "position", (gint64) i,
                                        "is-done", i == 3, NULL);
      insert (board, board->columns[i]);
    }
  board->sprint = add_sprint (board, "Sprint 1", "2026-11-30", "2026-12-11",
                              DPP2_SPRINT_STATE_ACTIVE);
  board->next = add_sprint (board, "Sprint 2", "2026-12-14", "2026-12-25",
                            DPP2_SPRINT_STATE_PLANNED);
}

static void
board_teardown (Board         *board,
                gconstpointer  data)
{
  (void) data;
  g_clear_object (&board->next);
  g_clear_object (&board->sprint);
  for (guint i = 0; i < 4; i++)
    g_clear_object (&board->columns[i]);
  g_clear_object (&board->team);
  g_assert_true (dpp2_store_close (board->store, NULL));
  g_clear_object (&board->store);
}

static GArray *
column_ids (Board  *board,
            gint64  sprint_id,
            gint64  column_id)
{
  g_autoptr(GListModel) cards = dpp2_store_list_cards (board->store, sprint_id, column_id);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 last = -1;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, i);
      gint64 id = id_of (card);

      /* The list is in position order (a column a card left keeps its gap). */
      g_assert_cmpint (dpp2_card_get_position (card), >=, last);
      last = dpp2_card_get_position (card);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_ids (GArray       *ids,
            const gint64 *expected,
            guint         n)
{
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

/* Order */

static void
test_order_pure (void)
{
  const gint64 column[] = { 10, 11, 12, 13 };
  g_autoptr(GArray) down = dpp2_board_order_after_move (column, 4, 10, 2);
  g_autoptr(GArray) up = dpp2_board_order_after_move (column, 4, 13, 0);
  g_autoptr(GArray) end = dpp2_board_order_after_move (column, 4, 11, G_MAXUINT);
  g_autoptr(GArray) in = dpp2_board_order_after_move (column, 4, 20, 1);
  g_autoptr(GArray) empty = dpp2_board_order_after_move (NULL, 0, 20, 5);
  g_autoptr(GArray) out = dpp2_board_order_after_removal (column, 4, 12);

  assert_ids (down, (gint64[]) { 11, 12, 10, 13 }, 4);
  assert_ids (up, (gint64[]) { 13, 10, 11, 12 }, 4);
  assert_ids (end, (gint64[]) { 10, 12, 13, 11 }, 4);
  assert_ids (in, (gint64[]) { 10, 20, 11, 12, 13 }, 5);
  assert_ids (empty, (gint64[]) { 20 }, 1);
  assert_ids (out, (gint64[]) { 10, 11, 13 }, 3);
}

static void
test_order_store_within (Board         *board,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GArray) after = NULL;
  Dpp2Card *cards[4];

  (void) data;
  for (guint i = 0; i < 4; i++)
    cards[i] = add_card (board, board->sprint, 0, "Kaart", 1);

  before = column_ids (board, id_of (board->sprint), id_of (board->columns[0]));
  expected = dpp2_board_order_after_move ((gint64 *) (gpointer) before->data, before->len,
                                          id_of (cards[0]), 2);
  g_assert_true (dpp2_store_move_card (board->store, cards[0], id_of (board->sprint),
                                       id_of (board->columns[0]), 2, &error));
  g_assert_no_error (error);
  after = column_ids (board, id_of (board->sprint), id_of (board->columns[0]));
  assert_ids (after, (gint64 *) (gpointer) expected->data, expected->len);
  assert_ids (after, (gint64[]) { id_of (cards[1]), id_of (cards[2]), id_of (cards[0]),
                                  id_of (cards[3]) }, 4);

  for (guint i = 0; i < 4; i++)
    g_object_unref (cards[i]);
}

static void
test_order_store_between (Board         *board,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) source = NULL;
  g_autoptr(GArray) target = NULL;
  g_autoptr(GArray) expected_source = NULL;
  g_autoptr(GArray) expected_target = NULL;
  g_autoptr(GArray) after_source = NULL;
  g_autoptr(GArray) after_target = NULL;
  g_autoptr(GArray) undone = NULL;
  Dpp2Card *todo[3], *doing[2];
  gint64 sprint = id_of (board->sprint);
  gint64 col0 = id_of (board->columns[0]), col1 = id_of (board->columns[1]);

  (void) data;
  for (guint i = 0; i < 3; i++)
    todo[i] = add_card (board, board->sprint, 0, "Te doen", 2);
  for (guint i = 0; i < 2; i++)
    doing[i] = add_card (board, board->sprint, 1, "Bezig", 3);

  source = column_ids (board, sprint, col0);
  target = column_ids (board, sprint, col1);
  expected_source = dpp2_board_order_after_removal ((gint64 *) (gpointer) source->data,
                                                    source->len, id_of (todo[1]));
  expected_target = dpp2_board_order_after_move ((gint64 *) (gpointer) target->data,
                                                 target->len, id_of (todo[1]), 1);

  g_assert_true (dpp2_store_move_card (board->store, todo[1], sprint, col1, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dpp2_card_get_column_id (todo[1]), ==, col1);

  after_source = column_ids (board, sprint, col0);
  after_target = column_ids (board, sprint, col1);
  assert_ids (after_source, (gint64 *) (gpointer) expected_source->data, expected_source->len);
  assert_ids (after_target, (gint64 *) (gpointer) expected_target->data, expected_target->len);
  assert_ids (after_target, (gint64[]) { id_of (doing[0]), id_of (todo[1]), id_of (doing[1]) },
              3);

  /* Undo puts the card back in its column; the source keeps its order. */
  g_assert_true (dpp2_store_undo (board->store, &error));
  g_assert_no_error (error);
  undone = column_ids (board, sprint, col0);
  assert_ids (undone, (gint64 *) (gpointer) source->data, source->len);

  for (guint i = 0; i < 3; i++)
    g_object_unref (todo[i]);
  for (guint i = 0; i < 2; i++)
    g_object_unref (doing[i]);
}

static void
test_validate_move (void)
{
  g_autofree char *closed_from = dpp2_board_validate_move (DPP2_SPRINT_STATE_CLOSED,
                                                           DPP2_SPRINT_STATE_ACTIVE);
  g_autofree char *closed_to = dpp2_board_validate_move (DPP2_SPRINT_STATE_ACTIVE,
                                                         DPP2_SPRINT_STATE_CLOSED);

  g_assert_null (dpp2_board_validate_move (DPP2_SPRINT_STATE_ACTIVE, DPP2_SPRINT_STATE_ACTIVE));
  g_assert_null (dpp2_board_validate_move (DPP2_SPRINT_STATE_PLANNED, DPP2_SPRINT_STATE_ACTIVE));
  g_assert_nonnull (strstr (closed_from, "closed"));
  g_assert_nonnull (strstr (closed_to, "closed"));
}

/* WIP limits */

static void
test_wip_pure (void)
{
  Dpp2WipCount none = dpp2_board_wip_count (7, 0);
  Dpp2WipCount under = dpp2_board_wip_count (2, 3);
  Dpp2WipCount at = dpp2_board_wip_count (3, 3);
  Dpp2WipCount over = dpp2_board_wip_count (5, 3);
  Dpp2WipCount negative = dpp2_board_wip_count (5, -1);
  g_autofree char *text_none = dpp2_board_format_wip (&none);
  g_autofree char *text_over = dpp2_board_format_wip (&over);

  g_assert_cmpuint (none.count, ==, 7);
  g_assert_cmpuint (none.limit, ==, 0);
  g_assert_cmpuint (none.over_by, ==, 0);
  g_assert_cmpuint (under.over_by, ==, 0);
  g_assert_cmpuint (at.over_by, ==, 0);
  g_assert_cmpuint (over.limit, ==, 3);
  g_assert_cmpuint (over.over_by, ==, 2);
  g_assert_cmpuint (negative.limit, ==, 0);
  g_assert_cmpuint (negative.over_by, ==, 0);
  g_assert_cmpstr (text_none, ==, "7");
  g_assert_cmpstr (text_over, ==, "5 / 3");
}

static void
test_wip_store (Board         *board,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Dpp2WipCount wip;
  g_autoptr(Dpp2Card) a = NULL, b = NULL, c = NULL, other = NULL;

  (void) data;
  g_assert_true (dpp2_store_update (board->store, board->columns[1], &error,
                                    "wip-limit", (gint64) 2, NULL));
  g_assert_no_error (error);

  a = add_card (board, board->sprint, 1, "A", 1);
  b = add_card (board, board->sprint, 1, "B", 1);
  wip = dpp2_board_column_wip (board->store, id_of (board->sprint), board->columns[1]);
  g_assert_cmpuint (wip.count, ==, 2);
  g_assert_cmpuint (wip.limit, ==, 2);
  g_assert_cmpuint (wip.over_by, ==, 0);

  /* A drop over the limit is allowed, and counted. */
  c = add_card (board, board->sprint, 1, "C", 1);
  /* Cards of another sprint in the same column do not count. */
  other = add_card (board, board->next, 1, "D", 1);
  wip = dpp2_board_column_wip (board->store, id_of (board->sprint), board->columns[1]);
  g_assert_cmpuint (wip.count, ==, 3);
  g_assert_cmpuint (wip.over_by, ==, 1);
}

/* Capacity */

static void
test_capacity_pure (void)
{
  const gint64 points[] = { 100, 10, 20, 30 };

  g_assert_cmpfloat (dpp2_board_capacity_from_points (NULL, 0, 3), ==, 0);
  g_assert_cmpfloat (dpp2_board_capacity_from_points (points, 1, 3), ==, 100);
  g_assert_cmpfloat (dpp2_board_capacity_from_points (points, 2, 3), ==, 55);
  /* Only the last three count. */
  g_assert_cmpfloat (dpp2_board_capacity_from_points (points, 4, 3), ==, 20);
  g_assert_cmpfloat (dpp2_board_capacity_from_points (points, 4, 0), ==, 0);
}

static void
close_with_done (Board      *board,
                 const char *name,
                 const char *start,
                 const char *end,
                 gint64      done_points,
                 gint64      open_points)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Sprint) sprint = add_sprint (board, name, start, end, DPP2_SPRINT_STATE_ACTIVE);
  g_autoptr(Dpp2Card) done = add_card (board, sprint, 3, "Klaar", done_points);
  g_autoptr(Dpp2Card) open = add_card (board, sprint, 1, "Open", open_points);

  g_assert_true (dpp2_board_close_sprint (board->store, sprint, 0, NULL, NULL, NULL, NULL,
                                          &error));
  g_assert_no_error (error);
}

static void
test_capacity_store (Board         *board,
                     gconstpointer  data)
{
  gint64 total, done;
  g_autoptr(Dpp2Card) a = NULL, b = NULL;

  (void) data;
  g_assert_cmpfloat (dpp2_board_capacity (board->store, id_of (board->team)), ==, 0);

  /* Added out of date order: the newest three by date count. */
  close_with_done (board, "S-4", "2026-10-19", "2026-10-30", 8, 5);
  close_with_done (board, "S-5", "2026-11-02", "2026-11-13", 10, 1);
  close_with_done (board, "S-6", "2026-11-16", "2026-11-27", 12, 0);
  close_with_done (board, "S-1", "2026-09-07", "2026-09-18", 100, 0);
  g_assert_cmpfloat (dpp2_board_capacity (board->store, id_of (board->team)), ==, 10);

  /* Another team's sprints do not count. */
  g_assert_cmpfloat (dpp2_board_capacity (board->store, 0), ==, 0);

  a = add_card (board, board->sprint, 3, "Klaar", 3);
  b = add_card (board, board->sprint, 0, "Te doen", 5);
  dpp2_board_sprint_points (board->store, id_of (board->sprint), &total, &done);
  g_assert_cmpint (total, ==, 8);
  g_assert_cmpint (done, ==, 3);
}

/* Closing a sprint */

static void
test_carry_over_pure (void)
{
  const Dpp2BoardCard cards[] = {
    { 1, 30, 0, 5 },   /* Done */
    { 2, 20, 1, 3 },   /* Doing, second */
    { 3, 10, 0, 2 },   /* To do */
    { 4, 20, 0, 1 },   /* Doing, first */
    { 5, 0, 0, 1 },    /* no column */
  };
  const gint64 done[] = { 30 };
  g_autoptr(GArray) backlog = dpp2_board_plan_carry_over (cards, 5, done, 1, 0);
  g_autoptr(GArray) next = dpp2_board_plan_carry_over (cards, 5, done, 1, 99);
  g_autoptr(GArray) none = dpp2_board_plan_carry_over (cards, 5, (gint64[]) { 10, 20, 30 }, 3,
                                                       99);
  const gint64 order[] = { 5, 3, 4, 2 };

  g_assert_cmpuint (backlog->len, ==, 4);
  g_assert_cmpuint (next->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      Dpp2CarryOver *b = &g_array_index (backlog, Dpp2CarryOver, i);
      Dpp2CarryOver *n = &g_array_index (next, Dpp2CarryOver, i);

      g_assert_cmpint (b->card_id, ==, order[i]);
      g_assert_cmpint (b->to_sprint_id, ==, 0);
      g_assert_cmpint (b->to_column_id, ==, 0);
      g_assert_cmpint (n->card_id, ==, order[i]);
      g_assert_cmpint (n->to_sprint_id, ==, 99);
    }
  /* Into the next sprint a card keeps its column. */
  g_assert_cmpint (g_array_index (next, Dpp2CarryOver, 2).to_column_id, ==, 20);
  g_assert_cmpint (g_array_index (next, Dpp2CarryOver, 1).to_column_id, ==, 10);
  /* The card without a column: a card in no done column, so not finished. */
  g_assert_cmpuint (none->len, ==, 1);
  g_assert_cmpint (g_array_index (none, Dpp2CarryOver, 0).card_id, ==, 5);
}

static void
test_retrospective_text (void)
{
  g_autofree char *text = dpp2_board_compose_retrospective ("Dagstart werkt", "  ",
                                                            "Samen leren\nmet casussen");
  g_autofree char *well = NULL, *improve = NULL, *learned = NULL;
  g_autofree char *w2 = NULL, *i2 = NULL, *l2 = NULL;
  g_autofree char *empty = dpp2_board_compose_retrospective (NULL, "", NULL);

  g_assert_cmpstr (text, ==, "## What went well\nDagstart werkt\n\n"
                             "## What we learned\nSamen leren\nmet casussen");
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (dpp2_board_split_retrospective (text, &well, &improve, &learned));
  g_assert_cmpstr (well, ==, "Dagstart werkt");
  g_assert_cmpstr (improve, ==, "");
  g_assert_cmpstr (learned, ==, "Samen leren\nmet casussen");

  /* Text typed without headings is kept, as what was learned. */
  g_assert_false (dpp2_board_split_retrospective ("Vrije tekst", &w2, &i2, &l2));
  g_assert_cmpstr (w2, ==, "");
  g_assert_cmpstr (l2, ==, "Vrije tekst");
}

static void
test_close_sprint (Board         *board,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Card) done = NULL, doing = NULL, todo = NULL, planned = NULL;
  g_autoptr(GListModel) sprint_cards = NULL;
  g_autoptr(GListModel) next_cards = NULL;
  g_autoptr(GArray) next_doing = NULL;
  gint64 sprint = id_of (board->sprint), next = id_of (board->next);
  gint64 col1 = id_of (board->columns[1]);

  (void) data;
  done = add_card (board, board->sprint, 3, "Klaar", 5);
  doing = add_card (board, board->sprint, 1, "Bezig", 3);
  todo = add_card (board, board->sprint, 0, "Te doen", 2);
  planned = add_card (board, board->next, 1, "Al gepland", 1);

  g_assert_true (dpp2_board_close_sprint (board->store, board->sprint, next,
                                          "Wondzorgprotocol opgeleverd", "Dagstart", "Planning",
                                          "Samen leren", &error));
  g_assert_no_error (error);

  g_assert_cmpint (dpp2_sprint_get_state (board->sprint), ==, DPP2_SPRINT_STATE_CLOSED);
  g_assert_cmpstr (dpp2_sprint_get_review (board->sprint), ==, "Wondzorgprotocol opgeleverd");
  g_assert_nonnull (strstr (dpp2_sprint_get_retrospective (board->sprint), "Samen leren"));
  g_assert_nonnull (strstr (dpp2_sprint_get_retrospective (board->sprint), "## What to improve"));

  g_assert_cmpint (dpp2_card_get_sprint_id (done), ==, sprint);
  g_assert_cmpint (dpp2_card_get_sprint_id (doing), ==, next);
  g_assert_cmpint (dpp2_card_get_column_id (doing), ==, col1);
  g_assert_cmpint (dpp2_card_get_sprint_id (todo), ==, next);
  /* Carried cards come after the work already planned. */
  next_doing = column_ids (board, next, col1);
  assert_ids (next_doing, (gint64[]) { id_of (planned), id_of (doing) }, 2);

  /* One undo step restores everything. */
  g_assert_true (dpp2_store_undo (board->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dpp2_sprint_get_state (board->sprint), ==, DPP2_SPRINT_STATE_ACTIVE);
  g_assert_cmpstr (dpp2_sprint_get_review (board->sprint), ==, "");
  g_assert_cmpstr (dpp2_sprint_get_retrospective (board->sprint), ==, "");
  g_assert_cmpint (dpp2_card_get_sprint_id (doing), ==, sprint);
  g_assert_cmpint (dpp2_card_get_sprint_id (todo), ==, sprint);
  g_assert_cmpint (dpp2_card_get_column_id (todo), ==, id_of (board->columns[0]));
  sprint_cards = dpp2_store_list_cards_of_sprint (board->store, sprint);
  next_cards = dpp2_store_list_cards_of_sprint (board->store, next);
  g_assert_cmpuint (g_list_model_get_n_items (sprint_cards), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (next_cards), ==, 1);
  g_assert_cmpstr (dpp2_store_get_redo_label (board->store), ==, "Close Sprint “Sprint 1”");
}

static void
test_close_sprint_to_backlog (Board         *board,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Card) doing = NULL;

  (void) data;
  doing = add_card (board, board->sprint, 1, "Bezig", 3);
  g_assert_true (dpp2_board_close_sprint (board->store, board->sprint, 0, "", "", "", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dpp2_card_get_sprint_id (doing), ==, 0);
  g_assert_cmpint (dpp2_card_get_column_id (doing), ==, 0);
  g_assert_cmpstr (dpp2_store_get_undo_label (board->store), ==, "Close Sprint “Sprint 1”");
}

static void
test_close_sprint_refused (Board         *board,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Card) doing = NULL;
  g_autoptr(Dpp2Sprint) closed = add_sprint (board, "Oud", "2026-01-05", "2026-01-16",
                                             DPP2_SPRINT_STATE_CLOSED);

  (void) data;
  doing = add_card (board, board->sprint, 1, "Bezig", 3);

  /* Not into itself, not into a closed sprint. */
  g_assert_false (dpp2_board_close_sprint (board->store, board->sprint, id_of (board->sprint),
                                           NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, DPP2_BOARD_ERROR, DPP2_BOARD_ERROR_INVALID_TARGET);
  g_clear_error (&error);
  g_assert_false (dpp2_board_close_sprint (board->store, board->sprint, id_of (closed),
                                           NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, DPP2_BOARD_ERROR, DPP2_BOARD_ERROR_INVALID_TARGET);
  g_clear_error (&error);
  /* A closed sprint does not close twice. */
  g_assert_false (dpp2_board_close_sprint (board->store, closed, 0, NULL, NULL, NULL, NULL,
                                           &error));
  g_assert_error (error, DPP2_BOARD_ERROR, DPP2_BOARD_ERROR_SPRINT_CLOSED);

  g_assert_cmpint (dpp2_sprint_get_state (board->sprint), ==, DPP2_SPRINT_STATE_ACTIVE);
  g_assert_cmpint (dpp2_card_get_sprint_id (doing), ==, id_of (board->sprint));
}


/* Charts from the store's own history */

static gint64
utc (int month,
     int day,
     int hour)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2026, month, day, hour, 0, 0);

  return g_date_time_to_unix (dt);
}

static void
assert_burndown (Board        *board,
                 gint64        now,
                 const double *expected,
                 guint         n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Burndown) burndown = dpp2_burndown_new_for_sprint (board->store,
                                                                  id_of (board->sprint),
                                                                  now, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (burndown->n_days, ==, 12);
  g_assert_cmpuint (burndown->n_actual, ==, n_expected);
  for (guint k = 0; k < n_expected; k++)
    {
      g_test_message ("point %u", k);
      g_assert_cmpfloat (burndown->remaining[k], ==, expected[k]);
    }
}

static void
test_charts_from_store (Board         *board,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Card) a = NULL, b = NULL, c = NULL;
  g_autoptr(Dpp2Flow) flow = NULL;
  g_autofree char *sql = NULL;
  /* Start of 30 Nov, 1, 2 and 3 Dec, and 3 Dec at noon (so far). */
  const double remaining[] = { 8, 8, 3, 5, 5 };
  gint64 now = utc (12, 3, 12);

  (void) data;
  dpp2_store_set_time (board->store, utc (11, 27, 12));
  a = add_card (board, board->sprint, 0, "A", 5);
  b = add_card (board, board->sprint, 0, "B", 3);
  dpp2_store_set_time (board->store, utc (12, 1, 10));
  g_assert_true (dpp2_store_move_card (board->store, a, id_of (board->sprint),
                                       id_of (board->columns[3]), 0, &error));
  g_assert_no_error (error);
  dpp2_store_set_time (board->store, utc (12, 2, 10));
  c = add_card (board, board->sprint, 1, "C", 2);

  assert_burndown (board, now, remaining, G_N_ELEMENTS (remaining));

  flow = dpp2_flow_new_for_sprint (board->store, id_of (board->sprint), now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flow->n_columns, ==, 4);
  g_assert_cmpstr (flow->column_names[3], ==, "Done");
  g_assert_true (flow->column_done[3]);
  g_assert_cmpuint (dpp2_flow_get_count (flow, 4, 0), ==, 1);
  g_assert_cmpuint (dpp2_flow_get_count (flow, 4, 1), ==, 1);
  g_assert_cmpuint (dpp2_flow_get_count (flow, 4, 3), ==, 1);

  /* A card without history (a document from before it was kept) counts from the start. */
  sql = g_strdup_printf ("DELETE FROM card_history WHERE card_id = %" G_GINT64_FORMAT,
                         id_of (b));
  g_assert_true (dpp2_store_exec (dpp2_store_get_db (board->store), sql, &error));
  g_assert_no_error (error);
  assert_burndown (board, now, remaining, G_N_ELEMENTS (remaining));
}

int
main (int   argc,
      char *argv[])
{
  /* Days in the charts are local days: make them UTC days. */
  g_setenv ("TZ", "UTC", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board/order/pure", test_order_pure);
  g_test_add ("/board/order/store-within", Board, NULL, board_setup, test_order_store_within,
              board_teardown);
  g_test_add ("/board/order/store-between", Board, NULL, board_setup, test_order_store_between,
              board_teardown);
  g_test_add_func ("/board/order/validate", test_validate_move);
  g_test_add_func ("/board/wip/pure", test_wip_pure);
  g_test_add ("/board/wip/store", Board, NULL, board_setup, test_wip_store, board_teardown);
  g_test_add_func ("/board/capacity/pure", test_capacity_pure);
  g_test_add ("/board/capacity/store", Board, NULL, board_setup, test_capacity_store,
              board_teardown);
  g_test_add_func ("/board/close/plan", test_carry_over_pure);
  g_test_add_func ("/board/close/retrospective", test_retrospective_text);
  g_test_add ("/board/close/next-sprint", Board, NULL, board_setup, test_close_sprint,
              board_teardown);
  g_test_add ("/board/close/backlog", Board, NULL, board_setup, test_close_sprint_to_backlog,
              board_teardown);
  g_test_add ("/board/close/refused", Board, NULL, board_setup, test_close_sprint_refused,
              board_teardown);

  g_test_add ("/board/charts/from-store", Board, NULL, board_setup, test_charts_from_store,
              board_teardown);

  return g_test_run ();
}
