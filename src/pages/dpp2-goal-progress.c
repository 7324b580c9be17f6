/* dpp2-goal-progress.c — live count of a goal's learning cases done
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-goals"

#include "config.h"

#include "logic/dpp2-progress.h"

#include "dpp2-goal-progress.h"

struct _Dpp2GoalProgress
{
  GObject     parent_instance;

  /* One list of all the goal's cases, each watched for notify::status, counts both done and
   * dropped ones; items mirrors cases, in order. */
  GListModel *cases;
  GPtrArray  *items;

  guint       n_done;
  guint       n_total;
};

G_DEFINE_FINAL_TYPE (Dpp2GoalProgress, dpp2_goal_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DONE,
  PROP_TOTAL,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
recount (Dpp2GoalProgress *self)
{
  guint done = 0, total = 0;
  gboolean changed = FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      Dpp2CaseStatus status = dpp2_learning_case_get_status (g_ptr_array_index (self->items, i));

      if (status == DPP2_CASE_STATUS_DROPPED)
        continue;
      total++;
      if (status == DPP2_CASE_STATUS_DONE)
        done++;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (done != self->n_done)
    {
      self->n_done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
      changed = TRUE;
    }
  if (total != self->n_total)
    {
      self->n_total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
      changed = TRUE;
    }
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
release_item (gpointer data,
              gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, recount, user_data);
  g_object_unref (data);
}

static void
items_changed_cb (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  Dpp2GoalProgress *self)
{
  for (guint i = 0; i < removed; i++)
    release_item (g_ptr_array_index (self->items, position + i), self);
  g_ptr_array_remove_range (self->items, position, removed);

  for (guint i = 0; i < added; i++)
    {
      gpointer item = g_list_model_get_item (model, position + i);

      g_signal_connect_swapped (item, "notify::status", G_CALLBACK (recount), self);
      g_ptr_array_insert (self->items, position + i, item);
    }
  recount (self);
}

static void
dpp2_goal_progress_dispose (GObject *object)
{
  Dpp2GoalProgress *self = DPP2_GOAL_PROGRESS (object);

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, items_changed_cb, self);
  g_clear_object (&self->cases);
  if (self->items != NULL)
    {
      g_ptr_array_foreach (self->items, release_item, self);
      g_ptr_array_set_size (self->items, 0);
    }

  G_OBJECT_CLASS (dpp2_goal_progress_parent_class)->dispose (object);
}

static void
dpp2_goal_progress_finalize (GObject *object)
{
  Dpp2GoalProgress *self = DPP2_GOAL_PROGRESS (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (dpp2_goal_progress_parent_class)->finalize (object);
}

static void
dpp2_goal_progress_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  Dpp2GoalProgress *self = DPP2_GOAL_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->n_total);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, dpp2_goal_progress_get_fraction (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_goal_progress_class_init (Dpp2GoalProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dpp2_goal_progress_dispose;
  object_class->finalize = dpp2_goal_progress_finalize;
  object_class->get_property = dpp2_goal_progress_get_property;

  properties[PROP_DONE] = g_param_spec_uint ("done", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dpp2_goal_progress_init (Dpp2GoalProgress *self)
{
  self->items = g_ptr_array_new ();
}

/**
 * dpp2_goal_progress_new:
 * @store: the document
 * @goal_id: the goal
 *
 * Returns: (transfer full): an object whose "done" and "total" follow the goal's cases
 */
Dpp2GoalProgress *
dpp2_goal_progress_new (Dpp2Store *store,
                        gint64     goal_id)
{
  g_autoptr(GListModel) cases = NULL;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);

  cases = dpp2_store_list_cases_of_goal (store, goal_id);
  return dpp2_goal_progress_new_for_model (cases);
}

/**
 * dpp2_goal_progress_new_for_model:
 * @cases: a live list of #Dpp2LearningCase
 *
 * Returns: (transfer full): an object whose "done" and "total" follow @cases
 */
Dpp2GoalProgress *
dpp2_goal_progress_new_for_model (GListModel *cases)
{
  Dpp2GoalProgress *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (cases), NULL);

  self = g_object_new (DPP2_TYPE_GOAL_PROGRESS, NULL);
  self->cases = g_object_ref (cases);
  g_signal_connect (cases, "items-changed", G_CALLBACK (items_changed_cb), self);
  items_changed_cb (cases, 0, 0, g_list_model_get_n_items (cases), self);
  return self;
}

guint
dpp2_goal_progress_get_done (Dpp2GoalProgress *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL_PROGRESS (self), 0);

  return self->n_done;
}

guint
dpp2_goal_progress_get_total (Dpp2GoalProgress *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL_PROGRESS (self), 0);

  return self->n_total;
}

double
dpp2_goal_progress_get_fraction (Dpp2GoalProgress *self)
{
  g_return_val_if_fail (DPP2_IS_GOAL_PROGRESS (self), 0);

  return dpp2_progress_cases_fraction (self->n_done, self->n_total);
}
