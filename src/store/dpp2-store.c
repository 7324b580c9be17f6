/* dpp2-store.c — an organisation document: open, create, lock, close, copy
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-store"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dpp2-store-private.h"
#include "dpp2-store-internal.h"
#include "store/dpp2-store-resources.h"

#define SQL_RESOURCE_DIR "/com/dpp2/Toolkit/store/sql"

G_DEFINE_FINAL_TYPE (Dpp2Store, dpp2_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  WRITE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (dpp2-store-error-quark, dpp2_store_error)

/* --- Errors ------------------------------------------------------------ */

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

/* Turns an SQLite failure into a message that names the file, says what
 * is wrong and what to do; the SQLite text is only appended for support. */
gboolean
dpp2_store_set_sqlite_error (const char  *path,
                             sqlite3     *db,
                             int          rc,
                             gboolean     writing,
                             GError     **error)
{
  g_autofree char *name = display_name (path != NULL ? path : "");
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY,
                   _("“%s” was not closed properly and must be repaired, which cannot be "
                     "done read-only. Open it normally once to repair it."), name);
      return FALSE;
    }

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                   _("Could not save the change to “%s”: the disk is full. "
                     "Free up disk space and try again."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      if (writing)
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                     _("Could not save the change to “%s”: the file or its folder cannot be "
                       "written to. Check the permissions, or save a copy in another folder."),
                     name);
      else
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION,
                     _("Could not open “%s”: permission denied. "
                       "Ask the owner of the file for access."), name);
      break;
    case SQLITE_IOERR:
      /* Whole sentences, so that translators need not glue a verb into another string. */
      if (writing)
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                     _("Could not save the change to “%s”: the disk reported an error (%s). "
                       "Check the disk or the network connection and try again."),
                     name, detail);
      else
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_CORRUPT,
                     _("Could not read “%s”: the disk reported an error (%s). "
                       "Check the disk or the network connection and try again."),
                     name, detail);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be used. "
                     "Open a backup copy of the organisation instead."), name);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is not a DPP2 Toolkit organisation document. "
                     "Choose a file that ends in .dpp2."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED,
                   _("“%s” is being changed by another program. "
                     "Wait a moment and try again."), name);
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                   _("The change to “%s” was refused because it is not valid (%s). "
                     "Nothing was changed."), name, detail);
      break;
    default:
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_FAILED,
                   _("Could not use “%s” (%s). Try again, or open a backup copy."),
                   name, detail);
      break;
    }
  return FALSE;
}

static gboolean
set_error_not_a_document (const char *path,
                          GError    **error)
{
  g_autofree char *name = display_name (path);

  g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_A_DOCUMENT,
               _("“%s” is not a DPP2 Toolkit organisation document. "
                 "Choose a file that ends in .dpp2."), name);
  return FALSE;
}

static gboolean
set_error_corrupt (const char *path,
                   GError    **error)
{
  g_autofree char *name = display_name (path);

  g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_CORRUPT,
               _("“%s” is damaged and cannot be used. "
                 "Open a backup copy of the organisation instead."), name);
  return FALSE;
}

static gboolean
set_error_newer (const char *path,
                 GError    **error)
{
  g_autofree char *name = display_name (path);

  g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NEWER_VERSION,
               _("“%s” was saved by a newer version of DPP2 Toolkit. "
                 "Install the newest version to open it."), name);
  return FALSE;
}

/* --- Connections ------------------------------------------------------- */

gboolean
dpp2_store_exec (sqlite3    *db,
                 const char *sql,
                 GError    **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return dpp2_store_set_sqlite_error (sqlite3_db_filename (db, "main"), db, rc, TRUE, error);
  return TRUE;
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc_out != NULL)
    *rc_out = rc;
  return value;
}

/* The settings every connection gets. The pragmas are per connection, so
 * this runs on every open, including read-only validation. */
static gboolean
configure_db (sqlite3    *db,
              const char *path,
              gboolean    writable,
              GError    **error)
{
  int rc;

  sqlite3_extended_result_codes (db, 1);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_busy_timeout (db, 3000);

  rc = sqlite3_exec (db,
                     "PRAGMA trusted_schema = OFF;"
                     "PRAGMA cell_size_check = ON;"
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA synchronous = FULL;",
                     NULL, NULL, NULL);
  /* Only a writer may change the journal mode; DELETE keeps the document
   * one self-contained file (no -wal next to it to lose when copying). */
  if (rc == SQLITE_OK && writable)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return dpp2_store_set_sqlite_error (path, db, rc, FALSE, error);
  return TRUE;
}

static char *
path_to_uri (const char *path,
             const char *mode)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  return g_strdup_printf ("%s?mode=%s", uri, mode);
}

/* Opens with the URI API so the mode is explicit: "ro" can never create
 * or change the file. */
static sqlite3 *
open_db (const char *path,
         const char *mode,
         GError    **error)
{
  g_autofree char *uri = path_to_uri (path, mode);
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc;

  flags |= g_str_equal (mode, "ro") ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (g_str_equal (mode, "rwc"))
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (uri, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      dpp2_store_set_sqlite_error (path, db, rc, FALSE, error);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* --- Migrations -------------------------------------------------------- */

static char **
list_steps (void)
{
  g_auto(GStrv) names = NULL;
  GPtrArray *steps = g_ptr_array_new ();

  /* Referencing the resource keeps its object file (and the constructor
   * that registers it) in programs that link the static library. */
  (void) dpp2_store_get_resource ();
  names = g_resources_enumerate_children (SQL_RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_ascii_isdigit (names[i][0]) && g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (steps, g_strdup (names[i]));
  g_ptr_array_sort (steps, (GCompareFunc) g_ascii_strcasecmp);
  g_ptr_array_add (steps, NULL);
  return (char **) g_ptr_array_free (steps, FALSE);
}

static int
step_number (const char *name)
{
  return (int) g_ascii_strtoll (name, NULL, 10);
}

/* A step that a test adds after the shipped ones, to exercise migration
 * and the backup before it. */
static int test_step_version;
static char *test_step_sql;

void
dpp2_store_add_migration_for_testing (int         version,
                                      const char *sql)
{
  test_step_version = version;
  g_free (test_step_sql);
  test_step_sql = g_strdup (sql);
}

/**
 * dpp2_store_get_schema_version:
 *
 * Returns: the `user_version` this build writes: the number of the last
 *   migration step
 */
int
dpp2_store_get_schema_version (void)
{
  static gsize version;

  /* Documents may be opened in worker threads (dpp2_store_open_async). */
  if (g_once_init_enter (&version))
    {
      g_auto(GStrv) steps = list_steps ();
      guint n = g_strv_length (steps);

      g_assert (n > 0);
      g_once_init_leave (&version, step_number (steps[n - 1]));
    }
  return MAX ((int) version, test_step_version);
}

/* Each step and its user_version go in one transaction, so a crash leaves
 * the document at a whole version. */
static gboolean
migrate_db (sqlite3    *db,
            const char *path,
            int         from,
            GError    **error)
{
  g_auto(GStrv) steps = list_steps ();

  for (guint i = 0; steps[i] != NULL; i++)
    {
      int n = step_number (steps[i]);
      g_autofree char *resource = NULL;
      g_autofree char *tail = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      int rc;

      if (n <= from)
        continue;

      resource = g_strconcat (SQL_RESOURCE_DIR "/", steps[i], NULL);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      g_assert_no_error (local_error);
      tail = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                              DPP2_STORE_APPLICATION_ID, n);

      if (!dpp2_store_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      rc = sqlite3_exec (db, g_bytes_get_data (bytes, NULL), NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, tail, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_autofree char *name = display_name (path);

          g_warning ("Migration step %s failed on %s: %s", steps[i], path, sqlite3_errmsg (db));
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return dpp2_store_set_sqlite_error (path, db, rc, TRUE, error);
        }
    }
  if (test_step_sql != NULL && test_step_version > from)
    {
      g_autofree char *tail = g_strdup_printf ("PRAGMA user_version = %d;", test_step_version);
      int rc;

      if (!dpp2_store_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      rc = sqlite3_exec (db, test_step_sql, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, tail, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return dpp2_store_set_sqlite_error (path, db, rc, TRUE, error);
        }
    }
  return TRUE;
}

/* Copies a database page by page, consistently, from an open connection. */
static gboolean
backup_db (sqlite3    *src,
           const char *dest_path,
           GError    **error)
{
  sqlite3 *dest;
  sqlite3_backup *backup;
  int rc;

  dest = open_db (dest_path, "rwc", error);
  if (dest == NULL)
    return FALSE;

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (dest);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  /* A copy is never in use: it must not carry our lock. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE; DELETE FROM document_lock;",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    dpp2_store_set_sqlite_error (dest_path, dest, rc, TRUE, error);
  sqlite3_close (dest);
  return rc == SQLITE_OK;
}

static gboolean
backup_before_migration (sqlite3    *src,
                         const char *path,
                         GError    **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "dpp2-toolkit", "backups", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = NULL;
  g_autofree char *dest = NULL;

  if (g_str_has_suffix (base, ".dpp2"))
    base[strlen (base) - 5] = '\0';
  stem = g_strdup_printf ("%s-%s", base, date);
  dest = g_strdup_printf ("%s/%s.dpp2", dir, stem);
  for (guint i = 2; g_file_test (dest, G_FILE_TEST_EXISTS); i++)
    {
      g_free (dest);
      dest = g_strdup_printf ("%s/%s-%u.dpp2", dir, stem, i);
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                   _("Could not keep a backup before updating “%s”: %s. "
                     "Free up space in your home folder and try again."),
                   base, g_strerror (saved_errno));
      return FALSE;
    }
  g_debug ("Backing up %s to %s before migrating", path, dest);
  return backup_db (src, dest, error);
}

/* --- Validation -------------------------------------------------------- */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Checks the file with plain reads before SQLite sees it, so that a file
 * that is not ours is never touched by SQLite at all. */
static gboolean
check_file (const char *path,
            GError    **error)
{
  g_autofree char *name = display_name (path);
  GStatBuf st;
  guint8 header[100];
  guint32 page_size;
  guint32 n_pages;
  gssize n;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist. It may have been moved, renamed or deleted."),
                     name);
      else
        g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION,
                     _("Could not open “%s”: %s. Ask the owner of the file for access."),
                     name, g_strerror (saved_errno));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not an organisation document. "
                     "Choose a file that ends in .dpp2."), name);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION,
                   _("You do not have permission to read “%s” (%s). "
                     "Ask the owner of the file for access."),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return set_error_not_a_document (path, error);
  if (read_be32 (header + 68) != DPP2_STORE_APPLICATION_ID)
    return set_error_not_a_document (path, error);
  if ((gint32) read_be32 (header + 60) > dpp2_store_get_schema_version ())
    return set_error_newer (path, error);

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    return set_error_corrupt (path, error);
  if (st.st_size % page_size != 0)
    return set_error_corrupt (path, error);
  /* The page count in the header is valid when its "version valid for"
   * matches the change counter; then a shorter file was truncated. */
  n_pages = read_be32 (header + 28);
  if (read_be32 (header + 24) == read_be32 (header + 92) &&
      (guint64) st.st_size < (guint64) n_pages * page_size)
    return set_error_corrupt (path, error);

  return TRUE;
}

/* Checks what only SQLite can tell, on a connection of either mode. */
static gboolean
check_db (sqlite3    *db,
          const char *path,
          int        *user_version,
          GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 app_id;
  gint64 version;
  gboolean ok = FALSE;
  int rc;

  app_id = query_int (db, "PRAGMA application_id", &rc);
  if (rc != SQLITE_OK)
    return dpp2_store_set_sqlite_error (path, db, rc, FALSE, error);
  if (app_id != DPP2_STORE_APPLICATION_ID)
    return set_error_not_a_document (path, error);

  version = query_int (db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    return dpp2_store_set_sqlite_error (path, db, rc, FALSE, error);
  if (version > dpp2_store_get_schema_version ())
    return set_error_newer (path, error);
  if (version < 1)
    return set_error_not_a_document (path, error);

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      if (!ok)
        g_debug ("quick_check of %s: %s", path, sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return dpp2_store_set_sqlite_error (path, db, rc, FALSE, error);
  if (!ok)
    return set_error_corrupt (path, error);

  *user_version = (int) version;
  return TRUE;
}

/* --- Lock -------------------------------------------------------------- */

static gboolean
read_lock (sqlite3    *db,
           char      **host,
           gint64     *pid,
           gint64     *since)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT host, pid, since FROM document_lock WHERE id = 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      *host = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *pid = sqlite3_column_int64 (stmt, 1);
      *since = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_finalize (stmt);
  return found;
}

/* A lock left by a process of this computer that no longer runs is stale
 * (a crash); another computer's lock can never be checked. */
static gboolean
lock_is_stale (const char *host,
               gint64      pid)
{
  if (g_strcmp0 (host, g_get_host_name ()) != 0)
    return FALSE;
  if (pid == getpid ())
    return FALSE;
  return pid <= 0 || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH);
}

static void
set_locked_error (const char *path,
                  const char *host,
                  gint64      since,
                  GError    **error)
{
  g_autofree char *name = display_name (path);
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (since);
  g_autofree char *when = dt != NULL ? g_date_time_format (dt, "%x %X") : g_strdup ("?");

  g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED,
               _("“%s” is in use on computer “%s” since %s. Open it read-only, or open it "
                 "anyway if you are sure it is no longer in use."),
               name, host, when);
}

/**
 * dpp2_store_peek_lock:
 * @file: an organisation document
 * @host: (out) (optional): the computer that has it open
 * @pid: (out) (optional): the process id there
 * @since: (out) (optional): when it was opened
 * @error: return location for an error
 *
 * Reads the lock of a document without changing it, for a dialog that
 * says who has it open.
 *
 * Returns: %TRUE if the document is locked (and the out values are set);
 *   %FALSE with @error unset if it is not locked
 */
gboolean
dpp2_store_peek_lock (GFile      *file,
                      char      **host,
                      gint64     *pid,
                      GDateTime **since,
                      GError    **error)
{
  g_autofree char *path = NULL;
  g_autofree char *lock_host = NULL;
  gint64 lock_pid = 0;
  gint64 lock_since = 0;
  gboolean locked;
  sqlite3 *db;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL || !check_file (path, error))
    {
      if (path == NULL)
        g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_FOUND,
                             _("Only documents on this computer can be opened."));
      return FALSE;
    }
  db = open_db (path, "ro", error);
  if (db == NULL)
    return FALSE;
  configure_db (db, path, FALSE, NULL);
  locked = read_lock (db, &lock_host, &lock_pid, &lock_since);
  sqlite3_close (db);

  if (locked)
    {
      if (host != NULL)
        *host = g_steal_pointer (&lock_host);
      if (pid != NULL)
        *pid = lock_pid;
      if (since != NULL)
        *since = g_date_time_new_from_unix_local (lock_since);
    }
  return locked;
}

static gboolean
write_lock (Dpp2Store *self,
            GError   **error)
{
  g_autoptr(Dpp2SqlText) sql = sqlite3_mprintf ("INSERT OR REPLACE INTO document_lock (id, host, pid, since) "
                                          "VALUES (1, %Q, %lld, %lld)",
                                          g_get_host_name (), (long long) getpid (),
                                          (long long) (g_get_real_time () / G_USEC_PER_SEC));
  if (!dpp2_store_exec (self->db, sql, error))
    return FALSE;
  self->lock_written = TRUE;
  return TRUE;
}

static void
clear_lock (Dpp2Store *self)
{
  g_autoptr(Dpp2SqlText) sql = NULL;

  if (!self->lock_written)
    return;
  sql = sqlite3_mprintf ("DELETE FROM document_lock WHERE host = %Q AND pid = %lld",
                         g_get_host_name (), (long long) getpid ());
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_warning ("Could not remove the lock of %s: %s", self->path, sqlite3_errmsg (self->db));
  self->lock_written = FALSE;
}

/* --- Object ------------------------------------------------------------ */

static void
dpp2_store_dispose (GObject *object)
{
  Dpp2Store *self = DPP2_STORE (object);

  if (!self->closed)
    dpp2_store_close (self, NULL);

  G_OBJECT_CLASS (dpp2_store_parent_class)->dispose (object);
}

static void
dpp2_store_finalize (GObject *object)
{
  Dpp2Store *self = DPP2_STORE (object);

  dpp2_store_free_tables (self);
  g_clear_pointer (&self->lists_by_key, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dpp2_store_parent_class)->finalize (object);
}

static void
dpp2_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  Dpp2Store *self = DPP2_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dpp2_store_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, dpp2_store_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, dpp2_store_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, dpp2_store_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_store_class_init (Dpp2StoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dpp2_store_dispose;
  object_class->finalize = dpp2_store_finalize;
  object_class->get_property = dpp2_store_get_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * Dpp2Store::write-failed:
   * @self: the store
   * @error: what went wrong, with a message for the user
   *
   * Emitted when a write that had no caller to return an error to failed,
   * e.g. a g_object_set() on a record bound to an entry. The change was
   * rolled back and the records show what is in the file again.
   */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
dpp2_store_init (Dpp2Store *self)
{
  self->lists_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo_stack = g_ptr_array_new_with_free_func (dpp2_undo_step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (dpp2_undo_step_free);
}

void
dpp2_store_notify_undo_state (Dpp2Store *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

void
dpp2_store_report_error (Dpp2Store    *self,
                         const GError *error)
{
  g_debug ("Write to %s failed: %s", self->path, error->message);
  g_signal_emit (self, signals[WRITE_FAILED], 0, error);
}

sqlite3 *
dpp2_store_get_db (Dpp2Store *self)
{
  return self->db;
}

/* --- Open -------------------------------------------------------------- */

/**
 * dpp2_store_open:
 * @file: an organisation document (a local file)
 * @flags: %DPP2_STORE_OPEN_READ_ONLY to refuse every write,
 *   %DPP2_STORE_OPEN_IGNORE_LOCK to open a document that another
 *   program seems to have open ("Open Anyway")
 * @cancellable: (nullable): not used yet
 * @error: return location for a #DPP2_STORE_ERROR
 *
 * Validates the file read-only first (header, application id, version,
 * quick_check), so a refused file is never modified; then opens it for
 * writing, takes the lock and migrates it (after a backup) if it is older.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
Dpp2Store *
dpp2_store_open (GFile               *file,
                 Dpp2StoreOpenFlags   flags,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(Dpp2Store) self = NULL;
  g_autofree char *path = NULL;
  g_autofree char *journal = NULL;
  gboolean read_only = (flags & DPP2_STORE_OPEN_READ_ONLY) != 0;
  int version = 0;
  sqlite3 *db;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_NOT_FOUND,
                           _("Only documents on this computer can be opened. "
                             "Copy the document to a local folder first."));
      return NULL;
    }
  if (!check_file (path, error))
    return NULL;

  /* A journal left by a crash must be rolled back before the file can be
   * read consistently. That restores the last committed state, which is
   * what the user saved; a read-only connection cannot do it. */
  journal = g_strconcat (path, "-journal", NULL);
  if (g_file_test (journal, G_FILE_TEST_EXISTS) && !read_only)
    db = open_db (path, "rw", error);
  else
    db = open_db (path, "ro", error);
  if (db == NULL)
    return NULL;
  if (!configure_db (db, path, FALSE, error) || !check_db (db, path, &version, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  self = g_object_new (DPP2_TYPE_STORE, NULL);
  self->file = g_object_ref (file);
  self->path = g_strdup (path);
  self->read_only = read_only;

  if (read_only)
    {
      if (version < dpp2_store_get_schema_version ())
        {
          g_autofree char *name = display_name (path);
          sqlite3_close (db);
          g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY,
                       _("“%s” was made by an older version and must be updated, which "
                         "cannot be done read-only. Open it normally to update it."), name);
          return NULL;
        }
      sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);
      self->db = db;
    }
  else
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *name = display_name (path);
      g_autofree char *lock_host = NULL;
      gint64 lock_pid = 0;
      gint64 lock_since = 0;

      if (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
        {
          sqlite3_close (db);
          g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_PERMISSION,
                       _("You do not have permission to change “%s” or its folder. "
                         "Open it read-only, or save a copy in a folder of your own."), name);
          return NULL;
        }

      if (read_lock (db, &lock_host, &lock_pid, &lock_since) &&
          (flags & DPP2_STORE_OPEN_IGNORE_LOCK) == 0 &&
          !lock_is_stale (lock_host, lock_pid))
        {
          sqlite3_close (db);
          set_locked_error (path, lock_host, lock_since, error);
          return NULL;
        }

      if (version < dpp2_store_get_schema_version () &&
          !backup_before_migration (db, path, error))
        {
          sqlite3_close (db);
          return NULL;
        }
      sqlite3_close (db);

      self->db = open_db (path, "rw", error);
      if (self->db == NULL || !configure_db (self->db, path, TRUE, error))
        return NULL;
      if (!migrate_db (self->db, path, version, error))
        return NULL;
      if (!write_lock (self, error))
        return NULL;
    }

  if (!dpp2_store_init_tables (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

typedef struct
{
  GFile              *file;
  Dpp2StoreOpenFlags  flags;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_object_unref (data->file);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  Dpp2Store *store;

  store = dpp2_store_open (data->file, data->flags, cancellable, &error);
  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * dpp2_store_open_async:
 * @file: the document
 * @flags: how to open it
 * @cancellable: (nullable): a cancellable
 * @callback: called in the thread-default main context when @file is open
 *   or could not be opened
 * @user_data: data for @callback
 *
 * Opens @file as dpp2_store_open() does, in a worker thread: checking a large
 * document takes long enough to be worth doing while something else happens,
 * such as GTK starting. The store is handed over when the thread is done, and
 * is used from then on in the thread that called this.
 */
void
dpp2_store_open_async (GFile               *file,
                       Dpp2StoreOpenFlags   flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (OpenData, 1);
  data->file = g_object_ref (file);
  data->flags = flags;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dpp2_store_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * dpp2_store_open_finish:
 * @result: the result given to the callback of dpp2_store_open_async()
 * @error: return location for an error, as dpp2_store_open() sets it
 *
 * Returns: (transfer full) (nullable): the open document, or %NULL
 */
Dpp2Store *
dpp2_store_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dpp2_store_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dpp2_store_close:
 * @self: a store
 * @error: return location for an error
 *
 * Removes the lock and closes the file. Records and lists stay valid
 * objects but are detached and empty. Closing twice is harmless.
 *
 * Returns: %TRUE if the file was closed cleanly
 */
gboolean
dpp2_store_close (Dpp2Store *self,
                  GError   **error)
{
  int rc = SQLITE_OK;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);

  if (self->closed)
    return TRUE;
  self->closed = TRUE;

  if (self->change_depth > 0)
    {
      g_warning ("Closing %s with an open change; rolling it back", self->path);
      self->change_depth = 1;
      dpp2_store_rollback_change (self);
    }

  dpp2_store_detach_all (self);
  if (self->db != NULL)
    {
      clear_lock (self);
      dpp2_store_finalize_statements (self);
      rc = sqlite3_close (self->db);
      if (rc != SQLITE_OK)
        dpp2_store_set_sqlite_error (self->path, self->db, rc, TRUE, error);
      self->db = NULL;
    }
  return rc == SQLITE_OK;
}

/**
 * dpp2_store_is_closed:
 * @self: a store
 *
 * Returns: %TRUE after dpp2_store_close()
 */
gboolean
dpp2_store_is_closed (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), TRUE);

  return self->closed;
}

/**
 * dpp2_store_get_file:
 * @self: a store
 *
 * Returns: (transfer none): the document file
 */
GFile *
dpp2_store_get_file (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), NULL);

  return self->file;
}

/**
 * dpp2_store_get_read_only:
 * @self: a store
 *
 * Returns: %TRUE if the document was opened read-only: every write fails
 *   with %DPP2_STORE_ERROR_READ_ONLY, so the window disables editing
 */
gboolean
dpp2_store_get_read_only (Dpp2Store *self)
{
  g_return_val_if_fail (DPP2_IS_STORE (self), TRUE);

  return self->read_only;
}

/* --- New documents and copies ------------------------------------------ */

static char *
make_temp_path (const char *dest,
                GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (dest);
  g_autofree char *base = g_path_get_basename (dest);
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s-XXXXXX", dir, base);
  int fd;

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = display_name (dir);
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                   _("Could not write in the folder “%s”: %s. "
                     "Choose another folder."), name, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmpl);
}

static gboolean
rename_into_place (const char *tmp,
                   const char *dest,
                   GError    **error)
{
  if (g_rename (tmp, dest) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = display_name (dest);
      g_set_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                   _("Could not save “%s”: %s. Choose another name or folder."),
                   name, g_strerror (saved_errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

/* Writes a complete new document under a temporary name and moves it into
 * place, so a half-written document never has the final name. */
gboolean
dpp2_store_write_new (GFile            *file,
                      Dpp2StoreFillFunc fill,
                      gpointer          user_data,
                      GError          **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *tmp = NULL;
  sqlite3 *db;
  gboolean ok;

  if (path == NULL)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                           _("Documents can only be saved on this computer."));
      return FALSE;
    }
  tmp = make_temp_path (path, error);
  if (tmp == NULL)
    return FALSE;

  db = open_db (tmp, "rw", error);
  ok = db != NULL &&
       configure_db (db, tmp, TRUE, error) &&
       migrate_db (db, tmp, 0, error) &&
       dpp2_store_exec (db, "BEGIN IMMEDIATE", error) &&
       (fill == NULL || fill (db, user_data, error)) &&
       dpp2_store_exec (db, "COMMIT", error);
  if (db != NULL && sqlite3_close (db) != SQLITE_OK)
    ok = FALSE;
  if (!ok)
    {
      g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
      g_unlink (tmp);
      g_unlink (journal);
      return FALSE;
    }
  return rename_into_place (tmp, path, error);
}

static gboolean
fill_organisation (sqlite3   *db,
                   gpointer   user_data,
                   GError   **error)
{
  g_autoptr(Dpp2SqlText) sql = sqlite3_mprintf ("INSERT INTO organisation (id, name) VALUES (1, %Q)",
                                          (const char *) user_data);
  return dpp2_store_exec (db, sql, error);
}

/**
 * dpp2_store_create:
 * @file: where to write the new document; an existing file is replaced
 * @organisation_name: the name of the organisation
 * @error: return location for an error
 *
 * Returns: (transfer full): the new document, open for writing
 */
Dpp2Store *
dpp2_store_create (GFile      *file,
                   const char *organisation_name,
                   GError    **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (organisation_name != NULL, NULL);

  if (!dpp2_store_write_new (file, fill_organisation, (gpointer) organisation_name, error))
    return NULL;
  return dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, error);
}

/**
 * dpp2_store_save_copy:
 * @self: a store
 * @dest: where to write the copy; an existing file is replaced
 * @error: return location for an error
 *
 * Writes a consistent copy (SQLite backup API) to a temporary name next
 * to @dest and renames it into place. The open document is not touched.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_save_copy (Dpp2Store *self,
                      GFile     *dest,
                      GError   **error)
{
  g_autofree char *path = NULL;
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (DPP2_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  if (self->closed)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_CLOSED,
                           _("The document is closed."));
      return FALSE;
    }
  /* The backup API would copy the uncommitted rows of an open change. */
  if (self->change_depth > 0)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                           "Cannot save a copy while a change is open");
      return FALSE;
    }
  path = g_file_get_path (dest);
  if (path == NULL)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_WRITE_FAILED,
                           _("Documents can only be saved on this computer."));
      return FALSE;
    }
  if (g_strcmp0 (path, self->path) == 0)
    {
      g_set_error_literal (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID,
                           _("A copy cannot replace the document itself. Choose another name."));
      return FALSE;
    }
  tmp = make_temp_path (path, error);
  if (tmp == NULL)
    return FALSE;
  if (!backup_db (self->db, tmp, error))
    {
      g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
      g_unlink (tmp);
      g_unlink (journal);
      return FALSE;
    }
  return rename_into_place (tmp, path, error);
}

/* --- Testing ----------------------------------------------------------- */

/* A text image of the whole database (schema and rows, in rowid order),
 * for tests that compare documents. */
char *
dpp2_store_dump_db (sqlite3 *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                          "ORDER BY type, name", -1, &tables, NULL);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      const char *sql = (const char *) sqlite3_column_text (tables, 1);
      g_autoptr(Dpp2SqlText) query = NULL;
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "%s;\n", sql);
      if (!g_str_has_prefix (sql, "CREATE TABLE"))
        continue;
      query = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY rowid", name);
      sqlite3_prepare_v2 (db, query, -1, &rows, NULL);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          g_string_append_printf (out, "%s:", name);
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            {
              switch (sqlite3_column_type (rows, i))
                {
                case SQLITE_NULL:
                  g_string_append (out, " NULL");
                  break;
                case SQLITE_INTEGER:
                  g_string_append_printf (out, " %lld", (long long) sqlite3_column_int64 (rows, i));
                  break;
                case SQLITE_FLOAT:
                  g_string_append_printf (out, " %.17g", sqlite3_column_double (rows, i));
                  break;
                default:
                  {
                    g_autoptr(Dpp2SqlText) q = sqlite3_mprintf (" %Q", sqlite3_column_text (rows, i));
                    g_string_append (out, q);
                  }
                }
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return g_string_free (out, FALSE);
}
