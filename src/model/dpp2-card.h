/* dpp2-card.h — card, a row of the card table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_CARD (dpp2_card_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Card, dpp2_card, DPP2, CARD, Dpp2Record)

gint64       dpp2_card_get_case_id        (Dpp2Card *self);
gint64       dpp2_card_get_sprint_id      (Dpp2Card *self);
gint64       dpp2_card_get_column_id      (Dpp2Card *self);
gint64       dpp2_card_get_position       (Dpp2Card *self);
const char  *dpp2_card_get_title          (Dpp2Card *self);
const char  *dpp2_card_get_description    (Dpp2Card *self);
gint64       dpp2_card_get_assignee_id    (Dpp2Card *self);
gint64       dpp2_card_get_points         (Dpp2Card *self);
const char  *dpp2_card_get_due_date       (Dpp2Card *self);
gboolean     dpp2_card_get_blocked        (Dpp2Card *self);
const char  *dpp2_card_get_blocked_reason (Dpp2Card *self);
Dpp2CardKind dpp2_card_get_kind           (Dpp2Card *self);
const char  *dpp2_card_get_checklist      (Dpp2Card *self);

G_END_DECLS
