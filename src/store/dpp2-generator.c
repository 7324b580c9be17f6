/* dpp2-generator.c — example and large organisations
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-store"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "dpp2-generator.h"
#include "dpp2-store-internal.h"

/* "Today" of generated documents, fixed so that the same options give the
 * same file: 4 December 2026, 12:00 UTC. */
#define GENERATOR_TODAY G_GINT64_CONSTANT (1796385600)
#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)

static gint64
date_to_unix (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (date == NULL || sscanf (date, "%d-%d-%d", &y, &m, &d) != 3)
    return GENERATOR_TODAY;
  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  return dt != NULL ? g_date_time_to_unix (dt) : GENERATOR_TODAY;
}

static char *
unix_to_date (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return dpp2_store_set_sqlite_error (sqlite3_db_filename (db, "main"), db, rc, TRUE, error);
  return TRUE;
}

static void
bind_ref (sqlite3_stmt *stmt,
          int           pos,
          gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, pos);
  else
    sqlite3_bind_int64 (stmt, pos, id);
}

static gboolean
add_move (sqlite3      *db,
          sqlite3_stmt *stmt,
          gint64        card,
          gint64        time,
          gint64        from_sprint,
          gint64        from_column,
          gint64        to_sprint,
          gint64        to_column,
          gint64        points,
          GError      **error)
{
  sqlite3_bind_int64 (stmt, 1, card);
  sqlite3_bind_int64 (stmt, 2, time);
  bind_ref (stmt, 3, from_sprint);
  bind_ref (stmt, 4, from_column);
  bind_ref (stmt, 5, to_sprint);
  bind_ref (stmt, 6, to_column);
  sqlite3_bind_int64 (stmt, 7, points);
  return step_done (db, stmt, error);
}

/* Writes the card history that leads to the current board: each card was
 * created in the backlog, planned into its sprint a few days before the
 * start, and moved one column at a time during the sprint (up to today for
 * the active sprint). So burndown and flow charts match the board. */
static gboolean
derive_history (sqlite3 *db,
                gint64   today,
                GError **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *insert = NULL;
  gboolean ok = TRUE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT team_id, id FROM board_column ORDER BY team_id, position, id",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 team = sqlite3_column_int64 (stmt, 0);
      gint64 id = sqlite3_column_int64 (stmt, 1);
      GArray *ids = g_hash_table_lookup (columns, &team);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (columns, g_memdup2 (&team, sizeof team), ids);
        }
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT c.id, c.sprint_id, c.column_id, c.points, s.start_date, "
                             "s.end_date, s.state, s.team_id FROM card c "
                             "LEFT JOIN sprint s ON s.id = c.sprint_id ORDER BY c.id",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO card_history (card_id, time, from_sprint_id, "
                             "from_column_id, to_sprint_id, to_column_id, points) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             -1, &insert, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return dpp2_store_set_sqlite_error (sqlite3_db_filename (db, "main"), db, rc, TRUE, error);
    }

  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 card = sqlite3_column_int64 (stmt, 0);
      gint64 sprint = sqlite3_column_int64 (stmt, 1);
      gint64 column = sqlite3_column_int64 (stmt, 2);
      gint64 points = sqlite3_column_int64 (stmt, 3);
      gint64 start, end, span_end, created;
      int state = sqlite3_column_int (stmt, 6);
      gint64 team = sqlite3_column_int64 (stmt, 7);
      GArray *ids;
      guint k = 0;

      if (sprint == 0)
        {
          created = today - (30 + card % 60) * DAY + (card % 9) * HOUR;
          ok = add_move (db, insert, card, created, 0, 0, 0, 0, points, error);
          continue;
        }

      start = date_to_unix ((const char *) sqlite3_column_text (stmt, 4));
      end = date_to_unix ((const char *) sqlite3_column_text (stmt, 5)) + 17 * HOUR;
      created = start - (10 + card % 20) * DAY + (8 + card % 9) * HOUR;
      ids = g_hash_table_lookup (columns, &team);
      if (ids == NULL || ids->len == 0)
        {
          ok = add_move (db, insert, card, created, 0, 0, 0, 0, points, error) &&
               add_move (db, insert, card, start - 3 * DAY + 10 * HOUR, 0, 0, sprint, column,
                         points, error);
          continue;
        }
      while (k < ids->len && g_array_index (ids, gint64, k) != column)
        k++;
      if (k == ids->len)
        k = 0;

      ok = add_move (db, insert, card, created, 0, 0, 0, 0, points, error) &&
           add_move (db, insert, card, start - 3 * DAY + 10 * HOUR, 0, 0, sprint,
                     g_array_index (ids, gint64, 0), points, error);

      /* Closed sprints ran to their end; the active one runs until today. */
      span_end = state == DPP2_SPRINT_STATE_CLOSED ? end : MIN (today, end);
      for (guint j = 1; ok && j <= k; j++)
        {
          double frac = 0.55 + (double) (card * 37 % 45) / 100.0;
          gint64 t = start + 9 * HOUR + (gint64) ((span_end - start - 9 * HOUR) * frac * j / (k + 1));

          if (state == DPP2_SPRINT_STATE_PLANNED)
            t = start - 3 * DAY + (10 + j) * HOUR;
          ok = add_move (db, insert, card, t, sprint, g_array_index (ids, gint64, j - 1),
                         sprint, g_array_index (ids, gint64, j), points, error);
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (insert);
  return ok;
}

/**
 * dpp2_generator_options_init:
 * @options: options to fill in
 *
 * Sets the defaults of `dpp2-generate`: seed 1, 2,000 people, 60 teams,
 * 40 goals, 400 learning cases, 300 sprints and 20,000 cards.
 */
void
dpp2_generator_options_init (Dpp2GeneratorOptions *options)
{
  options->seed = 1;
  options->people = 2000;
  options->teams = 60;
  options->goals = 40;
  options->cases = 400;
  options->sprints = 300;
  options->cards = 20000;
}

static const char *first_names[] = {
  "Anna", "Bram", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hanneke", "Ibrahim", "Jasmijn",
  "Koen", "Latifa", "Maarten", "Noor", "Olaf", "Petra", "Quinten", "Rachida", "Sem", "Tamara",
  "Umut", "Vera", "Willem", "Xandra", "Yusuf", "Zoë", "Ahmed", "Bianca", "Cor", "Dewi",
};
static const char *last_names[] = {
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
  "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
  "van Leeuwen", "Dekker", "Brouwer", "El Idrissi", "Yılmaz", "Ramdin", "Nguyen", "Kaya",
};
static const char *job_titles[] = {
  "Verzorgende IG", "Verpleegkundige", "Helpende", "Teamleider", "Fysiotherapeut",
  "Ergotherapeut", "Wijkverpleegkundige", "Planner", "Praktijkopleider", "HR-adviseur",
};
static const char *departments[] = {
  "Verpleeghuiszorg", "Thuiszorg", "Behandeldienst", "HR & Opleidingen",
  "Kwaliteit & Veiligheid", "Welzijn", "Facilitair",
};
static const char *workplaces[] = {
  "Locatie De Linde", "Locatie Het Anker", "Locatie De Beuk", "Wijkteam Overvecht",
  "Wijkteam Zuilen", "Wijkteam Lunetten", "Centraal bureau",
};
static const char *goal_titles[] = {
  "Minder valincidenten", "Behoud van nieuwe medewerkers", "Minder ziekteverzuim",
  "Betere overdracht tussen diensten", "Minder medicatiefouten", "Meer eigen regie voor cliënten",
  "Sneller inwerken", "Minder inzet van uitzendkrachten",
};
static const char *card_verbs[] = {
  "Analyseren", "Uitproberen", "Bespreken", "Beschrijven", "Meten", "Oefenen", "Evalueren",
  "Voorbereiden", "Delen", "Observeren",
};
static const char *card_objects[] = {
  "overdracht", "valrisico", "medicatieronde", "inwerkplanning", "buddygesprek", "MDO",
  "werkinstructie", "teamoverleg", "cliëntgesprek", "nachtdienst", "roosterwensen",
};
static const char *column_names[] = { "Te doen", "Mee bezig", "Review", "Klaar" };

#define PICK(rand, array) (array[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

static gboolean
prepare_all (sqlite3       *db,
             const char   **sql,
             sqlite3_stmt **stmts,
             guint          n,
             GError       **error)
{
  for (guint i = 0; i < n; i++)
    {
      int rc = sqlite3_prepare_v2 (db, sql[i], -1, &stmts[i], NULL);
      if (rc != SQLITE_OK)
        return dpp2_store_set_sqlite_error (sqlite3_db_filename (db, "main"), db, rc, TRUE, error);
    }
  return TRUE;
}

enum { S_ORG, S_PERSON, S_TEAM, S_MEMBER, S_COLUMN, S_GOAL, S_CASE, S_SPRINT, S_CARD, N_STMTS };

static gboolean
fill_generated (sqlite3  *db,
                gpointer  user_data,
                GError  **error)
{
  const Dpp2GeneratorOptions *o = user_data;
  const char *sql[N_STMTS] = {
    "INSERT INTO organisation (id, name, sector, description) VALUES (1, ?1, ?2, ?3)",
    "INSERT INTO person (id, name, email, job_title, department, workplace) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO team (id, name, purpose, leader_id) VALUES (?1, ?2, ?3, ?4)",
    "INSERT INTO team_member (team_id, person_id, role) VALUES (?1, ?2, ?3)",
    "INSERT INTO board_column (id, team_id, name, position, wip_limit, is_done) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO goal (id, title, description, ambition, owner_id, status, start_date, target_date, "
    "kpi_name, kpi_unit, kpi_baseline, kpi_target, kpi_current, disciplines, position) "
    "VALUES (?1, ?2, ?3, ?4, ?5, 1, '2026-01-01', '2027-12-31', ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "INSERT INTO learning_case (id, goal_id, title, description, acceptance_criteria, team_id, status, "
    "priority, position, estimate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    "INSERT INTO sprint (id, team_id, name, goal, start_date, end_date, state, review, retrospective) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "INSERT INTO card (id, case_id, sprint_id, column_id, position, title, description, assignee_id, "
    "points, due_date, blocked, blocked_reason, kind, checklist) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, '', ?9, ?10, ?11, '')",
  };
  sqlite3_stmt *st[N_STMTS] = { NULL };
  g_autoptr(GRand) rand = g_rand_new_with_seed (o->seed);
  g_autoptr(GHashTable) positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gint64 *sprint_state = g_new0 (gint64, o->sprints + 1);
  g_autofree gint64 *sprint_team = g_new0 (gint64, o->sprints + 1);
  g_autofree guint *case_pos = g_new0 (guint, o->goals + 1);
  static const gint64 points[] = { 1, 2, 3, 5, 8 };
  gboolean ok;

  ok = prepare_all (db, sql, st, N_STMTS, error);

  if (ok)
    {
      g_autofree char *name = g_strdup_printf ("Gegenereerde zorgorganisatie %u", o->seed);
      sqlite3_bind_text (st[S_ORG], 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_ORG], 2, "Zorg", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_ORG], 3, "Een grote organisatie voor tests en metingen.", -1, SQLITE_STATIC);
      ok = step_done (db, st[S_ORG], error);
    }

  for (guint i = 1; ok && i <= o->people; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names));
      g_autofree char *email = g_strdup_printf ("medewerker%u@zorg.example", i);

      sqlite3_bind_int64 (st[S_PERSON], 1, i);
      sqlite3_bind_text (st[S_PERSON], 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_PERSON], 3, email, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_PERSON], 4, PICK (rand, job_titles), -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_PERSON], 5, PICK (rand, departments), -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_PERSON], 6, PICK (rand, workplaces), -1, SQLITE_STATIC);
      ok = step_done (db, st[S_PERSON], error);
    }

  for (guint i = 1; ok && i <= o->teams; i++)
    {
      g_autofree char *name = g_strdup_printf ("LPT %s %u", PICK (rand, departments), i);
      gint64 leader = g_rand_int_range (rand, 1, o->people + 1);
      guint n_members = g_rand_int_range (rand, 5, 11);

      sqlite3_bind_int64 (st[S_TEAM], 1, i);
      sqlite3_bind_text (st[S_TEAM], 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_TEAM], 3, "Samen leren in de dagelijkse praktijk.", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (st[S_TEAM], 4, leader);
      ok = step_done (db, st[S_TEAM], error);

      for (guint m = 0; ok && m < n_members; m++)
        {
          sqlite3_bind_int64 (st[S_MEMBER], 1, i);
          sqlite3_bind_int64 (st[S_MEMBER], 2, m == 0 ? leader : g_rand_int_range (rand, 1, o->people + 1));
          sqlite3_bind_text (st[S_MEMBER], 3, m == 0 ? "Teamleider" : "Lid", -1, SQLITE_STATIC);
          ok = step_done (db, st[S_MEMBER], error);
        }
      for (guint c = 0; ok && c < G_N_ELEMENTS (column_names); c++)
        {
          sqlite3_bind_int64 (st[S_COLUMN], 1, (i - 1) * G_N_ELEMENTS (column_names) + c + 1);
          sqlite3_bind_int64 (st[S_COLUMN], 2, i);
          sqlite3_bind_text (st[S_COLUMN], 3, column_names[c], -1, SQLITE_STATIC);
          sqlite3_bind_int64 (st[S_COLUMN], 4, c);
          sqlite3_bind_int64 (st[S_COLUMN], 5, c == 1 ? 5 : 0);
          sqlite3_bind_int (st[S_COLUMN], 6, c == G_N_ELEMENTS (column_names) - 1);
          ok = step_done (db, st[S_COLUMN], error);
        }
    }

  for (guint i = 1; ok && i <= o->goals; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s (%u)", PICK (rand, goal_titles), i);
      double baseline = g_rand_int_range (rand, 10, 40);

      sqlite3_bind_int64 (st[S_GOAL], 1, i);
      sqlite3_bind_text (st[S_GOAL], 2, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_GOAL], 3, "Gegenereerd organisatiedoel.", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_GOAL], 4, "Samen leren om dit doel te halen.", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (st[S_GOAL], 5, g_rand_int_range (rand, 1, o->people + 1));
      sqlite3_bind_text (st[S_GOAL], 6, "Kengetal", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_GOAL], 7, "%", -1, SQLITE_STATIC);
      sqlite3_bind_double (st[S_GOAL], 8, baseline);
      sqlite3_bind_double (st[S_GOAL], 9, baseline / 2);
      sqlite3_bind_double (st[S_GOAL], 10, baseline * 0.8);
      sqlite3_bind_int64 (st[S_GOAL], 11, g_rand_int_range (rand, 1, 32));
      sqlite3_bind_int64 (st[S_GOAL], 12, i - 1);
      ok = step_done (db, st[S_GOAL], error);
    }

  for (guint i = 1; ok && i <= o->cases; i++)
    {
      gint64 goal = g_rand_int_range (rand, 1, o->goals + 1);
      g_autofree char *title = g_strdup_printf ("Leercasus %u: %s", i, PICK (rand, card_objects));

      sqlite3_bind_int64 (st[S_CASE], 1, i);
      sqlite3_bind_int64 (st[S_CASE], 2, goal);
      sqlite3_bind_text (st[S_CASE], 3, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_CASE], 4, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_CASE], 5, "[ ] Eerste criterium\n[ ] Tweede criterium", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (st[S_CASE], 6, g_rand_int_range (rand, 1, o->teams + 1));
      sqlite3_bind_int64 (st[S_CASE], 7, g_rand_int_range (rand, 0, 3));
      sqlite3_bind_int64 (st[S_CASE], 8, g_rand_int_range (rand, 0, 3));
      sqlite3_bind_int64 (st[S_CASE], 9, case_pos[goal]++);
      sqlite3_bind_int64 (st[S_CASE], 10, points[g_rand_int_range (rand, 0, 5)] * 2);
      ok = step_done (db, st[S_CASE], error);
    }

  /* Sprints of a team follow each other every three weeks, laid out so
   * that each team's last sprint is planned and the one before is active. */
  for (guint i = 1; ok && i <= o->sprints; i++)
    {
      guint team = (i - 1) % o->teams + 1;
      guint k = (i - 1) / o->teams;
      guint n_of_team = (o->sprints - team) / o->teams + 1;
      gint64 start = date_to_unix ("2026-11-23") + ((gint64) k - ((gint64) n_of_team - 2)) * 21 * DAY;
      g_autofree char *name = g_strdup_printf ("Sprint %u", k + 1);
      g_autofree char *start_date = unix_to_date (start);
      g_autofree char *end_date = unix_to_date (start + 18 * DAY);
      int state = start + 19 * DAY <= GENERATOR_TODAY ? DPP2_SPRINT_STATE_CLOSED
                  : start <= GENERATOR_TODAY ? DPP2_SPRINT_STATE_ACTIVE : DPP2_SPRINT_STATE_PLANNED;

      sprint_state[i] = state;
      sprint_team[i] = team;
      sqlite3_bind_int64 (st[S_SPRINT], 1, i);
      sqlite3_bind_int64 (st[S_SPRINT], 2, team);
      sqlite3_bind_text (st[S_SPRINT], 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_SPRINT], 4, "Uitproberen en leren.", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_SPRINT], 5, start_date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (st[S_SPRINT], 6, end_date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (st[S_SPRINT], 7, state);
      sqlite3_bind_text (st[S_SPRINT], 8, state == DPP2_SPRINT_STATE_CLOSED ? "Alle kaarten besproken." : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (st[S_SPRINT], 9, state == DPP2_SPRINT_STATE_CLOSED ? "We leerden veel van elkaar." : "", -1, SQLITE_STATIC);
      ok = step_done (db, st[S_SPRINT], error);
    }

  for (guint i = 1; ok && i <= o->cards; i++)
    {
      gint64 sprint = (o->sprints > 0 && g_rand_int_range (rand, 0, 10) < 8)
                      ? g_rand_int_range (rand, 1, o->sprints + 1) : 0;
      gint64 column = 0;
      g_autofree char *title = g_strdup_printf ("%s: %s", PICK (rand, card_verbs), PICK (rand, card_objects));
      g_autofree char *key = NULL;
      guint position;
      gboolean blocked = g_rand_int_range (rand, 0, 50) == 0;

      if (sprint != 0)
        {
          gint64 first = (sprint_team[sprint] - 1) * G_N_ELEMENTS (column_names) + 1;
          if (sprint_state[sprint] == DPP2_SPRINT_STATE_CLOSED)
            column = first + G_N_ELEMENTS (column_names) - 1;
          else if (sprint_state[sprint] == DPP2_SPRINT_STATE_ACTIVE)
            column = first + g_rand_int_range (rand, 0, G_N_ELEMENTS (column_names));
          else
            column = first;
        }
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, sprint, column);
      position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, key));
      g_hash_table_replace (positions, g_steal_pointer (&key), GUINT_TO_POINTER (position + 1));

      sqlite3_bind_int64 (st[S_CARD], 1, i);
      bind_ref (st[S_CARD], 2, o->cases > 0 ? g_rand_int_range (rand, 1, o->cases + 1) : 0);
      bind_ref (st[S_CARD], 3, sprint);
      bind_ref (st[S_CARD], 4, column);
      sqlite3_bind_int64 (st[S_CARD], 5, position);
      sqlite3_bind_text (st[S_CARD], 6, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (st[S_CARD], 7, g_rand_int_range (rand, 1, o->people + 1));
      sqlite3_bind_int64 (st[S_CARD], 8, points[g_rand_int_range (rand, 0, 5)]);
      sqlite3_bind_int (st[S_CARD], 9, blocked);
      sqlite3_bind_text (st[S_CARD], 10, blocked ? "Wacht op een collega" : "", -1, SQLITE_STATIC);
      sqlite3_bind_int (st[S_CARD], 11, g_rand_int_range (rand, 0, 3));
      ok = step_done (db, st[S_CARD], error);
    }

  for (guint i = 0; i < N_STMTS; i++)
    sqlite3_finalize (st[i]);

  return ok && derive_history (db, GENERATOR_TODAY, error);
}

/**
 * dpp2_generator_write:
 * @file: where to write the document; an existing file is replaced
 * @options: the sizes and the seed
 * @error: return location for an error
 *
 * Writes a large organisation, deterministically: the same options give a
 * byte-identical file (random numbers from the seed, a fixed "today").
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_generator_write (GFile                      *file,
                      const Dpp2GeneratorOptions *options,
                      GError                    **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL && options->people > 0 && options->teams > 0 &&
                        options->goals > 0, FALSE);

  return dpp2_store_write_new (file, fill_generated, (gpointer) options, error);
}

static gboolean
fill_example (sqlite3  *db,
              gpointer  user_data,
              GError  **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/com/dpp2/Toolkit/store/example.sql",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  return dpp2_store_exec (db, g_bytes_get_data (bytes, NULL), error) &&
         derive_history (db, GENERATOR_TODAY, error);
}

/**
 * dpp2_store_create_example:
 * @dest: where to write a fresh copy of the example organisation
 * @error: return location for an error
 *
 * Writes "Zorggroep De Linde", a Dutch care organisation with goals,
 * learning cases, two Learning Practice Teams, sprints and a board.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_create_example (GFile   *dest,
                           GError **error)
{
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  return dpp2_store_write_new (dest, fill_example, NULL, error);
}
