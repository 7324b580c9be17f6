/* dpp2-card-widget.c — one card of a sprint board
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-card-widget.h"
#include "logic/dpp2-validation.h"
#include "store/dpp2-store.h"

struct _Dpp2CardWidget
{
  GtkWidget       parent_instance;

  GtkLabel       *assignee_label;
  GtkBox         *blocked_box;
  GtkLabel       *blocked_label;
  GtkLabel       *case_label;
  GtkLabel       *checklist_label;
  GtkLabel       *due_label;
  GtkDrawingArea *goal_stripe;
  GtkImage       *task_image;
  GtkImage       *activity_image;
  GtkImage       *candidate_image;
  GtkMenuButton  *menu_button;
  GtkLabel       *points_label;
  GtkLabel       *title_label;

  Dpp2Card       *card;
  gulong          notify_id;
  gint64          goal_id;
};

G_DEFINE_FINAL_TYPE (Dpp2CardWidget, dpp2_card_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CARD,
  N_PROPS
};

enum {
  POPULATE_MENU,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * dpp2_goal_color:
 * @goal_id: a goal id, or 0
 * @rgba: (out): its colour
 *
 * Gives each organisation goal a colour of the GNOME palette, so the cards
 * of one goal are recognisable on the board. Goal 0 is grey.
 */
void
dpp2_goal_color (gint64   goal_id,
                 GdkRGBA *rgba)
{
  static const char *palette[] = {
    "#3584e4", "#2ec27e", "#e5a50a", "#e66100", "#c01c28", "#813d9c", "#865e3c", "#1c71d8",
  };

  if (goal_id <= 0)
    gdk_rgba_parse (rgba, "#9a9996");
  else
    gdk_rgba_parse (rgba, palette[(goal_id - 1) % G_N_ELEMENTS (palette)]);
}

/**
 * dpp2_checklist_count:
 * @checklist: a checklist, one item per line with "[x] " or "[ ] " first
 * @done: (out): items ticked
 * @total: (out): items
 */
void
dpp2_checklist_count (const char *checklist,
                      guint      *done,
                      guint      *total)
{
  g_auto(GStrv) lines = NULL;

  *done = *total = 0;
  if (checklist == NULL || *checklist == '\0')
    return;
  lines = g_strsplit (checklist, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ' || *line == '\t')
        line++;
      if (*line == '\0')
        continue;
      (*total)++;
      if (g_str_has_prefix (line, "[x]") || g_str_has_prefix (line, "[X]"))
        (*done)++;
    }
}

/**
 * dpp2_card_kind_icon_name:
 * @kind: a card kind
 *
 * Returns: the symbolic icon that shows the kind on a card
 */
const char *
dpp2_card_kind_icon_name (Dpp2CardKind kind)
{
  switch (kind)
    {
    case DPP2_CARD_KIND_LEARNING_ACTIVITY:
      return "user-bookmarks-symbolic";
    case DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE:
      return "starred-symbolic";
    case DPP2_CARD_KIND_TASK:
    default:
      return "object-select-symbolic";
    }
}

static void
draw_stripe (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  Dpp2CardWidget *self = user_data;
  GdkRGBA rgba;

  dpp2_goal_color (self->goal_id, &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
update (Dpp2CardWidget *self)
{
  Dpp2Store *store;
  g_autoptr(Dpp2LearningCase) lcase = NULL;
  g_autoptr(Dpp2Goal) goal = NULL;
  g_autoptr(Dpp2Person) person = NULL;
  g_autofree char *points = NULL;
  g_autofree char *due = NULL;
  g_autofree char *checklist = NULL;
  g_autofree char *case_text = NULL;
  guint done, total;
  const char *reason;

  if (self->card == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->case_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->blocked_box), FALSE);
      self->goal_id = 0;
      return;
    }

  store = dpp2_record_get_store (DPP2_RECORD (self->card));
  if (store != NULL && dpp2_card_get_case_id (self->card) != 0)
    lcase = dpp2_store_dup_record (store, DPP2_TYPE_LEARNING_CASE, dpp2_card_get_case_id (self->card));
  if (lcase != NULL && dpp2_learning_case_get_goal_id (lcase) != 0)
    goal = dpp2_store_dup_record (store, DPP2_TYPE_GOAL, dpp2_learning_case_get_goal_id (lcase));
  if (store != NULL && dpp2_card_get_assignee_id (self->card) != 0)
    person = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, dpp2_card_get_assignee_id (self->card));

  gtk_label_set_text (self->title_label, dpp2_card_get_title (self->card));
  /* Three images with fixed tooltips: setting a tooltip on every bind asks the X server
   * where the pointer is, which costs more than the rest of the card. */
  gtk_widget_set_visible (GTK_WIDGET (self->task_image), dpp2_card_get_kind (self->card) == DPP2_CARD_KIND_TASK);
  gtk_widget_set_visible (GTK_WIDGET (self->activity_image),
                          dpp2_card_get_kind (self->card) == DPP2_CARD_KIND_LEARNING_ACTIVITY);
  gtk_widget_set_visible (GTK_WIDGET (self->candidate_image),
                          dpp2_card_get_kind (self->card) == DPP2_CARD_KIND_BEST_PRACTICE_CANDIDATE);

  if (lcase != NULL && goal != NULL)
    /* Translators: a card's learning case and, after the dot, the organisation goal it serves */
    case_text = g_strdup_printf (_("%s · %s"), dpp2_learning_case_get_title (lcase), dpp2_goal_get_title (goal));
  else if (lcase != NULL)
    case_text = g_strdup (dpp2_learning_case_get_title (lcase));
  else
    case_text = g_strdup (_("No learning case"));
  gtk_label_set_text (self->case_label, case_text);
  self->goal_id = goal != NULL ? dpp2_record_get_id (DPP2_RECORD (goal)) : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self->goal_stripe));

  gtk_label_set_text (self->assignee_label, person != NULL ? dpp2_person_get_name (person) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->assignee_label), person != NULL);

  /* Translators: story points of a card, shown in a small pill */
  points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d pt", "%d pts",
                                         dpp2_card_get_points (self->card)),
                            (int) dpp2_card_get_points (self->card));
  gtk_label_set_text (self->points_label, points);

  if (dpp2_card_get_due_date (self->card)[0] != '\0')
    due = dpp2_format_date_short (dpp2_card_get_due_date (self->card));
  gtk_label_set_text (self->due_label, due != NULL ? due : "");
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), due != NULL);

  dpp2_checklist_count (dpp2_card_get_checklist (self->card), &done, &total);
  if (total > 0)
    checklist = g_strdup_printf ("☑ %u/%u", done, total);
  gtk_label_set_text (self->checklist_label, checklist != NULL ? checklist : "");
  gtk_widget_set_visible (GTK_WIDGET (self->checklist_label), total > 0);

  reason = dpp2_card_get_blocked_reason (self->card);
  gtk_widget_set_visible (GTK_WIDGET (self->blocked_box), dpp2_card_get_blocked (self->card));
  gtk_label_set_text (self->blocked_label, reason[0] != '\0' ? reason : _("Blocked"));
  if (dpp2_card_get_blocked (self->card))
    gtk_widget_add_css_class (GTK_WIDGET (self), "blocked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "blocked");
}

static void
card_notify_cb (Dpp2Card       *card,
                GParamSpec     *pspec,
                Dpp2CardWidget *self)
{
  /* A move renumbers every card of a column: their places show in the list, not here. */
  if (g_str_equal (pspec->name, "position") || g_str_equal (pspec->name, "column-id") ||
      g_str_equal (pspec->name, "sprint-id"))
    return;
  update (self);
}

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  Dpp2CardWidget *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();

  /* Built when it opens, so it names the columns and sprints of now. */
  g_signal_emit (self, signals[POPULATE_MENU], 0, menu);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
dpp2_card_widget_dispose (GObject *object)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (object);
  GtkWidget *child;

  dpp2_card_widget_set_card (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_CARD_WIDGET);
  /* The template's top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (dpp2_card_widget_parent_class)->dispose (object);
}

static void
dpp2_card_widget_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_card_widget_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CARD:
      dpp2_card_widget_set_card (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_card_widget_class_init (Dpp2CardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_card_widget_dispose;
  object_class->get_property = dpp2_card_widget_get_property;
  object_class->set_property = dpp2_card_widget_set_property;

  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL, DPP2_TYPE_CARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * Dpp2CardWidget::populate-menu:
   * @menu: the card's menu, empty
   *
   * Emitted when the card's menu opens, to fill it ("Move to", "Open").
   */
  signals[POPULATE_MENU] =
    g_signal_new ("populate-menu", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_MENU);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dpp2-card");
  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/widgets/dpp2-card-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, activity_image);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, assignee_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, blocked_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, blocked_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, candidate_image);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, case_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, checklist_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, due_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, goal_stripe);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, menu_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, points_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, task_image);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CardWidget, title_label);
}

static void
dpp2_card_widget_init (Dpp2CardWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->goal_stripe, draw_stripe, self, NULL);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup, self, NULL);
  update (self);
}

GtkWidget *
dpp2_card_widget_new (void)
{
  return g_object_new (DPP2_TYPE_CARD_WIDGET, NULL);
}

/**
 * dpp2_card_widget_get_card:
 *
 * Returns: (transfer none) (nullable): the card shown
 */
Dpp2Card *
dpp2_card_widget_get_card (Dpp2CardWidget *self)
{
  g_return_val_if_fail (DPP2_IS_CARD_WIDGET (self), NULL);

  return self->card;
}

/**
 * dpp2_card_widget_get_title_text:
 *
 * Returns: the title exactly as the card shows it, for tests
 */
const char *
dpp2_card_widget_get_title_text (Dpp2CardWidget *self)
{
  g_return_val_if_fail (DPP2_IS_CARD_WIDGET (self), NULL);

  return gtk_label_get_text (self->title_label);
}

/**
 * dpp2_card_widget_set_card:
 * @card: (nullable): the card to show
 */
void
dpp2_card_widget_set_card (Dpp2CardWidget *self,
                           Dpp2Card       *card)
{
  g_return_if_fail (DPP2_IS_CARD_WIDGET (self));
  g_return_if_fail (card == NULL || DPP2_IS_CARD (card));

  if (self->card == card)
    return;
  if (self->card != NULL)
    g_clear_signal_handler (&self->notify_id, self->card);
  g_set_object (&self->card, card);
  if (card != NULL)
    self->notify_id = g_signal_connect (card, "notify", G_CALLBACK (card_notify_cb), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}
