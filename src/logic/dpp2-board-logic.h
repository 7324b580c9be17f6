/* dpp2-board-logic.h — the rules of a sprint board: order, WIP limits, capacity, closing
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_BOARD_ERROR (dpp2_board_error_quark ())

typedef enum {
  DPP2_BOARD_ERROR_SPRINT_CLOSED,
  DPP2_BOARD_ERROR_INVALID_TARGET,
} Dpp2BoardError;

/* How many closed sprints the team's capacity averages over. */
#define DPP2_BOARD_CAPACITY_SPRINTS 3

/* A card as the pure functions see it. */
typedef struct
{
  gint64 card_id;
  gint64 column_id;
  gint64 position;
  gint64 points;
} Dpp2BoardCard;

/* Where one unfinished card goes when its sprint closes. */
typedef struct
{
  gint64 card_id;
  gint64 to_sprint_id;   /* 0: the backlog */
  gint64 to_column_id;   /* 0: no column (the backlog has none) */
} Dpp2CarryOver;

/* The cards in a column against its WIP limit. */
typedef struct
{
  guint count;
  guint limit;     /* 0: no limit */
  guint over_by;   /* 0 unless count > limit > 0 */
} Dpp2WipCount;

GQuark    dpp2_board_error_quark         (void);

/* Order */
GArray   *dpp2_board_order_after_move    (const gint64  *column_card_ids,
                                          guint          n_cards,
                                          gint64         card_id,
                                          guint          index);
GArray   *dpp2_board_order_after_removal (const gint64  *column_card_ids,
                                          guint          n_cards,
                                          gint64         card_id);
char     *dpp2_board_validate_move       (Dpp2SprintState from_state,
                                          Dpp2SprintState to_state);

/* WIP limits */
Dpp2WipCount dpp2_board_wip_count        (guint          count,
                                          gint64         limit);
Dpp2WipCount dpp2_board_column_wip       (Dpp2Store       *store,
                                          gint64           sprint_id,
                                          Dpp2BoardColumn *column);
char     *dpp2_board_format_wip          (const Dpp2WipCount *wip);

/* Capacity and points */
double    dpp2_board_capacity_from_points (const gint64 *done_points,
                                           guint         n_sprints,
                                           guint         last_n);
double    dpp2_board_capacity            (Dpp2Store     *store,
                                          gint64         team_id);
void      dpp2_board_sprint_points       (Dpp2Store     *store,
                                          gint64         sprint_id,
                                          gint64        *total,
                                          gint64        *done);

/* Closing a sprint */
GArray   *dpp2_board_plan_carry_over     (const Dpp2BoardCard *cards,
                                          guint                n_cards,
                                          const gint64        *done_column_ids,
                                          guint                n_done_columns,
                                          gint64               carry_to_sprint_id);
char     *dpp2_board_compose_retrospective (const char *went_well,
                                            const char *to_improve,
                                            const char *learned);
gboolean  dpp2_board_split_retrospective (const char  *retrospective,
                                          char       **went_well,
                                          char       **to_improve,
                                          char       **learned);
gboolean  dpp2_board_close_sprint        (Dpp2Store   *store,
                                          Dpp2Sprint  *sprint,
                                          gint64       carry_to_sprint_id,
                                          const char  *review,
                                          const char  *went_well,
                                          const char  *to_improve,
                                          const char  *learned,
                                          GError     **error);

G_END_DECLS
