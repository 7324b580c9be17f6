/* test-generate.c — the large-organisation generator
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dpp2-test-support.h"
#include "store/dpp2-generator.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static char *
generate (const char                 *name,
          const Dpp2GeneratorOptions *o)
{
  g_autofree char *path = dpp2_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (dpp2_generator_write (file, o, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_deterministic (void)
{
  Dpp2GeneratorOptions o;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *sum_a = NULL, *sum_b = NULL, *sum_c = NULL;

  dpp2_generator_options_init (&o);
  o.people = 100, o.teams = 5, o.goals = 4, o.cases = 20, o.sprints = 15, o.cards = 500;
  a = generate ("a.dpp2", &o);
  b = generate ("b.dpp2", &o);
  o.seed = 2;
  c = generate ("c.dpp2", &o);
  sum_a = dpp2_test_checksum_file (a);
  sum_b = dpp2_test_checksum_file (b);
  sum_c = dpp2_test_checksum_file (c);
  g_assert_cmpstr (sum_a, ==, sum_b);
  g_assert_cmpstr (sum_a, !=, sum_c);
}

static void
test_large (void)
{
  Dpp2GeneratorOptions o;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) backlog = NULL;
  g_autoptr(Dpp2Card) card = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;
  sqlite3 *db;

  dpp2_generator_options_init (&o);
  path = generate ("large.dpp2", &o);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("generated in %.2f s", seconds);
  /* The budget is 3 s; sanitizer builds are several times slower. */
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpfloat (seconds, <=, 3.0);
#endif

  file = g_file_new_for_path (path);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  db = dpp2_store_get_db (store);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person"), ==, 2000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM team"), ==, 60);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goal"), ==, 40);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM learning_case"), ==, 400);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sprint"), ==, 300);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM card"), ==, 20000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The history leads to the board: each card's last move ends where
   * the card is. */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM card c JOIN card_history h ON h.card_id = c.id "
                              "WHERE h.id = (SELECT max(id) FROM card_history WHERE card_id = c.id) "
                              "AND (h.to_sprint_id IS NOT c.sprint_id OR h.to_column_id IS NOT c.column_id)"),
                   ==, 0);
  /* Closed sprints are done; every team has an active sprint. */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM card c JOIN sprint s ON s.id = c.sprint_id "
                              "JOIN board_column b ON b.id = c.column_id "
                              "WHERE s.state = 2 AND b.is_done = 0"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT team_id) FROM sprint WHERE state = 1"), ==, 60);

  /* A single edit on the large organisation stays fast. */
  people = dpp2_store_list_people (store);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2000);
  backlog = dpp2_store_list_cards (store, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (backlog), >, 1000);
  card = g_list_model_get_item (backlog, 10);
  start = g_get_monotonic_time ();
  dpp2_store_move_card (store, card, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_test_message ("move in a backlog of %u cards: %.1f ms", g_list_model_get_n_items (backlog),
                  (g_get_monotonic_time () - start) / 1e3);
  start = g_get_monotonic_time ();
  g_object_set (card, "title", "Snel", NULL);
  g_test_message ("one edit: %.1f ms", (g_get_monotonic_time () - start) / 1e3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/generate/deterministic", test_deterministic);
  g_test_add_func ("/generate/large", test_large);

  return g_test_run ();
}
