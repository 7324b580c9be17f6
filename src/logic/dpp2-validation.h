/* dpp2-validation.h — the rules that every form applies before it saves
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Upper bounds on text, so a pasted document cannot swell a row or a report. */
#define DPP2_MAX_NAME_LENGTH   200   /* titles, names, job titles, departments */
#define DPP2_MAX_TEXT_LENGTH 20000   /* descriptions, notes, criteria */

/* Each function returns NULL when VALUE is valid, and otherwise a translated message
 * for the field ("Enter a title", "… is not a date"), to free with g_free(). */
char *dpp2_validate_required_name (const char *value,
                                   const char *field_label);
char *dpp2_validate_optional_text (const char *value,
                                   gsize       max_chars);
char *dpp2_validate_email         (const char *value);
char *dpp2_validate_date          (const char *value);
char *dpp2_validate_date_range    (const char *start,
                                   const char *end);
char *dpp2_validate_non_negative  (double      value);
char *dpp2_validate_kpi           (double      baseline,
                                   double      target);

/* Dates in the interface: "4 december 2026" / "04-12-2026" in Dutch, from ISO "2026-12-04". */
gboolean dpp2_parse_date          (const char *text,
                                   GDate      *out);
char    *dpp2_format_date         (const char *iso_date);
char    *dpp2_format_date_short   (const char *iso_date);
/* A number with the locale's decimal separator (a comma in Dutch), without trailing zeros. */
char    *dpp2_format_number       (double      value);
gboolean dpp2_parse_number        (const char *text,
                                   double     *out);

G_END_DECLS
