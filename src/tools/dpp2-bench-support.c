/* dpp2-bench-support.c — what the benchmark programs share
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dpp2-bench-support.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

void
dpp2_bench_sort (GArray *ms)
{
  g_array_sort (ms, compare_double);
}

double
dpp2_bench_percentile (GArray *ms,
                       double  p)
{
  g_assert (ms->len > 0);

  return g_array_index (ms, double, MIN ((guint) (ms->len * p), ms->len - 1));
}

Dpp2Sprint *
dpp2_bench_largest_sprint (Dpp2Store *store,
                           guint     *n_cards)
{
  g_autoptr(GListModel) teams = dpp2_store_list_teams (store);
  Dpp2Sprint *best = NULL;

  *n_cards = 0;
  for (guint t = 0; t < g_list_model_get_n_items (teams); t++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, t);
      g_autoptr(GListModel) sprints =
        dpp2_store_list_sprints_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));

      for (guint s = 0; s < g_list_model_get_n_items (sprints); s++)
        {
          g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (sprints, s);
          g_autoptr(GListModel) cards =
            dpp2_store_list_cards_of_sprint (store, dpp2_record_get_id (DPP2_RECORD (sprint)));
          guint n = g_list_model_get_n_items (cards);

          if (n > *n_cards)
            {
              *n_cards = n;
              g_set_object (&best, sprint);
            }
        }
    }
  return best;
}
