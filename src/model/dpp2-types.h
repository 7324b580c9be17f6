/* dpp2-types.h — enumerations stored in organisation documents
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The numeric values are part of the file format: never renumber, only append. */

typedef enum {
  DPP2_GOAL_STATUS_DRAFT = 0,
  DPP2_GOAL_STATUS_ACTIVE = 1,
  DPP2_GOAL_STATUS_ACHIEVED = 2,
  DPP2_GOAL_STATUS_DROPPED = 3,
} Dpp2GoalStatus;

typedef enum {
  DPP2_CASE_STATUS_OPEN = 0,
  DPP2_CASE_STATUS_IN_PROGRESS = 1,
  DPP2_CASE_STATUS_DONE = 2,
  DPP2_CASE_STATUS_DROPPED = 3,
} Dpp2CaseStatus;

typedef enum {
  DPP2_PRIORITY_LOW = 0,
  DPP2_PRIORITY_NORMAL = 1,
  DPP2_PRIORITY_HIGH = 2,
} Dpp2Priority;

typedef enum {
  DPP2_SPRINT_STATE_PLANNED = 0,
  DPP2_SPRINT_STATE_ACTIVE = 1,
  DPP2_SPRINT_STATE_CLOSED = 2,
} Dpp2SprintState;

typedef enum {
  DPP2_CARD_KIND_TASK = 0,
  DPP2_CARD_KIND_LEARNING_ACTIVITY = 1,
  DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE = 2,
} Dpp2CardKind;

typedef enum {
  DPP2_BEST_PRACTICE_STATUS_DRAFT = 0,
  DPP2_BEST_PRACTICE_STATUS_APPROVED = 1,
  DPP2_BEST_PRACTICE_STATUS_ROLLED_OUT = 2,
} Dpp2BestPracticeStatus;

/* Senge's five disciplines (The Fifth Discipline, 1990). */
typedef enum {
  DPP2_DISCIPLINES_NONE = 0,
  DPP2_DISCIPLINES_PERSONAL_MASTERY = 1 << 0,
  DPP2_DISCIPLINES_TEAM_LEARNING = 1 << 1,
  DPP2_DISCIPLINES_SHARED_VISION = 1 << 2,
  DPP2_DISCIPLINES_MENTAL_MODELS = 1 << 3,
  DPP2_DISCIPLINES_SYSTEMS_THINKING = 1 << 4,
} Dpp2Disciplines;

#define DPP2_TYPE_GOAL_STATUS          (dpp2_goal_status_get_type ())
#define DPP2_TYPE_CASE_STATUS          (dpp2_case_status_get_type ())
#define DPP2_TYPE_PRIORITY             (dpp2_priority_get_type ())
#define DPP2_TYPE_SPRINT_STATE         (dpp2_sprint_state_get_type ())
#define DPP2_TYPE_CARD_KIND            (dpp2_card_kind_get_type ())
#define DPP2_TYPE_BEST_PRACTICE_STATUS (dpp2_best_practice_status_get_type ())
#define DPP2_TYPE_DISCIPLINES          (dpp2_disciplines_get_type ())

GType dpp2_goal_status_get_type (void) G_GNUC_CONST;
GType dpp2_case_status_get_type (void) G_GNUC_CONST;
GType dpp2_priority_get_type (void) G_GNUC_CONST;
GType dpp2_sprint_state_get_type (void) G_GNUC_CONST;
GType dpp2_card_kind_get_type (void) G_GNUC_CONST;
GType dpp2_best_practice_status_get_type (void) G_GNUC_CONST;
GType dpp2_disciplines_get_type (void) G_GNUC_CONST;

const char *dpp2_enum_get_label (GType enum_type,
                                 int   value);

G_END_DECLS
