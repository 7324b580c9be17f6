/* test-burndown.c — burndown and cumulative flow from a card history fixture
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "logic/dpp2-burndown.h"
#include "logic/dpp2-flow.h"
#include "logic/dpp2-sprint-replay.h"

#define SPRINT 7
#define NEXT 8
#define TODO 1
#define DOING 2
#define DONE 3

/* Seconds since 1970 of 2026-11-30 (the sprint's first day) 00:00 UTC, plus days and hours. */
#define DAY0 G_GINT64_CONSTANT (1795996800)
#define T(day, hour) (DAY0 + (gint64) (day) * 86400 + (gint64) ((hour) * 3600))

/* A five-day sprint, 30 November to 4 December 2026. Points at the start of each day:
 *          remaining  scope  To do  Doing  Done
 *   day 0      10       10     3      0      0
 *   day 1       7       10     1      1      1    card 1 started, card 2 done
 *   day 2       7       10     1      1      1    (a day without moves)
 *   day 3       6       14     2      0      2    card 4 added mid-sprint, card 1 done
 *   day 4      12       17     2      1      1    card 2 back out of done, card 3 2 → 5 points
 *   end         3       12     0      1      2    card 3 to the next sprint, card 4 done
 */
static const Dpp2CardMove history[] = {
  /* Listed out of time order on purpose: the replay sorts. */
  { 4, T (2, 9), 0, 0, SPRINT, TODO, 4 },
  { 1, T (-3, 8), 0, 0, 0, 0, 5 },
  { 1, T (-1, 0), 0, 0, SPRINT, TODO, 5 },
  { 2, T (-1, 0), 0, 0, SPRINT, TODO, 3 },
  { 3, T (-1, 0), 0, 0, SPRINT, TODO, 2 },
  { 1, T (0, 10), SPRINT, TODO, SPRINT, DOING, 5 },
  { 2, T (0, 15), SPRINT, TODO, SPRINT, DONE, 3 },
  { 1, T (2, 11), SPRINT, DOING, SPRINT, DONE, 5 },
  { 2, T (3, 9), SPRINT, DONE, SPRINT, DOING, 3 },
  { 3, T (3, 12), SPRINT, TODO, SPRINT, TODO, 5 },
  { 9, T (3, 13), NEXT, TODO, NEXT, DOING, 8 },
  { 3, T (4, 10), SPRINT, TODO, NEXT, TODO, 5 },
  { 4, T (4, 16), SPRINT, TODO, SPRINT, DONE, 4 },
};

static const gint64 done_columns[] = { DONE };
static const gint64 columns[] = { TODO, DOING, DONE };
static const char * const column_names[] = { "To do", "Doing", "Done", NULL };
static const gboolean column_done[] = { FALSE, FALSE, TRUE };

static void
sprint_dates (GDate *start,
              GDate *end)
{
  g_date_clear (start, 1);
  g_date_clear (end, 1);
  g_date_set_dmy (start, 30, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (end, 4, G_DATE_DECEMBER, 2026);
}

static Dpp2Burndown *
burndown_at (gint64     now,
             GTimeZone *tz)
{
  GDate start, end;

  sprint_dates (&start, &end);
  return dpp2_burndown_compute (history, G_N_ELEMENTS (history), SPRINT, done_columns,
                                G_N_ELEMENTS (done_columns), &start, &end, tz, now);
}

static void
test_fixture_time (void)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2026, 11, 30, 0, 0, 0);

  g_assert_cmpint (g_date_time_to_unix (dt), ==, DAY0);
}

static void
test_burndown_past (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(Dpp2Burndown) burndown = burndown_at (T (20, 0), utc);
  const double remaining[] = { 10, 7, 7, 6, 12, 3 };
  const double scope[] = { 10, 10, 10, 14, 17, 12 };
  const double ideal[] = { 10, 8, 6, 4, 2, 0 };
  g_autofree char *text = NULL;

  g_assert_cmpuint (burndown->n_days, ==, 5);
  g_assert_cmpuint (burndown->n_points, ==, 6);
  g_assert_cmpuint (burndown->n_actual, ==, 6);
  for (guint k = 0; k < 6; k++)
    {
      g_test_message ("point %u", k);
      g_assert_cmpfloat (burndown->remaining[k], ==, remaining[k]);
      g_assert_cmpfloat (burndown->scope[k], ==, scope[k]);
      g_assert_cmpfloat_with_epsilon (burndown->ideal[k], ideal[k], 1e-9);
    }

  text = dpp2_burndown_describe (burndown);
  g_assert_cmpstr (text, ==, "Burndown: remaining 3 of 12 points on day 5 of 5; ideal 0");
}

static void
test_burndown_running (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* Day 2 at noon: the moves of that morning count, later ones are not there yet. */
  g_autoptr(Dpp2Burndown) running = burndown_at (T (2, 12), utc);
  g_autoptr(Dpp2Burndown) morning = burndown_at (T (2, 10), utc);
  g_autoptr(Dpp2Burndown) before = burndown_at (T (-2, 0), utc);
  g_autofree char *text = NULL;

  g_assert_cmpuint (running->n_actual, ==, 4);
  g_assert_cmpfloat (running->remaining[2], ==, 7);
  g_assert_cmpfloat (running->remaining[3], ==, 6);
  g_assert_cmpfloat (running->scope[3], ==, 14);
  text = dpp2_burndown_describe (running);
  g_assert_cmpstr (text, ==, "Burndown: remaining 6 of 14 points on day 3 of 5; ideal 4");

  g_assert_cmpuint (morning->n_actual, ==, 4);
  g_assert_cmpfloat (morning->remaining[3], ==, 11);

  /* Before the start only the plan is known: card 1 was still in the backlog. */
  g_assert_cmpuint (before->n_actual, ==, 1);
  g_assert_cmpfloat (before->remaining[0], ==, 0);
}

static void
test_burndown_time_zone (void)
{
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* 29 November 23:30 UTC is already 30 November in Amsterdam. */
  const Dpp2CardMove late[] = {
    { 1, T (-1, 0), 0, 0, SPRINT, TODO, 5 },
    { 1, T (-1, 23.5), SPRINT, TODO, SPRINT, DONE, 5 },
  };
  GDate start, end;
  g_autoptr(Dpp2Burndown) in_utc = NULL;
  g_autoptr(Dpp2Burndown) in_nl = NULL;

  if (amsterdam == NULL)
    {
      g_test_skip ("No time zone data");
      return;
    }
  sprint_dates (&start, &end);
  in_utc = dpp2_burndown_compute (late, 2, SPRINT, done_columns, 1, &start, &end, utc, T (9, 0));
  in_nl = dpp2_burndown_compute (late, 2, SPRINT, done_columns, 1, &start, &end, amsterdam,
                                 T (9, 0));
  g_assert_cmpfloat (in_utc->remaining[0], ==, 0);
  g_assert_cmpfloat (in_nl->remaining[0], ==, 5);
  g_assert_cmpfloat (in_nl->remaining[1], ==, 0);
}

static void
test_burndown_no_dates (void)
{
  GDate start, end;
  g_autoptr(Dpp2Burndown) reversed = NULL;
  g_autoptr(Dpp2Burndown) unset = NULL;
  g_autofree char *text = NULL;

  sprint_dates (&start, &end);
  reversed = dpp2_burndown_compute (history, G_N_ELEMENTS (history), SPRINT, NULL, 0,
                                    &end, &start, NULL, T (9, 0));
  g_assert_cmpuint (reversed->n_points, ==, 0);
  g_date_clear (&start, 1);
  unset = dpp2_burndown_compute (NULL, 0, SPRINT, NULL, 0, &start, &end, NULL, T (9, 0));
  g_assert_cmpuint (unset->n_points, ==, 0);
  text = dpp2_burndown_describe (unset);
  g_assert_nonnull (text);
}

static void
test_burndown_empty_start (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* A sprint that started empty: the ideal falls from the first points it held. */
  const Dpp2CardMove moves[] = {
    { 1, T (1, 9), 0, 0, SPRINT, TODO, 8 },
  };
  GDate start, end;
  g_autoptr(Dpp2Burndown) burndown = NULL;

  sprint_dates (&start, &end);
  burndown = dpp2_burndown_compute (moves, 1, SPRINT, done_columns, 1, &start, &end, utc,
                                    T (9, 0));
  g_assert_cmpfloat (burndown->remaining[0], ==, 0);
  g_assert_cmpfloat (burndown->remaining[2], ==, 8);
  g_assert_cmpfloat (burndown->ideal[0], ==, 8);
  g_assert_cmpfloat (burndown->ideal[5], ==, 0);
}

static void
test_flow (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const guint expected[6][3] = {
    { 3, 0, 0 },
    { 1, 1, 1 },
    { 1, 1, 1 },   /* no moves on day 1 */
    { 2, 0, 2 },
    { 2, 1, 1 },
    { 0, 1, 2 },
  };
  GDate start, end;
  g_autoptr(Dpp2Flow) flow = NULL;
  g_autofree char *text = NULL;

  sprint_dates (&start, &end);
  flow = dpp2_flow_compute (history, G_N_ELEMENTS (history), SPRINT, columns, column_names,
                            column_done, 3, &start, &end, utc, T (20, 0));
  g_assert_cmpuint (flow->n_points, ==, 6);
  g_assert_cmpuint (flow->n_actual, ==, 6);
  g_assert_cmpuint (flow->n_columns, ==, 3);
  g_assert_true (flow->column_done[2]);
  for (guint k = 0; k < 6; k++)
    for (guint c = 0; c < 3; c++)
      {
        g_test_message ("point %u column %u", k, c);
        g_assert_cmpuint (dpp2_flow_get_count (flow, k, c), ==, expected[k][c]);
      }

  text = dpp2_flow_describe (flow);
  g_assert_cmpstr (text, ==, "Cumulative flow on day 5 of 5: To do 0, Doing 1, Done 2");
}

static void
test_flow_unknown_column (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* A column that was removed since: its card counts in the first column. */
  const Dpp2CardMove moves[] = {
    { 1, T (-1, 0), 0, 0, SPRINT, 99, 1 },
    { 2, T (-1, 0), 0, 0, SPRINT, DONE, 1 },
  };
  GDate start, end;
  g_autoptr(Dpp2Flow) flow = NULL;

  sprint_dates (&start, &end);
  flow = dpp2_flow_compute (moves, 2, SPRINT, columns, NULL, NULL, 3, &start, &end, utc,
                            T (1, 12));
  g_assert_cmpuint (flow->n_actual, ==, 3);
  g_assert_cmpuint (dpp2_flow_get_count (flow, 0, 0), ==, 1);
  g_assert_cmpuint (dpp2_flow_get_count (flow, 0, 2), ==, 1);
  g_assert_cmpstr (flow->column_names[0], ==, "");
}

static void
test_count_days (void)
{
  GDate start, end;

  sprint_dates (&start, &end);
  g_assert_cmpuint (dpp2_sprint_count_days (&start, &end), ==, 5);
  g_assert_cmpuint (dpp2_sprint_count_days (&start, &start), ==, 1);
  g_assert_cmpuint (dpp2_sprint_count_days (&end, &start), ==, 0);
  g_date_set_dmy (&end, 1, G_DATE_JANUARY, 2099);
  g_assert_cmpuint (dpp2_sprint_count_days (&start, &end), ==, DPP2_SPRINT_MAX_DAYS);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/burndown/fixture-time", test_fixture_time);
  g_test_add_func ("/burndown/past", test_burndown_past);
  g_test_add_func ("/burndown/running", test_burndown_running);
  g_test_add_func ("/burndown/time-zone", test_burndown_time_zone);
  g_test_add_func ("/burndown/no-dates", test_burndown_no_dates);
  g_test_add_func ("/burndown/empty-start", test_burndown_empty_start);
  g_test_add_func ("/flow/columns", test_flow);
  g_test_add_func ("/flow/unknown-column", test_flow_unknown_column);
  g_test_add_func ("/sprint/count-days", test_count_days);

  return g_test_run ();
}
