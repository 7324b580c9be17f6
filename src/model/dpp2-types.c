/* dpp2-types.c — enumerations stored in organisation documents
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-types.h"

/* The value_name of each GEnumValue is the English label shown in the
 * interface (marked for translation), so views need no extra table;
 * dpp2_enum_get_label() translates it. */

#define DEFINE_ENUM(func, Name, ...)                                       \
  GType                                                                    \
  func (void)                                                              \
  {                                                                        \
    static gsize type_id;                                                  \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } }; \
    if (g_once_init_enter (&type_id))                                      \
      g_once_init_leave (&type_id, g_enum_register_static (Name, values)); \
    return type_id;                                                        \
  }

DEFINE_ENUM (dpp2_goal_status_get_type, "Dpp2GoalStatus",
             { DPP2_GOAL_STATUS_DRAFT, N_("Draft"), "draft" },
             { DPP2_GOAL_STATUS_ACTIVE, N_("Active"), "active" },
             { DPP2_GOAL_STATUS_ACHIEVED, N_("Achieved"), "achieved" },
             { DPP2_GOAL_STATUS_DROPPED, N_("Dropped"), "dropped" })

DEFINE_ENUM (dpp2_case_status_get_type, "Dpp2CaseStatus",
             { DPP2_CASE_STATUS_OPEN, N_("Open"), "open" },
             { DPP2_CASE_STATUS_IN_PROGRESS, N_("In Progress"), "in-progress" },
             { DPP2_CASE_STATUS_DONE, N_("Done"), "done" },
             { DPP2_CASE_STATUS_DROPPED, N_("Dropped"), "dropped" })

DEFINE_ENUM (dpp2_priority_get_type, "Dpp2Priority",
             { DPP2_PRIORITY_LOW, N_("Low"), "low" },
             { DPP2_PRIORITY_NORMAL, N_("Normal"), "normal" },
             { DPP2_PRIORITY_HIGH, N_("High"), "high" })

DEFINE_ENUM (dpp2_sprint_state_get_type, "Dpp2SprintState",
             { DPP2_SPRINT_STATE_PLANNED, N_("Planned"), "planned" },
             { DPP2_SPRINT_STATE_ACTIVE, N_("Active"), "active" },
             { DPP2_SPRINT_STATE_CLOSED, N_("Closed"), "closed" })

DEFINE_ENUM (dpp2_card_kind_get_type, "Dpp2CardKind",
             { DPP2_CARD_KIND_TASK, N_("Task"), "task" },
             { DPP2_CARD_KIND_LEARNING_ACTIVITY, N_("Learning Activity"), "learning-activity" },
             { DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE, N_("Best-Practice Candidate"),
               "best-practice-candidate" })

DEFINE_ENUM (dpp2_best_practice_status_get_type, "Dpp2BestPracticeStatus",
             { DPP2_BEST_PRACTICE_STATUS_DRAFT, N_("Draft"), "draft" },
             { DPP2_BEST_PRACTICE_STATUS_APPROVED, N_("Approved"), "approved" },
             { DPP2_BEST_PRACTICE_STATUS_ROLLED_OUT, N_("Rolled Out"), "rolled-out" })

GType
dpp2_disciplines_get_type (void)
{
  static gsize type_id;
  static const GFlagsValue values[] = {
    { DPP2_DISCIPLINES_PERSONAL_MASTERY, N_("Personal Mastery"), "personal-mastery" },
    { DPP2_DISCIPLINES_TEAM_LEARNING, N_("Team Learning"), "team-learning" },
    { DPP2_DISCIPLINES_SHARED_VISION, N_("Shared Vision"), "shared-vision" },
    { DPP2_DISCIPLINES_MENTAL_MODELS, N_("Mental Models"), "mental-models" },
    { DPP2_DISCIPLINES_SYSTEMS_THINKING, N_("Systems Thinking"), "systems-thinking" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_flags_register_static ("Dpp2Disciplines", values));
  return type_id;
}

/**
 * dpp2_enum_get_label:
 * @enum_type: one of the enumeration or flags types of this file
 * @value: a value of it (for flags: a single flag)
 *
 * Returns: (transfer none): the translated label of @value, or "" if unknown
 */
const char *
dpp2_enum_get_label (GType enum_type,
                     int   value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (enum_type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumValue *v = g_enum_get_value (G_ENUM_CLASS (klass), value);
      return v != NULL ? _(v->value_name) : "";
    }
  if (G_IS_FLAGS_CLASS (klass))
    {
      GFlagsValue *v = g_flags_get_first_value (G_FLAGS_CLASS (klass), (guint) value);
      return v != NULL ? _(v->value_name) : "";
    }
  g_return_val_if_reached ("");
}
