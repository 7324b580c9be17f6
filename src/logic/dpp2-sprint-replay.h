/* dpp2-sprint-replay.h — a sprint's card history replayed day by day
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

/* The longest sprint the charts draw, so a mistyped year cannot ask for 300,000 days. */
#define DPP2_SPRINT_MAX_DAYS 366

/* One card of the sprint at a moment. */
typedef struct
{
  gint64 card_id;
  gint64 column_id;
  gint64 points;
} Dpp2ReplayCard;

/* Called for each known point K (0 … n_days) with the cards that were in the sprint
 * at the start of day K (K = n_days: at the end of the sprint), in no particular order. */
typedef void (*Dpp2ReplayFunc) (guint                 point,
                                const Dpp2ReplayCard *cards,
                                guint                 n_cards,
                                gpointer              user_data);

guint   dpp2_sprint_count_days   (const GDate        *start,
                                  const GDate        *end);
guint   dpp2_sprint_replay       (const Dpp2CardMove *moves,
                                  guint               n_moves,
                                  gint64              sprint_id,
                                  const GDate        *start,
                                  guint               n_days,
                                  GTimeZone          *tz,
                                  gint64              now,
                                  Dpp2ReplayFunc      func,
                                  gpointer            user_data);
GArray *dpp2_sprint_dup_history  (Dpp2Store          *store,
                                  gint64              sprint_id,
                                  GError            **error);
gboolean dpp2_sprint_get_dates   (Dpp2Store          *store,
                                  gint64              sprint_id,
                                  GDate              *start,
                                  GDate              *end,
                                  gint64             *team_id);

G_END_DECLS
