/* dpp2-board-page.c — the Sprint Board page: a team's sprints, backlog and kanban board
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-board-page.h"
#include "dpp2-card-dialog.h"
#include "dpp2-close-sprint-dialog.h"
#include "dpp2-column-editor.h"
#include "dpp2-sprint-dialog.h"
#include "dpp2-window.h"
#include "logic/dpp2-board-logic.h"
#include "logic/dpp2-validation.h"
#include "widgets/dpp2-card-widget.h"
#include "widgets/dpp2-sprint-charts.h"

struct _Dpp2BoardPage
{
  AdwBin              parent_instance;

  GtkDropDown        *assignee_dropdown;
  GtkListView        *backlog_list;
  GtkLabel           *backlog_title_label;
  GtkCheckButton     *blocked_check;
  GtkBox             *board_box;
  GtkScrolledWindow  *board_scroller;
  GtkStack           *board_stack;
  GtkDropDown        *case_dropdown;
  AdwBin             *charts_bin;
  GtkButton          *empty_button;
  AdwStatusPage      *empty_page;
  GtkSearchEntry     *search_entry;
  GtkLabel           *sprint_cards_title_label;
  GtkListView        *sprint_cards_list;
  GtkDropDown        *sprint_dropdown;
  GtkLabel           *sprint_info_label;
  GtkDropDown        *swimlane_dropdown;
  GtkDropDown        *team_dropdown;
  GtkStack           *view_stack;

  Dpp2Store          *store;
  GListModel         *teams;
  GListModel         *sprints;
  GListModel         *columns;
  GListModel         *cases;
  GListModel         *members;
  GListModel         *backlog_all;
  GtkFilterListModel *backlog;
  GListModel         *sprint_cards;
  GtkCustomFilter    *filter;
  GtkCustomFilter    *backlog_filter;
  GArray             *assignee_ids;   /* gint64, per row of the assignee filter */
  GArray             *case_ids;       /* gint64, per row of the learning case filter */
  GPtrArray          *lanes;          /* Dpp2BoardLane* (ref) */
  Dpp2Sprint         *sprint;
  GtkWidget          *charts;

  gint64              team_id;
  gint64              sprint_id;
  Dpp2Swimlanes       swimlanes;
  gint64              filter_assignee;  /* -1: anyone, 0: nobody */
  gint64              filter_case;      /* -1: any */
  gboolean            filter_blocked;
  char               *filter_text;      /* casefolded, or NULL */
  guint               rebuild_idle;
  guint               info_idle;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (Dpp2BoardPage, dpp2_board_page, DPP2_TYPE_PAGE)

static void rebuild_board (Dpp2BoardPage *self);
static void sync_planning (Dpp2BoardPage *self);
static void update_actions (Dpp2BoardPage *self);

/* Helpers */

/* When the window closes the document, the lists empty and the page only waits to go. */
static gboolean
is_closed (Dpp2BoardPage *self)
{
  return self->store != NULL && dpp2_store_is_closed (self->store);
}

static gboolean
is_writable (Dpp2BoardPage *self)
{
  return self->store != NULL && !dpp2_store_get_read_only (self->store);
}

static gboolean
sprint_is_closed (Dpp2BoardPage *self)
{
  return self->sprint != NULL && dpp2_sprint_get_state (self->sprint) == DPP2_SPRINT_STATE_CLOSED;
}

static void
toast_plain (Dpp2BoardPage *self,
             const char    *text)
{
  Dpp2Window *window = dpp2_window_for_widget (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (window != NULL)
    dpp2_window_add_toast (window, adw_toast_new (escaped));
  else
    g_debug ("%s", text);
}

static Dpp2BoardColumn *
column_at (Dpp2BoardPage *self,
           guint          index)
{
  if (self->columns == NULL || index >= g_list_model_get_n_items (self->columns))
    return NULL;
  return g_list_model_get_item (self->columns, index);
}

static guint
column_index (Dpp2BoardPage *self,
              gint64         column_id)
{
  guint n = self->columns != NULL ? g_list_model_get_n_items (self->columns) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (self->columns, i);

      if (dpp2_record_get_id (DPP2_RECORD (column)) == column_id)
        return i;
    }
  return G_MAXUINT;
}

static gint64
first_column_id (Dpp2BoardPage *self)
{
  g_autoptr(Dpp2BoardColumn) column = column_at (self, 0);

  return column != NULL ? dpp2_record_get_id (DPP2_RECORD (column)) : 0;
}

static Dpp2Card *
dup_card (Dpp2BoardPage *self,
          gint64         card_id)
{
  if (self->store == NULL || card_id == 0)
    return NULL;
  return dpp2_store_dup_record (self->store, DPP2_TYPE_CARD, card_id);
}

/* Filters */

static gboolean
filter_active (Dpp2BoardPage *self)
{
  return self->filter_assignee >= 0 || self->filter_case >= 0 || self->filter_blocked ||
         self->filter_text != NULL;
}

static gboolean
card_matches (gpointer item,
              gpointer user_data)
{
  Dpp2BoardPage *self = user_data;
  Dpp2Card *card = item;

  if (self->filter_assignee >= 0 && dpp2_card_get_assignee_id (card) != self->filter_assignee)
    return FALSE;
  if (self->filter_case >= 0 && dpp2_card_get_case_id (card) != self->filter_case)
    return FALSE;
  if (self->filter_blocked && !dpp2_card_get_blocked (card))
    return FALSE;
  if (self->filter_text != NULL)
    {
      g_autofree char *title = g_utf8_casefold (dpp2_card_get_title (card), -1);

      if (strstr (title, self->filter_text) == NULL)
        {
          g_autofree char *description = g_utf8_casefold (dpp2_card_get_description (card), -1);

          if (strstr (description, self->filter_text) == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

/* The backlog holds the cards of the team's learning cases that are in no sprint. */
static gboolean
backlog_matches (gpointer item,
                 gpointer user_data)
{
  Dpp2BoardPage *self = user_data;
  Dpp2Card *card = item;
  g_autoptr(Dpp2LearningCase) lcase = NULL;

  if (self->store == NULL || self->team_id == 0 || dpp2_card_get_case_id (card) == 0)
    return FALSE;
  lcase = dpp2_store_dup_record (self->store, DPP2_TYPE_LEARNING_CASE, dpp2_card_get_case_id (card));
  return lcase != NULL && dpp2_learning_case_get_team_id (lcase) == self->team_id &&
         card_matches (item, user_data);
}

static void
filters_changed (Dpp2BoardPage *self)
{
  gboolean active = filter_active (self);

  /* Without a filter the lanes show the store's lists as they are. */
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Dpp2BoardLane *lane = g_ptr_array_index (self->lanes, i);
      GtkFilterListModel *shown = GTK_FILTER_LIST_MODEL (dpp2_board_lane_get_shown_cards (lane));
      GtkFilter *own = g_object_get_data (G_OBJECT (lane), "dpp2-lane-filter");

      if (own != NULL)
        gtk_filter_changed (own, GTK_FILTER_CHANGE_DIFFERENT);
      else
        gtk_filter_list_model_set_filter (shown, active ? GTK_FILTER (self->filter) : NULL);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->backlog_filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_list_view_get_model (self->sprint_cards_list) != NULL)
    sync_planning (self);
}

/**
 * dpp2_board_page_set_filter:
 * @assignee_id: show only this person's cards (0: unassigned ones), or -1 for all
 * @case_id: show only this learning case's cards, or -1 for all
 * @blocked_only: show only blocked cards
 * @text: (nullable): show only cards with this text in title or description
 *
 * The filters combine: a card is shown when it passes all of them.
 */
void
dpp2_board_page_set_filter (Dpp2BoardPage *self,
                            gint64         assignee_id,
                            gint64         case_id,
                            gboolean       blocked_only,
                            const char    *text)
{
  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));

  self->filter_assignee = assignee_id;
  self->filter_case = case_id;
  self->filter_blocked = blocked_only;
  g_clear_pointer (&self->filter_text, g_free);
  if (text != NULL && *text != '\0')
    self->filter_text = g_utf8_casefold (text, -1);
  filters_changed (self);
}

static void
filter_controls_changed_cb (Dpp2BoardPage *self)
{
  guint a = gtk_drop_down_get_selected (self->assignee_dropdown);
  guint c = gtk_drop_down_get_selected (self->case_dropdown);

  if (self->updating)
    return;
  dpp2_board_page_set_filter (self,
                              a < self->assignee_ids->len ? g_array_index (self->assignee_ids, gint64, a) : -1,
                              c < self->case_ids->len ? g_array_index (self->case_ids, gint64, c) : -1,
                              gtk_check_button_get_active (self->blocked_check),
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
fill_filter_choices (Dpp2BoardPage *self)
{
  g_autoptr(GtkStringList) assignees = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) cases = gtk_string_list_new (NULL);
  gint64 id;

  self->updating = TRUE;
  g_array_set_size (self->assignee_ids, 0);
  g_array_set_size (self->case_ids, 0);

  gtk_string_list_append (assignees, _("Anyone"));
  id = -1;
  g_array_append_val (self->assignee_ids, id);
  gtk_string_list_append (assignees, _("Unassigned"));
  id = 0;
  g_array_append_val (self->assignee_ids, id);
  for (guint i = 0; self->members != NULL && i < g_list_model_get_n_items (self->members); i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (self->members, i);
      g_autoptr(Dpp2Person) person = NULL;

      id = dpp2_team_member_get_person_id (member);
      person = id != 0 ? dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON, id) : NULL;
      if (person == NULL)
        continue;
      gtk_string_list_append (assignees, dpp2_person_get_name (person));
      g_array_append_val (self->assignee_ids, id);
    }

  gtk_string_list_append (cases, _("Any learning case"));
  id = -1;
  g_array_append_val (self->case_ids, id);
  for (guint i = 0; self->cases != NULL && i < g_list_model_get_n_items (self->cases); i++)
    {
      g_autoptr(Dpp2LearningCase) lcase = g_list_model_get_item (self->cases, i);

      id = dpp2_record_get_id (DPP2_RECORD (lcase));
      gtk_string_list_append (cases, dpp2_learning_case_get_title (lcase));
      g_array_append_val (self->case_ids, id);
    }

  gtk_drop_down_set_model (self->assignee_dropdown, G_LIST_MODEL (assignees));
  gtk_drop_down_set_model (self->case_dropdown, G_LIST_MODEL (cases));
  gtk_drop_down_set_selected (self->assignee_dropdown, 0);
  gtk_drop_down_set_selected (self->case_dropdown, 0);
  self->updating = FALSE;
  self->filter_assignee = -1;
  self->filter_case = -1;
  filters_changed (self);
}

/* Moving cards */

static Dpp2Card *dup_focused_card (Dpp2BoardPage *self);

static void
focus_card_later (Dpp2BoardPage *self,
                  Dpp2Card      *card)
{
  for (guint i = 0; i < self->lanes->len; i++)
    if (dpp2_board_lane_shows_card (g_ptr_array_index (self->lanes, i), card) &&
        dpp2_board_lane_focus_card (g_ptr_array_index (self->lanes, i), card))
      return;
}

/**
 * dpp2_board_page_move_card:
 * @card: a card of the team
 * @sprint_id: the sprint to move it into, or 0 for the backlog
 * @column_id: the column, or 0 in the backlog
 * @index: its place in the target list without the card itself (G_MAXUINT: at the end)
 *
 * Moves a card as one undo step, after the board's rules: nothing moves in
 * or out of a closed sprint (a toast says why), a move over a WIP limit
 * is made but marked.
 *
 * Returns: whether the card moved
 */
gboolean
dpp2_board_page_move_card (Dpp2BoardPage *self,
                           Dpp2Card      *card,
                           gint64         sprint_id,
                           gint64         column_id,
                           guint          index)
{
  g_autoptr(Dpp2Sprint) from = NULL;
  g_autoptr(Dpp2Sprint) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *refused = NULL;
  g_autoptr(Dpp2Card) focused = NULL;

  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_CARD (card), FALSE);

  if (!is_writable (self))
    return FALSE;
  focused = dup_focused_card (self);

  if (dpp2_card_get_sprint_id (card) != 0)
    from = dpp2_store_dup_record (self->store, DPP2_TYPE_SPRINT, dpp2_card_get_sprint_id (card));
  if (sprint_id != 0)
    to = dpp2_store_dup_record (self->store, DPP2_TYPE_SPRINT, sprint_id);
  refused = dpp2_board_validate_move (from != NULL ? dpp2_sprint_get_state (from) : DPP2_SPRINT_STATE_PLANNED,
                                      to != NULL ? dpp2_sprint_get_state (to) : DPP2_SPRINT_STATE_PLANNED);
  if (refused != NULL)
    {
      toast_plain (self, refused);
      return FALSE;
    }

  if (dpp2_card_get_sprint_id (card) == sprint_id && dpp2_card_get_column_id (card) == column_id &&
      index != G_MAXUINT)
    {
      g_autoptr(GListModel) list = dpp2_store_list_cards (self->store, sprint_id, column_id);

      if (dpp2_board_lane_find_card (list, card) == index)
        return TRUE;
    }

  if (!dpp2_store_move_card (self->store, card, sprint_id, column_id, index, &error))
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not move the card"), error);
      return FALSE;
    }

  if (sprint_id != 0 && column_id != 0)
    {
      g_autoptr(Dpp2BoardColumn) column = dpp2_store_dup_record (self->store, DPP2_TYPE_BOARD_COLUMN, column_id);
      Dpp2WipCount wip = column != NULL ? dpp2_board_column_wip (self->store, sprint_id, column)
                                        : (Dpp2WipCount) { 0, 0, 0 };

      if (wip.over_by > 0)
        {
          g_autofree char *text = NULL;

          /* Translators: a card was moved into a column that now holds more cards than its limit */
          text = g_markup_printf_escaped (_("“%s” is over its work-in-progress limit: %u of %u"),
                                          dpp2_board_column_get_name (column), wip.count, wip.limit);
          dpp2_window_offer_undo (GTK_WIDGET (self), text);
        }
    }

  /* The keyboard focus moves with the card it was on. */
  if (focused == card)
    focus_card_later (self, card);
  return TRUE;
}

static void
lane_card_dropped_cb (Dpp2BoardLane *lane,
                      Dpp2Card      *card,
                      guint          index,
                      Dpp2BoardPage *self)
{
  gint64 column_id = dpp2_record_get_id (DPP2_RECORD (dpp2_board_lane_get_column (lane)));

  /* The lane counts with the card still in place; the store without it. */
  if (dpp2_card_get_sprint_id (card) == self->sprint_id && dpp2_card_get_column_id (card) == column_id)
    {
      guint current = dpp2_board_lane_find_card (dpp2_board_lane_get_cards (lane), card);

      if (current != G_MAXUINT && current < index)
        index--;
    }
  dpp2_board_page_move_card (self, card, self->sprint_id, column_id, index);
}

static Dpp2Card *
dup_focused_card (Dpp2BoardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *widget = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (DPP2_IS_CARD_WIDGET (widget) && dpp2_card_widget_get_card (DPP2_CARD_WIDGET (widget)) != NULL)
        return g_object_ref (dpp2_card_widget_get_card (DPP2_CARD_WIDGET (widget)));
      if (child != NULL && DPP2_IS_CARD_WIDGET (child) && dpp2_card_widget_get_card (DPP2_CARD_WIDGET (child)) != NULL)
        return g_object_ref (dpp2_card_widget_get_card (DPP2_CARD_WIDGET (child)));
    }
  return NULL;
}

static Dpp2BoardLane *
lane_of_card (Dpp2BoardPage *self,
              Dpp2Card      *card)
{
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Dpp2BoardLane *lane = g_ptr_array_index (self->lanes, i);

      if (dpp2_board_lane_shows_card (lane, card))
        return lane;
    }
  return NULL;
}

static void
move_focused (Dpp2BoardPage *self,
              int            dx,
              int            dy)
{
  g_autoptr(Dpp2Card) card = dup_focused_card (self);
  Dpp2BoardLane *lane;
  GListModel *cards, *shown;
  guint current, shown_pos;

  if (card == NULL || (lane = lane_of_card (self, card)) == NULL)
    return;
  cards = dpp2_board_lane_get_cards (lane);
  shown = dpp2_board_lane_get_shown_cards (lane);
  current = dpp2_board_lane_find_card (cards, card);

  if (dx != 0)
    {
      guint col = column_index (self, dpp2_card_get_column_id (card));
      g_autoptr(Dpp2BoardColumn) target = NULL;
      g_autoptr(GListModel) target_cards = NULL;

      if (col == G_MAXUINT || (dx < 0 && col == 0))
        return;
      target = column_at (self, col + dx);
      if (target == NULL)
        return;
      target_cards = dpp2_store_list_cards (self->store, self->sprint_id,
                                            dpp2_record_get_id (DPP2_RECORD (target)));
      dpp2_board_page_move_card (self, card, self->sprint_id, dpp2_record_get_id (DPP2_RECORD (target)),
                                 MIN (current, g_list_model_get_n_items (target_cards)));
      return;
    }

  /* Up and down pass the neighbour that is shown, not a filtered-out one. */
  shown_pos = dpp2_board_lane_index_of (shown, card);
  if ((dy < 0 && shown_pos == 0) || (dy > 0 && shown_pos + 1 >= g_list_model_get_n_items (shown)))
    return;
  {
    g_autoptr(GObject) neighbour = g_list_model_get_item (shown, shown_pos + dy);

    dpp2_board_page_move_card (self, card, self->sprint_id, dpp2_card_get_column_id (card),
                               dpp2_board_lane_find_card (cards, DPP2_CARD (neighbour)));
  }
}

static void
move_left_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_focused (DPP2_BOARD_PAGE (widget), gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1 : -1, 0);
}

static void
move_right_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_focused (DPP2_BOARD_PAGE (widget), gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? -1 : 1, 0);
}

static void
move_up_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_focused (DPP2_BOARD_PAGE (widget), 0, -1);
}

static void
move_down_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_focused (DPP2_BOARD_PAGE (widget), 0, 1);
}

static void
move_to_column_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  gint64 card_id, column_id;
  g_autoptr(Dpp2Card) card = NULL;

  g_variant_get (param, "(xx)", &card_id, &column_id);
  if ((card = dup_card (self, card_id)) != NULL)
    dpp2_board_page_move_card (self, card, dpp2_card_get_sprint_id (card), column_id, G_MAXUINT);
}

static void
move_to_sprint_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  gint64 card_id, sprint_id;
  g_autoptr(Dpp2Card) card = NULL;

  g_variant_get (param, "(xx)", &card_id, &sprint_id);
  if ((card = dup_card (self, card_id)) != NULL)
    dpp2_board_page_move_card (self, card, sprint_id, sprint_id != 0 ? first_column_id (self) : 0,
                               G_MAXUINT);
}

static void
open_card_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  g_autoptr(Dpp2Card) card = dup_card (self, g_variant_get_int64 (param));

  if (card != NULL)
    dpp2_board_page_open_card_dialog (self, card);
}

static void
capture_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  g_autoptr(Dpp2Card) card = dup_card (self, g_variant_get_int64 (param));

  if (card != NULL)
    dpp2_board_page_capture_best_practice (self, card);
}

static gboolean
card_is_done (Dpp2BoardPage *self,
              Dpp2Card      *card)
{
  g_autoptr(Dpp2BoardColumn) column = NULL;

  if (dpp2_card_get_column_id (card) == 0)
    return FALSE;
  column = dpp2_store_dup_record (self->store, DPP2_TYPE_BOARD_COLUMN, dpp2_card_get_column_id (card));
  return column != NULL && dpp2_board_column_get_is_done (column);
}

/**
 * dpp2_board_page_capture_best_practice:
 * @card: a done card
 *
 * Writes the solution of a done card down as a best practice of its
 * learning case, as one undo step.
 *
 * Returns: whether it was captured
 */
gboolean
dpp2_board_page_capture_best_practice (Dpp2BoardPage *self,
                                       Dpp2Card      *card)
{
  g_autoptr(Dpp2BestPractice) practice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (DPP2_IS_CARD (card), FALSE);

  if (!is_writable (self))
    return FALSE;
  if (!card_is_done (self, card))
    {
      toast_plain (self, _("Only a done card can be captured as a best practice"));
      return FALSE;
    }

  practice = g_object_new (DPP2_TYPE_BEST_PRACTICE,
                           "case-id", dpp2_card_get_case_id (card),
                           "title", dpp2_card_get_title (card),
                           "description", dpp2_card_get_description (card),
                           "status", DPP2_BEST_PRACTICE_STATUS_DRAFT,
                           NULL);
  label = g_strdup_printf (_("Capture Best Practice “%s”"), dpp2_card_get_title (card));
  if (!dpp2_store_begin_change (self->store, label, &error) ||
      !dpp2_store_insert (self->store, practice, &error) ||
      !dpp2_store_commit_change (self->store, &error))
    {
      if (error != NULL && !g_error_matches (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_READ_ONLY))
        dpp2_store_rollback_change (self->store);
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not capture the best practice"), error);
      return FALSE;
    }

  text = g_markup_printf_escaped (_("Best practice “%s” captured"), dpp2_card_get_title (card));
  dpp2_window_offer_undo (GTK_WIDGET (self), text);
  return TRUE;
}

static void
populate_menu_cb (Dpp2BoardLane *lane,
                  Dpp2Card      *card,
                  GMenu         *menu,
                  Dpp2BoardPage *self)
{
  gint64 card_id = dpp2_record_get_id (DPP2_RECORD (card));
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) move_to = g_menu_new ();
  g_autoptr(GMenu) columns = g_menu_new ();
  g_autoptr(GMenu) sprints = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  guint n;

  item = g_menu_item_new (_("_Open"), NULL);
  g_menu_item_set_action_and_target (item, "board.open-card", "x", card_id);
  g_menu_append_item (first, item);
  g_clear_object (&item);
  if (card_is_done (self, card))
    {
      item = g_menu_item_new (_("Capture as _Best Practice"), NULL);
      g_menu_item_set_action_and_target (item, "board.capture-best-practice", "x", card_id);
      g_menu_append_item (first, item);
      g_clear_object (&item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));

  n = g_list_model_get_n_items (self->columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (self->columns, i);
      gint64 column_id = dpp2_record_get_id (DPP2_RECORD (column));

      if (column_id == dpp2_card_get_column_id (card))
        continue;
      item = g_menu_item_new (dpp2_board_column_get_name (column), NULL);
      g_menu_item_set_action_and_target (item, "board.move-to-column", "(xx)", card_id, column_id);
      g_menu_append_item (columns, item);
      g_clear_object (&item);
    }
  g_menu_append_section (move_to, _("Column"), G_MENU_MODEL (columns));

  item = g_menu_item_new (_("Backlog"), NULL);
  g_menu_item_set_action_and_target (item, "board.move-to-sprint", "(xx)", card_id, (gint64) 0);
  g_menu_append_item (sprints, item);
  g_clear_object (&item);
  n = g_list_model_get_n_items (self->sprints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (self->sprints, i);
      gint64 sprint_id = dpp2_record_get_id (DPP2_RECORD (sprint));

      if (sprint_id == dpp2_card_get_sprint_id (card) ||
          dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_CLOSED)
        continue;
      item = g_menu_item_new (dpp2_sprint_get_name (sprint), NULL);
      g_menu_item_set_action_and_target (item, "board.move-to-sprint", "(xx)", card_id, sprint_id);
      g_menu_append_item (sprints, item);
      g_clear_object (&item);
    }
  g_menu_append_section (move_to, _("Sprint"), G_MENU_MODEL (sprints));
  g_menu_append_submenu (menu, _("_Move To"), G_MENU_MODEL (move_to));
}

static void
lane_card_activated_cb (Dpp2BoardLane *lane,
                        Dpp2Card      *card,
                        Dpp2BoardPage *self)
{
  dpp2_board_page_open_card_dialog (self, card);
}

/* Board */

static void
clear_board (Dpp2BoardPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->lanes, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->board_box))) != NULL)
    gtk_box_remove (self->board_box, child);
}

static void
show_empty (Dpp2BoardPage *self,
            const char    *icon_name,
            const char    *title,
            const char    *description,
            const char    *button_label,
            const char    *action_name)
{
  adw_status_page_set_icon_name (self->empty_page, icon_name);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_button), button_label != NULL);
  if (button_label != NULL)
    {
      gtk_button_set_label (self->empty_button, button_label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_button), action_name);
    }
  gtk_stack_set_visible_child_name (self->board_stack, "empty");
}

typedef struct
{
  Dpp2BoardPage *page;
  Dpp2Swimlanes  kind;
  gint64         key;
} SwimlaneKey;

static gboolean
swimlane_matches (gpointer item,
                  gpointer user_data)
{
  SwimlaneKey *key = user_data;
  Dpp2Card *card = item;
  gint64 value = key->kind == DPP2_SWIMLANES_BY_CASE ? dpp2_card_get_case_id (card)
                                                      : dpp2_card_get_assignee_id (card);

  return value == key->key && card_matches (item, key->page);
}

static GtkWidget *
add_lane (Dpp2BoardPage   *self,
          GtkBox          *box,
          Dpp2BoardColumn *column,
          GtkFilter       *filter)
{
  GtkWidget *lane = dpp2_board_lane_new (self->store, column, self->sprint_id, filter);

  dpp2_board_lane_set_locked (DPP2_BOARD_LANE (lane), sprint_is_closed (self) || !is_writable (self));
  g_signal_connect (lane, "card-dropped", G_CALLBACK (lane_card_dropped_cb), self);
  g_signal_connect (lane, "card-activated", G_CALLBACK (lane_card_activated_cb), self);
  g_signal_connect (lane, "populate-menu", G_CALLBACK (populate_menu_cb), self);
  gtk_box_append (box, lane);
  g_ptr_array_add (self->lanes, g_object_ref (lane));
  return lane;
}

/* A swimlane without cards (for a filter, or a case with none in the sprint) hides. */
static void
update_swimlane_visible (GtkWidget *section)
{
  GtkWidget *row = gtk_widget_get_last_child (section);
  gboolean any = FALSE;

  for (GtkWidget *lane = gtk_widget_get_first_child (row); lane && !any; lane = gtk_widget_get_next_sibling (lane))
    any = g_list_model_get_n_items (dpp2_board_lane_get_shown_cards (DPP2_BOARD_LANE (lane))) > 0;
  gtk_widget_set_visible (section, any);
}

static void
add_swimlane (Dpp2BoardPage *self,
              const char    *title,
              gint64         key)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  guint n = g_list_model_get_n_items (self->columns);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (section), label);
  gtk_box_append (GTK_BOX (section), row);
  gtk_box_append (self->board_box, section);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (self->columns, i);
      SwimlaneKey *data = g_new0 (SwimlaneKey, 1);
      GtkCustomFilter *filter;
      GtkWidget *lane;

      data->page = self;
      data->kind = self->swimlanes;
      data->key = key;
      filter = gtk_custom_filter_new (swimlane_matches, data, g_free);
      lane = add_lane (self, GTK_BOX (row), column, GTK_FILTER (filter));
      dpp2_board_lane_set_natural_height (DPP2_BOARD_LANE (lane), TRUE);
      g_object_set_data_full (G_OBJECT (lane), "dpp2-lane-filter", filter, g_object_unref);
      g_object_set_data (G_OBJECT (lane), "dpp2-swimlane", section);
      g_signal_connect_object (dpp2_board_lane_get_shown_cards (DPP2_BOARD_LANE (lane)), "items-changed",
                               G_CALLBACK (update_swimlane_visible), section, G_CONNECT_SWAPPED);
    }
  update_swimlane_visible (section);
}

static void
rebuild_board (Dpp2BoardPage *self)
{
  guint n;

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  clear_board (self);
  if (is_closed (self))
    return;

  if (self->store == NULL || self->team_id == 0)
    {
      show_empty (self, "system-users-symbolic", _("No Learning Practice Team"),
                  _("Add a team to plan its sprints on a board."), NULL, NULL);
      return;
    }
  n = g_list_model_get_n_items (self->columns);
  if (n == 0)
    {
      show_empty (self, "view-grid-symbolic", _("No Board Columns"),
                  _("This team’s board has no columns yet."),
                  _("_Add Default Columns"), "board.default-columns");
      return;
    }
  if (self->sprint == NULL)
    {
      show_empty (self, "x-office-calendar-symbolic", _("No Sprints"),
                  _("Plan the team’s first sprint, then move cards from the backlog into it."),
                  _("_New Sprint"), "board.new-sprint");
      return;
    }

  if (self->swimlanes == DPP2_SWIMLANES_NONE)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->board_box), GTK_ORIENTATION_HORIZONTAL);
      gtk_scrolled_window_set_policy (self->board_scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (self->columns, i);

          add_lane (self, self->board_box, column,
                    filter_active (self) ? GTK_FILTER (self->filter) : NULL);
        }
    }
  else
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->board_box), GTK_ORIENTATION_VERTICAL);
      gtk_scrolled_window_set_policy (self->board_scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
      if (self->swimlanes == DPP2_SWIMLANES_BY_CASE)
        {
          for (guint i = 0; i < g_list_model_get_n_items (self->cases); i++)
            {
              g_autoptr(Dpp2LearningCase) lcase = g_list_model_get_item (self->cases, i);

              add_swimlane (self, dpp2_learning_case_get_title (lcase), dpp2_record_get_id (DPP2_RECORD (lcase)));
            }
          add_swimlane (self, _("No learning case"), 0);
        }
      else
        {
          for (guint i = 0; i < self->assignee_ids->len; i++)
            {
              gint64 id = g_array_index (self->assignee_ids, gint64, i);
              g_autoptr(Dpp2Person) person = NULL;

              if (id <= 0 || (person = dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON, id)) == NULL)
                continue;
              add_swimlane (self, dpp2_person_get_name (person), id);
            }
          add_swimlane (self, _("Unassigned"), 0);
        }
    }
  gtk_stack_set_visible_child_name (self->board_stack, "lanes");
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  Dpp2BoardPage *self = user_data;

  self->rebuild_idle = 0;
  rebuild_board (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (Dpp2BoardPage *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle_cb, self);
}

/* Sprint information and planning */

static void
update_sprint_info (Dpp2BoardPage *self)
{
  g_autoptr(GString) info = g_string_new (NULL);
  gint64 total = 0, done = 0;
  double capacity;

  if (self->sprint == NULL || self->store == NULL)
    {
      gtk_label_set_text (self->sprint_info_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->sprint_info_label), FALSE);
      gtk_label_set_text (self->sprint_cards_title_label, _("Sprint"));
      return;
    }

  dpp2_board_sprint_points (self->store, self->sprint_id, &total, &done);
  capacity = dpp2_board_capacity (self->store, self->team_id);

  if (dpp2_sprint_get_goal (self->sprint)[0] != '\0')
    /* Translators: the goal of a sprint, shown above its board */
    g_string_append_printf (info, _("Sprint goal: %s"), dpp2_sprint_get_goal (self->sprint));
  if (dpp2_sprint_get_start_date (self->sprint)[0] != '\0' && dpp2_sprint_get_end_date (self->sprint)[0] != '\0')
    {
      g_autofree char *start = dpp2_format_date (dpp2_sprint_get_start_date (self->sprint));
      g_autofree char *end = dpp2_format_date (dpp2_sprint_get_end_date (self->sprint));

      if (info->len > 0)
        g_string_append (info, "\n");
      /* Translators: a sprint's dates, its state and the points done of all its points */
      g_string_append_printf (info, ngettext ("%s – %s · %s · %d of %d point done",
                                              "%s – %s · %s · %d of %d points done", (gulong) total),
                              start, end,
                              dpp2_enum_get_label (DPP2_TYPE_SPRINT_STATE, dpp2_sprint_get_state (self->sprint)),
                              (int) done, (int) total);
    }
  gtk_label_set_text (self->sprint_info_label, info->str);
  gtk_widget_set_visible (GTK_WIDGET (self->sprint_info_label), info->len > 0);

  {
    g_autofree char *capacity_text = dpp2_format_number (capacity);
    g_autofree char *title = NULL;

    if (capacity > 0)
      /* Translators: sprint planning: the sprint's points against the team's capacity */
      title = g_strdup_printf (ngettext ("%s: %d point, capacity %s", "%s: %d points, capacity %s",
                                         (gulong) total),
                               dpp2_sprint_get_name (self->sprint), (int) total, capacity_text);
    else
      title = g_strdup_printf (ngettext ("%s: %d point", "%s: %d points", (gulong) total),
                               dpp2_sprint_get_name (self->sprint), (int) total);
    gtk_label_set_text (self->sprint_cards_title_label, title);
    if (capacity > 0 && total > capacity)
      gtk_widget_add_css_class (GTK_WIDGET (self->sprint_cards_title_label), "warning");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->sprint_cards_title_label), "warning");
  }
}

static gboolean
sprint_info_idle_cb (gpointer user_data)
{
  Dpp2BoardPage *self = user_data;

  self->info_idle = 0;
  if (!is_closed (self))
    update_sprint_info (self);
  return G_SOURCE_REMOVE;
}

/* The points add up every card of the sprint: once after a burst of
 * changes, and after the frame that shows them. */
static void
queue_sprint_info (Dpp2BoardPage *self)
{
  if (self->info_idle == 0)
    self->info_idle = g_idle_add_full (G_PRIORITY_LOW, sprint_info_idle_cb, self, NULL);
}

/* The Planning view's lists are bound while it is shown only, so that the
 * board does not filter a thousand cards it does not show. */
static void
sync_planning (Dpp2BoardPage *self)
{
  gboolean shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "backlog") == 0;

  if (shown && self->backlog != NULL)
    {
      if (gtk_list_view_get_model (self->backlog_list) == NULL)
        gtk_list_view_set_model (self->backlog_list,
                                 GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->backlog)))));
    }
  else
    gtk_list_view_set_model (self->backlog_list, NULL);

  if (shown && self->sprint_cards != NULL)
    {
      GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (self->sprint_cards),
                                                                filter_active (self) ? GTK_FILTER (g_object_ref (self->filter)) : NULL);

      gtk_list_view_set_model (self->sprint_cards_list,
                               GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered))));
    }
  else
    gtk_list_view_set_model (self->sprint_cards_list, NULL);
}

static void
sprint_notify_cb (Dpp2BoardPage *self,
                  GParamSpec    *pspec)
{
  update_sprint_info (self);
  if (g_str_equal (pspec->name, "state"))
    {
      for (guint i = 0; i < self->lanes->len; i++)
        dpp2_board_lane_set_locked (g_ptr_array_index (self->lanes, i), sprint_is_closed (self) || !is_writable (self));
      update_actions (self);
    }
}

static void
set_sprint (Dpp2BoardPage *self,
            Dpp2Sprint    *sprint)
{
  gint64 id = sprint != NULL ? dpp2_record_get_id (DPP2_RECORD (sprint)) : 0;

  if (self->sprint == sprint && self->sprint_id == id)
    return;
  if (self->sprint != NULL)
    g_signal_handlers_disconnect_by_func (self->sprint, sprint_notify_cb, self);
  g_set_object (&self->sprint, sprint);
  self->sprint_id = id;
  if (sprint != NULL)
    g_signal_connect_swapped (sprint, "notify", G_CALLBACK (sprint_notify_cb), self);

  if (self->sprint_cards != NULL)
    g_signal_handlers_disconnect_by_func (self->sprint_cards, queue_sprint_info, self);
  g_clear_object (&self->sprint_cards);
  if (self->store != NULL && id != 0)
    {
      self->sprint_cards = dpp2_store_list_cards_of_sprint (self->store, id);
      g_signal_connect_swapped (self->sprint_cards, "items-changed", G_CALLBACK (queue_sprint_info), self);
    }
  sync_planning (self);

  if (self->charts != NULL)
    dpp2_sprint_charts_set_sprint_id (DPP2_SPRINT_CHARTS (self->charts), id);

  queue_sprint_info (self);
  update_actions (self);
  rebuild_board (self);
}

static void
sprint_selected_cb (Dpp2BoardPage *self)
{
  if (!self->updating && !is_closed (self))
    set_sprint (self, gtk_drop_down_get_selected_item (self->sprint_dropdown));
}

static char *
sprint_label (Dpp2Sprint      *sprint,
              const char      *name,
              Dpp2SprintState  state,
              gpointer         user_data)
{
  if (sprint == NULL)
    return g_strdup ("");
  /* Translators: a sprint in the sprint chooser: its name and its state */
  return g_strdup_printf (_("%s (%s)"), name, dpp2_enum_get_label (DPP2_TYPE_SPRINT_STATE, state));
}

/* The sprint to show first: the active one, else the first planned one, else the last. */
static guint
default_sprint_position (Dpp2BoardPage *self)
{
  guint n = g_list_model_get_n_items (self->sprints);
  guint planned = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (self->sprints, i);

      if (dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_ACTIVE)
        return i;
      if (planned == G_MAXUINT && dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_PLANNED)
        planned = i;
    }
  if (planned != G_MAXUINT)
    return planned;
  return n > 0 ? n - 1 : GTK_INVALID_LIST_POSITION;
}

static void
team_models_changed_cb (Dpp2BoardPage *self)
{
  if (is_closed (self))
    return;
  fill_filter_choices (self);
  if (self->swimlanes != DPP2_SWIMLANES_NONE)
    queue_rebuild (self);
}

static void
sprints_changed_cb (Dpp2BoardPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->sprint_dropdown), g_list_model_get_n_items (self->sprints) > 0);
}

static void
set_team (Dpp2BoardPage *self,
          gint64         team_id)
{
  g_autoptr(Dpp2Sprint) first = NULL;
  guint position;

  if (self->columns != NULL)
    g_signal_handlers_disconnect_by_func (self->columns, queue_rebuild, self);
  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, team_models_changed_cb, self);
  if (self->members != NULL)
    g_signal_handlers_disconnect_by_func (self->members, team_models_changed_cb, self);
  g_clear_object (&self->columns);
  g_clear_object (&self->cases);
  g_clear_object (&self->members);
  g_clear_object (&self->sprints);
  self->team_id = team_id;

  if (self->store != NULL)
    {
      self->columns = dpp2_store_list_columns_of_team (self->store, team_id);
      self->cases = dpp2_store_list (self->store, DPP2_TYPE_LEARNING_CASE, "position", "team-id", team_id, NULL, 0);
      self->members = dpp2_store_list_members_of_team (self->store, team_id);
      self->sprints = dpp2_store_list_sprints_of_team (self->store, team_id);
      g_signal_connect_swapped (self->columns, "items-changed", G_CALLBACK (queue_rebuild), self);
      g_signal_connect_swapped (self->cases, "items-changed", G_CALLBACK (team_models_changed_cb), self);
      g_signal_connect_swapped (self->members, "items-changed", G_CALLBACK (team_models_changed_cb), self);
    }
  else
    self->sprints = G_LIST_MODEL (g_list_store_new (DPP2_TYPE_SPRINT));

  self->updating = TRUE;
  g_signal_connect_object (self->sprints, "items-changed", G_CALLBACK (sprints_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (self->sprint_dropdown, self->sprints);
  sprints_changed_cb (self);
  position = default_sprint_position (self);
  gtk_drop_down_set_selected (self->sprint_dropdown, position);
  self->updating = FALSE;

  fill_filter_choices (self);
  gtk_filter_changed (GTK_FILTER (self->backlog_filter), GTK_FILTER_CHANGE_DIFFERENT);
  set_sprint (self, gtk_drop_down_get_selected_item (self->sprint_dropdown));
  rebuild_board (self);
}

static void
team_selected_cb (Dpp2BoardPage *self)
{
  Dpp2Team *team = gtk_drop_down_get_selected_item (self->team_dropdown);

  if (!self->updating && !is_closed (self))
    set_team (self, team != NULL ? dpp2_record_get_id (DPP2_RECORD (team)) : 0);
}

static void
swimlane_selected_cb (Dpp2BoardPage *self)
{
  dpp2_board_page_set_swimlanes (self, gtk_drop_down_get_selected (self->swimlane_dropdown));
}

/* Backlog rows: a card with a button that moves it into or out of the sprint */

static void
plan_button_clicked_cb (GtkButton     *button,
                        Dpp2BoardPage *self)
{
  Dpp2CardWidget *card_widget = g_object_get_data (G_OBJECT (button), "dpp2-card-widget");
  Dpp2Card *card = dpp2_card_widget_get_card (card_widget);
  g_autoptr(Dpp2Card) keep = card != NULL ? g_object_ref (card) : NULL;

  if (keep == NULL)
    return;
  if (dpp2_card_get_sprint_id (keep) == 0)
    {
      if (self->sprint_id != 0)
        dpp2_board_page_move_card (self, keep, self->sprint_id, first_column_id (self), G_MAXUINT);
    }
  else
    dpp2_board_page_move_card (self, keep, 0, 0, G_MAXUINT);
}

static void
plan_populate_menu_cb (Dpp2CardWidget *card_widget,
                       GMenu          *menu,
                       Dpp2BoardPage  *self)
{
  if (dpp2_card_widget_get_card (card_widget) != NULL)
    populate_menu_cb (NULL, dpp2_card_widget_get_card (card_widget), menu, self);
}

static void
plan_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Dpp2BoardPage            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *card_widget = dpp2_card_widget_new ();
  GtkWidget *button = gtk_button_new ();
  gboolean into_sprint = g_object_get_data (G_OBJECT (factory), "dpp2-into-sprint") != NULL;

  gtk_widget_set_hexpand (card_widget, TRUE);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_button_set_icon_name (GTK_BUTTON (button), into_sprint ? "go-next-symbolic" : "go-previous-symbolic");
  /* An accessible label, not a tooltip: GTK 4.8 asks the X server for the pointer on every
   * tooltip set, and a list makes up to 200 rows at once. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  into_sprint ? _("Move into the Sprint") : _("Move Back to the Backlog"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "dpp2-card-widget", card_widget);
  g_signal_connect (button, "clicked", G_CALLBACK (plan_button_clicked_cb), self);
  g_signal_connect (card_widget, "populate-menu", G_CALLBACK (plan_populate_menu_cb), self);
  gtk_box_append (GTK_BOX (box), card_widget);
  gtk_box_append (GTK_BOX (box), button);
  gtk_list_item_set_child (item, box);
}

/* No unbind, as in a lane: a row keeps its card until bound to another one. */
static void
plan_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Dpp2BoardPage            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  dpp2_card_widget_set_card (DPP2_CARD_WIDGET (gtk_widget_get_first_child (box)),
                             gtk_list_item_get_item (item));
  gtk_widget_set_sensitive (gtk_widget_get_last_child (box), is_writable (self) && !sprint_is_closed (self) &&
                            self->sprint_id != 0);
}


static GtkListItemFactory *
plan_factory_new (Dpp2BoardPage *self,
                  gboolean       into_sprint)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  if (into_sprint)
    g_object_set_data (G_OBJECT (factory), "dpp2-into-sprint", GINT_TO_POINTER (1));
  g_signal_connect (factory, "setup", G_CALLBACK (plan_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (plan_bind_cb), self);
  return factory;
}

static void
backlog_activate_cb (GtkListView   *list_view,
                     guint          position,
                     Dpp2BoardPage *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(Dpp2Card) card = g_list_model_get_item (model, position);

  if (card != NULL)
    dpp2_board_page_open_card_dialog (self, card);
}

/* Page actions */

static void
update_actions (Dpp2BoardPage *self)
{
  gboolean writable = is_writable (self);
  gboolean has_team = self->team_id != 0;
  gboolean has_sprint = self->sprint != NULL;
  Dpp2SprintState state = has_sprint ? dpp2_sprint_get_state (self->sprint) : DPP2_SPRINT_STATE_PLANNED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.new-sprint", writable && has_team);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.edit-sprint", writable && has_sprint);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.start-sprint",
                                 writable && has_sprint && state == DPP2_SPRINT_STATE_PLANNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.close-sprint",
                                 writable && has_sprint && state != DPP2_SPRINT_STATE_CLOSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.new-card", writable && has_team &&
                                 (self->sprint == NULL || state != DPP2_SPRINT_STATE_CLOSED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.edit-columns", writable && has_team);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.default-columns", writable && has_team);
}

static void
new_sprint_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dpp2_board_page_open_sprint_dialog (DPP2_BOARD_PAGE (widget), NULL);
}

static void
edit_sprint_action (GtkWidget *widget, const char *name, GVariant *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);

  if (self->sprint != NULL)
    dpp2_board_page_open_sprint_dialog (self, self->sprint);
}

static void
start_sprint_action (GtkWidget *widget, const char *name, GVariant *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Sprint) sprint = NULL;
  guint n;

  if (self->sprint == NULL || !is_writable (self))
    return;
  sprint = g_object_ref (self->sprint);
  n = g_list_model_get_n_items (self->sprints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) other = g_list_model_get_item (self->sprints, i);

      if (other != sprint && dpp2_sprint_get_state (other) == DPP2_SPRINT_STATE_ACTIVE)
        {
          g_autofree char *text = g_strdup_printf (_("“%s” is still active: a team works in one sprint at a time. Close it first."),
                                                   dpp2_sprint_get_name (other));
          toast_plain (self, text);
          return;
        }
    }
  if (!dpp2_store_update (self->store, sprint, &error, "state", DPP2_SPRINT_STATE_ACTIVE, NULL))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not start the sprint"), error);
}

static void
close_sprint_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dpp2_board_page_open_close_dialog (DPP2_BOARD_PAGE (widget));
}

static void
new_card_action (GtkWidget *widget, const char *name, GVariant *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  gboolean backlog = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "backlog") == 0;
  Dpp2CardDialog *dialog;

  if (!is_writable (self) || self->team_id == 0)
    return;
  dialog = dpp2_card_dialog_new (self->store, NULL, self->team_id,
                                 backlog || sprint_is_closed (self) ? 0 : self->sprint_id,
                                 backlog || sprint_is_closed (self) ? 0 : first_column_id (self));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_columns_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dpp2_board_page_open_column_editor (DPP2_BOARD_PAGE (widget));
}

static void
default_columns_action (GtkWidget *widget, const char *name, GVariant *param)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (is_writable (self) && !dpp2_board_create_default_columns (self->store, self->team_id, &error))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not add the columns"), error);
}

static void
show_charts_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dpp2_board_page_show_charts (DPP2_BOARD_PAGE (widget));
}

static void
store_read_only_cb (Dpp2BoardPage *self)
{
  update_actions (self);
  for (guint i = 0; i < self->lanes->len; i++)
    dpp2_board_lane_set_locked (g_ptr_array_index (self->lanes, i), sprint_is_closed (self) || !is_writable (self));
}

/* The dropdown buttons ellipsize long team and sprint names, so a narrow
 * window still fits; their popups show the names in full. */
static void
button_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_list_item_set_child (item, label);
}

static void
button_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  if (DPP2_IS_SPRINT (object))
    {
      g_autofree char *text = sprint_label (DPP2_SPRINT (object), dpp2_sprint_get_name (DPP2_SPRINT (object)),
                                            dpp2_sprint_get_state (DPP2_SPRINT (object)), NULL);

      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else if (DPP2_IS_TEAM (object))
    gtk_label_set_text (GTK_LABEL (label), dpp2_team_get_name (DPP2_TEAM (object)));
}

static void
set_button_factory (GtkDropDown *drop_down)
{
  GtkListItemFactory *button = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list = gtk_signal_list_item_factory_new ();

  /* gtk_drop_down_set_list_factory() keeps the expression's labels in the popup. */
  g_signal_connect (button, "setup", G_CALLBACK (button_setup_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (button_bind_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (button_setup_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (button_bind_cb), NULL);
  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
  g_object_unref (button);
  g_object_unref (list);
}

/* The board to show first: a team at work, in an active sprint. */
static guint
default_team_position (Dpp2BoardPage *self)
{
  guint n = g_list_model_get_n_items (self->teams);

  for (guint i = 0; self->store != NULL && i < n; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (self->teams, i);
      g_autoptr(GListModel) sprints = dpp2_store_list_sprints_of_team (self->store, dpp2_record_get_id (DPP2_RECORD (team)));

      for (guint j = 0; j < g_list_model_get_n_items (sprints); j++)
        {
          g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (sprints, j);

          if (dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_ACTIVE)
            return i;
        }
    }
  return n > 0 ? 0 : GTK_INVALID_LIST_POSITION;
}

/* GObject */

static void
set_store (Dpp2Page  *page,
           Dpp2Store *store)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (page);

  /* The lists are made in constructed, with the rest of the page. */
  self->store = g_object_ref (store);
}

static void
dpp2_board_page_constructed (GObject *object)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (object);
  GtkExpression *params[2];
  GtkExpression *expression;

  G_OBJECT_CLASS (dpp2_board_page_parent_class)->constructed (object);

  params[0] = gtk_property_expression_new (DPP2_TYPE_SPRINT, NULL, "name");
  params[1] = gtk_property_expression_new (DPP2_TYPE_SPRINT, NULL, "state");
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 2, params,
                                            G_CALLBACK (sprint_label), NULL, NULL);
  gtk_drop_down_set_expression (self->sprint_dropdown, expression);
  gtk_expression_unref (expression);
  expression = gtk_property_expression_new (DPP2_TYPE_TEAM, NULL, "name");
  gtk_drop_down_set_expression (self->team_dropdown, expression);
  gtk_expression_unref (expression);
  set_button_factory (self->team_dropdown);
  set_button_factory (self->sprint_dropdown);

  if (self->store != NULL)
    {
      self->teams = dpp2_store_list_teams (self->store);
      self->backlog_all = dpp2_store_list_cards (self->store, 0, 0);
      g_signal_connect_object (self->store, "notify::read-only", G_CALLBACK (store_read_only_cb), self,
                               G_CONNECT_SWAPPED);
      self->charts = dpp2_sprint_charts_new (self->store);
      adw_bin_set_child (self->charts_bin, self->charts);
      gtk_stack_page_set_visible (gtk_stack_get_page (self->view_stack, GTK_WIDGET (self->charts_bin)), TRUE);
    }
  else
    {
      self->teams = G_LIST_MODEL (g_list_store_new (DPP2_TYPE_TEAM));
      self->backlog_all = G_LIST_MODEL (g_list_store_new (DPP2_TYPE_CARD));
    }
  self->backlog = gtk_filter_list_model_new (g_object_ref (self->backlog_all),
                                             GTK_FILTER (g_object_ref (self->backlog_filter)));
  g_signal_connect_object (self->view_stack, "notify::visible-child-name", G_CALLBACK (sync_planning), self,
                           G_CONNECT_SWAPPED);

  self->updating = TRUE;
  gtk_drop_down_set_model (self->team_dropdown, self->teams);
  gtk_drop_down_set_selected (self->team_dropdown, default_team_position (self));
  self->updating = FALSE;
  team_selected_cb (self);
}

static void
dpp2_board_page_dispose (GObject *object)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (object);

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  g_clear_handle_id (&self->info_idle, g_source_remove);
  if (self->sprint != NULL)
    g_signal_handlers_disconnect_by_func (self->sprint, sprint_notify_cb, self);
  if (self->sprint_cards != NULL)
    g_signal_handlers_disconnect_by_func (self->sprint_cards, queue_sprint_info, self);
  if (self->columns != NULL)
    g_signal_handlers_disconnect_by_func (self->columns, queue_rebuild, self);
  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, team_models_changed_cb, self);
  if (self->members != NULL)
    g_signal_handlers_disconnect_by_func (self->members, team_models_changed_cb, self);
  g_ptr_array_set_size (self->lanes, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_BOARD_PAGE);

  g_clear_object (&self->sprint);
  g_clear_object (&self->sprint_cards);
  g_clear_object (&self->backlog);
  g_clear_object (&self->backlog_all);
  g_clear_object (&self->columns);
  g_clear_object (&self->cases);
  g_clear_object (&self->members);
  g_clear_object (&self->sprints);
  g_clear_object (&self->teams);
  g_clear_object (&self->filter);
  g_clear_object (&self->backlog_filter);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_board_page_parent_class)->dispose (object);
}

static void
dpp2_board_page_finalize (GObject *object)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (object);

  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->assignee_ids, g_array_unref);
  g_clear_pointer (&self->case_ids, g_array_unref);
  g_free (self->filter_text);
  G_OBJECT_CLASS (dpp2_board_page_parent_class)->finalize (object);
}

static void
dpp2_board_page_class_init (Dpp2BoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dpp2_board_page_constructed;
  object_class->dispose = dpp2_board_page_dispose;
  DPP2_PAGE_CLASS (klass)->set_store = set_store;
  object_class->finalize = dpp2_board_page_finalize;


  g_type_ensure (DPP2_TYPE_BOARD_LANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/pages/dpp2-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, assignee_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, backlog_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, backlog_title_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, blocked_check);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, board_stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, case_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, charts_bin);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, sprint_cards_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, sprint_cards_title_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, sprint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, sprint_info_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, swimlane_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, filter_controls_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sprint_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, swimlane_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, team_selected_cb);

  gtk_widget_class_install_action (widget_class, "board.new-sprint", NULL, new_sprint_action);
  gtk_widget_class_install_action (widget_class, "board.edit-sprint", NULL, edit_sprint_action);
  gtk_widget_class_install_action (widget_class, "board.start-sprint", NULL, start_sprint_action);
  gtk_widget_class_install_action (widget_class, "board.close-sprint", NULL, close_sprint_action);
  gtk_widget_class_install_action (widget_class, "board.new-card", NULL, new_card_action);
  gtk_widget_class_install_action (widget_class, "board.edit-columns", NULL, edit_columns_action);
  gtk_widget_class_install_action (widget_class, "board.default-columns", NULL, default_columns_action);
  gtk_widget_class_install_action (widget_class, "board.show-charts", NULL, show_charts_action);
  gtk_widget_class_install_action (widget_class, "board.move-left", NULL, move_left_action);
  gtk_widget_class_install_action (widget_class, "board.move-right", NULL, move_right_action);
  gtk_widget_class_install_action (widget_class, "board.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "board.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "board.move-to-column", "(xx)", move_to_column_action);
  gtk_widget_class_install_action (widget_class, "board.move-to-sprint", "(xx)", move_to_sprint_action);
  gtk_widget_class_install_action (widget_class, "board.open-card", "x", open_card_action);
  gtk_widget_class_install_action (widget_class, "board.capture-best-practice", "x", capture_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_ALT_MASK, "board.new-card", NULL);
}

/* Ctrl+arrows move the focused card. They are caught before the list view
 * sees them (it moves its cursor with them), and only when a card has the
 * focus, so text fields keep their word jumps. */
static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  Dpp2BoardPage *self = DPP2_BOARD_PAGE (widget);
  g_autoptr(Dpp2Card) card = dup_focused_card (self);

  if (card == NULL)
    return FALSE;
  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

static void
add_move_shortcuts (Dpp2BoardPage *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Left, "board.move-left" },
    { GDK_KEY_Right, "board.move-right" },
    { GDK_KEY_Up, "board.move-up" },
    { GDK_KEY_Down, "board.move-down" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, GDK_CONTROL_MASK),
                                                            gtk_callback_action_new (move_shortcut_cb,
                                                                                     (gpointer) keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
dpp2_board_page_init (Dpp2BoardPage *self)
{
  GtkListItemFactory *factory;

  self->lanes = g_ptr_array_new_with_free_func (g_object_unref);
  self->assignee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->case_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter_assignee = -1;
  self->filter_case = -1;
  self->filter = gtk_custom_filter_new (card_matches, self, NULL);
  self->backlog_filter = gtk_custom_filter_new (backlog_matches, self, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_move_shortcuts (self);

  factory = plan_factory_new (self, TRUE);
  gtk_list_view_set_factory (self->backlog_list, factory);
  g_object_unref (factory);
  factory = plan_factory_new (self, FALSE);
  gtk_list_view_set_factory (self->sprint_cards_list, factory);
  g_object_unref (factory);
  g_signal_connect (self->backlog_list, "activate", G_CALLBACK (backlog_activate_cb), self);
  g_signal_connect (self->sprint_cards_list, "activate", G_CALLBACK (backlog_activate_cb), self);
}

/**
 * dpp2_board_page_new:
 * @store: (nullable): the document
 *
 * Returns: a new Sprint Board page
 */
GtkWidget *
dpp2_board_page_new (Dpp2Store *store)
{
  return g_object_new (DPP2_TYPE_BOARD_PAGE, "store", store, NULL);
}

gint64
dpp2_board_page_get_team_id (Dpp2BoardPage *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), 0);
  return self->team_id;
}

/**
 * dpp2_board_page_set_team_id:
 * @team_id: a team of the document
 *
 * Shows the board of a team (its active sprint, else its next one).
 */
void
dpp2_board_page_set_team_id (Dpp2BoardPage *self,
                             gint64         team_id)
{
  guint n;

  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));

  n = g_list_model_get_n_items (self->teams);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (self->teams, i);

      if (dpp2_record_get_id (DPP2_RECORD (team)) == team_id)
        {
          if (gtk_drop_down_get_selected (self->team_dropdown) == i)
            {
              if (self->team_id != team_id)
                set_team (self, team_id);
            }
          else
            gtk_drop_down_set_selected (self->team_dropdown, i);
          return;
        }
    }
}

gint64
dpp2_board_page_get_sprint_id (Dpp2BoardPage *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), 0);
  return self->sprint_id;
}

/**
 * dpp2_board_page_set_sprint_id:
 * @sprint_id: a sprint of the team shown
 */
void
dpp2_board_page_set_sprint_id (Dpp2BoardPage *self,
                               gint64         sprint_id)
{
  guint n;

  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));

  n = g_list_model_get_n_items (self->sprints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (self->sprints, i);

      if (dpp2_record_get_id (DPP2_RECORD (sprint)) == sprint_id)
        {
          gtk_drop_down_set_selected (self->sprint_dropdown, i);
          if (self->sprint_id != sprint_id)
            set_sprint (self, sprint);
          return;
        }
    }
}

/**
 * dpp2_board_page_get_lane:
 * @column_id: a column of the team
 * @swimlane: the swimlane, counted from 0 (0 without swimlanes)
 *
 * Returns: (transfer none) (nullable): the lane that shows the column
 */
Dpp2BoardLane *
dpp2_board_page_get_lane (Dpp2BoardPage *self,
                          gint64         column_id,
                          guint          swimlane)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), NULL);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Dpp2BoardLane *lane = g_ptr_array_index (self->lanes, i);

      if (dpp2_record_get_id (DPP2_RECORD (dpp2_board_lane_get_column (lane))) == column_id)
        {
          if (swimlane == 0)
            return lane;
          swimlane--;
        }
    }
  return NULL;
}

/**
 * dpp2_board_page_set_swimlanes:
 * @swimlanes: how to split the board in rows
 */
void
dpp2_board_page_set_swimlanes (Dpp2BoardPage *self,
                               Dpp2Swimlanes  swimlanes)
{
  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));

  if (swimlanes > DPP2_SWIMLANES_BY_ASSIGNEE)
    swimlanes = DPP2_SWIMLANES_NONE;
  if (gtk_drop_down_get_selected (self->swimlane_dropdown) != (guint) swimlanes)
    gtk_drop_down_set_selected (self->swimlane_dropdown, swimlanes);
  if (self->swimlanes == swimlanes)
    return;
  self->swimlanes = swimlanes;
  rebuild_board (self);
}

void
dpp2_board_page_show_board (Dpp2BoardPage *self)
{
  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, "board");
}

void
dpp2_board_page_show_backlog (Dpp2BoardPage *self)
{
  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, "backlog");
}

/**
 * dpp2_board_page_show_charts:
 *
 * Shows the burndown and cumulative flow charts of the sprint.
 */
void
dpp2_board_page_show_charts (Dpp2BoardPage *self)
{
  g_return_if_fail (DPP2_IS_BOARD_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, "charts");
}

static GtkWindow *
present (Dpp2BoardPage *self,
         GtkWindow     *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
  return dialog;
}

/**
 * dpp2_board_page_open_card_dialog:
 * @card: a card
 *
 * Returns: (transfer none): the card's details dialog, shown
 */
GtkWindow *
dpp2_board_page_open_card_dialog (Dpp2BoardPage *self,
                                  Dpp2Card      *card)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), NULL);
  g_return_val_if_fail (DPP2_IS_CARD (card), NULL);

  return present (self, GTK_WINDOW (dpp2_card_dialog_new (self->store, card, self->team_id, 0, 0)));
}

static void
sprint_saved_cb (Dpp2BoardPage *self,
                 gint64         sprint_id)
{
  dpp2_board_page_set_sprint_id (self, sprint_id);
}

/**
 * dpp2_board_page_open_sprint_dialog:
 * @sprint: (nullable): the sprint to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the sprint dialog, shown
 */
GtkWindow *
dpp2_board_page_open_sprint_dialog (Dpp2BoardPage *self,
                                    Dpp2Sprint    *sprint)
{
  Dpp2SprintDialog *dialog;

  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), NULL);

  if (self->store == NULL || self->team_id == 0)
    return NULL;
  dialog = dpp2_sprint_dialog_new (self->store, self->team_id, sprint);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (sprint_saved_cb), self, G_CONNECT_SWAPPED);
  return present (self, GTK_WINDOW (dialog));
}

/**
 * dpp2_board_page_open_close_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog that closes the sprint
 *   shown, or %NULL when there is none or it is closed
 */
GtkWindow *
dpp2_board_page_open_close_dialog (Dpp2BoardPage *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), NULL);

  if (self->sprint == NULL || sprint_is_closed (self))
    return NULL;
  return present (self, GTK_WINDOW (dpp2_close_sprint_dialog_new (self->store, self->sprint)));
}

/**
 * dpp2_board_page_open_column_editor:
 *
 * Returns: (transfer none) (nullable): the column editor of the team, shown
 */
GtkWindow *
dpp2_board_page_open_column_editor (Dpp2BoardPage *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_PAGE (self), NULL);

  if (self->store == NULL || self->team_id == 0)
    return NULL;
  return present (self, GTK_WINDOW (dpp2_column_editor_new (self->store, self->team_id)));
}
