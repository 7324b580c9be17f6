/* dpp2-board-lane.h — one column of a sprint board, with its cards
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

#define DPP2_TYPE_BOARD_LANE (dpp2_board_lane_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2BoardLane, dpp2_board_lane, DPP2, BOARD_LANE, GtkWidget)

GtkWidget       *dpp2_board_lane_new             (Dpp2Store       *store,
                                                  Dpp2BoardColumn *column,
                                                  gint64           sprint_id,
                                                  GtkFilter       *filter);
Dpp2BoardColumn *dpp2_board_lane_get_column      (Dpp2BoardLane   *self);
GListModel      *dpp2_board_lane_get_cards       (Dpp2BoardLane   *self);
GListModel      *dpp2_board_lane_get_shown_cards (Dpp2BoardLane   *self);
GtkListView     *dpp2_board_lane_get_list_view   (Dpp2BoardLane   *self);
GtkDropTarget   *dpp2_board_lane_get_drop_target (Dpp2BoardLane   *self);
void             dpp2_board_lane_set_locked      (Dpp2BoardLane   *self,
                                                  gboolean         locked);
void             dpp2_board_lane_set_natural_height (Dpp2BoardLane *self,
                                                     gboolean       natural);
gboolean         dpp2_board_lane_get_over_limit  (Dpp2BoardLane   *self);
gboolean         dpp2_board_lane_focus_card      (Dpp2BoardLane   *self,
                                                  Dpp2Card        *card);
guint            dpp2_board_lane_index_of        (GListModel      *model,
                                                  gpointer         item);
guint            dpp2_board_lane_find_card       (GListModel      *cards,
                                                  Dpp2Card        *card);
gboolean         dpp2_board_lane_shows_card      (Dpp2BoardLane   *self,
                                                  Dpp2Card        *card);

G_END_DECLS
