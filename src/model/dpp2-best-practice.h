/* dpp2-best-practice.h — best practice, a row of the best_practice table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_BEST_PRACTICE (dpp2_best_practice_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2BestPractice, dpp2_best_practice, DPP2, BEST_PRACTICE, Dpp2Record)

gint64                 dpp2_best_practice_get_case_id     (Dpp2BestPractice *self);
const char            *dpp2_best_practice_get_title       (Dpp2BestPractice *self);
const char            *dpp2_best_practice_get_description (Dpp2BestPractice *self);
Dpp2BestPracticeStatus dpp2_best_practice_get_status      (Dpp2BestPractice *self);

G_END_DECLS
