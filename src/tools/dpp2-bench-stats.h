/* dpp2-bench-stats.h — the sums every benchmark program makes of its timings
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorts MS, an array of double milliseconds, from fastest to slowest. */
void   dpp2_bench_sort       (GArray *ms);
/* The value at fraction P (0.5: the median, 0.95: p95) of MS, which must be sorted. */
double dpp2_bench_percentile (GArray *ms,
                              double  p);

G_END_DECLS
