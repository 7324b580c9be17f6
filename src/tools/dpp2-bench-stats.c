/* dpp2-bench-stats.c — the sums every benchmark program makes of its timings
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dpp2-bench-stats.h"

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
