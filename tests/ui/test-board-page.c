/* test-board-page.c — the Sprint Board: sprints, moves, undo, closing, best practices
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "dpp2-application.h"
#include "dpp2-window.h"
#include "logic/dpp2-board-logic.h"
#include "pages/dpp2-board-page.h"
#include "pages/dpp2-card-dialog.h"
#include "pages/dpp2-close-sprint-dialog.h"
#include "pages/dpp2-sprint-dialog.h"
#include "widgets/dpp2-card-widget.h"
#include "dpp2-test-support.h"
#include "ui-test-support.h"

static Dpp2Application *app;

static Dpp2Window *
open_example (void)
{
  Dpp2Window *window = ui_test_open_example (app);

  g_assert_true (dpp2_window_show_page (window, "board"));
  ui_test_wait (50);
  return window;
}

static Dpp2BoardPage *
board_page (Dpp2Window *window)
{
  return DPP2_BOARD_PAGE (dpp2_window_get_page (window, "board"));
}

static GListModel *
team_columns (Dpp2Store *store,
              gint64     team_id)
{
  return dpp2_store_list_columns_of_team (store, team_id);
}

static gint64
column_id_at (GListModel *columns,
              guint       i)
{
  g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);

  return dpp2_record_get_id (DPP2_RECORD (column));
}

/* Makes a sprint through the dialog, as a person would. */
static gint64
new_sprint (Dpp2BoardPage *page,
            const char    *name,
            const char    *start,
            const char    *end)
{
  GtkWindow *dialog = dpp2_board_page_open_sprint_dialog (page, NULL);
  GtkWidget *name_row;

  g_assert_true (DPP2_IS_SPRINT_DIALOG (dialog));
  name_row = ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  dpp2_sprint_dialog_set_dates (DPP2_SPRINT_DIALOG (dialog), start, end);
  g_assert_true (dpp2_sprint_dialog_save (DPP2_SPRINT_DIALOG (dialog)));
  ui_test_wait (20);
  return dpp2_board_page_get_sprint_id (page);
}

static Dpp2Card *
new_card (Dpp2BoardPage *page,
          Dpp2Store     *store,
          gint64         sprint_id,
          gint64         column_id,
          const char    *title)
{
  Dpp2CardDialog *dialog = dpp2_card_dialog_new (store, NULL, dpp2_board_page_get_team_id (page),
                                                 sprint_id, column_id);
  GtkWidget *title_row = ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_autoptr(GListModel) cards = dpp2_store_list_cards (store, sprint_id, column_id);
  guint n = g_list_model_get_n_items (cards);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_assert_true (dpp2_card_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, n + 1);
  return g_list_model_get_item (cards, n);
}

static guint
index_in (Dpp2Store *store,
          Dpp2Card  *card)
{
  g_autoptr(GListModel) cards = dpp2_store_list_cards (store, dpp2_card_get_sprint_id (card),
                                                       dpp2_card_get_column_id (card));

  return dpp2_board_lane_index_of (cards, card);
}

static Dpp2CardWidget *
find_card_widget (GtkWidget  *root,
                  Dpp2Card   *card)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      Dpp2CardWidget *found;

      if (DPP2_IS_CARD_WIDGET (child) && dpp2_card_widget_get_card (DPP2_CARD_WIDGET (child)) == card)
        return DPP2_CARD_WIDGET (child);
      if ((found = find_card_widget (child, card)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_board_flow (void)
{
  Dpp2Window *window = open_example ();
  Dpp2BoardPage *page = board_page (window);
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GListModel) practices = dpp2_store_list_best_practices (store);
  g_autoptr(Dpp2Card) a = NULL, b = NULL, c = NULL, markup = NULL;
  g_autoptr(Dpp2Sprint) first = NULL;
  g_autoptr(Dpp2Sprint) next = NULL;
  GtkWindow *dialog;
  Dpp2BoardLane *lane;
  gint64 team_id, sprint_id, next_id, todo, doing, review, done;
  guint n_practices;

  /* The team with its active sprint is shown first. */
  team_id = dpp2_board_page_get_team_id (page);
  g_assert_cmpint (team_id, !=, 0);
  g_assert_cmpint (dpp2_board_page_get_sprint_id (page), !=, 0);

  /* A sprint whose end comes before its start is refused at the field. */
  dialog = dpp2_board_page_open_sprint_dialog (page, NULL);
  dpp2_sprint_dialog_set_dates (DPP2_SPRINT_DIALOG (dialog), "20-01-2027", "10-01-2027");
  g_assert_false (dpp2_sprint_dialog_save (DPP2_SPRINT_DIALOG (dialog)));
  gtk_window_destroy (dialog);

  sprint_id = new_sprint (page, "Sprint R&D <b>", "04-01-2027", "15-01-2027");
  first = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT, sprint_id);
  g_assert_cmpstr (dpp2_sprint_get_name (first), ==, "Sprint R&D <b>");
  g_assert_cmpstr (dpp2_sprint_get_end_date (first), ==, "2027-01-15");
  g_assert_cmpint (dpp2_sprint_get_state (first), ==, DPP2_SPRINT_STATE_PLANNED);
  ui_test_wait (50);

  columns = team_columns (store, team_id);
  g_assert_cmpuint (g_list_model_get_n_items (columns), >=, 4);
  todo = column_id_at (columns, 0);
  doing = column_id_at (columns, 1);
  review = column_id_at (columns, 2);
  done = column_id_at (columns, 3);

  a = new_card (page, store, sprint_id, todo, "Card A");
  b = new_card (page, store, sprint_id, todo, "Card B");
  c = new_card (page, store, sprint_id, todo, "Card C");
  markup = new_card (page, store, sprint_id, todo, "R&D <b>Ops</b>");
  ui_test_wait (50);
  lane = dpp2_board_page_get_lane (page, todo, 0);
  g_assert_nonnull (lane);
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_board_lane_get_shown_cards (lane)), ==, 4);

  /* The title shows literally, not as markup. */
  {
    Dpp2CardWidget *widget = find_card_widget (GTK_WIDGET (lane), markup);

    g_assert_nonnull (widget);
    g_assert_cmpstr (dpp2_card_widget_get_title_text (widget), ==, "R&D <b>Ops</b>");
  }

  /* By keyboard: Ctrl+Right on the focused card moves it to the next column. */
  g_assert_true (dpp2_board_lane_focus_card (lane, a));
  ui_test_wait (20);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.move-right", NULL);
  g_assert_cmpint (dpp2_card_get_column_id (a), ==, doing);
  g_assert_cmpint (dpp2_card_get_sprint_id (a), ==, sprint_id);
  /* And Ctrl+Down within a column. */
  g_assert_true (dpp2_board_lane_focus_card (lane, b));
  gtk_widget_activate_action (GTK_WIDGET (page), "board.move-down", NULL);
  g_assert_cmpuint (index_in (store, b), ==, 1);
  g_assert_cmpuint (index_in (store, c), ==, 0);

  /* By a drop on the Review lane, below its (no) cards. */
  {
    Dpp2BoardLane *review_lane = dpp2_board_page_get_lane (page, review, 0);
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    g_value_init (&value, DPP2_TYPE_CARD);
    g_value_set_object (&value, c);
    g_signal_emit_by_name (dpp2_board_lane_get_drop_target (review_lane), "drop", &value, 20.0, 400.0, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
    g_assert_cmpint (dpp2_card_get_column_id (c), ==, review);
  }

  /* A drop within a column lands before the card it is dropped on. */
  {
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;
    Dpp2CardWidget *target;
    graphene_rect_t bounds;

    ui_test_wait (50);
    target = find_card_widget (GTK_WIDGET (lane), b);
    g_assert_nonnull (target);
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (target), GTK_WIDGET (lane), &bounds));
    g_value_init (&value, DPP2_TYPE_CARD);
    g_value_set_object (&value, markup);
    g_signal_emit_by_name (dpp2_board_lane_get_drop_target (lane), "drop", &value,
                           (double) bounds.origin.x + 10, (double) bounds.origin.y + 4, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
    g_assert_cmpuint (index_in (store, markup), ==, 0);
    g_assert_cmpuint (index_in (store, b), ==, 1);
  }

  /* Undo the drops and the moves: every card is back in its place. */
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_cmpuint (index_in (store, b), ==, 0);
  g_assert_cmpuint (index_in (store, markup), ==, 1);
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_cmpint (dpp2_card_get_column_id (c), ==, todo);
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_cmpint (dpp2_card_get_column_id (a), ==, todo);
  g_assert_cmpuint (index_in (store, a), ==, 0);
  g_assert_cmpuint (index_in (store, b), ==, 1);
  g_assert_cmpuint (index_in (store, c), ==, 2);
  g_assert_cmpuint (index_in (store, markup), ==, 3);

  /* The Move To menu's action, to Done; then capture the card as a best practice. */
  gtk_widget_activate_action (GTK_WIDGET (page), "board.move-to-column", "(xx)",
                              dpp2_record_get_id (DPP2_RECORD (a)), done);
  g_assert_cmpint (dpp2_card_get_column_id (a), ==, done);
  n_practices = g_list_model_get_n_items (practices);
  g_assert_false (dpp2_board_page_capture_best_practice (page, b));
  g_assert_true (dpp2_board_page_capture_best_practice (page, a));
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, n_practices + 1);
  {
    g_autoptr(Dpp2BestPractice) practice = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
      {
        g_autoptr(Dpp2BestPractice) p = g_list_model_get_item (practices, i);

        if (g_strcmp0 (dpp2_best_practice_get_title (p), "Card A") == 0)
          practice = g_steal_pointer (&p);
      }
    g_assert_nonnull (practice);
    g_assert_cmpint (dpp2_best_practice_get_case_id (practice), ==, dpp2_card_get_case_id (a));
  }
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, n_practices);
  g_assert_true (dpp2_store_redo (store, NULL));

  /* Close the sprint with a carry-over into the next one. */
  next_id = new_sprint (page, "Next sprint", "18-01-2027", "29-01-2027");
  g_assert_cmpint (next_id, !=, sprint_id);
  dpp2_board_page_set_sprint_id (page, sprint_id);
  g_assert_cmpint (dpp2_board_page_get_sprint_id (page), ==, sprint_id);
  dialog = dpp2_board_page_open_close_dialog (page);
  g_assert_true (DPP2_IS_CLOSE_SPRINT_DIALOG (dialog));
  dpp2_close_sprint_dialog_set_carry_to (DPP2_CLOSE_SPRINT_DIALOG (dialog), next_id);
  dpp2_close_sprint_dialog_set_texts (DPP2_CLOSE_SPRINT_DIALOG (dialog), "Card A delivered",
                                      "Pairing", "Smaller cards", "Ask residents first");
  g_assert_true (dpp2_close_sprint_dialog_close_sprint (DPP2_CLOSE_SPRINT_DIALOG (dialog)));
  ui_test_wait (20);
  g_assert_cmpint (dpp2_sprint_get_state (first), ==, DPP2_SPRINT_STATE_CLOSED);
  g_assert_cmpstr (dpp2_sprint_get_review (first), ==, "Card A delivered");
  g_assert_nonnull (strstr (dpp2_sprint_get_retrospective (first), "Ask residents first"));
  g_assert_cmpint (dpp2_card_get_sprint_id (a), ==, sprint_id);
  g_assert_cmpint (dpp2_card_get_sprint_id (b), ==, next_id);
  g_assert_cmpint (dpp2_card_get_sprint_id (markup), ==, next_id);
  g_assert_cmpint (dpp2_card_get_column_id (b), ==, todo);

  /* A card in a closed sprint cannot move. */
  g_assert_false (dpp2_board_page_move_card (page, a, sprint_id, todo, 0));
  g_assert_cmpint (dpp2_card_get_column_id (a), ==, done);

  /* Closing was one step: undo opens the sprint and brings the cards back. */
  g_assert_true (dpp2_store_undo (store, NULL));
  g_assert_cmpint (dpp2_sprint_get_state (first), ==, DPP2_SPRINT_STATE_PLANNED);
  g_assert_cmpint (dpp2_card_get_sprint_id (b), ==, sprint_id);
  g_assert_true (dpp2_store_redo (store, NULL));

  next = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT, next_id);
  g_assert_nonnull (next);

  /* The details dialog and the charts open. */
  dialog = dpp2_board_page_open_card_dialog (page, a);
  g_assert_true (DPP2_IS_CARD_DIALOG (dialog));
  ui_test_wait (20);
  gtk_window_destroy (dialog);
  dpp2_board_page_show_charts (page);
  ui_test_wait (20);

  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
test_swimlanes_and_filters (void)
{
  Dpp2Window *window = open_example ();
  Dpp2BoardPage *page = board_page (window);
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) columns = team_columns (store, dpp2_board_page_get_team_id (page));
  g_autoptr(GListModel) cards = dpp2_store_list_cards_of_sprint (store, dpp2_board_page_get_sprint_id (page));
  g_autoptr(Dpp2Card) blocked = NULL;
  guint n_shown = 0, n_blocked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, i);

      if (dpp2_card_get_blocked (card))
        {
          n_blocked++;
          g_set_object (&blocked, card);
        }
    }
  g_assert_nonnull (blocked);

  /* Blocked and an assignee combine; a text that matches nothing hides all. */
  dpp2_board_page_set_filter (page, -1, -1, TRUE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    n_shown += g_list_model_get_n_items (dpp2_board_lane_get_shown_cards (dpp2_board_page_get_lane (page, column_id_at (columns, i), 0)));
  g_assert_cmpuint (n_shown, ==, n_blocked);

  dpp2_board_page_set_filter (page, dpp2_card_get_assignee_id (blocked), -1, TRUE, "zzz-no-such-card");
  n_shown = 0;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    n_shown += g_list_model_get_n_items (dpp2_board_lane_get_shown_cards (dpp2_board_page_get_lane (page, column_id_at (columns, i), 0)));
  g_assert_cmpuint (n_shown, ==, 0);
  dpp2_board_page_set_filter (page, -1, -1, FALSE, NULL);

  /* Swimlanes by assignee: the blocked card's lane holds it. */
  dpp2_board_page_set_swimlanes (page, DPP2_SWIMLANES_BY_ASSIGNEE);
  ui_test_wait (50);
  {
    guint found = 0;

    for (guint s = 0; ; s++)
      {
        Dpp2BoardLane *lane = dpp2_board_page_get_lane (page, dpp2_card_get_column_id (blocked), s);

        if (lane == NULL)
          break;
        found += dpp2_board_lane_index_of (dpp2_board_lane_get_shown_cards (lane), blocked) != G_MAXUINT;
      }
    g_assert_cmpuint (found, ==, 1);
  }
  dpp2_board_page_set_swimlanes (page, DPP2_SWIMLANES_BY_CASE);
  ui_test_wait (50);
  dpp2_board_page_set_swimlanes (page, DPP2_SWIMLANES_NONE);
  ui_test_wait (50);
  g_assert_nonnull (dpp2_board_page_get_lane (page, column_id_at (columns, 0), 0));
  g_assert_null (dpp2_board_page_get_lane (page, column_id_at (columns, 0), 1));

  ui_test_destroy_window (GTK_WINDOW (window));
}

static void
count_card_notify_cb (Dpp2CardWidget *widget,
                      GParamSpec     *pspec,
                      guint          *count)
{
  (*count)++;
}

/* Watches every card widget in LANE for a change of the card it shows. */
static void
watch_card_widgets (Dpp2BoardLane *lane,
                    guint         *count)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (dpp2_board_lane_get_list_view (lane)));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (child != NULL && DPP2_IS_CARD_WIDGET (child))
        g_signal_connect (child, "notify::card", G_CALLBACK (count_card_notify_cb), count);
    }
}

/* A move shifts every card below it; the rows of those cards must keep their widgets as
 * they are (GTK 4.8 unbinds and binds a row whose position changes), or a move in a long
 * column rebuilds hundreds of cards. */
static void
test_move_keeps_rows (void)
{
  Dpp2Window *window = open_example ();
  Dpp2BoardPage *page = board_page (window);
  Dpp2Store *store = dpp2_window_get_store (window);
  gint64 sprint_id = dpp2_board_page_get_sprint_id (page);
  g_autoptr(GListModel) columns = team_columns (store, dpp2_board_page_get_team_id (page));
  Dpp2BoardLane *from = dpp2_board_page_get_lane (page, column_id_at (columns, 0), 0);
  Dpp2BoardLane *to = dpp2_board_page_get_lane (page, column_id_at (columns, 1), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Card) top = NULL;
  guint n, changed = 0;

  g_assert_true (dpp2_store_begin_change (store, "Add cards", &error));
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Card %u", i);
      g_autoptr(Dpp2Card) card = g_object_new (DPP2_TYPE_CARD, "sprint-id", sprint_id,
                                               "column-id", column_id_at (columns, 0),
                                               "position", (gint64) (100 + i), "title", title, NULL);

      g_assert_true (dpp2_store_insert (store, card, &error));
    }
  g_assert_true (dpp2_store_commit_change (store, &error));
  ui_test_wait (50);

  n = g_list_model_get_n_items (dpp2_board_lane_get_cards (from));
  g_assert_cmpuint (n, >=, 20);
  top = g_list_model_get_item (dpp2_board_lane_get_cards (from), 0);
  g_assert_nonnull (find_card_widget (GTK_WIDGET (from), top));
  watch_card_widgets (from, &changed);
  watch_card_widgets (to, &changed);

  g_assert_true (dpp2_board_page_move_card (page, top, sprint_id, column_id_at (columns, 1), 0));
  ui_test_wait (50);

  /* The card shows in its new column, and at most the rows it left and entered changed. */
  g_assert_nonnull (find_card_widget (GTK_WIDGET (to), top));
  g_assert_null (find_card_widget (GTK_WIDGET (from), top));
  g_assert_cmpuint (g_list_model_get_n_items (dpp2_board_lane_get_cards (from)), ==, n - 1);
  g_assert_cmpuint (changed, <=, 2);

  ui_test_destroy_window (GTK_WINDOW (window));
}

static int
card_height (GtkWidget *card_widget)
{
  int height;

  gtk_widget_measure (card_widget, GTK_ORIENTATION_VERTICAL, 280, &height, NULL, NULL, NULL);
  return height;
}

/* A card is one widget that lays out its own text (only the menu button is a child), so a
 * lane of hundreds of rows stays quick. Its height follows its text: a title wraps to at
 * most three lines, and a blocked card shows its reason. */
static void
test_card_widget (void)
{
  Dpp2Window *window = open_example ();
  Dpp2BoardPage *page = board_page (window);
  Dpp2Store *store = dpp2_window_get_store (window);
  g_autoptr(GListModel) cards = dpp2_store_list_cards_of_sprint (store, dpp2_board_page_get_sprint_id (page));
  g_autoptr(Dpp2Card) card = g_list_model_get_item (cards, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_title = g_string_new (NULL);
  GtkWidget *holder = gtk_window_new ();
  GtkWidget *card_widget = dpp2_card_widget_new ();
  GtkWidget *child;
  int short_height, long_height, longer_height, blocked_height;
  graphene_rect_t bounds;

  gtk_window_set_child (GTK_WINDOW (holder), card_widget);
  gtk_window_present (GTK_WINDOW (holder));
  dpp2_card_widget_set_card (DPP2_CARD_WIDGET (card_widget), card);
  ui_test_wait (20);

  child = gtk_widget_get_first_child (card_widget);
  g_assert_true (GTK_IS_MENU_BUTTON (child));
  g_assert_null (gtk_widget_get_next_sibling (child));

  g_assert_true (dpp2_store_update (store, card, &error, "title", "Kort", "blocked", FALSE, NULL));
  g_assert_no_error (error);
  g_assert_cmpstr (dpp2_card_widget_get_title_text (DPP2_CARD_WIDGET (card_widget)), ==, "Kort");
  short_height = card_height (card_widget);

  for (guint i = 0; i < 40; i++)
    g_string_append (long_title, "woord ");
  g_assert_true (dpp2_store_update (store, card, &error, "title", long_title->str, NULL));
  long_height = card_height (card_widget);
  g_assert_cmpint (long_height, >, short_height);
  g_string_append (long_title, long_title->str);
  g_assert_true (dpp2_store_update (store, card, &error, "title", long_title->str, NULL));
  longer_height = card_height (card_widget);
  g_assert_cmpint (longer_height, ==, long_height);
  g_assert_cmpstr (dpp2_card_widget_get_title_text (DPP2_CARD_WIDGET (card_widget)), ==, long_title->str);

  g_assert_false (gtk_widget_has_css_class (card_widget, "blocked"));
  g_assert_true (dpp2_store_update (store, card, &error, "blocked", TRUE,
                                    "blocked-reason", "Wacht op de leverancier", NULL));
  g_assert_no_error (error);
  blocked_height = card_height (card_widget);
  g_assert_cmpint (blocked_height, >, longer_height);
  g_assert_true (gtk_widget_has_css_class (card_widget, "blocked"));
  ui_test_wait (20);

  /* The menu button sits at the end: the right, or the left in a right-to-left interface. */
  g_assert_true (gtk_widget_compute_bounds (child, card_widget, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >, gtk_widget_get_width (card_widget) / 2.0);
  gtk_widget_set_direction (card_widget, GTK_TEXT_DIR_RTL);
  ui_test_wait (20);
  g_assert_true (gtk_widget_compute_bounds (child, card_widget, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <, gtk_widget_get_width (card_widget) / 2.0);
  g_assert_cmpint (card_height (card_widget), ==, blocked_height);

  gtk_window_destroy (GTK_WINDOW (holder));
  ui_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  app = ui_test_new_application ();

  g_test_add_func ("/board/flow", test_board_flow);
  g_test_add_func ("/board/swimlanes-and-filters", test_swimlanes_and_filters);
  g_test_add_func ("/board/move-keeps-rows", test_move_keeps_rows);
  g_test_add_func ("/board/card-widget", test_card_widget);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
