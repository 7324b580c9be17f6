/* dpp2-goal-fields.h — form helpers of the goal and overview pages: validate, show, save
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/dpp2-store.h"

G_BEGIN_DECLS

void      dpp2_field_show_error       (GtkWidget   *field,
                                       GtkWidget   *error_row,
                                       GtkLabel    *error_label,
                                       const char  *message);
char     *dpp2_text_view_dup_text     (GtkTextView *view);
void      dpp2_text_view_set_text     (GtkTextView *view,
                                       const char  *text);
void      dpp2_editable_set_text_if_idle (GtkWidget *editable,
                                          const char *text);
char     *dpp2_date_to_iso            (const char  *text);
gboolean  dpp2_record_save_string     (gpointer     record,
                                       const char  *property,
                                       const char  *value,
                                       GError     **error);
gboolean  dpp2_record_save_value      (gpointer      record,
                                       const char   *property,
                                       const GValue *value,
                                       GError      **error);
void      dpp2_on_focus_leave         (GtkWidget   *widget,
                                       GCallback    callback,
                                       gpointer     user_data);

G_END_DECLS
