/* dpp2-bench-support.h — what the benchmark programs share: the sums of their timings, and
 * the sprint they measure
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

/* Sorts MS, an array of double milliseconds, from fastest to slowest. */
void   dpp2_bench_sort       (GArray *ms);
/* The value at fraction P (0.5: the median, 0.95: p95) of MS, which must be sorted. */
double dpp2_bench_percentile (GArray *ms,
                              double  p);

/* The sprint of STORE with the most cards (set in N_CARDS), or NULL when no sprint has any. */
Dpp2Sprint *dpp2_bench_largest_sprint (Dpp2Store *store,
                                       guint     *n_cards);

G_END_DECLS
