/* dpp2-board-lane.c — one column of a sprint board, with its cards
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-board-lane.h"
#include "dpp2-card-widget.h"

/* A lane shows the store's live list of one column's cards in a sprint
 * through a GtkListView, so only the visible cards have widgets and a move
 * touches only the rows that change. */
struct _Dpp2BoardLane
{
  GtkWidget           parent_instance;

  GtkLabel           *count_label;
  GtkListView        *list_view;
  GtkLabel           *name_label;
  GtkScrolledWindow  *scroller;

  Dpp2Store          *store;
  Dpp2BoardColumn    *column;
  gint64              sprint_id;
  GListModel         *cards;
  GtkFilterListModel *shown;
  GtkDropTarget      *drop_target;
  GtkWidget          *drop_mark;     /* the card widget that shows the drop line */
  gulong              wip_notify_id;
  gboolean            locked;
  gboolean            natural;
};

G_DEFINE_FINAL_TYPE (Dpp2BoardLane, dpp2_board_lane, GTK_TYPE_WIDGET)

enum {
  CARD_ACTIVATED,
  CARD_DROPPED,
  POPULATE_MENU,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dpp2_board_lane_index_of:
 * @model: a list
 * @item: an item of it
 *
 * Returns: the position of @item in @model, or G_MAXUINT
 */
guint
dpp2_board_lane_index_of (GListModel *model,
                          gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return G_MAXUINT;
}

/**
 * dpp2_board_lane_find_card:
 * @cards: a list of the store, sorted by position (then id)
 * @card: a card
 *
 * Like dpp2_board_lane_index_of(), but in a store's sorted list it halves
 * the search, so a column of a thousand cards costs ten lookups, not a
 * thousand.
 *
 * Returns: the position of @card in @cards, or G_MAXUINT
 */
guint
dpp2_board_lane_find_card (GListModel *cards,
                           Dpp2Card   *card)
{
  gint64 position = dpp2_card_get_position (card);
  gint64 id = dpp2_record_get_id (DPP2_RECORD (card));
  guint lo = 0, hi = g_list_model_get_n_items (cards);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(Dpp2Card) other = g_list_model_get_item (cards, mid);
      gint64 p, i;

      if (other == card)
        return mid;
      if (other == NULL)
        break;
      p = dpp2_card_get_position (other);
      i = dpp2_record_get_id (DPP2_RECORD (other));
      if (p < position || (p == position && i < id))
        lo = mid + 1;
      else
        hi = mid;
    }
  return dpp2_board_lane_index_of (cards, card);
}

/* Where a card is among the shown ones: fast while no filter hides any. */
static guint
shown_position (Dpp2BoardLane *self,
                Dpp2Card      *card)
{
  if (gtk_filter_list_model_get_filter (self->shown) == NULL)
    return dpp2_board_lane_find_card (self->cards, card);
  return dpp2_board_lane_index_of (G_LIST_MODEL (self->shown), card);
}

/**
 * dpp2_board_lane_shows_card:
 * @card: a card
 *
 * Returns: whether the lane shows @card
 */
gboolean
dpp2_board_lane_shows_card (Dpp2BoardLane *self,
                            Dpp2Card      *card)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), FALSE);

  if (dpp2_card_get_column_id (card) != dpp2_record_get_id (DPP2_RECORD (self->column)) ||
      dpp2_card_get_sprint_id (card) != self->sprint_id)
    return FALSE;
  return shown_position (self, card) != G_MAXUINT;
}

static void
update_count (Dpp2BoardLane *self)
{
  guint n = self->cards != NULL ? g_list_model_get_n_items (self->cards) : 0;
  gint64 limit = self->column != NULL ? dpp2_board_column_get_wip_limit (self->column) : 0;
  g_autofree char *text = NULL;

  /* No tooltip here: changing one on every move asks the X server where the pointer is. */
  if (limit > 0)
    /* Translators: cards in a board column / its work-in-progress limit */
    text = g_strdup_printf (_("%u / %d"), n, (int) limit);
  else
    text = g_strdup_printf ("%u", n);
  gtk_label_set_text (self->count_label, text);

  if (limit > 0 && n > (guint) limit)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "over-limit");
      gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "over-limit");
      gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "error");
    }
}

/* Rows */

static void
populate_menu_cb (Dpp2CardWidget *card_widget,
                  GMenu          *menu,
                  Dpp2BoardLane  *self)
{
  if (dpp2_card_widget_get_card (card_widget) != NULL)
    g_signal_emit (self, signals[POPULATE_MENU], 0, dpp2_card_widget_get_card (card_widget), menu);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 Dpp2BoardLane *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  Dpp2Card *card = dpp2_card_widget_get_card (DPP2_CARD_WIDGET (widget));

  if (card == NULL || self->locked)
    return NULL;
  return gdk_content_provider_new_typed (DPP2_TYPE_CARD, card);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               Dpp2BoardLane *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Dpp2BoardLane            *self)
{
  GtkWidget *card_widget = dpp2_card_widget_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_set_margin_start (card_widget, 6);
  gtk_widget_set_margin_end (card_widget, 6);
  gtk_widget_set_margin_top (card_widget, 3);
  gtk_widget_set_margin_bottom (card_widget, 3);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (card_widget, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (card_widget, "populate-menu", G_CALLBACK (populate_menu_cb), self);
  g_object_set_data (G_OBJECT (card_widget), "dpp2-list-item", item);
  gtk_list_item_set_child (item, card_widget);
}

/* GTK 4.8 unbinds and binds a row again whenever only its position changes, so a move
 * that shifts a column would rebuild every row it has. Binding the card a widget already
 * shows costs nothing, so there is no unbind handler: a row keeps its card until it is
 * bound to another one or destroyed. */
static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Dpp2BoardLane            *self)
{
  dpp2_card_widget_set_card (DPP2_CARD_WIDGET (gtk_list_item_get_child (item)),
                             gtk_list_item_get_item (item));
}

static void
activate_cb (GtkListView   *list_view,
             guint          position,
             Dpp2BoardLane *self)
{
  g_autoptr(Dpp2Card) card = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (card != NULL)
    g_signal_emit (self, signals[CARD_ACTIVATED], 0, card);
}

/* Dropping */

static void
clear_drop_mark (Dpp2BoardLane *self)
{
  if (self->drop_mark != NULL)
    {
      gtk_widget_remove_css_class (self->drop_mark, "drop-before");
      gtk_widget_remove_css_class (self->drop_mark, "drop-after");
      g_clear_object (&self->drop_mark);
    }
}

/* The position in the shown cards before which a drop at X, Y lands, and
 * the card widget next to it (with AFTER set when the line goes below it). */
static guint
drop_position (Dpp2BoardLane  *self,
               double          x,
               double          y,
               GtkWidget     **mark,
               gboolean       *after)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *card_widget = picked;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  GtkListItem *item;
  graphene_rect_t bounds;
  guint position;

  *mark = NULL;
  *after = FALSE;
  while (card_widget != NULL && !DPP2_IS_CARD_WIDGET (card_widget))
    card_widget = gtk_widget_get_parent (card_widget);
  /* A child of a list row (or the row itself): find the card widget inside. */
  if (card_widget == NULL && picked != NULL)
    {
      GtkWidget *child = gtk_widget_get_first_child (picked);

      if (child != NULL && DPP2_IS_CARD_WIDGET (child))
        card_widget = child;
    }

  if (card_widget == NULL ||
      (item = g_object_get_data (G_OBJECT (card_widget), "dpp2-list-item")) == NULL ||
      gtk_list_item_get_position (item) == GTK_INVALID_LIST_POSITION)
    {
      /* Below the last card, or on the header: at the end. */
      if (n > 0)
        {
          for (GtkWidget *row = gtk_widget_get_last_child (GTK_WIDGET (self->list_view));
               row != NULL; row = gtk_widget_get_prev_sibling (row))
            {
              GtkWidget *child = gtk_widget_get_first_child (row);

              if (child != NULL && DPP2_IS_CARD_WIDGET (child) &&
                  (item = g_object_get_data (G_OBJECT (child), "dpp2-list-item")) != NULL &&
                  gtk_list_item_get_position (item) == n - 1)
                {
                  *mark = child;
                  *after = TRUE;
                  break;
                }
            }
        }
      return n;
    }

  position = gtk_list_item_get_position (item);
  *mark = card_widget;
  if (gtk_widget_compute_bounds (card_widget, GTK_WIDGET (self), &bounds) &&
      y > bounds.origin.y + bounds.size.height / 2)
    {
      *after = TRUE;
      position++;
    }
  return position;
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                Dpp2BoardLane *self)
{
  GtkWidget *mark;
  gboolean after;

  if (self->locked)
    return 0;
  drop_position (self, x, y, &mark, &after);
  if (mark != self->drop_mark ||
      (mark != NULL && gtk_widget_has_css_class (mark, after ? "drop-before" : "drop-after")))
    {
      clear_drop_mark (self);
      if (mark != NULL)
        {
          self->drop_mark = g_object_ref (mark);
          gtk_widget_add_css_class (mark, after ? "drop-after" : "drop-before");
        }
    }
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               Dpp2BoardLane *self)
{
  clear_drop_mark (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         Dpp2BoardLane *self)
{
  Dpp2Card *card;
  GtkWidget *mark;
  gboolean after;
  guint drop_at, index;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  clear_drop_mark (self);
  if (!G_VALUE_HOLDS (value, DPP2_TYPE_CARD) || (card = g_value_get_object (value)) == NULL)
    return FALSE;

  /* The shown cards may be filtered: land before the same card in the whole column. */
  drop_at = drop_position (self, x, y, &mark, &after);
  if (drop_at < n_shown)
    {
      g_autoptr(Dpp2Card) before = g_list_model_get_item (G_LIST_MODEL (self->shown), drop_at);

      index = dpp2_board_lane_find_card (self->cards, before);
    }
  else if (n_shown > 0)
    {
      g_autoptr(Dpp2Card) last = g_list_model_get_item (G_LIST_MODEL (self->shown), n_shown - 1);

      index = dpp2_board_lane_find_card (self->cards, last) + 1;
    }
  else
    index = g_list_model_get_n_items (self->cards);

  g_signal_emit (self, signals[CARD_DROPPED], 0, card, index);
  return TRUE;
}

static void update_natural_height (Dpp2BoardLane *self);

/* GObject */

static void
dpp2_board_lane_dispose (GObject *object)
{
  Dpp2BoardLane *self = DPP2_BOARD_LANE (object);
  GtkWidget *child;

  clear_drop_mark (self);
  if (self->column != NULL)
    g_clear_signal_handler (&self->wip_notify_id, self->column);
  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_func (self->cards, update_count, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_BOARD_LANE);
  /* The template's top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->shown);
  g_clear_object (&self->cards);
  g_clear_object (&self->column);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dpp2_board_lane_parent_class)->dispose (object);
}

static void
dpp2_board_lane_class_init (Dpp2BoardLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_board_lane_dispose;

  /**
   * Dpp2BoardLane::card-activated:
   * @card: the card
   *
   * A card was activated (Enter, or a double click): open it.
   */
  signals[CARD_ACTIVATED] =
    g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, DPP2_TYPE_CARD);
  /**
   * Dpp2BoardLane::card-dropped:
   * @card: the card dropped
   * @index: the position in the whole column (not only the shown cards)
   *   before which it lands, counted before the card leaves its place
   */
  signals[CARD_DROPPED] =
    g_signal_new ("card-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, DPP2_TYPE_CARD, G_TYPE_UINT);
  /**
   * Dpp2BoardLane::populate-menu:
   * @card: the card whose menu opens
   * @menu: the empty menu, to fill
   */
  signals[POPULATE_MENU] =
    g_signal_new ("populate-menu", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, DPP2_TYPE_CARD, G_TYPE_MENU);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dpp2-lane");
  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/widgets/dpp2-board-lane.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardLane, count_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardLane, list_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardLane, name_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2BoardLane, scroller);
}

static void
dpp2_board_lane_init (Dpp2BoardLane *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  self->drop_target = gtk_drop_target_new (DPP2_TYPE_CARD, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (self->drop_target, FALSE);
  g_signal_connect (self->drop_target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

static void
wip_notify_cb (Dpp2BoardLane *self)
{
  update_count (self);
}

/**
 * dpp2_board_lane_new:
 * @store: the document
 * @column: the board column
 * @sprint_id: the sprint whose cards it shows
 * @filter: (nullable): which cards to show, or %NULL for all
 *
 * Returns: a new lane
 */
GtkWidget *
dpp2_board_lane_new (Dpp2Store       *store,
                     Dpp2BoardColumn *column,
                     gint64           sprint_id,
                     GtkFilter       *filter)
{
  Dpp2BoardLane *self;
  GtkNoSelection *selection;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (DPP2_IS_BOARD_COLUMN (column), NULL);

  self = g_object_new (DPP2_TYPE_BOARD_LANE, NULL);
  self->store = g_object_ref (store);
  self->column = g_object_ref (column);
  self->sprint_id = sprint_id;
  self->cards = dpp2_store_list_cards (store, sprint_id, dpp2_record_get_id (DPP2_RECORD (column)));
  self->shown = gtk_filter_list_model_new (g_object_ref (self->cards),
                                           filter != NULL ? g_object_ref (filter) : NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_object_bind_property (column, "name", self->name_label, "label", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->cards, "items-changed", G_CALLBACK (update_count), self);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_natural_height), self,
                           G_CONNECT_SWAPPED);
  self->wip_notify_id = g_signal_connect_swapped (column, "notify::wip-limit",
                                                  G_CALLBACK (wip_notify_cb), self);
  update_count (self);
  return GTK_WIDGET (self);
}

/**
 * dpp2_board_lane_get_column:
 *
 * Returns: (transfer none): the board column
 */
Dpp2BoardColumn *
dpp2_board_lane_get_column (Dpp2BoardLane *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), NULL);
  return self->column;
}

/**
 * dpp2_board_lane_get_cards:
 *
 * Returns: (transfer none): every card of the column in the sprint
 */
GListModel *
dpp2_board_lane_get_cards (Dpp2BoardLane *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), NULL);
  return self->cards;
}

/**
 * dpp2_board_lane_get_shown_cards:
 *
 * Returns: (transfer none): the cards that pass the filter
 */
GListModel *
dpp2_board_lane_get_shown_cards (Dpp2BoardLane *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/**
 * dpp2_board_lane_get_list_view:
 *
 * Returns: (transfer none): the list of cards
 */
GtkListView *
dpp2_board_lane_get_list_view (Dpp2BoardLane *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), NULL);
  return self->list_view;
}

/**
 * dpp2_board_lane_get_drop_target:
 *
 * Returns: (transfer none): the drop target that takes cards
 */
GtkDropTarget *
dpp2_board_lane_get_drop_target (Dpp2BoardLane *self)
{
  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), NULL);
  return self->drop_target;
}

/**
 * dpp2_board_lane_set_locked:
 * @locked: whether cards can be dragged out of or dropped into the lane
 */
void
dpp2_board_lane_set_locked (Dpp2BoardLane *self,
                            gboolean       locked)
{
  g_return_if_fail (DPP2_IS_BOARD_LANE (self));
  self->locked = !!locked;
}

/**
 * dpp2_board_lane_set_natural_height:
 * @natural: %TRUE to grow with the cards (in a swimlane), %FALSE to fill
 *   the height and scroll
 */
/* A list view does not know the height of the rows it has not made, so a
 * lane in a swimlane asks for room for its cards (within bounds) itself. */
static void
update_natural_height (Dpp2BoardLane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  if (self->natural)
    gtk_scrolled_window_set_min_content_height (self->scroller, CLAMP (n * 124, 60, 560));
}

void
dpp2_board_lane_set_natural_height (Dpp2BoardLane *self,
                                    gboolean       natural)
{
  g_return_if_fail (DPP2_IS_BOARD_LANE (self));

  self->natural = natural;
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), !natural);
  if (natural)
    update_natural_height (self);
  else
    gtk_scrolled_window_set_min_content_height (self->scroller, -1);
}

/**
 * dpp2_board_lane_get_over_limit:
 *
 * Returns: whether the column holds more cards than its WIP limit
 */
gboolean
dpp2_board_lane_get_over_limit (Dpp2BoardLane *self)
{
  gint64 limit;

  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), FALSE);
  limit = dpp2_board_column_get_wip_limit (self->column);
  return limit > 0 && g_list_model_get_n_items (self->cards) > (guint) limit;
}

static gboolean
focus_row (Dpp2BoardLane *self,
           Dpp2Card      *card)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (child != NULL && DPP2_IS_CARD_WIDGET (child) &&
          dpp2_card_widget_get_card (DPP2_CARD_WIDGET (child)) == card)
        return gtk_widget_grab_focus (row);
    }
  return FALSE;
}

/**
 * dpp2_board_lane_focus_card:
 * @card: a card shown in the lane
 *
 * Scrolls to @card and gives its row the keyboard focus.
 *
 * Returns: whether the card is in the lane
 */
gboolean
dpp2_board_lane_focus_card (Dpp2BoardLane *self,
                            Dpp2Card      *card)
{
  guint position;

  g_return_val_if_fail (DPP2_IS_BOARD_LANE (self), FALSE);

  position = shown_position (self, card);
  if (position == G_MAXUINT)
    return FALSE;
  if (!focus_row (self, card))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
      focus_row (self, card);
    }
  return TRUE;
}
