/* dpp2-model.h — every entity of an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-types.h"
#include "dpp2-record.h"
#include "dpp2-organisation.h"
#include "dpp2-person.h"
#include "dpp2-team.h"
#include "dpp2-team-member.h"
#include "dpp2-goal.h"
#include "dpp2-learning-case.h"
#include "dpp2-sprint.h"
#include "dpp2-board-column.h"
#include "dpp2-card.h"
#include "dpp2-best-practice.h"
#include "dpp2-record-list.h"
