/* dpp2-bench-store.c — how long the document layer takes on a large organisation
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: dpp2-bench-store DIR [RUNS]
 * Generates the default large organisation into DIR RUNS times (timing each), opens it, and
 * times single edits (commit and model notification), undo and redo. Prints medians; it
 * does not judge them — tools/bench.d/25-store.py compares them with the goals.
 */
#include "config.h"

#include "dpp2-bench-support.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "store/dpp2-generator.h"
#include "store/dpp2-store.h"

static void
print_figure (const char *name,
              GArray     *ms)
{
  dpp2_bench_sort (ms);
  g_print ("%s median-ms=%.3f min-ms=%.3f max-ms=%.3f runs=%u\n", name,
           dpp2_bench_percentile (ms, 0.5), g_array_index (ms, double, 0),
           g_array_index (ms, double, ms->len - 1), ms->len);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             guint      *count)
{
  (*count)++;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) generate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  Dpp2GeneratorOptions options;
  guint runs, notifications = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s DIR [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  path = g_build_filename (argv[1], "large.dpp2", NULL);
  file = g_file_new_for_path (path);
  dpp2_generator_options_init (&options);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start;
      double ms;

      g_remove (path);
      start = g_get_monotonic_time ();
      if (!dpp2_generator_write (file, &options, &error))
        g_error ("generate: %s", error->message);
      ms = ms_since (start);
      g_array_append_val (generate, ms);
    }

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(Dpp2Store) opened = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
      g_autoptr(GListModel) list = NULL;
      double ms;

      if (opened == NULL)
        g_error ("open: %s", error->message);
      /* What the first page needs: the organisation and the list of people. */
      list = dpp2_store_list_people (opened);
      g_list_model_get_n_items (list);
      ms = ms_since (start);
      g_array_append_val (open, ms);
      dpp2_store_close (opened, NULL);
    }

  store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  if (store == NULL)
    g_error ("open: %s", error->message);
  people = dpp2_store_list_people (store);

  for (guint i = 0; i < MAX (runs * 20, 101); i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (people, (i * 37) % g_list_model_get_n_items (people));
      g_autofree char *title = g_strdup_printf ("Bench title %u", i);
      gulong handler = g_signal_connect (person, "notify::job-title", G_CALLBACK (notified_cb), &notifications);
      gint64 start;
      double ms;

      /* One edit as a page makes it: commit, undo step, and the object's notification. */
      start = g_get_monotonic_time ();
      g_object_set (person, "job-title", title, NULL);
      ms = ms_since (start);
      g_array_append_val (edit, ms);
      g_signal_handler_disconnect (person, handler);
    }
  if (notifications < edit->len)
    g_error ("only %u of %u edits notified", notifications, edit->len);

  for (guint i = 0; i < 50; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!dpp2_store_undo (store, &error))
        g_error ("undo: %s", error->message);
      ms = ms_since (start);
      g_array_append_val (undo, ms);
    }
  for (guint i = 0; i < 50; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!dpp2_store_redo (store, &error))
        g_error ("redo: %s", error->message);
      ms = ms_since (start);
      g_array_append_val (redo, ms);
    }

  print_figure ("generate", generate);
  print_figure ("open", open);
  print_figure ("edit", edit);
  print_figure ("undo", undo);
  print_figure ("redo", redo);
  dpp2_store_close (store, NULL);
  return 0;
}
