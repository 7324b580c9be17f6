/* dpp2-csv-export.c — people, and goals with their learning cases, as CSV for Excel
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dpp2-csv-export.h"
#include "dpp2-csv.h"
#include "dpp2-people-import.h"
#include "model/dpp2-model.h"

#define SEPARATOR ';'

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

/* person id → GString of team names, one per line (the import splits them again). */
static GHashTable *
teams_by_person (Dpp2Store *store)
{
  GHashTable *result = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              free_string);
  g_autoptr(GListModel) teams = dpp2_store_list_teams (store);
  guint n_teams = g_list_model_get_n_items (teams);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint t = 0; t < n_teams; t++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, t);
      g_autoptr(GListModel) members =
        dpp2_store_list_members_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));
      guint n_members = g_list_model_get_n_items (members);

      for (guint m = 0; m < n_members; m++)
        {
          g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, m);
          gint64 person_id = dpp2_team_member_get_person_id (member);
          GString *names = g_hash_table_lookup (result, &person_id);

          if (names == NULL)
            {
              g_hash_table_add (seen, g_strdup_printf ("%" G_GINT64_FORMAT ":%u", person_id, t));
              names = g_string_new (NULL);
              g_hash_table_insert (result, g_memdup2 (&person_id, sizeof person_id), names);
            }
          else if (!g_hash_table_add (seen, g_strdup_printf ("%" G_GINT64_FORMAT ":%u",
                                                             person_id, t)))
            continue;  /* the same person twice in one team */
          else
            g_string_append_c (names, '\n');
          g_string_append (names, dpp2_team_get_name (team));
        }
    }
  return result;
}

/**
 * dpp2_csv_export_people:
 * @store: a document
 *
 * Returns: (transfer full): everyone with name, email, job title, department, workplace and
 *   teams (one per line in the cell), with a header line the import recognises
 */
GBytes *
dpp2_csv_export_people (Dpp2Store *store)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GHashTable) teams = NULL;
  const char *header[DPP2_N_IMPORT_FIELDS];
  GString *out;
  guint n;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  people = dpp2_store_list_people (store);
  teams = teams_by_person (store);
  out = dpp2_csv_buffer_new ();

  for (guint f = 0; f < DPP2_N_IMPORT_FIELDS; f++)
    header[f] = dpp2_import_field_get_label (f);
  dpp2_csv_append_row (out, SEPARATOR, header, DPP2_N_IMPORT_FIELDS);

  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (person));
      GString *team_names = g_hash_table_lookup (teams, &id);
      const char *row[DPP2_N_IMPORT_FIELDS] = {
        [DPP2_IMPORT_FIELD_NAME] = dpp2_person_get_name (person),
        [DPP2_IMPORT_FIELD_EMAIL] = dpp2_person_get_email (person),
        [DPP2_IMPORT_FIELD_JOB_TITLE] = dpp2_person_get_job_title (person),
        [DPP2_IMPORT_FIELD_DEPARTMENT] = dpp2_person_get_department (person),
        [DPP2_IMPORT_FIELD_WORKPLACE] = dpp2_person_get_workplace (person),
        [DPP2_IMPORT_FIELD_TEAM] = team_names ? team_names->str : "",
      };

      dpp2_csv_append_row (out, SEPARATOR, row, DPP2_N_IMPORT_FIELDS);
    }

  return g_string_free_to_bytes (out);
}

static char *
name_of (Dpp2Store *store,
         GType      type,
         gint64     id)
{
  g_autoptr(Dpp2Record) record = NULL;

  if (id == 0)
    return g_strdup ("");
  record = dpp2_store_dup_record (store, type, id);
  return g_strdup (record ? dpp2_record_get_label (record) : "");
}

enum {
  GOAL_TITLE, GOAL_STATUS, GOAL_OWNER, GOAL_START, GOAL_TARGET_DATE, KPI_NAME, KPI_UNIT,
  KPI_BASELINE, KPI_TARGET, KPI_CURRENT, CASE_TITLE, CASE_STATUS, CASE_PRIORITY, CASE_TEAM,
  CASE_ESTIMATE, CASE_CRITERIA, N_GOAL_COLUMNS
};

/**
 * dpp2_csv_export_goals:
 * @store: a document
 *
 * Returns: (transfer full): one line per learning case with its goal's fields repeated, and
 *   one line for a goal without learning cases
 */
GBytes *
dpp2_csv_export_goals (Dpp2Store *store)
{
  g_autoptr(GListModel) goals = NULL;
  const char *header[N_GOAL_COLUMNS] = {
    [GOAL_TITLE] = _("Organisation goal"),
    [GOAL_STATUS] = _("Goal status"),
    [GOAL_OWNER] = _("Owner"),
    [GOAL_START] = _("Start date"),
    [GOAL_TARGET_DATE] = _("Target date"),
    [KPI_NAME] = _("KPI"),
    [KPI_UNIT] = _("KPI unit"),
    [KPI_BASELINE] = _("KPI baseline"),
    [KPI_TARGET] = _("KPI target"),
    [KPI_CURRENT] = _("KPI current"),
    [CASE_TITLE] = _("Learning case"),
    [CASE_STATUS] = _("Learning case status"),
    [CASE_PRIORITY] = _("Priority"),
    [CASE_TEAM] = _("Learning Practice Team"),
    [CASE_ESTIMATE] = _("Estimate"),
    [CASE_CRITERIA] = _("Acceptance criteria"),
  };
  GString *out;
  guint n_goals;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  goals = dpp2_store_list_goals (store);
  out = dpp2_csv_buffer_new ();
  dpp2_csv_append_row (out, SEPARATOR, header, N_GOAL_COLUMNS);

  n_goals = g_list_model_get_n_items (goals);
  for (guint g = 0; g < n_goals; g++)
    {
      g_autoptr(Dpp2Goal) goal = g_list_model_get_item (goals, g);
      g_autoptr(GListModel) cases =
        dpp2_store_list_cases_of_goal (store, dpp2_record_get_id (DPP2_RECORD (goal)));
      g_autofree char *owner = name_of (store, DPP2_TYPE_PERSON, dpp2_goal_get_owner_id (goal));
      g_autofree char *start = dpp2_csv_format_date (dpp2_goal_get_start_date (goal));
      g_autofree char *target_date = dpp2_csv_format_date (dpp2_goal_get_target_date (goal));
      g_autofree char *baseline = dpp2_csv_format_number (dpp2_goal_get_kpi_baseline (goal));
      g_autofree char *target = dpp2_csv_format_number (dpp2_goal_get_kpi_target (goal));
      g_autofree char *current = dpp2_csv_format_number (dpp2_goal_get_kpi_current (goal));
      guint n_cases = g_list_model_get_n_items (cases);
      const char *row[N_GOAL_COLUMNS] = {
        [GOAL_TITLE] = dpp2_goal_get_title (goal),
        [GOAL_STATUS] = dpp2_enum_get_label (DPP2_TYPE_GOAL_STATUS, dpp2_goal_get_status (goal)),
        [GOAL_OWNER] = owner,
        [GOAL_START] = start,
        [GOAL_TARGET_DATE] = target_date,
        [KPI_NAME] = dpp2_goal_get_kpi_name (goal),
        [KPI_UNIT] = dpp2_goal_get_kpi_unit (goal),
        [KPI_BASELINE] = baseline,
        [KPI_TARGET] = target,
        [KPI_CURRENT] = current,
      };

      if (n_cases == 0)
        dpp2_csv_append_row (out, SEPARATOR, row, N_GOAL_COLUMNS);

      for (guint c = 0; c < n_cases; c++)
        {
          g_autoptr(Dpp2LearningCase) lcase = g_list_model_get_item (cases, c);
          g_autofree char *team = name_of (store, DPP2_TYPE_TEAM,
                                           dpp2_learning_case_get_team_id (lcase));
          g_autofree char *estimate =
            dpp2_csv_format_number (dpp2_learning_case_get_estimate (lcase));

          row[CASE_TITLE] = dpp2_learning_case_get_title (lcase);
          row[CASE_STATUS] = dpp2_enum_get_label (DPP2_TYPE_CASE_STATUS,
                                                  dpp2_learning_case_get_status (lcase));
          row[CASE_PRIORITY] = dpp2_enum_get_label (DPP2_TYPE_PRIORITY,
                                                    dpp2_learning_case_get_priority (lcase));
          row[CASE_TEAM] = team;
          row[CASE_ESTIMATE] = estimate;
          row[CASE_CRITERIA] = dpp2_learning_case_get_acceptance_criteria (lcase);
          dpp2_csv_append_row (out, SEPARATOR, row, N_GOAL_COLUMNS);
        }
    }

  return g_string_free_to_bytes (out);
}
