/* dpp2-people-import.c — people from a CSV file into an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dpp2-people-import.h"
#include "dpp2-validation.h"
#include "model/dpp2-model.h"

struct _Dpp2PeopleImport
{
  Dpp2CsvTable *table;
  guint         n_columns;
  int           columns[DPP2_N_IMPORT_FIELDS];

  GArray       *problems;    /* of Dpp2ImportProblem */
  GArray       *valid_rows;  /* of guint, indexes into table */
  GPtrArray    *new_teams;   /* char* */
  guint         n_new;
  guint         n_updated;
};

static const struct {
  const char *label;
  const char *property;
  /* Header names, lower case without spaces, dashes, dots or underscores. */
  const char *headers[10];
} fields[DPP2_N_IMPORT_FIELDS] = {
  [DPP2_IMPORT_FIELD_NAME] = { N_("Name"), "name",
    { "name", "fullname", "naam", "volledigenaam", "medewerker", "employee", "person",
      "persoon", "employeename", NULL } },
  [DPP2_IMPORT_FIELD_EMAIL] = { N_("Email"), "email",
    { "email", "emailaddress", "mail", "emailadres", "mailadres", "workemail", NULL } },
  [DPP2_IMPORT_FIELD_JOB_TITLE] = { N_("Job title"), "job-title",
    { "jobtitle", "title", "function", "position", "functie", "functienaam", "functietitel",
      "job", NULL } },
  [DPP2_IMPORT_FIELD_DEPARTMENT] = { N_("Department"), "department",
    { "department", "dept", "afdeling", "unit", "organisatieonderdeel", "division", NULL } },
  [DPP2_IMPORT_FIELD_WORKPLACE] = { N_("Workplace"), "workplace",
    { "workplace", "location", "site", "werkplek", "locatie", "vestiging", "werklocatie",
      NULL } },
  [DPP2_IMPORT_FIELD_TEAM] = { N_("Team"), NULL,
    { "team", "teams", "lpt", "lerendpraktijkteam", "learningpracticeteam", NULL } },
};

const char *
dpp2_import_field_get_label (Dpp2ImportField field)
{
  g_return_val_if_fail (field < DPP2_N_IMPORT_FIELDS, NULL);
  return _(fields[field].label);
}

/* The Dpp2Person property of FIELD, or NULL for the team. */
const char *
dpp2_import_field_get_property (Dpp2ImportField field)
{
  g_return_val_if_fail (field < DPP2_N_IMPORT_FIELDS, NULL);
  return fields[field].property;
}

static char *
normalize_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (*p != ' ' && *p != '-' && *p != '_' && *p != '.' && *p != '\t')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static gboolean
header_matches (Dpp2ImportField  field,
                const char      *normalized)
{
  g_autofree char *translated = normalize_header (_(fields[field].label));

  if (g_str_equal (normalized, translated))
    return TRUE;
  for (guint i = 0; fields[field].headers[i] != NULL; i++)
    if (g_str_equal (normalized, fields[field].headers[i]))
      return TRUE;
  return FALSE;
}

static void
guess_mapping (Dpp2PeopleImport *self)
{
  const Dpp2CsvRow *header = dpp2_csv_table_get_row (self->table, 0);

  for (guint f = 0; f < DPP2_N_IMPORT_FIELDS; f++)
    {
      self->columns[f] = -1;
      for (guint c = 0; c < header->n_fields; c++)
        {
          g_autofree char *normalized = normalize_header (header->fields[c]);

          if (header_matches (f, normalized))
            {
              self->columns[f] = c;
              break;
            }
        }
    }
}

static void
clear_problem (gpointer data)
{
  Dpp2ImportProblem *problem = data;

  g_free (problem->message);
}

/**
 * dpp2_people_import_new:
 * @table: (transfer full): a parsed file, with a header line
 *
 * Returns: (transfer full): an import with the mapping guessed from the header
 */
Dpp2PeopleImport *
dpp2_people_import_new (Dpp2CsvTable *table)
{
  Dpp2PeopleImport *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (dpp2_csv_table_get_n_rows (table) > 0, NULL);

  self = g_new0 (Dpp2PeopleImport, 1);
  self->table = table;
  self->n_columns = dpp2_csv_table_get_row (table, 0)->n_fields;
  self->problems = g_array_new (FALSE, TRUE, sizeof (Dpp2ImportProblem));
  g_array_set_clear_func (self->problems, clear_problem);
  self->valid_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->new_teams = g_ptr_array_new_with_free_func (g_free);
  guess_mapping (self);
  return self;
}

void
dpp2_people_import_free (Dpp2PeopleImport *self)
{
  if (self == NULL)
    return;
  dpp2_csv_table_free (self->table);
  g_array_unref (self->problems);
  g_array_unref (self->valid_rows);
  g_ptr_array_unref (self->new_teams);
  g_free (self);
}

Dpp2CsvTable *
dpp2_people_import_get_table (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->table;
}

guint
dpp2_people_import_get_n_columns (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_columns;
}

int
dpp2_people_import_get_column (Dpp2PeopleImport *self,
                               Dpp2ImportField   field)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (field < DPP2_N_IMPORT_FIELDS, -1);
  return self->columns[field];
}

void
dpp2_people_import_set_column (Dpp2PeopleImport *self,
                               Dpp2ImportField   field,
                               int               column)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (field < DPP2_N_IMPORT_FIELDS);
  g_return_if_fail (column >= -1 && column < (int) self->n_columns);
  self->columns[field] = column;
}

/* The value of FIELD in row INDEX, trimmed, in BUF (owned by the caller). */
static const char *
get_value (Dpp2PeopleImport *self,
           guint             index,
           Dpp2ImportField   field,
           char            **buf)
{
  const char *raw;

  g_free (*buf);
  *buf = NULL;
  if (self->columns[field] < 0)
    return "";
  raw = dpp2_csv_table_get_field (self->table, index, self->columns[field]);
  *buf = g_strstrip (g_strdup (raw));
  return *buf;
}

static void
add_problem (Dpp2PeopleImport *self,
             guint             line,
             char             *message)
{
  Dpp2ImportProblem problem = { line, message };

  g_array_append_val (self->problems, problem);
}

static char *
fold_key (const char *text)
{
  return g_utf8_casefold (text, -1);
}

/* A person is the same when the email matches (case-insensitively) or, for people without
 * an email address, when the name matches exactly. */
static char *
person_key (const char *name,
            const char *email)
{
  if (email != NULL && *email != '\0')
    return g_strconcat ("@", email, NULL);
  return g_strconcat ("=", name, NULL);
}

static GHashTable *
index_people (Dpp2Store *store)
{
  GHashTable *people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GListModel) list = NULL;
  guint n;

  if (store == NULL)
    return people;

  list = dpp2_store_list_people (store);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (list, i);
      g_autofree char *email = fold_key (dpp2_person_get_email (person));
      char *key = person_key (dpp2_person_get_name (person), email);

      g_hash_table_replace (people, key, g_object_ref (person));
    }
  return people;
}

static GHashTable *
index_teams (Dpp2Store *store)
{
  GHashTable *teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GListModel) list = NULL;
  guint n;

  if (store == NULL)
    return teams;

  list = dpp2_store_list_teams (store);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (list, i);

      g_hash_table_insert (teams, fold_key (dpp2_team_get_name (team)), g_object_ref (team));
    }
  return teams;
}

/* The team names of a team field: one per line, so that a person in several teams
 * survives an export and import. */
static char **
split_teams (const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, "\n", -1);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (*name != '\0')
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

/**
 * dpp2_people_import_check:
 * @self: an import
 * @store: (nullable): the document to import into, to tell new people from updated ones
 *
 * Checks every data row with the current mapping.
 */
void
dpp2_people_import_check (Dpp2PeopleImport *self,
                          Dpp2Store        *store)
{
  g_autoptr(GHashTable) emails = NULL;   /* folded email → line */
  g_autoptr(GHashTable) people = NULL;
  g_autoptr(GHashTable) teams = NULL;
  g_autoptr(GHashTable) seen_new = NULL;
  g_autoptr(GHashTable) new_teams = NULL;
  g_autofree char *buf = NULL;
  guint n_rows;

  g_return_if_fail (self != NULL);

  g_array_set_size (self->problems, 0);
  g_array_set_size (self->valid_rows, 0);
  g_ptr_array_set_size (self->new_teams, 0);
  self->n_new = 0;
  self->n_updated = 0;

  emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seen_new = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  new_teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  people = index_people (store);
  teams = index_teams (store);
  n_rows = dpp2_csv_table_get_n_rows (self->table);

  for (guint i = 1; i < n_rows; i++)
    {
      const Dpp2CsvRow *row = dpp2_csv_table_get_row (self->table, i);
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *key = NULL;
      char *message = NULL;
      gboolean ok = TRUE;

      if (row->n_fields != self->n_columns)
        {
          add_problem (self, row->line,
                       g_strdup_printf (row->n_fields < self->n_columns
                                        /* Translators: the first %u is a number of fields
                                         * in a row of the file, the second that of the
                                         * header line */
                                        ? _("Too few fields: %u instead of %u")
                                        : _("Too many fields: %u instead of %u"),
                                        row->n_fields, self->n_columns));
          continue;
        }

      name = g_strdup (get_value (self, i, DPP2_IMPORT_FIELD_NAME, &buf));
      email = g_strdup (get_value (self, i, DPP2_IMPORT_FIELD_EMAIL, &buf));

      if ((message = dpp2_validate_required_name (name, _("Name"))) != NULL)
        {
          add_problem (self, row->line, message);
          continue;
        }
      if (*email != '\0' && (message = dpp2_validate_email (email)) != NULL)
        {
          add_problem (self, row->line, message);
          continue;
        }

      for (guint f = 0; f < DPP2_N_IMPORT_FIELDS && ok; f++)
        {
          const char *value = get_value (self, i, f, &buf);
          gsize max = f == DPP2_IMPORT_FIELD_TEAM ? DPP2_MAX_TEXT_LENGTH : DPP2_MAX_NAME_LENGTH;

          if ((message = dpp2_validate_optional_text (value, max)) != NULL)
            {
              g_autofree char *tmp = message;

              message = g_strdup_printf ("%s: %s", _(fields[f].label), tmp);
              add_problem (self, row->line, message);
              ok = FALSE;
            }
        }
      if (!ok)
        continue;

      folded = fold_key (email);
      if (*folded != '\0')
        {
          gpointer first_line;

          if (g_hash_table_lookup_extended (emails, folded, NULL, &first_line))
            {
              add_problem (self, row->line,
                           /* Translators: %s is an email address, %u a line number */
                           g_strdup_printf (_("The email address %s is also on line %u"),
                                            email, GPOINTER_TO_UINT (first_line)));
              continue;
            }
          g_hash_table_insert (emails, g_strdup (folded), GUINT_TO_POINTER (row->line));
        }

      g_array_append_val (self->valid_rows, i);

      key = person_key (name, folded);
      if (g_hash_table_contains (people, key))
        self->n_updated++;
      else if (*folded == '\0' && g_hash_table_contains (seen_new, key))
        self->n_updated++;  /* the same name twice without email: one person */
      else
        {
          self->n_new++;
          g_hash_table_add (seen_new, g_steal_pointer (&key));
        }

      if (self->columns[DPP2_IMPORT_FIELD_TEAM] >= 0)
        {
          g_auto(GStrv) names = split_teams (get_value (self, i, DPP2_IMPORT_FIELD_TEAM, &buf));

          for (guint t = 0; names[t] != NULL; t++)
            {
              char *team_key = fold_key (names[t]);

              if (!g_hash_table_contains (teams, team_key) &&
                  !g_hash_table_contains (new_teams, team_key))
                {
                  g_ptr_array_add (self->new_teams, g_strdup (names[t]));
                  g_hash_table_add (new_teams, team_key);
                }
              else
                g_free (team_key);
            }
        }
    }
}

/**
 * dpp2_people_import_get_problems:
 * @self: an import
 *
 * Returns: (transfer none) (element-type Dpp2ImportProblem): the rows that will not be
 *   imported, in line order, after dpp2_people_import_check()
 */
GArray *
dpp2_people_import_get_problems (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->problems;
}

guint
dpp2_people_import_get_n_valid (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->valid_rows->len;
}

guint
dpp2_people_import_get_n_new (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_new;
}

guint
dpp2_people_import_get_n_updated (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_updated;
}

/**
 * dpp2_people_import_get_new_teams:
 * @self: an import
 *
 * Returns: (transfer none) (element-type utf8): the names of the teams the import creates
 */
GPtrArray *
dpp2_people_import_get_new_teams (Dpp2PeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->new_teams;
}

static char *
membership_key (gint64 team_id,
                gint64 person_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, team_id, person_id);
}

static gboolean
update_person (Dpp2PeopleImport  *self,
               Dpp2Store         *store,
               Dpp2Person        *person,
               guint              index,
               GError           **error)
{
  g_autofree char *buf = NULL;

  /* Only fields with a value overwrite, so that a file with fewer columns loses nothing. */
  for (guint f = 0; f < DPP2_N_IMPORT_FIELDS; f++)
    {
      const char *value;
      g_autofree char *current = NULL;
      g_auto(GValue) gvalue = G_VALUE_INIT;

      if (fields[f].property == NULL)
        continue;
      value = get_value (self, index, f, &buf);
      if (*value == '\0')
        continue;
      g_object_get (person, fields[f].property, &current, NULL);
      if (g_strcmp0 (current, value) == 0)
        continue;
      g_value_init (&gvalue, G_TYPE_STRING);
      g_value_set_string (&gvalue, value);
      if (!dpp2_store_set_value (store, person, fields[f].property, &gvalue, error))
        return FALSE;
    }
  return TRUE;
}

static Dpp2Person *
insert_person (Dpp2PeopleImport  *self,
               Dpp2Store         *store,
               guint              index,
               GError           **error)
{
  g_autoptr(Dpp2Person) person = g_object_new (DPP2_TYPE_PERSON, NULL);
  g_autofree char *buf = NULL;

  for (guint f = 0; f < DPP2_N_IMPORT_FIELDS; f++)
    if (fields[f].property != NULL)
      g_object_set (person, fields[f].property, get_value (self, index, f, &buf), NULL);

  if (!dpp2_store_insert (store, person, error))
    return NULL;
  return g_steal_pointer (&person);
}

static gboolean
apply_rows (Dpp2PeopleImport  *self,
            Dpp2Store         *store,
            GError           **error)
{
  g_autoptr(GHashTable) people = index_people (store);
  g_autoptr(GHashTable) teams = index_teams (store);
  g_autoptr(GHashTable) memberships = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, NULL);
  GListModel *members;
  g_autofree char *buf = NULL;
  guint n;

  members = dpp2_store_list (store, DPP2_TYPE_TEAM_MEMBER, NULL, NULL, 0, NULL, 0);
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, i);

      g_hash_table_add (memberships,
                        membership_key (dpp2_team_member_get_team_id (member),
                                        dpp2_team_member_get_person_id (member)));
    }
  g_clear_object (&members);

  for (guint v = 0; v < self->valid_rows->len; v++)
    {
      guint index = g_array_index (self->valid_rows, guint, v);
      g_autofree char *name = g_strdup (get_value (self, index, DPP2_IMPORT_FIELD_NAME, &buf));
      g_autofree char *email = fold_key (get_value (self, index, DPP2_IMPORT_FIELD_EMAIL, &buf));
      g_autofree char *key = person_key (name, email);
      Dpp2Person *person = g_hash_table_lookup (people, key);
      g_auto(GStrv) team_names = NULL;

      if (person != NULL)
        {
          if (!update_person (self, store, person, index, error))
            return FALSE;
        }
      else
        {
          person = insert_person (self, store, index, error);
          if (person == NULL)
            return FALSE;
          g_hash_table_insert (people, g_steal_pointer (&key), person);
        }

      if (self->columns[DPP2_IMPORT_FIELD_TEAM] < 0)
        continue;

      team_names = split_teams (get_value (self, index, DPP2_IMPORT_FIELD_TEAM, &buf));
      for (guint t = 0; team_names[t] != NULL; t++)
        {
          g_autofree char *team_key = fold_key (team_names[t]);
          g_autofree char *member_key = NULL;
          g_autoptr(Dpp2TeamMember) member = NULL;
          Dpp2Team *team = g_hash_table_lookup (teams, team_key);

          if (team == NULL)
            {
              team = g_object_new (DPP2_TYPE_TEAM, "name", team_names[t], NULL);
              if (!dpp2_store_insert (store, team, error))
                {
                  g_object_unref (team);
                  return FALSE;
                }
              g_hash_table_insert (teams, g_steal_pointer (&team_key), team);
            }

          member_key = membership_key (dpp2_record_get_id (DPP2_RECORD (team)),
                                       dpp2_record_get_id (DPP2_RECORD (person)));
          if (g_hash_table_contains (memberships, member_key))
            continue;

          member = g_object_new (DPP2_TYPE_TEAM_MEMBER,
                                 "team-id", dpp2_record_get_id (DPP2_RECORD (team)),
                                 "person-id", dpp2_record_get_id (DPP2_RECORD (person)),
                                 NULL);
          if (!dpp2_store_insert (store, member, error))
            return FALSE;
          g_hash_table_add (memberships, g_steal_pointer (&member_key));
        }
    }
  return TRUE;
}

/**
 * dpp2_people_import_apply:
 * @self: an import, checked with dpp2_people_import_check()
 * @store: the document
 * @error: return location for an error
 *
 * Adds the valid rows: a person with the same email address is updated, not added again;
 * a team that does not exist yet is created. All of it is one change of @store, so one undo
 * step, and nothing is changed when something fails.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_people_import_apply (Dpp2PeopleImport  *self,
                          Dpp2Store         *store,
                          GError           **error)
{
  g_autofree char *label = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DPP2_IS_STORE (store), FALSE);

  n = self->valid_rows->len;
  if (n == 0)
    return TRUE;

  /* Translators: the name of an undo step; %u is a number of people */
  label = g_strdup_printf (ngettext ("Import %u Person", "Import %u People", n), n);
  if (!dpp2_store_begin_change (store, label, error))
    return FALSE;

  if (!apply_rows (self, store, error))
    {
      dpp2_store_rollback_change (store);
      return FALSE;
    }

  return dpp2_store_commit_change (store, error);
}
