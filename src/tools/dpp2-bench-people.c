/* dpp2-bench-people.c — times filtering 2,000 people and importing 10,000 from CSV
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: dpp2-bench-people DOCUMENT RUNS
 * DOCUMENT is a large organisation from dpp2-generate (it is not changed: the import runs on
 * copies). Prints the median of RUNS for each figure and its ratio to the goal; run by
 * tools/bench.d/40-people.py.
 */
#define G_LOG_DOMAIN "dpp2-bench"

#include "config.h"

#include "dpp2-bench-support.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "logic/dpp2-csv.h"
#include "logic/dpp2-people-import.h"
#include "model/dpp2-model.h"
#include "pages/dpp2-people-page.h"
#include "store/dpp2-store.h"

static void
report (const char *name,
        GArray     *ms,
        double      goal)
{
  double median;

  dpp2_bench_sort (ms);
  median = dpp2_bench_percentile (ms, 0.5);
  g_print ("%-40s median %8.1f ms  (min %7.1f, max %7.1f, %u runs)  ratio to goal %.2f  "
           "(goal ≤ %.0f ms: %s)\n",
           name, median, g_array_index (ms, double, 0), g_array_index (ms, double, ms->len - 1),
           ms->len, median / goal, goal, median <= goal ? "met" : "NOT met");
}

static void
wait_frames (void)
{
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The time from a typed word to the filtered model settling: with the list view showing it
 * (the figure), and once more without a view, to tell the model's part from the rows'. */
static void
bench_filter (Dpp2Store *store,
              guint      runs,
              gboolean   with_view)
{
  g_autoptr(GListModel) people = dpp2_store_list_people (store);
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (people);
  GtkWidget *window = gtk_window_new ();
  Dpp2PeoplePage *page = g_object_new (DPP2_TYPE_PEOPLE_PAGE, "store", store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  wait_frames ();
  if (!with_view)
    gtk_column_view_set_model (GTK_COLUMN_VIEW (find_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW)),
                               NULL);

  /* Typed words: the last word of names spread over the list, and a few letters. */
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, (i * 251) % n);
      g_auto(GStrv) parts = g_strsplit (dpp2_person_get_name (person), " ", -1);

      g_ptr_array_add (words, g_strdup (parts[g_strv_length (parts) - 1]));
    }
  g_ptr_array_add (words, g_strdup ("an"));
  g_ptr_array_add (words, g_strdup ("e"));

  for (guint r = 0; r < runs + 1; r++)
    for (guint w = 0; w < words->len; w++)
      {
        gint64 start = g_get_monotonic_time ();
        guint shown;

        dpp2_people_page_set_search_text (page, g_ptr_array_index (words, w));
        shown = g_list_model_get_n_items (dpp2_people_page_get_shown_people (page));
        if (r > 0)
          {
            double elapsed = (g_get_monotonic_time () - start) / 1000.0;

            g_array_append_val (ms, elapsed);
          }
        g_assert (shown <= n);
        dpp2_people_page_set_search_text (page, "");
        wait_frames ();
      }

  if (with_view)
    {
      g_print ("people: %u\n", n);
      report ("filter people by a typed word", ms, 50.0);
    }
  else
    report ("  of which the filter model alone", ms, 50.0);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_frames ();
}

static GBytes *
make_csv (guint n)
{
  static const char *first[] = { "Anne", "Bram", "Chantal", "Daan", "Eva", "Fleur", "Gijs",
                                 "Hanna", "Ilse", "Joost", "Karim", "Lotte", "Mohamed", "Noor" };
  static const char *last[] = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
                                "de Boer", "Mulder", "El Amrani", "Yılmaz", "van Dijk" };
  static const char *departments[] = { "Wijkzorg", "Verpleeghuis", "Facilitair", "HR",
                                       "Paramedisch", "Medisch" };
  GString *out = dpp2_csv_buffer_new ();
  const char *header[] = { "Naam", "E-mail", "Functie", "Afdeling", "Werkplek", "Team" };

  dpp2_csv_append_row (out, ';', header, G_N_ELEMENTS (header));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s %u", first[i % G_N_ELEMENTS (first)],
                                               last[i % G_N_ELEMENTS (last)], i);
      g_autofree char *email = g_strdup_printf ("medewerker%u@zorggroep.nl", i);
      g_autofree char *workplace = g_strdup_printf ("Locatie %u", i % 40);
      g_autofree char *team = i % 10 == 0 ? g_strdup_printf ("LPT Import %u", i % 50) : g_strdup ("");
      const char *row[] = { name, email, "Verpleegkundige", departments[i % G_N_ELEMENTS (departments)],
                            workplace, team };

      dpp2_csv_append_row (out, ';', row, G_N_ELEMENTS (row));
    }
  return g_string_free_to_bytes (out);
}

/* Read, parse, check and apply a file of 10,000 people as one change, on a fresh copy. */
static void
bench_import (const char *document,
              guint       runs,
              gboolean    with_page)
{
  g_autoptr(GBytes) csv = make_csv (10000);
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parse_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("dpp2-bench-people-XXXXXX", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "people.csv", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (document);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (csv_path, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                            &error))
    g_error ("%s", error->message);
  if (!with_page)
    g_print ("CSV: %.1f KiB, 10000 people\n", g_bytes_get_size (csv) / 1024.0);

  for (guint r = 0; r < runs + 1; r++)
    {
      g_autofree char *copy_path = g_strdup_printf ("%s/copy-%u.dpp2", dir, r);
      g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
      g_autoptr(Dpp2Store) store = NULL;
      g_autoptr(Dpp2PeopleImport) import = NULL;
      g_autofree char *contents = NULL;
      Dpp2CsvTable *table;
      GtkWidget *window = NULL;
      gsize length;
      gint64 start, parsed;

      if (!g_file_copy (source, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      store = dpp2_store_open (copy, DPP2_STORE_OPEN_NONE, NULL, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      if (with_page)
        {
          window = gtk_window_new ();
          gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
          gtk_window_set_child (GTK_WINDOW (window),
                                g_object_new (DPP2_TYPE_PEOPLE_PAGE, "store", store, NULL));
          gtk_window_present (GTK_WINDOW (window));
          wait_frames ();
        }

      start = g_get_monotonic_time ();
      if (!g_file_get_contents (csv_path, &contents, &length, &error))
        g_error ("%s", error->message);
      table = dpp2_csv_parse (contents, length, NULL, NULL, &error);
      if (table == NULL)
        g_error ("%s", error->message);
      parsed = g_get_monotonic_time ();
      import = dpp2_people_import_new (table);
      dpp2_people_import_check (import, store);
      if (dpp2_people_import_get_n_valid (import) != 10000)
        g_error ("only %u valid rows", dpp2_people_import_get_n_valid (import));
      if (!dpp2_people_import_apply (import, store, &error))
        g_error ("%s", error->message);
      if (with_page)
        wait_frames ();

      if (r > 0)
        {
          double total = (g_get_monotonic_time () - start) / 1000.0;
          double parse = (parsed - start) / 1000.0;

          g_array_append_val (ms, total);
          g_array_append_val (parse_ms, parse);
        }
      if (window != NULL)
        {
          gtk_window_destroy (GTK_WINDOW (window));
          wait_frames ();
        }
      dpp2_store_close (store, NULL);
      g_file_delete (copy, NULL, NULL);
    }

  if (with_page)
    report ("  with the people page open", ms, 1000.0);
  else
    {
      report ("read and parse a CSV of 10,000 people", parse_ms, 1000.0);
      report ("import a CSV of 10,000 people", ms, 1000.0);
    }
  g_unlink (csv_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GError) error = NULL;
  guint runs;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("Usage: %s DOCUMENT RUNS\n", argv[0]);
      return EXIT_FAILURE;
    }
  runs = MAX (1, atoi (argv[2]));
  gtk_init ();
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[1]);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_READ_ONLY, NULL, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  bench_filter (store, runs, TRUE);
  bench_filter (store, runs, FALSE);
  dpp2_store_close (store, NULL);
  g_clear_object (&store);

  bench_import (argv[1], runs, FALSE);
  bench_import (argv[1], runs, TRUE);
  return EXIT_SUCCESS;
}
