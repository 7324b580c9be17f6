/* test-charts.c — the sprint charts: build, draw light and dark, describe their figures
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <string.h>

#include "store/dpp2-store.h"
#include "widgets/dpp2-burndown-chart.h"
#include "widgets/dpp2-flow-chart.h"
#include "widgets/dpp2-sprint-charts.h"
#include "dpp2-test-support.h"
#include "ui-test-support.h"

static Dpp2Store *
open_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dpp2_test_tmp_path ("charts-example.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Dpp2Store *store;

  g_file_delete (file, NULL, NULL);
  g_assert_true (dpp2_store_create_example (file, &error));
  g_assert_no_error (error);
  store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  return store;
}

/* The active sprint of the first team that has one. */
static Dpp2Sprint *
find_active_sprint (Dpp2Store *store)
{
  g_autoptr(GListModel) teams = dpp2_store_list_teams (store);

  for (guint t = 0; t < g_list_model_get_n_items (teams); t++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (teams, t);
      g_autoptr(GListModel) sprints =
        dpp2_store_list_sprints_of_team (store, dpp2_record_get_id (DPP2_RECORD (team)));

      for (guint s = 0; s < g_list_model_get_n_items (sprints); s++)
        {
          g_autoptr(Dpp2Sprint) sprint = g_list_model_get_item (sprints, s);

          if (dpp2_sprint_get_state (sprint) == DPP2_SPRINT_STATE_ACTIVE)
            return g_steal_pointer (&sprint);
        }
    }
  return NULL;
}

static GtkWindow *
show_in_window (GtkWidget *widget,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_widget_set_margin_top (widget, 18);
  gtk_widget_set_margin_bottom (widget, 18);
  gtk_widget_set_margin_start (widget, 18);
  gtk_widget_set_margin_end (widget, 18);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait (300);
  return GTK_WINDOW (window);
}

/* Renders WINDOW as it is on screen, and saves it as NAME.png in $DPP2_CHARTS_PNG_DIR
 * (to look at) or the test's temporary directory. */
static GdkTexture *
render (GtkWindow  *window,
        const char *name)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("DPP2_CHARTS_PNG_DIR");
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkTexture *texture;

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  path = dir != NULL ? g_build_filename (dir, file, NULL) : dpp2_test_tmp_path (file);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
  return texture;
}

static void
set_scheme (AdwColorScheme scheme)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  ui_test_wait (200);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static void
test_charts_without_store (void)
{
  GtkWidget *charts = g_object_new (DPP2_TYPE_SPRINT_CHARTS, NULL);
  GtkWindow *window;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *burndown, *flow;

  window = show_in_window (charts, 900, 360);
  burndown = dpp2_sprint_charts_get_burndown_chart (DPP2_SPRINT_CHARTS (charts));
  flow = dpp2_sprint_charts_get_flow_chart (DPP2_SPRINT_CHARTS (charts));
  g_assert_null (dpp2_burndown_chart_get_data (DPP2_BURNDOWN_CHART (burndown)));
  g_assert_cmpstr (dpp2_burndown_chart_get_description (DPP2_BURNDOWN_CHART (burndown)), ==,
                   "Burndown: no sprint");
  g_assert_cmpstr (dpp2_flow_chart_get_description (DPP2_FLOW_CHART (flow)), ==,
                   "Cumulative flow: no sprint");
  texture = render (window, "charts-empty");
  ui_test_destroy_window (window);
}

static void
test_charts_example (void)
{
  g_autoptr(Dpp2Store) store = open_example ();
  g_autoptr(Dpp2Sprint) sprint = find_active_sprint (store);
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GListModel) doing = NULL;
  g_autoptr(Dpp2BoardColumn) done_column = NULL;
  g_autoptr(Dpp2Card) card = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GdkTexture) narrow = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *charts, *burndown, *flow;
  const Dpp2Burndown *data;
  const Dpp2Flow *flow_data;
  Dpp2ChartColors light_colors, dark_colors;
  GtkWindow *window;
  double before;
  guint last;

  g_assert_nonnull (sprint);
  charts = dpp2_sprint_charts_new (store);
  g_object_set (charts, "sprint-id", dpp2_record_get_id (DPP2_RECORD (sprint)), NULL);
  burndown = dpp2_sprint_charts_get_burndown_chart (DPP2_SPRINT_CHARTS (charts));
  flow = dpp2_sprint_charts_get_flow_chart (DPP2_SPRINT_CHARTS (charts));

  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = show_in_window (charts, 1000, 400);

  /* The figures are the data's, and the description says them. */
  data = dpp2_burndown_chart_get_data (DPP2_BURNDOWN_CHART (burndown));
  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_points, >, 1);
  g_assert_cmpuint (data->n_actual, >, 1);
  last = data->n_actual - 1;
  g_assert_cmpfloat (data->scope[last], >, 0);
  expected = g_strdup_printf ("remaining %.0f of %.0f points on day %u of %u",
                              data->remaining[last], data->scope[last], last, data->n_days);
  g_test_message ("%s", dpp2_burndown_chart_get_description (DPP2_BURNDOWN_CHART (burndown)));
  g_assert_nonnull (strstr (dpp2_burndown_chart_get_description (DPP2_BURNDOWN_CHART (burndown)),
                            expected));
  flow_data = dpp2_flow_chart_get_data (DPP2_FLOW_CHART (flow));
  g_assert_nonnull (flow_data);
  g_assert_cmpuint (flow_data->n_columns, ==, 4);
  g_test_message ("%s", dpp2_flow_chart_get_description (DPP2_FLOW_CHART (flow)));
  g_assert_nonnull (strstr (dpp2_flow_chart_get_description (DPP2_FLOW_CHART (flow)),
                            flow_data->column_names[0]));

  light = render (window, "charts-light");
  dpp2_chart_colors_init_from_widget (&light_colors, burndown);

  set_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  dark = render (window, "charts-dark");
  dpp2_chart_colors_init_from_widget (&dark_colors, burndown);
  /* The charts take their colours from the style: dark text on light, light on dark. */
  g_assert_cmpfloat (luminance (&light_colors.fg), <, 0.5);
  g_assert_cmpfloat (luminance (&dark_colors.fg), >, 0.5);
  g_assert_false (gdk_rgba_equal (&light_colors.accent, &dark_colors.accent));
  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (window, 400, 700);
  ui_test_wait (300);
  narrow = render (window, "charts-narrow");

  /* Moving a card to done lowers today's remaining points, after an idle. */
  before = data->remaining[last];
  columns = dpp2_store_list_columns_of_team (store, dpp2_sprint_get_team_id (sprint));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(Dpp2BoardColumn) column = g_list_model_get_item (columns, i);

      if (dpp2_board_column_get_is_done (column))
        g_set_object (&done_column, column);
      else if (doing == NULL && i == 1)
        doing = dpp2_store_list_cards (store, dpp2_record_get_id (DPP2_RECORD (sprint)),
                                       dpp2_record_get_id (DPP2_RECORD (column)));
    }
  g_assert_nonnull (done_column);
  g_assert_nonnull (doing);
  g_assert_cmpuint (g_list_model_get_n_items (doing), >, 0);
  card = g_list_model_get_item (doing, 0);
  g_assert_cmpint (dpp2_card_get_points (card), >, 0);
  g_assert_true (dpp2_store_move_card (store, card, dpp2_record_get_id (DPP2_RECORD (sprint)),
                                       dpp2_record_get_id (DPP2_RECORD (done_column)), 0, &error));
  g_assert_no_error (error);
  ui_test_wait (100);
  data = dpp2_burndown_chart_get_data (DPP2_BURNDOWN_CHART (burndown));
  g_assert_cmpfloat (data->remaining[data->n_actual - 1], ==,
                     before - dpp2_card_get_points (card));

  /* And undo brings it back. */
  g_assert_true (dpp2_store_undo (store, &error));
  g_assert_no_error (error);
  ui_test_wait (100);
  data = dpp2_burndown_chart_get_data (DPP2_BURNDOWN_CHART (burndown));
  g_assert_cmpfloat (data->remaining[data->n_actual - 1], ==, before);

  ui_test_destroy_window (window);
  g_assert_true (dpp2_store_close (store, NULL));
}


/* The drawing functions need no widget: a report draws them on a PDF page. */
static void
test_charts_pdf (void)
{
  const Dpp2CardMove moves[] = {
    { 1, 0, 0, 0, 7, 1, 5 },
    { 2, 0, 0, 0, 7, 1, 3 },
    { 1, 1795996800 + 86400 + 3600, 7, 1, 7, 3, 5 },
  };
  const gint64 columns[] = { 1, 2, 3 };
  const char * const names[] = { "To do", "Doing", "Done", NULL };
  const gboolean done[] = { FALSE, FALSE, TRUE };
  g_autofree char *path = dpp2_test_tmp_path ("charts.pdf");
  g_autoptr(Dpp2Burndown) burndown = NULL;
  g_autoptr(Dpp2Flow) flow = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  cairo_surface_t *surface;
  PangoContext *context;
  Dpp2ChartColors colors;
  GDate start, end;
  cairo_t *cr;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 30, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (&end, 11, G_DATE_DECEMBER, 2026);
  burndown = dpp2_burndown_compute (moves, 3, 7, &columns[2], 1, &start, &end, NULL,
                                    1795996800 + 5 * 86400);
  flow = dpp2_flow_compute (moves, 3, 7, columns, names, done, 3, &start, &end, NULL,
                            1795996800 + 5 * 86400);

  /* A4 in points, two charts one above the other. */
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  dpp2_chart_colors_init_default (&colors, FALSE);
  cairo_translate (cr, 50, 50);
  dpp2_burndown_chart_draw (cr, 495, 300, burndown, &colors, context);
  cairo_translate (cr, 0, 350);
  dpp2_flow_chart_draw (cr, 495, 300, flow, &colors, context);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  g_assert_nonnull (info);
  g_assert_cmpint (g_file_info_get_size (info), >, 1000);
}

/* The charts hold handlers on the store's objects: they must let go of them, and of
 * themselves, when they are dropped. */
static void
test_charts_finalize (void)
{
  g_autoptr(Dpp2Store) store = open_example ();
  g_autoptr(Dpp2Sprint) sprint = find_active_sprint (store);
  g_autoptr(GListModel) cards = NULL;
  g_autoptr(Dpp2Card) card = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *charts = g_object_ref_sink (dpp2_sprint_charts_new (store));

  dpp2_sprint_charts_set_sprint_id (DPP2_SPRINT_CHARTS (charts),
                                    dpp2_record_get_id (DPP2_RECORD (sprint)));
  g_assert_nonnull (dpp2_burndown_chart_get_data (
    DPP2_BURNDOWN_CHART (dpp2_sprint_charts_get_burndown_chart (DPP2_SPRINT_CHARTS (charts)))));

  /* A change leaves an update pending; dropping the charts must cancel it. */
  cards = dpp2_store_list_cards_of_sprint (store, dpp2_record_get_id (DPP2_RECORD (sprint)));
  card = g_list_model_get_item (cards, 0);
  g_assert_true (dpp2_store_update (store, card, &error, "points", (gint64) 8, NULL));
  g_assert_no_error (error);
  g_assert_finalize_object (charts);

  /* Later changes reach no handler of the dropped charts. */
  g_assert_true (dpp2_store_update (store, card, &error, "points", (gint64) 1, NULL));
  g_assert_no_error (error);
  ui_test_wait (50);
  g_assert_true (dpp2_store_close (store, NULL));
}

/* Tooltips say the figures of the point under the pointer. */
static void
test_charts_points (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const Dpp2CardMove moves[] = {
    { 1, 0, 0, 0, 7, 1, 5 },
    { 2, 0, 0, 0, 7, 1, 3 },
    { 1, 1795996800 + 86400 + 3600, 7, 1, 7, 3, 5 },
  };
  const gint64 columns[] = { 1, 2, 3 };
  const char * const names[] = { "To do", "Doing", "Done", NULL };
  const gboolean done[] = { FALSE, FALSE, TRUE };
  const Dpp2ChartArea area = { 50, 10, 120, 100 };
  g_autoptr(Dpp2Burndown) burndown = NULL;
  g_autoptr(Dpp2Flow) flow = NULL;
  g_autofree char *start = NULL, *day = NULL, *future = NULL, *flow_day = NULL;
  GdkRectangle tip;
  GDate first, last;
  guint point = 99;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 30, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (&last, 11, G_DATE_DECEMBER, 2026);
  burndown = dpp2_burndown_compute (moves, 3, 7, &columns[2], 1, &first, &last, utc,
                                    1795996800 + 5 * 86400);
  flow = dpp2_flow_compute (moves, 3, 7, columns, names, done, 3, &first, &last, utc,
                            1795996800 + 5 * 86400);

  start = dpp2_burndown_chart_describe_point (burndown, 0);
  day = dpp2_burndown_chart_describe_point (burndown, 2);
  future = dpp2_burndown_chart_describe_point (burndown, 10);
  g_assert_cmpstr (start, ==, "Start of 30 Nov: 8 of 8 points remaining, ideal 8");
  g_assert_cmpstr (day, ==, "1 Dec: 3 of 8 points remaining, ideal 6.7");
  g_assert_cmpstr (future, ==, "9 Dec: ideal 1.3 points");

  flow_day = dpp2_flow_chart_describe_point (flow, 2);
  g_assert_cmpstr (flow_day, ==, "1 Dec: To do 1, Doing 0, Done 1");
  g_assert_null (dpp2_flow_chart_describe_point (flow, 10));

  /* 12 days over 120 pixels: the point at 2.3 days is point 2. */
  g_assert_true (dpp2_chart_point_at (&area, 12, 73, 50, &point, &tip));
  g_assert_cmpuint (point, ==, 2);
  g_assert_cmpint (tip.x, ==, 65);
  g_assert_cmpint (tip.width, ==, 10);
  g_assert_false (dpp2_chart_point_at (&area, 12, 73, 5, &point, &tip));
  g_assert_false (dpp2_chart_point_at (&area, 12, 20, 50, &point, &tip));
  g_assert_true (dpp2_chart_point_at (&area, 12, 174, 50, &point, &tip));
  g_assert_cmpuint (point, ==, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  ui_test_init (&argc, &argv);

  g_test_add_func ("/charts/without-store", test_charts_without_store);
  g_test_add_func ("/charts/example", test_charts_example);
  g_test_add_func ("/charts/pdf", test_charts_pdf);
  g_test_add_func ("/charts/points", test_charts_points);
  g_test_add_func ("/charts/finalize", test_charts_finalize);

  return g_test_run ();
}
