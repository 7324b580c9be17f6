/* dpp2-preferences-window.c — the Preferences window
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-preferences-window.h"

struct _Dpp2PreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *paper_size_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (Dpp2PreferencesWindow, dpp2_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the rows in the paper size list, as the schema's enum nicks. */
static const char *paper_sizes[] = { "a4", "letter" };

static gboolean
paper_size_to_row (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_sizes); i++)
    if (g_str_equal (nick, paper_sizes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
row_to_paper_size (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (paper_sizes))
    return NULL;
  return g_variant_new_string (paper_sizes[selected]);
}

Dpp2PreferencesWindow *
dpp2_preferences_window_new (GSettings *settings)
{
  Dpp2PreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DPP2_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (self->settings, "paper-size",
                                self->paper_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                paper_size_to_row, row_to_paper_size, NULL, NULL);
  return self;
}

static void
dpp2_preferences_window_dispose (GObject *object)
{
  Dpp2PreferencesWindow *self = DPP2_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (dpp2_preferences_window_parent_class)->dispose (object);
}

static void
dpp2_preferences_window_class_init (Dpp2PreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/dpp2-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2PreferencesWindow, paper_size_row);
}

static void
dpp2_preferences_window_init (Dpp2PreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
