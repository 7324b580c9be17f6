/* dpp2-bench-charts.c — how long the sprint charts take on a large sprint
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: dpp2-bench-charts FILE [RUNS]
 * Opens a copy-free read of FILE (made by dpp2-generate), takes the sprint with the most
 * cards and prints the median milliseconds of each step that redraws its charts after a
 * change: reading the history, computing burndown and flow, drawing both at 1000 × 400.
 * Run by tools/bench.d/50-sprint-charts.py; it prints figures, it does not judge them.
 */
#include "config.h"

#include "dpp2-bench-support.h"

#include <gtk/gtk.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include "logic/dpp2-board-logic.h"
#include "logic/dpp2-burndown.h"
#include "logic/dpp2-flow.h"
#include "logic/dpp2-sprint-replay.h"
#include "store/dpp2-store.h"
#include "widgets/dpp2-burndown-chart.h"
#include "widgets/dpp2-flow-chart.h"

typedef struct
{
  const char *name;
  GArray     *ms;
} Figure;

static void
print_figure (const char *name,
              GArray     *ms)
{
  dpp2_bench_sort (ms);
  g_print ("%-28s median %8.2f ms  (min %7.2f, max %7.2f, %u runs)\n", name,
           dpp2_bench_percentile (ms, 0.5), g_array_index (ms, double, 0),
           g_array_index (ms, double, ms->len - 1), ms->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(Dpp2Sprint) sprint = NULL;
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(GListModel) columns = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *pango;
  Dpp2ChartColors colors;
  GArray *history_ms, *burndown_ms, *flow_ms, *draw_b_ms, *draw_f_ms, *total_ms;
  gint64 sprint_id, now = g_get_real_time () / G_USEC_PER_SEC;
  guint runs, n_cards;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) MAX (atoi (argv[2]), 1) : 21;

  file = g_file_new_for_commandline_arg (argv[1]);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_READ_ONLY | DPP2_STORE_OPEN_IGNORE_LOCK, NULL,
                           &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  sprint = dpp2_bench_largest_sprint (store, &n_cards);
  if (sprint == NULL)
    {
      g_printerr ("No sprint with cards\n");
      return 1;
    }
  sprint_id = dpp2_record_get_id (DPP2_RECORD (sprint));
  /* Dpp2SprintCharts holds these lists while it shows a sprint; so does the bench. */
  cards = dpp2_store_list_cards_of_sprint (store, sprint_id);
  columns = dpp2_store_list_columns_of_team (store, dpp2_sprint_get_team_id (sprint));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 400);
  cr = cairo_create (surface);
  pango = pango_cairo_create_context (cr);
  dpp2_chart_colors_init_default (&colors, FALSE);

  history_ms = g_array_new (FALSE, FALSE, sizeof (double));
  burndown_ms = g_array_new (FALSE, FALSE, sizeof (double));
  flow_ms = g_array_new (FALSE, FALSE, sizeof (double));
  draw_b_ms = g_array_new (FALSE, FALSE, sizeof (double));
  draw_f_ms = g_array_new (FALSE, FALSE, sizeof (double));
  total_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i <= runs; i++)
    {
      gint64 t0, t1, t2, t3, t4, t5;
      g_autoptr(GArray) history = NULL;
      g_autoptr(Dpp2Burndown) burndown = NULL;
      g_autoptr(Dpp2Flow) flow = NULL;
      double ms;

      t0 = g_get_monotonic_time ();
      history = dpp2_sprint_dup_history (store, sprint_id, &error);
      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      burndown = dpp2_burndown_new_for_sprint (store, sprint_id, now, &error);
      g_assert_no_error (error);
      t2 = g_get_monotonic_time ();
      flow = dpp2_flow_new_for_sprint (store, sprint_id, now, &error);
      g_assert_no_error (error);
      t3 = g_get_monotonic_time ();
      dpp2_burndown_chart_draw (cr, 1000, 400, burndown, &colors, pango);
      cairo_surface_flush (surface);
      t4 = g_get_monotonic_time ();
      dpp2_flow_chart_draw (cr, 1000, 400, flow, &colors, pango);
      cairo_surface_flush (surface);
      t5 = g_get_monotonic_time ();

      /* The first round warms the caches. */
      if (i == 0)
        {
          g_print ("sprint: %u cards, %u history records, %u days\n", n_cards, history->len,
                   burndown->n_days);
          continue;
        }
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (history_ms, ms);
      ms = (t2 - t1) / 1000.0;
      g_array_append_val (burndown_ms, ms);
      ms = (t3 - t2) / 1000.0;
      g_array_append_val (flow_ms, ms);
      ms = (t4 - t3) / 1000.0;
      g_array_append_val (draw_b_ms, ms);
      ms = (t5 - t4) / 1000.0;
      g_array_append_val (draw_f_ms, ms);
      ms = (t5 - t1) / 1000.0;
      g_array_append_val (total_ms, ms);
    }

  print_figure ("read history", history_ms);
  print_figure ("burndown (read + compute)", burndown_ms);
  print_figure ("flow (read + compute)", flow_ms);
  print_figure ("draw burndown 1000x400", draw_b_ms);
  print_figure ("draw flow 1000x400", draw_f_ms);
  print_figure ("charts after a change", total_ms);

  g_array_unref (history_ms);
  g_array_unref (burndown_ms);
  g_array_unref (flow_ms);
  g_array_unref (draw_b_ms);
  g_array_unref (draw_f_ms);
  g_array_unref (total_ms);
  g_object_unref (pango);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  dpp2_store_close (store, NULL);
  return 0;
}
