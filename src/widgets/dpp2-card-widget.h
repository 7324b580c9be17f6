/* dpp2-card-widget.h — one card of a sprint board
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/dpp2-model.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CARD_WIDGET (dpp2_card_widget_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2CardWidget, dpp2_card_widget, DPP2, CARD_WIDGET, GtkWidget)

GtkWidget  *dpp2_card_widget_new             (void);
Dpp2Card   *dpp2_card_widget_get_card        (Dpp2CardWidget *self);
void        dpp2_card_widget_set_card        (Dpp2CardWidget *self,
                                              Dpp2Card       *card);
const char *dpp2_card_widget_get_title_text  (Dpp2CardWidget *self);
void        dpp2_goal_color                  (gint64          goal_id,
                                              GdkRGBA        *rgba);
void        dpp2_checklist_count             (const char     *checklist,
                                              guint          *done,
                                              guint          *total);
const char *dpp2_card_kind_icon_name         (Dpp2CardKind    kind);

G_END_DECLS
