/* test-csv.c — CSV reading and writing, the people import and the exports
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <locale.h>

#include "dpp2-test-support.h"
#include "logic/dpp2-csv.h"
#include "logic/dpp2-csv-export.h"
#include "logic/dpp2-people-import.h"
#include "model/dpp2-model.h"
#include "store/dpp2-store.h"

static Dpp2CsvTable *
parse (const char  *text,
       GError     **error)
{
  return dpp2_csv_parse (text, strlen (text), NULL, NULL, error);
}

static void
test_separators (void)
{
  g_autoptr(Dpp2CsvTable) semi = parse ("naam;e-mail;afdeling\nAnne;anne@x.nl;Zorg, thuis\n", NULL);
  g_autoptr(Dpp2CsvTable) comma = parse ("name,email\nAnne,\"a;b\"\n", NULL);
  g_autoptr(Dpp2CsvTable) tab = parse ("name\temail\nAnne\tanne@x.nl\n", NULL);

  g_assert_nonnull (semi);
  g_assert_cmpint (dpp2_csv_table_get_separator (semi), ==, ';');
  g_assert_cmpuint (dpp2_csv_table_get_n_rows (semi), ==, 2);
  g_assert_cmpstr (dpp2_csv_table_get_field (semi, 1, 2), ==, "Zorg, thuis");

  g_assert_nonnull (comma);
  g_assert_cmpint (dpp2_csv_table_get_separator (comma), ==, ',');
  g_assert_cmpstr (dpp2_csv_table_get_field (comma, 1, 1), ==, "a;b");

  g_assert_nonnull (tab);
  g_assert_cmpint (dpp2_csv_table_get_separator (tab), ==, '\t');
  g_assert_cmpstr (dpp2_csv_table_get_field (tab, 1, 1), ==, "anne@x.nl");
}

static void
test_quotes_and_newlines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2CsvTable) table =
    parse ("a;b;c\r\n"
           "\"x;y\";\"he said \"\"hi\"\"\";plain \"quote\"\r\n"
           "\"first\r\nsecond\nthird\";2;3\r\n"
           "\r\n"
           "last;\"\";\r\n", &error);
  const Dpp2CsvRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (dpp2_csv_table_get_n_rows (table), ==, 4);

  row = dpp2_csv_table_get_row (table, 1);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpuint (row->n_fields, ==, 3);
  g_assert_cmpstr (row->fields[0], ==, "x;y");
  g_assert_cmpstr (row->fields[1], ==, "he said \"hi\"");
  g_assert_cmpstr (row->fields[2], ==, "plain \"quote\"");

  row = dpp2_csv_table_get_row (table, 2);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->fields[0], ==, "first\nsecond\nthird");

  /* Line 7 (the blank line 6 is no record), with empty fields. */
  row = dpp2_csv_table_get_row (table, 3);
  g_assert_cmpuint (row->line, ==, 7);
  g_assert_cmpuint (row->n_fields, ==, 3);
  g_assert_cmpstr (row->fields[1], ==, "");
  g_assert_cmpstr (row->fields[2], ==, "");

  /* No final line break. */
  g_clear_pointer (&table, dpp2_csv_table_free);
  table = parse ("a;b\n1;2", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dpp2_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 1), ==, "2");
}

static void
test_encodings (void)
{
  g_autoptr(Dpp2CsvTable) bom = parse ("\xEF\xBB\xBFnaam;werkplek\nZo\xC3\xAB;Caf\xC3\xA9\n", NULL);
  /* Windows-1252: é is 0xE9 and € is 0x80. */
  g_autoptr(Dpp2CsvTable) ansi = parse ("naam;werkplek\nZo\xEB;caf\xE9 \x80\n", NULL);
  /* UTF-16 LE with BOM, as Excel's "Unicode text" writes it. */
  static const char utf16[] = "\xFF\xFE" "n\0a\0;\0b\0\n\0x\0;\0\xE9\0\n\0";
  g_autoptr(Dpp2CsvTable) wide = dpp2_csv_parse (utf16, sizeof utf16 - 1, NULL, NULL, NULL);

  g_assert_nonnull (bom);
  g_assert_cmpint (dpp2_csv_table_get_encoding (bom), ==, DPP2_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpstr (dpp2_csv_table_get_field (bom, 0, 0), ==, "naam");
  g_assert_cmpstr (dpp2_csv_table_get_field (bom, 1, 1), ==, "Caf\xC3\xA9");

  g_assert_nonnull (ansi);
  g_assert_cmpint (dpp2_csv_table_get_encoding (ansi), ==, DPP2_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (dpp2_csv_table_get_field (ansi, 1, 0), ==, "Zo\xC3\xAB");
  g_assert_cmpstr (dpp2_csv_table_get_field (ansi, 1, 1), ==, "caf\xC3\xA9 \xE2\x82\xAC");

  g_assert_nonnull (wide);
  g_assert_cmpint (dpp2_csv_table_get_encoding (wide), ==, DPP2_CSV_ENCODING_UTF16);
  g_assert_cmpstr (dpp2_csv_table_get_field (wide, 1, 1), ==, "\xC3\xA9");
}

static void
test_errors (void)
{
  static const char binary[] = "PK\x03\x04\0\0\x08\0name;email\n";
  g_autoptr(GError) error = NULL;
  Dpp2CsvTable *table;

  table = parse ("", &error);
  g_assert_null (table);
  g_assert_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  table = parse ("\xEF\xBB\xBF\r\n\r\n", &error);
  g_assert_null (table);
  g_assert_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  table = dpp2_csv_parse (binary, sizeof binary - 1, NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "not a CSV file"));
  g_clear_error (&error);

  table = parse ("name;email\nAnne;anne@x.nl\n\"Bob;bob@x.nl\nCor;cor@x.nl\n", &error);
  g_assert_null (table);
  g_assert_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "Line 3"));
}

static gboolean
cancel_cb (double   fraction,
           gpointer user_data)
{
  *(guint *) user_data += 1;
  return FALSE;
}

static void
test_progress_cancel (void)
{
  g_autoptr(GString) big = g_string_new ("name;email\n");
  g_autoptr(GError) error = NULL;
  Dpp2CsvTable *table;
  guint calls = 0;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (big, "Person %u;p%u@example.nl\n", i, i);
  table = dpp2_csv_parse (big->str, big->len, cancel_cb, &calls, &error);
  g_assert_null (table);
  g_assert_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_CANCELLED);
  g_assert_cmpuint (calls, ==, 1);
}

static void
test_write (void)
{
  g_autoptr(GString) out = dpp2_csv_buffer_new ();
  const char *fields[] = { "plain", "a;b", "say \"hi\"", "two\nlines", NULL, " pad" };
  g_autofree char *number = dpp2_csv_format_number (12.5);
  g_autofree char *whole = dpp2_csv_format_number (-3);
  g_autofree char *date = dpp2_csv_format_date ("2026-12-04");
  g_autofree char *no_date = dpp2_csv_format_date ("");

  dpp2_csv_append_row (out, ';', fields, G_N_ELEMENTS (fields));
  g_assert_cmpstr (out->str, ==,
                   "\xEF\xBB\xBF" "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";;\" pad\"\r\n");
  g_assert_cmpstr (number, ==, "12,5");
  g_assert_cmpstr (whole, ==, "-3");
  g_assert_cmpstr (date, ==, "04-12-2026");
  g_assert_cmpstr (no_date, ==, "");
}

static Dpp2PeopleImport *
import_text (const char *text,
             Dpp2Store  *store)
{
  g_autoptr(GError) error = NULL;
  Dpp2CsvTable *table = parse (text, &error);
  Dpp2PeopleImport *import;

  g_assert_no_error (error);
  import = dpp2_people_import_new (table);
  dpp2_people_import_check (import, store);
  return import;
}

static void
test_mapping_and_problems (void)
{
  g_autoptr(Dpp2PeopleImport) import =
    import_text ("Naam;E-mail;Functie;Afdeling;Werkplek;Team\n"          /* 1 */
                 "Anne de Vries;anne@zorg.nl;Verpleegkundige;Zorg;Oost;LPT Val\n"
                 ";nobody@zorg.nl;;;;\n"                                   /* 3: no name */
                 "Bob;not-an-email;;;;\n"                                  /* 4 */
                 "Cor;cor@zorg.nl;;;\n"                                    /* 5: short */
                 "Dirk;dirk@zorg.nl;;;;;extra\n"                           /* 6: long */
                 "Eva;ANNE@zorg.nl;;;;\n"                                  /* 7: duplicate */
                 "\"Fleur\nvan Dam\";fleur@zorg.nl;;;;LPT Val\n",          /* 8 */
                 NULL);
  GArray *problems = dpp2_people_import_get_problems (import);
  static const guint lines[] = { 3, 4, 5, 6, 7 };

  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_NAME), ==, 0);
  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_EMAIL), ==, 1);
  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_JOB_TITLE), ==, 2);
  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_DEPARTMENT), ==, 3);
  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_WORKPLACE), ==, 4);
  g_assert_cmpint (dpp2_people_import_get_column (import, DPP2_IMPORT_FIELD_TEAM), ==, 5);

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < problems->len; i++)
    {
      Dpp2ImportProblem *problem = &g_array_index (problems, Dpp2ImportProblem, i);

      g_assert_cmpuint (problem->line, ==, lines[i]);
      g_assert_cmpstr (problem->message, !=, "");
    }
  g_assert_nonnull (strstr (g_array_index (problems, Dpp2ImportProblem, 4).message, "line 2"));
  g_assert_cmpuint (dpp2_people_import_get_n_valid (import), ==, 2);
  g_assert_cmpuint (dpp2_people_import_get_n_new (import), ==, 2);
  g_assert_cmpuint (dpp2_people_import_get_new_teams (import)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (dpp2_people_import_get_new_teams (import), 0), ==, "LPT Val");

  /* English headers, in another order. */
  {
    g_autoptr(Dpp2PeopleImport) english =
      import_text ("Department,Full name,E-mail address,Location\nCare,Anne,anne@x.nl,East\n",
                   NULL);

    g_assert_cmpint (dpp2_people_import_get_column (english, DPP2_IMPORT_FIELD_NAME), ==, 1);
    g_assert_cmpint (dpp2_people_import_get_column (english, DPP2_IMPORT_FIELD_EMAIL), ==, 2);
    g_assert_cmpint (dpp2_people_import_get_column (english, DPP2_IMPORT_FIELD_DEPARTMENT), ==, 0);
    g_assert_cmpint (dpp2_people_import_get_column (english, DPP2_IMPORT_FIELD_WORKPLACE), ==, 3);
    g_assert_cmpint (dpp2_people_import_get_column (english, DPP2_IMPORT_FIELD_TEAM), ==, -1);
  }
}

static Dpp2Store *
new_store (const char *name)
{
  g_autofree char *path = dpp2_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Dpp2Store *store = dpp2_store_create (file, "Zorggroep Test", &error);

  g_assert_no_error (error);
  return store;
}

static Dpp2Person *
find_person (Dpp2Store  *store,
             const char *email)
{
  g_autoptr(GListModel) people = dpp2_store_list_people (store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, i);

      if (g_ascii_strcasecmp (dpp2_person_get_email (person), email) == 0)
        return g_steal_pointer (&person);
    }
  return NULL;
}

static guint
count (Dpp2Store *store,
       GType      type)
{
  g_autoptr(GListModel) list = dpp2_store_list (store, type, NULL, NULL, 0, NULL, 0);

  return g_list_model_get_n_items (list);
}

static void
test_update_and_undo (void)
{
  g_autoptr(Dpp2Store) store = new_store ("update.dpp2");
  g_autoptr(Dpp2PeopleImport) first = NULL;
  g_autoptr(Dpp2PeopleImport) second = NULL;
  g_autoptr(Dpp2Person) anne = NULL;
  g_autoptr(GError) error = NULL;

  first = import_text ("name;email;department;team\n"
                       "Anne;Anne@Zorg.nl;Zorg;LPT Val\n"
                       "Bob;bob@zorg.nl;Facilitair;LPT Val\n"
                       "Cor;;Zorg;LPT Medicatie\n",
                       store);
  g_assert_cmpuint (dpp2_people_import_get_n_new (first), ==, 3);
  g_assert_true (dpp2_people_import_apply (first, store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, DPP2_TYPE_PERSON), ==, 3);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM), ==, 2);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM_MEMBER), ==, 3);

  /* The same email in another case is the same person: updated, not doubled. */
  second = import_text ("naam;e-mail;afdeling;team\n"
                        "Anne de Vries;anne@zorg.nl;Wijkzorg;LPT Val\n"
                        "Cor;;Zorg;LPT Val\n"
                        "Dirk;dirk@zorg.nl;;\n",
                        store);
  g_assert_cmpuint (dpp2_people_import_get_n_new (second), ==, 1);
  g_assert_cmpuint (dpp2_people_import_get_n_updated (second), ==, 2);
  g_assert_cmpuint (dpp2_people_import_get_new_teams (second)->len, ==, 0);
  g_assert_true (dpp2_people_import_apply (second, store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, DPP2_TYPE_PERSON), ==, 4);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM), ==, 2);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM_MEMBER), ==, 4);
  anne = find_person (store, "anne@zorg.nl");
  g_assert_nonnull (anne);
  g_assert_cmpstr (dpp2_person_get_name (anne), ==, "Anne de Vries");
  g_assert_cmpstr (dpp2_person_get_department (anne), ==, "Wijkzorg");
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Import 3 People");

  /* One undo step reverts the whole second import, the next the whole first. */
  g_assert_true (dpp2_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, DPP2_TYPE_PERSON), ==, 3);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM_MEMBER), ==, 3);
  g_assert_cmpstr (dpp2_person_get_name (anne), ==, "Anne");
  g_assert_cmpstr (dpp2_person_get_department (anne), ==, "Zorg");

  g_assert_true (dpp2_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, DPP2_TYPE_PERSON), ==, 0);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM), ==, 0);
  g_assert_cmpuint (count (store, DPP2_TYPE_TEAM_MEMBER), ==, 0);
  g_assert_false (dpp2_store_get_can_undo (store));
}

static char *
describe_people (Dpp2Store *store)
{
  g_autoptr(GBytes) bytes = dpp2_csv_export_people (store);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static void
test_round_trip (void)
{
  g_autoptr(Dpp2Store) source = new_store ("export.dpp2");
  g_autoptr(Dpp2Store) dest = new_store ("import.dpp2");
  g_autoptr(Dpp2PeopleImport) import = NULL;
  g_autoptr(Dpp2PeopleImport) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2CsvTable) table = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *reexported = NULL;
  gsize size;
  const char *data;

  /* Awkward values on purpose: separators, quotes, markup, a line break, accents. */
  import = import_text ("name;email;job title;department;workplace;team\n"
                        "\"R&D <b>Ops</b> \"\"Team\"\"\";rd@zorg.nl;\"Lead; research\";R&D;"
                        "\"Caf\xC3\xA9\nfloor 2\";\"LPT Val\nLPT Medicatie\"\n"
                        "Zo\xC3\xAB Jansen;zoe@zorg.nl;Verpleegkundige, senior;Zorg;Oost;LPT Val\n"
                        "Zonder Mail;;;;;\n",
                        source);
  g_assert_cmpuint (dpp2_people_import_get_problems (import)->len, ==, 0);
  g_assert_true (dpp2_people_import_apply (import, source, &error));
  g_assert_no_error (error);

  bytes = dpp2_csv_export_people (source);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF"));
  g_assert_nonnull (g_strstr_len (data, size, "\r\n"));
  table = dpp2_csv_parse (data, size, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dpp2_csv_table_get_separator (table), ==, ';');
  g_assert_cmpint (dpp2_csv_table_get_encoding (table), ==, DPP2_CSV_ENCODING_UTF8_BOM);

  again = dpp2_people_import_new (g_steal_pointer (&table));
  dpp2_people_import_check (again, dest);
  g_assert_cmpuint (dpp2_people_import_get_problems (again)->len, ==, 0);
  g_assert_true (dpp2_people_import_apply (again, dest, &error));
  g_assert_no_error (error);

  exported = describe_people (source);
  reexported = describe_people (dest);
  g_assert_cmpstr (exported, ==, reexported);
  g_assert_cmpuint (count (dest, DPP2_TYPE_PERSON), ==, 3);
  g_assert_cmpuint (count (dest, DPP2_TYPE_TEAM), ==, 2);
  g_assert_cmpuint (count (dest, DPP2_TYPE_TEAM_MEMBER), ==, 3);

  /* Importing the export into its own source changes nothing. */
  g_clear_pointer (&again, dpp2_people_import_free);
  table = dpp2_csv_parse (data, size, NULL, NULL, &error);
  again = dpp2_people_import_new (g_steal_pointer (&table));
  dpp2_people_import_check (again, source);
  g_assert_cmpuint (dpp2_people_import_get_n_new (again), ==, 0);
  g_assert_cmpuint (dpp2_people_import_get_n_updated (again), ==, 3);
  g_assert_true (dpp2_people_import_apply (again, source, &error));
  g_assert_cmpuint (count (source, DPP2_TYPE_PERSON), ==, 3);
  g_assert_cmpuint (count (source, DPP2_TYPE_TEAM_MEMBER), ==, 3);
}

static void
test_export_goals (void)
{
  g_autoptr(Dpp2Store) store = new_store ("goals.dpp2");
  g_autoptr(Dpp2Goal) goal = g_object_new (DPP2_TYPE_GOAL,
                                           "title", "Minder valincidenten; 20%",
                                           "target-date", "2026-12-04",
                                           "kpi-baseline", 12.5,
                                           "kpi-target", 8.0,
                                           NULL);
  g_autoptr(Dpp2LearningCase) lcase = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2CsvTable) table = NULL;
  gsize size;
  const char *data;

  g_assert_true (dpp2_store_insert (store, goal, &error));
  lcase = g_object_new (DPP2_TYPE_LEARNING_CASE,
                        "goal-id", dpp2_record_get_id (DPP2_RECORD (goal)),
                        "title", "Valrisico bespreken",
                        "estimate", (gint64) 8,
                        NULL);
  g_assert_true (dpp2_store_insert (store, lcase, &error));

  bytes = dpp2_csv_export_goals (store);
  data = g_bytes_get_data (bytes, &size);
  table = dpp2_csv_parse (data, size, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dpp2_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 0), ==, "Minder valincidenten; 20%");
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 4), ==, "04-12-2026");
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 7), ==, "12,5");
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 8), ==, "8");
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 10), ==, "Valrisico bespreken");
  g_assert_cmpstr (dpp2_csv_table_get_field (table, 1, 14), ==, "8");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/separators", test_separators);
  g_test_add_func ("/csv/quotes-and-newlines", test_quotes_and_newlines);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/errors", test_errors);
  g_test_add_func ("/csv/progress-cancel", test_progress_cancel);
  g_test_add_func ("/csv/write", test_write);
  g_test_add_func ("/csv/import/mapping-and-problems", test_mapping_and_problems);
  g_test_add_func ("/csv/import/update-and-undo", test_update_and_undo);
  g_test_add_func ("/csv/export/round-trip", test_round_trip);
  g_test_add_func ("/csv/export/goals", test_export_goals);

  return g_test_run ();
}
