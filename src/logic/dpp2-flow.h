/* dpp2-flow.h — cumulative flow: a sprint's cards per column per day, from its history
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

/* Point K is the start of day K of the sprint; point n_days is the end of its last day.
 * Only the first n_actual points are known. */
typedef struct
{
  GDate   start;
  guint   n_days;
  guint   n_points;     /* n_days + 1, or 0 without valid dates */
  guint   n_actual;
  guint   n_columns;
  gint64 *column_ids;   /* n_columns, in board order */
  char  **column_names; /* n_columns (NULL-terminated), for legends; may be empty strings */
  gboolean *column_done;/* n_columns */
  guint  *counts;       /* n_points × n_columns: counts[k * n_columns + c] */
} Dpp2Flow;

Dpp2Flow *dpp2_flow_compute          (const Dpp2CardMove *moves,
                                      guint               n_moves,
                                      gint64              sprint_id,
                                      const gint64       *column_ids,
                                      const char * const *column_names,
                                      const gboolean     *column_done,
                                      guint               n_columns,
                                      const GDate        *start,
                                      const GDate        *end,
                                      GTimeZone          *tz,
                                      gint64              now);
Dpp2Flow *dpp2_flow_new_for_sprint   (Dpp2Store          *store,
                                      gint64              sprint_id,
                                      gint64              now,
                                      GError            **error);
guint     dpp2_flow_get_count        (const Dpp2Flow     *flow,
                                      guint               point,
                                      guint               column);
char     *dpp2_flow_describe         (const Dpp2Flow     *flow);
void      dpp2_flow_free             (Dpp2Flow           *flow);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2Flow, dpp2_flow_free)

G_END_DECLS
