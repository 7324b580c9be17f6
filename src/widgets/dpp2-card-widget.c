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

/* A board shows hundreds of cards, and a GTK 4.8 list view keeps up to 200 rows
 * per lane, so a card is one widget that lays out and draws its own text and
 * icons; only its menu button is a child. Built from fifteen labels, images and
 * boxes, a card made switching to a sprint of 1,000 cards take 150 ms. The
 * sizes follow libadwaita's: a heading (bold 11 pt) title and caption (9 pt)
 * lines, and the colours come from the style, so dark mode works. */

#define STRIPE_WIDTH  6    /* the goal's colour along the left edge */
#define PAD_START     8
#define PAD_END       4
#define PAD_TOP       6
#define PAD_BOTTOM    8
#define ROW_SPACING   4
#define ICON_SIZE     16
#define ICON_GAP      6
#define FOOTER_GAP    8
#define PILL_PADDING  6    /* left and right of the points */
#define TITLE_LINES   3
#define TITLE_CHARS   30   /* the natural width of a card, in characters of its title */

struct _Dpp2CardWidget
{
  GtkWidget             parent_instance;

  GtkWidget            *menu_button;

  Dpp2Card             *card;
  gulong                notify_id;
  gint64                goal_id;

  /* What the card shows, set by update () */
  Dpp2CardKind          kind;
  char                 *title;
  char                 *case_text;
  char                 *blocked_text;   /* NULL when the card is not blocked */
  char                 *assignee;
  char                 *due;
  char                 *checklist;
  guint                 checklist_done;
  guint                 checklist_total;
  char                 *points;

  /* Made when first needed, for layout_width; dropped when the text or the font changes */
  PangoFontDescription *title_font;
  PangoFontDescription *caption_font;
  PangoLayout          *title_layout;
  PangoLayout          *case_layout;
  PangoLayout          *blocked_layout;
  PangoLayout          *assignee_layout;
  PangoLayout          *due_layout;
  PangoLayout          *checklist_layout;
  PangoLayout          *points_layout;
  int                   layout_width;
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

/* Text and layout */

static void
clear_layouts (Dpp2CardWidget *self)
{
  g_clear_object (&self->title_layout);
  g_clear_object (&self->case_layout);
  g_clear_object (&self->blocked_layout);
  g_clear_object (&self->assignee_layout);
  g_clear_object (&self->due_layout);
  g_clear_object (&self->checklist_layout);
  g_clear_object (&self->points_layout);
  self->layout_width = -1;
}

static void
ensure_fonts (Dpp2CardWidget *self)
{
  const PangoFontDescription *base;

  if (self->title_font != NULL)
    return;
  base = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  self->title_font = pango_font_description_copy (base);
  pango_font_description_set_weight (self->title_font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_size (self->title_font, 11 * PANGO_SCALE);
  self->caption_font = pango_font_description_copy (base);
  pango_font_description_set_size (self->caption_font, 9 * PANGO_SCALE);
}

static PangoLayout *
new_layout (Dpp2CardWidget             *self,
            const char                 *text,
            const PangoFontDescription *font)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_font_description (layout, font);
  /* As a label with xalign 0 does in a right-to-left interface. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

static int
menu_button_width (Dpp2CardWidget *self)
{
  int width;

  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width;
}

static int
pixel_width (PangoLayout *layout)
{
  int width = 0;

  if (layout != NULL)
    pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
pixel_height (PangoLayout *layout)
{
  int height = 0;

  if (layout != NULL)
    pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The footer's right-hand group: due date, checklist and points, with their gaps. */
static int
footer_end_width (Dpp2CardWidget *self)
{
  int width = pixel_width (self->points_layout) + 2 * PILL_PADDING;

  if (self->due_layout != NULL)
    width += pixel_width (self->due_layout) + FOOTER_GAP;
  if (self->checklist_layout != NULL)
    width += pixel_width (self->checklist_layout) + FOOTER_GAP;
  return width;
}

/* Lays the text out for a card WIDTH pixels wide. */
static void
ensure_layouts (Dpp2CardWidget *self,
                int             width)
{
  int content = MAX (width - STRIPE_WIDTH - PAD_START - PAD_END, 1);
  int title_width = MAX (content - ICON_SIZE - 2 * ICON_GAP - menu_button_width (self), 1);
  int assignee_width;

  if (self->title_layout != NULL && self->layout_width == width)
    return;

  if (self->title_layout == NULL)
    {
      ensure_fonts (self);
      self->title_layout = new_layout (self, self->title, self->title_font);
      pango_layout_set_wrap (self->title_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (self->title_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (self->title_layout, -TITLE_LINES);
      self->case_layout = new_layout (self, self->case_text, self->caption_font);
      pango_layout_set_ellipsize (self->case_layout, PANGO_ELLIPSIZE_END);
      if (self->blocked_text != NULL)
        {
          self->blocked_layout = new_layout (self, self->blocked_text, self->caption_font);
          pango_layout_set_wrap (self->blocked_layout, PANGO_WRAP_WORD_CHAR);
        }
      if (self->assignee != NULL)
        {
          self->assignee_layout = new_layout (self, self->assignee, self->caption_font);
          pango_layout_set_ellipsize (self->assignee_layout, PANGO_ELLIPSIZE_END);
        }
      if (self->due != NULL)
        self->due_layout = new_layout (self, self->due, self->caption_font);
      if (self->checklist != NULL)
        self->checklist_layout = new_layout (self, self->checklist, self->caption_font);
      self->points_layout = new_layout (self, self->points, self->caption_font);
    }

  self->layout_width = width;
  pango_layout_set_width (self->title_layout, title_width * PANGO_SCALE);
  pango_layout_set_width (self->case_layout, content * PANGO_SCALE);
  if (self->blocked_layout != NULL)
    pango_layout_set_width (self->blocked_layout, MAX (content - ICON_SIZE - ICON_GAP, 1) * PANGO_SCALE);
  assignee_width = MAX (content - footer_end_width (self) - FOOTER_GAP, 1);
  if (self->assignee_layout != NULL)
    pango_layout_set_width (self->assignee_layout, assignee_width * PANGO_SCALE);
}

/* The height of the first row: the title beside the kind icon and the menu button. */
static int
title_row_height (Dpp2CardWidget *self)
{
  int button;

  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button, NULL, NULL);
  return MAX (MAX (pixel_height (self->title_layout), ICON_SIZE), button);
}

static int
blocked_row_height (Dpp2CardWidget *self)
{
  return self->blocked_layout != NULL ? MAX (pixel_height (self->blocked_layout), ICON_SIZE) : 0;
}

static int
height_for_width (Dpp2CardWidget *self,
                  int             width)
{
  int height;

  ensure_layouts (self, width);
  height = PAD_TOP + title_row_height (self) + ROW_SPACING + pixel_height (self->case_layout);
  if (self->blocked_layout != NULL)
    height += ROW_SPACING + blocked_row_height (self);
  height += ROW_SPACING + MAX (pixel_height (self->points_layout), pixel_height (self->assignee_layout));
  return height + PAD_BOTTOM;
}

static void
update_accessible (Dpp2CardWidget *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  if (self->card == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* What the card shows, in reading order, for a screen reader. */
  g_string_append (description, dpp2_enum_get_label (DPP2_TYPE_CARD_KIND, self->kind));
  g_string_append_printf (description, ". %s", self->case_text);
  if (self->blocked_text != NULL)
    /* Translators: said of a blocked card by a screen reader; %s is the reason */
    g_string_append_printf (description, _(". Blocked: %s"), self->blocked_text);
  if (self->assignee != NULL)
    /* Translators: said of a card by a screen reader; %s is a person */
    g_string_append_printf (description, _(". Assigned to %s"), self->assignee);
  if (self->due != NULL)
    /* Translators: said of a card by a screen reader; %s is a date */
    g_string_append_printf (description, _(". Due %s"), self->due);
  if (self->checklist_total > 0)
    /* Translators: said of a card by a screen reader: ticked items of its checklist, of all */
    g_string_append_printf (description, _(". Checklist: %u of %u done"),
                            self->checklist_done, self->checklist_total);
  g_string_append_printf (description, ". %s", self->points);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static void
update (Dpp2CardWidget *self)
{
  Dpp2Store *store;
  g_autoptr(Dpp2LearningCase) lcase = NULL;
  g_autoptr(Dpp2Goal) goal = NULL;
  g_autoptr(Dpp2Person) person = NULL;
  const char *reason;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->case_text, g_free);
  g_clear_pointer (&self->blocked_text, g_free);
  g_clear_pointer (&self->assignee, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->checklist, g_free);
  g_clear_pointer (&self->points, g_free);
  clear_layouts (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  if (self->card == NULL)
    {
      self->title = g_strdup ("");
      self->case_text = g_strdup ("");
      self->points = g_strdup ("");
      self->checklist_total = 0;
      self->goal_id = 0;
      gtk_widget_remove_css_class (GTK_WIDGET (self), "blocked");
      update_accessible (self);
      return;
    }

  store = dpp2_record_get_store (DPP2_RECORD (self->card));
  if (store != NULL && dpp2_card_get_case_id (self->card) != 0)
    lcase = dpp2_store_dup_record (store, DPP2_TYPE_LEARNING_CASE, dpp2_card_get_case_id (self->card));
  if (lcase != NULL && dpp2_learning_case_get_goal_id (lcase) != 0)
    goal = dpp2_store_dup_record (store, DPP2_TYPE_GOAL, dpp2_learning_case_get_goal_id (lcase));
  if (store != NULL && dpp2_card_get_assignee_id (self->card) != 0)
    person = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, dpp2_card_get_assignee_id (self->card));

  self->kind = dpp2_card_get_kind (self->card);
  self->title = g_strdup (dpp2_card_get_title (self->card));
  if (lcase != NULL && goal != NULL)
    /* Translators: a card's learning case and, after the dot, the organisation goal it serves */
    self->case_text = g_strdup_printf (_("%s · %s"), dpp2_learning_case_get_title (lcase), dpp2_goal_get_title (goal));
  else if (lcase != NULL)
    self->case_text = g_strdup (dpp2_learning_case_get_title (lcase));
  else
    self->case_text = g_strdup (_("No learning case"));
  self->goal_id = goal != NULL ? dpp2_record_get_id (DPP2_RECORD (goal)) : 0;

  if (person != NULL)
    self->assignee = g_strdup (dpp2_person_get_name (person));
  if (dpp2_card_get_due_date (self->card)[0] != '\0')
    self->due = dpp2_format_date_short (dpp2_card_get_due_date (self->card));
  dpp2_checklist_count (dpp2_card_get_checklist (self->card), &self->checklist_done, &self->checklist_total);
  if (self->checklist_total > 0)
    self->checklist = g_strdup_printf ("☑ %u/%u", self->checklist_done, self->checklist_total);
  /* Translators: story points of a card, shown in a small pill */
  self->points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d pt", "%d pts",
                                               dpp2_card_get_points (self->card)),
                                  (int) dpp2_card_get_points (self->card));

  reason = dpp2_card_get_blocked_reason (self->card);
  if (dpp2_card_get_blocked (self->card))
    {
      self->blocked_text = g_strdup (reason[0] != '\0' ? reason : _("Blocked"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "blocked");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "blocked");

  update_accessible (self);
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

/* GtkWidget */

static GtkSizeRequestMode
dpp2_card_widget_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dpp2_card_widget_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int chrome = STRIPE_WIDTH + PAD_START + ICON_SIZE + 2 * ICON_GAP + menu_button_width (self) + PAD_END;
      PangoFontMetrics *metrics;
      int char_width;

      ensure_fonts (self);
      metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), self->title_font, NULL);
      char_width = pango_font_metrics_get_approximate_char_width (metrics);
      pango_font_metrics_unref (metrics);
      *minimum = chrome + PANGO_PIXELS (4 * char_width);
      *natural = chrome + PANGO_PIXELS (TITLE_CHARS * char_width);
    }
  else
    {
      int width = for_size, min_width;

      if (width < 0)
        dpp2_card_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &width, NULL, NULL);
      *minimum = *natural = height_for_width (self, width);
    }
}

/* The card is laid out left to right; in a right-to-left interface each box of WIDTH at X
 * goes to the mirrored place. */
static int
flip (Dpp2CardWidget *self,
      int             x,
      int             width)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return gtk_widget_get_width (GTK_WIDGET (self)) - x - width;
  return x;
}

/* The width of the box a layout fills: its set width, or its text's. */
static int
box_width (PangoLayout *layout)
{
  int width = pango_layout_get_width (layout);

  return width > 0 ? PANGO_PIXELS (width) : pixel_width (layout);
}

static void
dpp2_card_widget_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);
  int button_width, button_height;

  ensure_layouts (self, width);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_height, NULL, NULL);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { flip (self, width - PAD_END - button_width, button_width),
                                               PAD_TOP, button_width, button_height },
                            -1);
}

static void
snapshot_icon (Dpp2CardWidget *self,
               GtkSnapshot    *snapshot,
               const char     *icon_name,
               int             x,
               float           y,
               const GdkRGBA  *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA colors[4] = { *color, *color, *color, *color };

  icon = gtk_icon_theme_lookup_icon (theme, icon_name, NULL, ICON_SIZE, gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (flip (self, x, ICON_SIZE), y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, ICON_SIZE, ICON_SIZE,
                                            colors, G_N_ELEMENTS (colors));
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_layout (Dpp2CardWidget *self,
                 GtkSnapshot    *snapshot,
                 PangoLayout    *layout,
                 int             x,
                 float           y,
                 const GdkRGBA  *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (flip (self, x, box_width (layout)), y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
dpp2_card_widget_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int x = STRIPE_WIDTH + PAD_START;
  int content = MAX (width - x - PAD_END, 1);
  int row, y, end, pill_width;
  GdkRGBA fg, dim, error, stripe, pill;
  GskRoundedRect pill_rect;
  PangoRectangle first_line;

  ensure_layouts (self, width);
  gtk_style_context_get_color (context, &fg);
  dim = fg;
  dim.alpha *= 0.55;
  pill = fg;
  pill.alpha *= 0.1;
  if (!gtk_style_context_lookup_color (context, "error_color", &error))
    gdk_rgba_parse (&error, "#c01c28");

  dpp2_goal_color (self->goal_id, &stripe);
  gtk_snapshot_append_color (snapshot, &stripe,
                             &GRAPHENE_RECT_INIT (flip (self, 0, STRIPE_WIDTH), 0, STRIPE_WIDTH, height));

  /* The title beside its kind icon, centred on the menu button as a label would be; the
   * icon sits on the title's first line. */
  row = title_row_height (self);
  y = PAD_TOP + (row - pixel_height (self->title_layout)) / 2;
  pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (self->title_layout, 0), NULL, &first_line);
  snapshot_icon (self, snapshot, dpp2_card_kind_icon_name (self->kind), x,
                 y + MAX (first_line.height - ICON_SIZE, 0) / 2.0f, &fg);
  snapshot_layout (self, snapshot, self->title_layout, x + ICON_SIZE + ICON_GAP, y, &fg);
  y = PAD_TOP + row + ROW_SPACING;

  snapshot_layout (self, snapshot, self->case_layout, x, y, &dim);
  y += pixel_height (self->case_layout) + ROW_SPACING;

  if (self->blocked_layout != NULL)
    {
      snapshot_icon (self, snapshot, "dialog-warning-symbolic", x, y, &error);
      snapshot_layout (self, snapshot, self->blocked_layout, x + ICON_SIZE + ICON_GAP, y, &error);
      y += blocked_row_height (self) + ROW_SPACING;
    }

  /* The footer: the assignee on the left; due date, checklist and points on the right. */
  if (self->assignee_layout != NULL)
    snapshot_layout (self, snapshot, self->assignee_layout, x, y, &fg);
  end = x + content - pixel_width (self->points_layout) - 2 * PILL_PADDING;
  pill_width = pixel_width (self->points_layout) + 2 * PILL_PADDING;
  pill_rect.bounds = GRAPHENE_RECT_INIT (flip (self, end, pill_width), y, pill_width,
                                         pixel_height (self->points_layout));
  gsk_rounded_rect_init_from_rect (&pill_rect, &pill_rect.bounds, pixel_height (self->points_layout) / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &pill_rect);
  gtk_snapshot_append_color (snapshot, &pill, &pill_rect.bounds);
  gtk_snapshot_pop (snapshot);
  snapshot_layout (self, snapshot, self->points_layout, end + PILL_PADDING, y, &fg);
  if (self->checklist_layout != NULL)
    {
      end -= FOOTER_GAP + pixel_width (self->checklist_layout);
      snapshot_layout (self, snapshot, self->checklist_layout, end, y, &dim);
    }
  if (self->due_layout != NULL)
    {
      end -= FOOTER_GAP + pixel_width (self->due_layout);
      snapshot_layout (self, snapshot, self->due_layout, end, y, &dim);
    }

  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

/* A new font or text size: lay the text out again. Other style changes (hover, backdrop)
 * only need a redraw, which GTK queues itself. */
static void
dpp2_card_widget_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);
  const PangoFontDescription *base;

  GTK_WIDGET_CLASS (dpp2_card_widget_parent_class)->css_changed (widget, change);

  if (self->caption_font == NULL)
    return;
  base = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (g_strcmp0 (pango_font_description_get_family (base), pango_font_description_get_family (self->caption_font)) == 0)
    return;
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->caption_font, pango_font_description_free);
  clear_layouts (self);
  gtk_widget_queue_resize (widget);
}

static void
dpp2_card_widget_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);

  GTK_WIDGET_CLASS (dpp2_card_widget_parent_class)->direction_changed (widget, previous);

  clear_layouts (self);
  gtk_widget_queue_resize (widget);
}

static void
dpp2_card_widget_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (widget);

  GTK_WIDGET_CLASS (dpp2_card_widget_parent_class)->system_setting_changed (widget, setting);

  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->caption_font, pango_font_description_free);
  clear_layouts (self);
  gtk_widget_queue_resize (widget);
}

/* GObject */

static void
dpp2_card_widget_dispose (GObject *object)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (object);

  dpp2_card_widget_set_card (self, NULL);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  clear_layouts (self);
  G_OBJECT_CLASS (dpp2_card_widget_parent_class)->dispose (object);
}

static void
dpp2_card_widget_finalize (GObject *object)
{
  Dpp2CardWidget *self = DPP2_CARD_WIDGET (object);

  g_free (self->title);
  g_free (self->case_text);
  g_free (self->blocked_text);
  g_free (self->assignee);
  g_free (self->due);
  g_free (self->checklist);
  g_free (self->points);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->caption_font, pango_font_description_free);
  G_OBJECT_CLASS (dpp2_card_widget_parent_class)->finalize (object);
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
  object_class->finalize = dpp2_card_widget_finalize;
  object_class->get_property = dpp2_card_widget_get_property;
  object_class->set_property = dpp2_card_widget_set_property;

  widget_class->get_request_mode = dpp2_card_widget_get_request_mode;
  widget_class->measure = dpp2_card_widget_measure;
  widget_class->size_allocate = dpp2_card_widget_size_allocate;
  widget_class->snapshot = dpp2_card_widget_snapshot;
  widget_class->css_changed = dpp2_card_widget_css_changed;
  widget_class->system_setting_changed = dpp2_card_widget_system_setting_changed;
  widget_class->direction_changed = dpp2_card_widget_direction_changed;

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

  gtk_widget_class_set_css_name (widget_class, "dpp2-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dpp2_card_widget_init (Dpp2CardWidget *self)
{
  self->layout_width = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_add_css_class (self->menu_button, "circular");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card Menu"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_popup, self, NULL);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
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

  return self->title;
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
