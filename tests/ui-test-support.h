/* ui-test-support.h — helpers shared by the tests that show windows
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dpp2-application.h"
#include "dpp2-window.h"

G_BEGIN_DECLS

/* gtk_test_init() and libadwaita, with warnings fatal. */
void        ui_test_init             (int          *argc,
                                      char       ***argv);
/* Runs the main loop for MS milliseconds, so that frames are drawn and idles run. */
void        ui_test_wait             (guint         ms);
/* The first visible toplevel window of TYPE, or NULL. */
GtkWindow  *ui_test_find_toplevel    (GType         type);
/* The first widget below ROOT whose action-name is ACTION, or NULL. */
GtkWidget  *ui_test_find_actionable  (GtkWidget    *root,
                                      const char   *action);
/* The first widget below ROOT of TYPE, or NULL. */
GtkWidget  *ui_test_find_widget      (GtkWidget    *root,
                                      GType         type);
/* The first GtkButton below ROOT whose label is LABEL, or NULL. */
GtkWidget  *ui_test_find_button_with_label (GtkWidget  *root,
                                            const char *label);
/* The application as the tests run it: not unique, so no running dpp2-toolkit takes over,
 * and registered, so its actions and accelerators exist. */
Dpp2Application *ui_test_new_application (void);
/* Opens FILE in APP and returns its window, asserting that the document opened. */
Dpp2Window *ui_test_open_file        (Dpp2Application *app,
                                      GFile           *file);
/* Opens a fresh copy of the example organisation, as "Open the Example Organisation" does. */
Dpp2Window *ui_test_open_example     (Dpp2Application *app);
/* Destroys WINDOW and waits until it is gone. */
void        ui_test_destroy_window   (GtkWindow    *window);

G_END_DECLS
