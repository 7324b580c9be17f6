/* dpp2-board-page.h — the Sprint Board page: a team's sprints, backlog and kanban board
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-page.h"
#include "store/dpp2-store.h"
#include "widgets/dpp2-board-lane.h"

G_BEGIN_DECLS

typedef enum {
  DPP2_SWIMLANES_NONE = 0,
  DPP2_SWIMLANES_BY_CASE = 1,
  DPP2_SWIMLANES_BY_ASSIGNEE = 2,
} Dpp2Swimlanes;

#define DPP2_TYPE_BOARD_PAGE (dpp2_board_page_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2BoardPage, dpp2_board_page, DPP2, BOARD_PAGE, Dpp2Page)

GtkWidget     *dpp2_board_page_new                 (Dpp2Store     *store);
gint64         dpp2_board_page_get_team_id         (Dpp2BoardPage *self);
void           dpp2_board_page_set_team_id         (Dpp2BoardPage *self,
                                                    gint64         team_id);
gint64         dpp2_board_page_get_sprint_id       (Dpp2BoardPage *self);
void           dpp2_board_page_set_sprint_id       (Dpp2BoardPage *self,
                                                    gint64         sprint_id);
Dpp2BoardLane *dpp2_board_page_get_lane            (Dpp2BoardPage *self,
                                                    gint64         column_id,
                                                    guint          swimlane);
void           dpp2_board_page_set_swimlanes       (Dpp2BoardPage *self,
                                                    Dpp2Swimlanes  swimlanes);
void           dpp2_board_page_set_filter          (Dpp2BoardPage *self,
                                                    gint64         assignee_id,
                                                    gint64         case_id,
                                                    gboolean       blocked_only,
                                                    const char    *text);
gboolean       dpp2_board_page_move_card           (Dpp2BoardPage *self,
                                                    Dpp2Card      *card,
                                                    gint64         sprint_id,
                                                    gint64         column_id,
                                                    guint          index);
gboolean       dpp2_board_page_capture_best_practice (Dpp2BoardPage *self,
                                                      Dpp2Card      *card);
void           dpp2_board_page_show_board          (Dpp2BoardPage *self);
void           dpp2_board_page_show_backlog        (Dpp2BoardPage *self);
void           dpp2_board_page_show_charts         (Dpp2BoardPage *self);
GtkWindow     *dpp2_board_page_open_card_dialog    (Dpp2BoardPage *self,
                                                    Dpp2Card      *card);
GtkWindow     *dpp2_board_page_open_sprint_dialog  (Dpp2BoardPage *self,
                                                    Dpp2Sprint    *sprint);
GtkWindow     *dpp2_board_page_open_close_dialog   (Dpp2BoardPage *self);
GtkWindow     *dpp2_board_page_open_column_editor  (Dpp2BoardPage *self);

G_END_DECLS
