/* dpp2-burndown.h — a sprint's remaining points per day, from its card history
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

/* Point K is the start of day K of the sprint; point n_days is the end of its last day.
 * Only the first n_actual points are known (the rest is the future). */
typedef struct
{
  GDate   start;
  guint   n_days;
  guint   n_points;    /* n_days + 1, or 0 without valid dates */
  guint   n_actual;
  double *remaining;   /* n_points: points not in a done column */
  double *scope;       /* n_points: all points in the sprint */
  double *ideal;       /* n_points: from the committed points down to 0 */
} Dpp2Burndown;

Dpp2Burndown *dpp2_burndown_compute     (const Dpp2CardMove *moves,
                                         guint               n_moves,
                                         gint64              sprint_id,
                                         const gint64       *done_column_ids,
                                         guint               n_done_columns,
                                         const GDate        *start,
                                         const GDate        *end,
                                         GTimeZone          *tz,
                                         gint64              now);
Dpp2Burndown *dpp2_burndown_new_for_sprint (Dpp2Store       *store,
                                            gint64           sprint_id,
                                            gint64           now,
                                            GError         **error);
char         *dpp2_burndown_describe    (const Dpp2Burndown *burndown);
void          dpp2_burndown_free        (Dpp2Burndown       *burndown);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2Burndown, dpp2_burndown_free)

G_END_DECLS
