/* dpp2-preferences-window.h — the Preferences window
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DPP2_TYPE_PREFERENCES_WINDOW (dpp2_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2PreferencesWindow, dpp2_preferences_window, DPP2, PREFERENCES_WINDOW, AdwPreferencesWindow)

Dpp2PreferencesWindow *dpp2_preferences_window_new (GSettings *settings);

G_END_DECLS
