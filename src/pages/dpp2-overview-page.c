/* dpp2-overview-page.c — the first page of a document: the organisation at a glance
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-window.h"
#include "logic/dpp2-validation.h"

#include "dpp2-goal-fields.h"
#include "dpp2-goal-progress.h"
#include "dpp2-goal-row.h"
#include "dpp2-overview-page.h"

/* A summary, not the whole list: more rows than this wait behind a Show All button, so a
 * large organisation's overview still opens at once. */
#define SHORT_LIST_ROWS 8

typedef enum {
  COUNT_PEOPLE,
  COUNT_TEAMS,
  COUNT_CASES_OPEN,
  COUNT_CASES_DONE,
  N_COUNTS
} Count;

struct _Dpp2OverviewPage
{
  AdwBin            parent_instance;

  Dpp2Store        *store;
  Dpp2Organisation *organisation;

  /* Live lists of the store; their items-changed keeps the counts current. */
  GListModel       *people;
  GListModel       *teams;
  GListModel       *cases;
  Dpp2GoalProgress *case_counts;
  GListModel       *goals;
  GListModel       *active_sprints;
  GtkSliceListModel *goals_shown;
  GtkSliceListModel *sprints_shown;

  GtkLabel         *count_labels[N_COUNTS];

  GtkFlowBox       *counts_box;
  GtkWidget        *description_error_label;
  GtkTextView      *description_view;
  GtkBox           *extension_box;
  AdwPreferencesGroup *goals_group;
  GtkListBox       *goals_list;
  GtkWidget        *name_error_row;
  GtkLabel         *name_error_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *sector_row;
  AdwPreferencesGroup *sprints_group;
  GtkListBox       *sprints_list;
};

G_DEFINE_FINAL_TYPE (Dpp2OverviewPage, dpp2_overview_page, DPP2_TYPE_PAGE)

static void
report_error (Dpp2OverviewPage *self,
              const GError  *error)
{
  dpp2_window_report_error (GTK_WIDGET (self), _("Could not save the change"), error);
}

/* The organisation */

static void
load_organisation (Dpp2OverviewPage *self)
{
  g_autofree char *description = NULL;
  GtkRoot *root;

  if (self->organisation == NULL)
    return;

  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->name_row),
                                  dpp2_organisation_get_name (self->organisation));
  dpp2_editable_set_text_if_idle (GTK_WIDGET (self->sector_row),
                                  dpp2_organisation_get_sector (self->organisation));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root == NULL || gtk_root_get_focus (root) != GTK_WIDGET (self->description_view))
    dpp2_text_view_set_text (self->description_view,
                             dpp2_organisation_get_description (self->organisation));
}

static void
name_commit_cb (Dpp2OverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (self->organisation == NULL || dpp2_store_get_read_only (self->store))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  message = dpp2_validate_required_name (name, _("name"));
  dpp2_field_show_error (GTK_WIDGET (self->name_row), self->name_error_row,
                         self->name_error_label, message);
  if (message != NULL)
    return;

  if (!dpp2_record_save_string (self->organisation, "name", name, &error))
    report_error (self, error);
}

static void
sector_commit_cb (Dpp2OverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sector = NULL;
  g_autofree char *message = NULL;

  if (self->organisation == NULL || dpp2_store_get_read_only (self->store))
    return;

  sector = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->sector_row))));
  message = dpp2_validate_optional_text (sector, DPP2_MAX_NAME_LENGTH);
  dpp2_field_show_error (GTK_WIDGET (self->sector_row), NULL, NULL, message);
  if (message != NULL)
    return;

  if (!dpp2_record_save_string (self->organisation, "sector", sector, &error))
    report_error (self, error);
}

static void
description_commit_cb (Dpp2OverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (self->organisation == NULL || dpp2_store_get_read_only (self->store))
    return;

  text = dpp2_text_view_dup_text (self->description_view);
  message = dpp2_validate_optional_text (text, DPP2_MAX_TEXT_LENGTH);
  dpp2_field_show_error (GTK_WIDGET (self->description_view), self->description_error_label,
                         GTK_LABEL (self->description_error_label), message);
  if (message != NULL)
    return;

  if (!dpp2_record_save_string (self->organisation, "description", text, &error))
    report_error (self, error);
}

/* The counts */

static void
update_counts (Dpp2OverviewPage *self)
{
  guint values[N_COUNTS] = { 0 };
  guint done, total;

  if (self->store == NULL)
    return;

  values[COUNT_PEOPLE] = g_list_model_get_n_items (self->people);
  values[COUNT_TEAMS] = g_list_model_get_n_items (self->teams);
  done = dpp2_goal_progress_get_done (self->case_counts);
  total = dpp2_goal_progress_get_total (self->case_counts);
  values[COUNT_CASES_DONE] = done;
  values[COUNT_CASES_OPEN] = total - done;

  for (guint i = 0; i < N_COUNTS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", values[i]);
      gtk_label_set_text (self->count_labels[i], text);
    }
}

static void
build_counts (Dpp2OverviewPage *self)
{
  const char *captions[N_COUNTS] = {
    [COUNT_PEOPLE] = N_("People"),
    [COUNT_TEAMS] = N_("Learning Practice Teams"),
    [COUNT_CASES_OPEN] = N_("Learning cases open"),
    [COUNT_CASES_DONE] = N_("Learning cases done"),
  };

  for (guint i = 0; i < N_COUNTS; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *value = gtk_label_new ("0");
      GtkWidget *caption = gtk_label_new (_(captions[i]));

      gtk_widget_add_css_class (box, "card");
      gtk_widget_set_margin_top (value, 12);
      gtk_widget_add_css_class (value, "title-1");
      gtk_widget_set_margin_bottom (caption, 12);
      gtk_widget_set_margin_start (caption, 6);
      gtk_widget_set_margin_end (caption, 6);
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (GTK_BOX (box), caption);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      caption, NULL, -1);
      gtk_flow_box_append (self->counts_box, box);
      self->count_labels[i] = GTK_LABEL (value);
    }
}

/* Goals and sprints */

static GtkWidget *
create_goal_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *goal_row = dpp2_goal_row_new ();

  dpp2_goal_row_set_goal (DPP2_GOAL_ROW (goal_row), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), goal_row);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dpp2_goal_get_title (item), -1);
  return row;
}

static void
goal_activated_cb (Dpp2OverviewPage *self,
                   GtkListBoxRow    *row)
{
  Dpp2GoalRow *goal_row = DPP2_GOAL_ROW (gtk_list_box_row_get_child (row));
  Dpp2Goal *goal = dpp2_goal_row_get_goal (goal_row);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *page;

  if (goal == NULL || !DPP2_IS_WINDOW (root) || !dpp2_window_show_page (DPP2_WINDOW (root), "goals"))
    return;
  page = dpp2_window_get_page (DPP2_WINDOW (root), "goals");
  gtk_widget_activate_action (page, "goals.select", "x", dpp2_record_get_id (DPP2_RECORD (goal)));
}

static void
update_sprint_row (AdwActionRow *row)
{
  Dpp2Sprint *sprint = g_object_get_data (G_OBJECT (row), "sprint");
  Dpp2Team *team = g_object_get_data (G_OBJECT (row), "team");
  g_autofree char *start = dpp2_format_date (dpp2_sprint_get_start_date (sprint));
  g_autofree char *end = dpp2_format_date (dpp2_sprint_get_end_date (sprint));
  g_autofree char *subtitle = NULL;

  /* Translators: a sprint and its dates, "Sprint 3: 4 December 2026 – 18 December 2026". */
  subtitle = g_strdup_printf (_("%s: %s – %s"), dpp2_sprint_get_name (sprint), start, end);
  adw_action_row_set_subtitle (row, subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 team != NULL ? dpp2_team_get_name (team) : _("No team"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  team != NULL ? dpp2_team_get_name (team) : _("No team"), -1);
}

static GtkWidget *
create_sprint_row (gpointer item,
                   gpointer user_data)
{
  Dpp2OverviewPage *self = user_data;
  Dpp2Sprint *sprint = item;
  GtkWidget *row = adw_action_row_new ();
  Dpp2Team *team = dpp2_store_dup_record (self->store, DPP2_TYPE_TEAM,
                                          dpp2_sprint_get_team_id (sprint));

  /* Names are shown as typed, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* One line each, ellipsized: a wrapping row is measured anew for every width tried. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  g_object_set_data_full (G_OBJECT (row), "sprint", g_object_ref (sprint), g_object_unref);
  if (team != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "team", team, g_object_unref);
      g_signal_connect_object (team, "notify::name", G_CALLBACK (update_sprint_row), row,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (sprint, "notify", G_CALLBACK (update_sprint_row), row, G_CONNECT_SWAPPED);
  update_sprint_row (ADW_ACTION_ROW (row));
  return row;
}

static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* The Show All / Show Fewer button in a group's header, for a list of SHORT_LIST_ROWS. */
static void
update_show_all (GtkButton *button)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (button), "slice");
  GListModel *full = gtk_slice_list_model_get_model (slice);
  guint n = g_list_model_get_n_items (full);
  gboolean all = gtk_slice_list_model_get_size (slice) > SHORT_LIST_ROWS;
  g_autofree char *label = NULL;

  if (all)
    label = g_strdup (_("Show Fewer"));
  else
    /* Translators: a button that shows every row of a shortened list; %u is how many. */
    label = g_strdup_printf (ngettext ("Show All %u", "Show All %u", n), n);
  gtk_button_set_label (button, label);
  gtk_widget_set_visible (GTK_WIDGET (button), n > SHORT_LIST_ROWS);
}

static void
show_all_clicked_cb (GtkButton *button)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (button), "slice");

  gtk_slice_list_model_set_size (slice, gtk_slice_list_model_get_size (slice) > SHORT_LIST_ROWS
                                        ? SHORT_LIST_ROWS : G_MAXUINT);
  update_show_all (button);
}

static GtkSliceListModel *
short_list (AdwPreferencesGroup *group,
            GListModel          *model)
{
  GtkSliceListModel *slice = gtk_slice_list_model_new (g_object_ref (model), 0, SHORT_LIST_ROWS);
  GtkWidget *button = gtk_button_new ();

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "slice", g_object_ref (slice), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (show_all_clicked_cb), NULL);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_show_all), button,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (group, button);
  update_show_all (GTK_BUTTON (button));
  return slice;
}

static void
read_only_changed (Dpp2OverviewPage *self)
{
  gboolean editable = self->store != NULL && !dpp2_store_get_read_only (self->store);

  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->sector_row), editable);
  gtk_text_view_set_editable (self->description_view, editable);
}

static void
set_store (Dpp2Page  *page,
           Dpp2Store *store)
{
  Dpp2OverviewPage *self = DPP2_OVERVIEW_PAGE (page);
  GListModel **counted[] = { &self->people, &self->teams };

  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  g_set_object (&self->organisation, dpp2_store_get_organisation (store));
  if (self->organisation != NULL)
    g_signal_connect_object (self->organisation, "notify", G_CALLBACK (load_organisation), self,
                             G_CONNECT_SWAPPED);

  self->people = dpp2_store_list_people (store);
  self->teams = dpp2_store_list_teams (store);
  self->cases = dpp2_store_list_cases (store);
  self->case_counts = dpp2_goal_progress_new_for_model (self->cases);
  g_signal_connect_object (self->case_counts, "notify", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    g_signal_connect_object (*counted[i], "items-changed", G_CALLBACK (update_counts), self,
                             G_CONNECT_SWAPPED);

  self->goals = dpp2_store_list_goals (store);
  self->goals_shown = short_list (self->goals_group, self->goals);
  gtk_list_box_bind_model (self->goals_list, G_LIST_MODEL (self->goals_shown), create_goal_row, self, NULL);

  /* A sprint that starts or closes enters or leaves this list by itself. */
  self->active_sprints = dpp2_store_list (store, DPP2_TYPE_SPRINT, "start-date",
                                          "state", DPP2_SPRINT_STATE_ACTIVE, NULL, 0);
  self->sprints_shown = short_list (self->sprints_group, self->active_sprints);
  gtk_list_box_bind_model (self->sprints_list, G_LIST_MODEL (self->sprints_shown), create_sprint_row, self, NULL);

  load_organisation (self);
  update_counts (self);
  read_only_changed (self);
}

static void
dpp2_overview_page_dispose (GObject *object)
{
  Dpp2OverviewPage *self = DPP2_OVERVIEW_PAGE (object);

  if (self->goals_list != NULL)
    gtk_list_box_bind_model (self->goals_list, NULL, NULL, NULL, NULL);
  if (self->sprints_list != NULL)
    gtk_list_box_bind_model (self->sprints_list, NULL, NULL, NULL, NULL);

  g_clear_object (&self->people);
  g_clear_object (&self->teams);
  g_clear_object (&self->cases);
  g_clear_object (&self->case_counts);
  g_clear_object (&self->goals_shown);
  g_clear_object (&self->sprints_shown);
  g_clear_object (&self->goals);
  g_clear_object (&self->active_sprints);
  g_clear_object (&self->organisation);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (dpp2_overview_page_parent_class)->dispose (object);
}

static void
dpp2_overview_page_class_init (Dpp2OverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_overview_page_dispose;
  DPP2_PAGE_CLASS (klass)->set_store = set_store;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, description_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, extension_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, name_error_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, sprints_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2OverviewPage, sprints_list);
  gtk_widget_class_bind_template_callback (widget_class, goal_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_commit_cb);

  g_type_ensure (DPP2_TYPE_GOAL_ROW);
}

static void
dpp2_overview_page_init (Dpp2OverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_counts (self);
  gtk_list_box_set_placeholder (self->goals_list,
                                placeholder_new (_("No organisation goals yet. Add them on the Goals page.")));
  gtk_list_box_set_placeholder (self->sprints_list,
                                placeholder_new (_("No team has an active sprint.")));

  dpp2_on_focus_leave (GTK_WIDGET (self->name_row), G_CALLBACK (name_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->sector_row), G_CALLBACK (sector_commit_cb), self);
  dpp2_on_focus_leave (GTK_WIDGET (self->description_view), G_CALLBACK (description_commit_cb), self);
}

/**
 * dpp2_overview_page_get_extension_box:
 * @self: a #Dpp2OverviewPage
 *
 * The vertical box below the goals and sprints, where other parts of the program add their
 * groups (the implementation formula, the scan, monitoring).
 *
 * Returns: (transfer none): the box
 */
GtkBox *
dpp2_overview_page_get_extension_box (Dpp2OverviewPage *self)
{
  g_return_val_if_fail (DPP2_IS_OVERVIEW_PAGE (self), NULL);

  return self->extension_box;
}
