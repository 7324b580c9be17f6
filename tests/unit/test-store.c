/* test-store.c — opening, refusing, locking and copying organisation documents
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <unistd.h>

#include "dpp2-test-support.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"

static const char *tricky = "Zorg & Welzijn <\"De Linde\"> 'test' — Ελληνικά, 日本語, العربية";

static char *
new_document (const char *name)
{
  g_autofree char *path = dpp2_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = dpp2_store_create (file, tricky, &error);

  g_assert_no_error (error);
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static Dpp2Store *
open_path (const char        *path,
           Dpp2StoreOpenFlags flags,
           GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return dpp2_store_open (file, flags, NULL, error);
}

static gint64
pragma_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static char *
pragma_text (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *v;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return v;
}

static void
assert_settings (sqlite3 *db)
{
  g_autofree char *journal = pragma_text (db, "PRAGMA journal_mode");
  g_autofree char *check = pragma_text (db, "PRAGMA quick_check");
  sqlite3_stmt *stmt = NULL;
  int defensive = -1, load_ext = -1;
  guint n_tables = 0;

  g_assert_cmpint (pragma_int (db, "PRAGMA application_id"), ==, DPP2_STORE_APPLICATION_ID);
  g_assert_cmpint (pragma_int (db, "PRAGMA user_version"), ==, dpp2_store_get_schema_version ());
  g_assert_cmpstr (journal, ==, "delete");
  g_assert_cmpint (pragma_int (db, "PRAGMA synchronous"), ==, 2);  /* FULL */
  g_assert_cmpint (pragma_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (db, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (pragma_int (db, "PRAGMA cell_size_check"), ==, 1);
  g_assert_cmpstr (check, ==, "ok");

  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &load_ext);
  g_assert_cmpint (defensive, ==, 1);
  g_assert_cmpint (load_ext, ==, 0);

  /* Every table of ours is STRICT. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, strict FROM pragma_table_list "
                                           "WHERE schema = 'main' AND type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 1) != 1)
        g_error ("Table %s is not STRICT", sqlite3_column_text (stmt, 0));
      n_tables++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_tables, >=, 12);
}

static void
test_settings (void)
{
  g_autofree char *path = new_document ("settings.dpp2");
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_autoptr(Dpp2Store) ro = NULL;

  g_assert_no_error (error);
  assert_settings (dpp2_store_get_db (store));
  dpp2_store_close (store, &error);
  g_assert_no_error (error);

  ro = open_path (path, DPP2_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_settings (dpp2_store_get_db (ro));
}

static void
test_byte_for_byte (void)
{
  g_autofree char *path = new_document ("bytes.dpp2");
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, "name", tricky,
                                               "department", "R&D <b>x</b>", NULL);
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpstr (dpp2_organisation_get_name (dpp2_store_get_organisation (store)), ==, tricky);
  dpp2_store_insert (store, person, &error);
  g_assert_no_error (error);
  id = dpp2_record_get_id (DPP2_RECORD (person));
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_path (path, DPP2_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&person);
  person = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, id);
  g_assert_cmpstr (dpp2_person_get_name (person), ==, tricky);
  g_assert_cmpstr (dpp2_person_get_department (person), ==, "R&D <b>x</b>");
  g_assert_cmpstr (dpp2_organisation_get_name (dpp2_store_get_organisation (store)), ==, tricky);
}

/* Opens a bad file and checks the error code and that the file, and the
 * folder next to it, did not change. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = g_file_test (path, G_FILE_TEST_IS_REGULAR) ? dpp2_test_checksum_file (path) : NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  for (guint flags = 0; flags < 2; flags++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(Dpp2Store) store = open_path (path, flags ? DPP2_STORE_OPEN_READ_ONLY : 0, &error);

      g_assert_null (store);
      g_assert_error (error, DPP2_STORE_ERROR, code);
      g_assert_nonnull (error->message);
      g_test_message ("%s: %s", path, error->message);
    }
  if (before != NULL)
    {
      g_autofree char *after = dpp2_test_checksum_file (path);
      g_assert_cmpstr (before, ==, after);
    }
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
write_bytes (const char *path,
             const char *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
set_pragma (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refused (void)
{
  g_autofree char *good = new_document ("good.dpp2");
  g_autofree char *missing = dpp2_test_tmp_path ("missing.dpp2");
  g_autofree char *empty = dpp2_test_tmp_path ("empty.dpp2");
  g_autofree char *random = dpp2_test_tmp_path ("random.dpp2");
  g_autofree char *text = dpp2_test_tmp_path ("text.dpp2");
  g_autofree char *truncated = dpp2_test_tmp_path ("truncated.dpp2");
  g_autofree char *unaligned = dpp2_test_tmp_path ("unaligned.dpp2");
  g_autofree char *newer = dpp2_test_tmp_path ("newer.dpp2");
  g_autofree char *foreign = dpp2_test_tmp_path ("foreign.sqlite");
  g_autofree char *flipped = dpp2_test_tmp_path ("flipped.dpp2");
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  char noise[8192];
  gsize length;
  guint page_size;

  assert_refused (missing, DPP2_STORE_ERROR_NOT_FOUND);
  assert_refused (dpp2_test_tmpdir (), DPP2_STORE_ERROR_IS_DIRECTORY);

  write_bytes (empty, "", 0);
  assert_refused (empty, DPP2_STORE_ERROR_NOT_A_DOCUMENT);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  write_bytes (random, noise, sizeof noise);
  assert_refused (random, DPP2_STORE_ERROR_NOT_A_DOCUMENT);

  write_bytes (text, "Naam;Functie\nAnna;Verpleegkundige\n", -1);
  assert_refused (text, DPP2_STORE_ERROR_NOT_A_DOCUMENT);

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  page_size = ((guint8) contents[16] << 8) | (guint8) contents[17];
  g_assert_cmpuint (length, >=, 4 * page_size);

  /* Whole pages missing at the end. */
  write_bytes (truncated, contents, length - 2 * page_size);
  assert_refused (truncated, DPP2_STORE_ERROR_CORRUPT);
  /* Cut in the middle of a page. */
  write_bytes (unaligned, contents, length - page_size / 2);
  assert_refused (unaligned, DPP2_STORE_ERROR_CORRUPT);

  dpp2_test_copy_file (good, newer);
  set_pragma (newer, "PRAGMA user_version = 999");
  assert_refused (newer, DPP2_STORE_ERROR_NEWER_VERSION);

  set_pragma (foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused (foreign, DPP2_STORE_ERROR_NOT_A_DOCUMENT);

  /* One flipped byte in the page header of a table's b-tree page. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    gint64 root;

    sqlite3_open (good, &db);
    sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'person'", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    root = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);

    contents[(root - 1) * page_size] ^= 0xff;
    write_bytes (flipped, contents, length);
    assert_refused (flipped, DPP2_STORE_ERROR_CORRUPT);
  }
}

static void
test_lock (void)
{
  g_autofree char *path = new_document ("lock.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) first = NULL;
  g_autoptr(Dpp2Store) second = NULL;
  g_autoptr(Dpp2Store) ro = NULL;
  g_autoptr(Dpp2Store) anyway = NULL;
  g_autoptr(GDateTime) since = NULL;
  g_autofree char *host = NULL;
  gint64 pid = 0;

  g_assert_false (dpp2_store_peek_lock (file, &host, &pid, &since, &error));
  g_assert_no_error (error);

  first = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);

  g_assert_true (dpp2_store_peek_lock (file, &host, &pid, &since, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (host, ==, g_get_host_name ());
  g_assert_cmpint (pid, ==, getpid ());
  g_assert_nonnull (since);

  second = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED);
  g_assert_null (second);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  ro = open_path (path, DPP2_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (dpp2_store_get_read_only (ro));

  dpp2_store_close (first, &error);
  g_assert_no_error (error);
  g_assert_false (dpp2_store_peek_lock (file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A lock of another computer is respected until the user says
   * "Open Anyway". */
  set_pragma (path, "INSERT INTO document_lock VALUES (1, 'werkplek-17', 4242, 1790000000)");
  second = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "werkplek-17"));
  g_clear_error (&error);
  anyway = open_path (path, DPP2_STORE_OPEN_IGNORE_LOCK, &error);
  g_assert_no_error (error);
  g_assert_nonnull (anyway);
}

static void
write_failed_cb (Dpp2Store    *store,
                 const GError *error,
                 guint        *count)
{
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY);
  (*count)++;
}

static void
test_read_only (void)
{
  g_autofree char *path = new_document ("readonly.dpp2");
  g_autofree char *before = dpp2_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, "name", "Anna", NULL);
  Dpp2Organisation *org;
  guint failures = 0;

  g_assert_no_error (error);
  g_assert_false (dpp2_store_insert (store, person, &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (dpp2_record_get_id (DPP2_RECORD (person)), ==, 0);

  org = dpp2_store_get_organisation (store);
  g_assert_false (dpp2_store_delete (store, org, &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (dpp2_store_begin_change (store, "x", &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_signal_connect (store, "write-failed", G_CALLBACK (write_failed_cb), &failures);
  g_object_set (org, "name", "Iets anders", NULL);
  g_assert_cmpuint (failures, ==, 1);
  g_assert_cmpstr (dpp2_organisation_get_name (org), ==, tricky);
  g_assert_false (dpp2_store_get_can_undo (store));

  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  after = dpp2_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_save_copy (void)
{
  g_autofree char *path = new_document ("original.dpp2");
  g_autofree char *copy_path = dpp2_test_tmp_path ("copy.dpp2");
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_autoptr(Dpp2Store) copy = NULL;
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, "name", "Kopie & co", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *copy_dump = NULL;
  GStatBuf st1, st2;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st1), ==, 0);
  dpp2_store_insert (store, person, &error);
  g_assert_no_error (error);
  dpp2_store_save_copy (store, copy_file, &error);
  g_assert_no_error (error);

  /* The open file was not replaced, and still works. */
  g_assert_cmpint (g_stat (path, &st2), ==, 0);
  g_assert_cmpint (st1.st_ino, ==, st2.st_ino);
  g_object_set (person, "email", "kopie@example.org", NULL);

  /* The copy carries no lock and opens normally. */
  g_assert_false (dpp2_store_peek_lock (copy_file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  copy = dpp2_store_open (copy_file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(Dpp2Person) p = dpp2_store_dup_record (copy, DPP2_TYPE_PERSON,
                                                     dpp2_record_get_id (DPP2_RECORD (person)));
    g_assert_cmpstr (dpp2_person_get_name (p), ==, "Kopie & co");
    g_assert_cmpstr (dpp2_person_get_email (p), ==, "");
  }

  /* Saving over the document itself is refused. */
  g_assert_false (dpp2_store_save_copy (store, dpp2_store_get_file (store), &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID);
  g_clear_error (&error);

  (void) dump;
  (void) copy_dump;
}

static GHashTable *
count_rows (sqlite3 *db)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);
      g_hash_table_insert (counts, g_strdup (name), GSIZE_TO_POINTER (pragma_int (db, sql)));
    }
  sqlite3_finalize (stmt);
  return counts;
}

static void
test_fixtures (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *fixtures = dpp2_test_fixture_path ("");
  const char *name;
  guint n = 0;

  dir = g_dir_open (fixtures, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *sql_path = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *doc = NULL;
      g_autoptr(GHashTable) before = NULL;
      g_autoptr(GHashTable) after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(Dpp2Store) store = NULL;
      GHashTableIter iter;
      gpointer key, value;
      sqlite3 *db = NULL;

      if (!g_str_has_prefix (name, "schema-v") || !g_str_has_suffix (name, ".sql"))
        continue;
      n++;
      sql_path = dpp2_test_fixture_path (name);
      g_assert_true (g_file_get_contents (sql_path, &sql, NULL, NULL));
      doc = dpp2_test_tmp_path (name);
      strcpy (doc + strlen (doc) - 4, ".dpp2");
      g_assert_cmpint (sqlite3_open (doc, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      before = count_rows (db);
      sqlite3_close (db);

      store = open_path (doc, DPP2_STORE_OPEN_NONE, &error);
      g_assert_no_error (error);
      assert_settings (dpp2_store_get_db (store));
      after = count_rows (dpp2_store_get_db (store));

      g_hash_table_iter_init (&iter, before);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gsize expected = GPOINTER_TO_SIZE (value);
          /* The open document has its lock row. */
          if (g_str_equal (key, "document_lock"))
            expected = 1;
          g_assert_true (g_hash_table_contains (after, key));
          g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (after, key)), ==, expected);
        }
    }
  g_assert_cmpuint (n, >=, 1);
}

static void
test_example (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("example.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) teams = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GListModel) backlog = NULL;
  g_autoptr(GListModel) practices = NULL;
  guint active = 0, closed = 0, planned = 0;

  dpp2_store_create_example (file, &error);
  g_assert_no_error (error);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dpp2_organisation_get_name (dpp2_store_get_organisation (store)), ==,
                   "Zorggroep De Linde");

  people = dpp2_store_list_people (store);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 20);
  teams = dpp2_store_list_teams (store);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, i);
      g_autoptr(GListModel) sprints = dpp2_store_list_sprints_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));
      g_autoptr(GListModel) columns = dpp2_store_list_columns_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));

      g_assert_cmpint (dpp2_team_get_leader_id (team), !=, 0);
      g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 4);
      for (guint j = 0; j < g_list_model_get_n_items (sprints); j++)
        {
          g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (sprints, j);
          gint64 sid = dpp2_record_get_id (DPP2_RECORD (sprint));
          g_autoptr(GArray) history = dpp2_store_get_sprint_history (store, sid, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (history->len, >, 0);
          switch (dpp2_sprint_get_state (sprint))
            {
            case DPP2_SPRINT_STATE_CLOSED:
              closed++;
              g_assert_cmpstr (dpp2_sprint_get_review (sprint), !=, "");
              g_assert_cmpstr (dpp2_sprint_get_retrospective (sprint), !=, "");
              break;
            case DPP2_SPRINT_STATE_ACTIVE:
              active++;
              /* Cards in every column. */
              for (guint c = 0; c < 4; c++)
                {
                  g_autoptr(Dpp2BoardColumn) col = g_list_model_get_item (columns, c);
                  g_autoptr(GListModel) cards = dpp2_store_list_cards (store, sid, dpp2_record_get_id (DPP2_RECORD (col)));
                  g_assert_cmpuint (g_list_model_get_n_items (cards), >, 0);
                }
              break;
            case DPP2_SPRINT_STATE_PLANNED:
              planned++;
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }
  g_assert_cmpuint (closed, ==, 1);
  g_assert_cmpuint (active, ==, 1);
  g_assert_cmpuint (planned, ==, 1);

  goals = dpp2_store_list_goals (store);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  cases = dpp2_store_list_cases (store);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 5);
  backlog = dpp2_store_list_cards (store, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (backlog), >, 0);
  practices = dpp2_store_list_best_practices (store);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 3);
  {
    g_autoptr(Dpp2Goal) goal = g_list_model_get_item (goals, 0);
    g_assert_cmpfloat (dpp2_goal_get_kpi_target (goal), !=, dpp2_goal_get_kpi_baseline (goal));
    g_assert_cmpstr (dpp2_goal_get_kpi_name (goal), !=, "");
  }
}

static void
test_failed_write (void)
{
  g_autofree char *path = new_document ("failed.dpp2");
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_autoptr(Dpp2Card) card = g_object_new (DPP2_TYPE_CARD, "title", "Intake gesprek", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_no_error (error);
  dpp2_store_insert (store, card, &error);
  g_assert_no_error (error);
  dump = dpp2_store_dump_db (dpp2_store_get_db (store));

  /* A sprint that does not exist: the deferred foreign key fails the
   * commit, which must leave file, record and undo stack as they were. */
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, 9999);
  g_assert_false (dpp2_store_set_value (store, card, "sprint-id", &value, &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (dpp2_card_get_sprint_id (card), ==, 0);
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Add Card “Intake gesprek”");
  g_assert_false (dpp2_store_get_can_redo (store));
  dump_after = dpp2_store_dump_db (dpp2_store_get_db (store));
  g_assert_cmpstr (dump, ==, dump_after);

  /* The store still works. */
  g_object_set (card, "title", "Intake", NULL);
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Edit Card “Intake”");
}

/* A later schema step (added by the test) migrates an existing document,
 * after a backup copy in the user's data folder. */
static void
test_migration (void)
{
  g_autofree char *path = new_document ("Mijn organisatie.dpp2");
  g_autofree char *dump_v1 = NULL;
  g_autofree char *backups = g_build_filename (g_get_user_data_dir (), "dpp2-toolkit", "backups", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *backup_name = g_strdup_printf ("Mijn organisatie-%s.dpp2", date);
  g_autofree char *backup = g_build_filename (backups, backup_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(Dpp2Store) old = NULL;
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, "name", "Blijft", NULL);

  /* Only this test may see the step: it runs in a subprocess. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_true (g_str_has_prefix (backups, dpp2_test_tmpdir ()));
  store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  dpp2_store_insert (store, person, &error);
  g_assert_no_error (error);
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  {
    sqlite3 *db = NULL;
    sqlite3_open (path, &db);
    dump_v1 = dpp2_store_dump_db (db);
    sqlite3_close (db);
  }

  dpp2_store_add_migration_for_testing (dpp2_store_get_schema_version () + 1,
                                        "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT;"
                                        "INSERT INTO extra (note) SELECT name FROM person;");
  store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pragma_int (dpp2_store_get_db (store), "PRAGMA user_version"), ==,
                   dpp2_store_get_schema_version ());
  g_assert_cmpint (pragma_int (dpp2_store_get_db (store), "SELECT count(*) FROM extra"), ==, 1);
  g_assert_cmpint (pragma_int (dpp2_store_get_db (store), "SELECT count(*) FROM person"), ==, 1);

  /* The backup is the document as it was. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  {
    sqlite3 *db = NULL;
    g_autofree char *dump_backup = NULL;
    sqlite3_open (backup, &db);
    dump_backup = dpp2_store_dump_db (db);
    sqlite3_close (db);
    g_assert_cmpstr (dump_backup, ==, dump_v1);
  }
  (void) old;
}

/* SQLite's page limit stands in for a full disk. */
static void
test_disk_full (void)
{
  g_autofree char *path = new_document ("full.dpp2");
  g_autofree char *big = g_strnfill (200000, 'x');
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_autoptr(Dpp2Person) small = g_object_new (DPP2_TYPE_PERSON, "name", "Anna", NULL);
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, "name", big, NULL);
  g_autoptr(GListModel) people = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  dpp2_store_insert (store, small, &error);
  g_assert_no_error (error);
  people = dpp2_store_list_people (store);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  db = dpp2_store_get_db (store);
  dump = dpp2_store_dump_db (db);
  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                         pragma_int (db, "PRAGMA page_count"));
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (dpp2_store_insert (store, person, &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED);
  g_assert_nonnull (strstr (error->message, "full.dpp2"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_cmpint (dpp2_record_get_id (DPP2_RECORD (person)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Add Person “Anna”");
  dump_after = dpp2_store_dump_db (db);
  g_assert_cmpstr (dump, ==, dump_after);
}

static void
test_permission (void)
{
  g_autofree char *path = new_document ("private.dpp2");
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may read and write every file");
      return;
    }
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  store = open_path (path, DPP2_STORE_OPEN_NONE, &error);
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  store = open_path (path, DPP2_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static Dpp2Store *
open_in_thread (const char  *path,
                GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  dpp2_store_open_async (file, DPP2_STORE_OPEN_NONE, NULL, opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return dpp2_store_open_finish (result, error);
}

/* Opening in a worker thread gives what opening in place gives: the document with its
 * lock taken, or the same error. */
static void
test_open_async (void)
{
  g_autofree char *path = new_document ("async.dpp2");
  g_autofree char *missing = dpp2_test_tmp_path ("async-missing.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(Dpp2Store) again = NULL;
  g_autoptr(Dpp2Organisation) organisation = NULL;
  gint64 pid = 0;

  store = open_in_thread (path, &error);
  g_assert_no_error (error);
  g_assert_true (DPP2_IS_STORE (store));
  g_assert_false (dpp2_store_get_read_only (store));
  g_assert_true (dpp2_store_peek_lock (file, NULL, &pid, NULL, &error));
  g_assert_cmpint (pid, ==, getpid ());

  /* The store works in this thread: a change is written and seen. */
  organisation = g_object_ref (dpp2_store_get_organisation (store));
  g_assert_true (dpp2_store_update (store, organisation, &error, "name", tricky, NULL));
  g_assert_no_error (error);
  g_assert_cmpstr (dpp2_organisation_get_name (organisation), ==, tricky);

  again = open_in_thread (path, &error);
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED);
  g_assert_null (again);
  g_clear_error (&error);

  g_assert_null (open_in_thread (missing, &error));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Migration backups go to the user's data folder: keep them here. */
  g_setenv ("XDG_DATA_HOME", dpp2_test_tmpdir (), TRUE);

  g_test_add_func ("/store/settings", test_settings);
  g_test_add_func ("/store/byte-for-byte", test_byte_for_byte);
  g_test_add_func ("/store/refused", test_refused);
  g_test_add_func ("/store/lock", test_lock);
  g_test_add_func ("/store/open-async", test_open_async);
  g_test_add_func ("/store/read-only", test_read_only);
  g_test_add_func ("/store/save-copy", test_save_copy);
  g_test_add_func ("/store/fixtures", test_fixtures);
  g_test_add_func ("/store/example", test_example);
  g_test_add_func ("/store/failed-write", test_failed_write);
  g_test_add_func ("/store/disk-full", test_disk_full);
  g_test_add_func ("/store/migration", test_migration);
  g_test_add_func ("/store/permission", test_permission);

  return g_test_run ();
}
