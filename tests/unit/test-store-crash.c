/* test-store-crash.c — a writer killed at random moments loses nothing it reported
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dpp2-test-support.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"

#define N_ROUNDS 20

/* The child: commits gestures of two inserts each, and reports a gesture
 * on stdout only after its commit returned. */
static int
child_main (const char *path,
            guint       first)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }
  for (guint n = first;; n++)
    {
      g_autofree char *a = g_strdup_printf ("p%u a", n);
      g_autofree char *b = g_strdup_printf ("p%u b", n);
      g_autoptr(Dpp2Person) pa = g_object_new (DPP2_TYPE_PERSON, "name", a, NULL);
      g_autoptr(Dpp2Person) pb = g_object_new (DPP2_TYPE_PERSON, "name", b, NULL);

      if (!dpp2_store_begin_change (store, "pair", &error) ||
          !dpp2_store_insert (store, pa, &error) ||
          !dpp2_store_insert (store, pb, &error) ||
          !dpp2_store_commit_change (store, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 3;
        }
      /* Keep the undo stack from growing without bound. */
      if (n % 3 == 0)
        g_object_set (pa, "email", "x@example.org", NULL);
      printf ("%u\n", n);
      fflush (stdout);
    }
  return 0;
}

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

static void
test_crash (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("crash.dpp2");
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint total_reported = 0;

  {
    g_autoptr(Dpp2Store) store = dpp2_store_create (file, "Crash", &error);
    g_assert_no_error (error);
    dpp2_store_close (store, &error);
    g_assert_no_error (error);
  }
  g_assert_nonnull (self);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autofree char *first = g_strdup_printf ("%u", round * 100000);
      const char *argv[] = { self, "--child", path, first, NULL };
      g_autoptr(GString) out = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      g_autoptr(Dpp2Store) store = NULL;
      g_autofree char *check = NULL;
      GPid pid;
      int out_fd, status;
      char buf[4096];
      gssize n;
      guint reported = 0;
      sqlite3 *db;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* Let it commit for a while, then kill it mid-flight. */
      g_usleep (g_rand_int_range (rand, 30, 400) * 1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      while ((n = read (out_fd, buf, sizeof buf)) > 0)
        g_string_append_len (out, buf, n);
      close (out_fd);

      /* A stale lock of a dead process on this computer does not stop the
       * next open, and a journal left behind is rolled back by it. */
      store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
      g_assert_no_error (error);
      db = dpp2_store_get_db (store);
      {
        sqlite3_stmt *stmt = NULL;
        sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        sqlite3_finalize (stmt);
      }
      g_assert_cmpstr (check, ==, "ok");
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

      /* Only whole lines count: the last one may have been cut off. */
      lines = g_strsplit (out->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM person WHERE name IN "
                                                  "('p%s a', 'p%s b')", lines[i], lines[i]);
          g_assert_cmpint (query_int (db, sql), ==, 2);
          reported++;
        }
      /* Gestures are atomic: no half pair in the file. */
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE name LIKE 'p% a'"), ==,
                       query_int (db, "SELECT count(*) FROM person WHERE name LIKE 'p% b'"));
      g_test_message ("round %u: %u gestures reported", round, reported);
      total_reported += reported;
      dpp2_store_close (store, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (total_reported, >, N_ROUNDS);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash", test_crash);

  return g_test_run ();
}
