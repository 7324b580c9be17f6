/* dpp2-bench-board.c — how fast the Sprint Board shows, scrolls and moves a large sprint
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: dpp2-bench-board FILE [RUNS]
 * Opens FILE (made by dpp2-generate; it is changed), shows the Sprint Board page in a
 * 1280 × 800 window, and times, each to the end of the frame that shows it:
 *   - switching to the sprint with the most cards (from an empty sprint it adds),
 *   - every frame while scrolling the fullest column from top to bottom,
 *   - moving a card to the next column (commit + redraw), and back.
 * Run by tools/bench.d/60-sprint-board.py; it prints figures and their ratio to the goals
 * of issue 5, it does not judge them.
 */
#include "config.h"

#include "dpp2-bench-support.h"

#include <adwaita.h>
#include <stdlib.h>

#include "pages/dpp2-board-page.h"
#include "store/dpp2-store.h"

static gint64 painted_at;
static gint64 frame_started_at;

/* A frame's work runs from before-paint (layout, snapshot, render) to after-paint; the
 * wait for the frame slot in between calls is not work, so it is left out. */
static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frame_started_at = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

/* Runs the main loop until a frame is painted, and returns its work in ms. */
static double
wait_frame (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;

  /* The change itself asks for the frame; a forced full redraw would time more than it. */
  painted_at = 0;
  while (painted_at == 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (200);
  if (painted_at == 0)
    return 0;
  return (painted_at - frame_started_at) / 1000.0;
}

/* The time of a synchronous call plus the work of the frame that shows it. */
static double
call_and_frame (GtkWidget *widget,
                gint64     t0)
{
  double call = (g_get_monotonic_time () - t0) / 1000.0;

  return call + wait_frame (widget);
}

static void
settle (GtkWidget *widget)
{
  for (guint i = 0; i < 5; i++)
    {
      gtk_widget_queue_draw (widget);
      wait_frame (widget);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
print_figure (const char *name,
              GArray     *ms,
              double      percentile,
              double      goal)
{
  double value;

  dpp2_bench_sort (ms);
  value = dpp2_bench_percentile (ms, percentile);
  g_print ("%-34s %s %8.2f ms  (min %7.2f, max %7.2f, %u samples)  ratio to goal %.0f ms: %.2f\n",
           name, percentile >= 0.9 ? "p95   " : "median", value,
           g_array_index (ms, double, 0), g_array_index (ms, double, ms->len - 1), ms->len,
           goal, value / goal);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(Dpp2Sprint) sprint = NULL;
  g_autoptr(Dpp2Sprint) empty = NULL;
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GArray) switch_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scroll_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) move_ms = g_array_new (FALSE, FALSE, sizeof (double));
  Dpp2BoardLane *full = NULL, *next = NULL;
  GtkWidget *window, *page;
  GdkFrameClock *clock;
  GtkAdjustment *adjustment;
  gint64 sprint_id, empty_id, team_id;
  guint runs, n_cards, most = 0;
  double ms;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) MAX (atoi (argv[2]), 1) : 21;

  gtk_init ();
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[1]);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_IGNORE_LOCK, NULL, &error);
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
  team_id = dpp2_sprint_get_team_id (sprint);

  /* An empty sprint of the same team to switch from. */
  empty = g_object_new (DPP2_TYPE_SPRINT, "team-id", team_id, "name", "Empty",
                        "start-date", "2030-01-01", "end-date", "2030-01-14", NULL);
  if (!dpp2_store_insert (store, empty, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  empty_id = dpp2_record_get_id (DPP2_RECORD (empty));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = dpp2_board_page_new (store);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  while (clock == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      clock = gtk_widget_get_frame_clock (window);
    }
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  dpp2_board_page_set_team_id (DPP2_BOARD_PAGE (page), team_id);
  settle (window);
  g_print ("sprint: %u cards\n", n_cards);

  /* Switching to the sprint, to its first frame. */
  for (guint i = 0; i <= runs; i++)
    {
      gint64 t0;

      dpp2_board_page_set_sprint_id (DPP2_BOARD_PAGE (page), empty_id);
      settle (window);
      t0 = g_get_monotonic_time ();
      dpp2_board_page_set_sprint_id (DPP2_BOARD_PAGE (page), sprint_id);
      ms = call_and_frame (window, t0);
      if (i > 0)
        g_array_append_val (switch_ms, ms);
      settle (window);
    }

  /* The fullest column, and its neighbour for moves. */
  columns = dpp2_store_list_columns_of_team (store, team_id);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);
      Dpp2BoardLane *lane = dpp2_board_page_get_lane (DPP2_BOARD_PAGE (page),
                                                      dpp2_record_get_id (DPP2_RECORD (column)), 0);
      guint n = g_list_model_get_n_items (dpp2_board_lane_get_cards (lane));

      if (n > most)
        {
          most = n;
          full = lane;
          next = NULL;
        }
      else if (full != NULL && next == NULL)
        next = lane;
    }
  if (next == NULL)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, 0);

      next = dpp2_board_page_get_lane (DPP2_BOARD_PAGE (page), dpp2_record_get_id (DPP2_RECORD (column)), 0);
    }
  g_print ("fullest column: %u cards\n", most);

  /* Scrolling it from top to bottom, a wheel step (about a card) per frame. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (dpp2_board_lane_get_list_view (full)));
  for (guint pass = 0; pass < 2; pass++)
    {
      gtk_adjustment_set_value (adjustment, 0);
      settle (window);
      while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
             gtk_adjustment_get_upper (adjustment) - 1)
        {
          gint64 t0 = g_get_monotonic_time ();

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 100);
          ms = call_and_frame (window, t0);
          if (pass > 0)
            g_array_append_val (scroll_ms, ms);
        }
    }

  /* Moving the top card to the next column and back: commit and redraw. */
  gtk_adjustment_set_value (adjustment, 0);
  settle (window);
  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (dpp2_board_lane_get_cards (full), 0);
      gint64 from = dpp2_record_get_id (DPP2_RECORD (dpp2_board_lane_get_column (full)));
      gint64 to = dpp2_record_get_id (DPP2_RECORD (dpp2_board_lane_get_column (next)));
      gint64 t0;

      t0 = g_get_monotonic_time ();
      dpp2_board_page_move_card (DPP2_BOARD_PAGE (page), card, sprint_id, to, 0);
      ms = call_and_frame (window, t0);
      if (i > 0)
        g_array_append_val (move_ms, ms);
      settle (window);

      t0 = g_get_monotonic_time ();
      dpp2_board_page_move_card (DPP2_BOARD_PAGE (page), card, sprint_id, from, 0);
      ms = call_and_frame (window, t0);
      if (i > 0)
        g_array_append_val (move_ms, ms);
      settle (window);
    }

  print_figure ("switch to the sprint", switch_ms, 0.5, 150);
  print_figure ("scroll a column, frame", scroll_ms, 0.95, 16);
  print_figure ("move a card (commit + redraw)", move_ms, 0.5, 16);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
