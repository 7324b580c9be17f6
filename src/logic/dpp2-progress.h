/* dpp2-progress.h — progress of organisation goals: KPI and learning cases
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One acceptance criterion of a learning case; stored one a line as "[x] text" or "[ ] text". */
typedef struct
{
  char     *text;
  gboolean  done;
} Dpp2Criterion;

double     dpp2_progress_kpi_fraction   (double      baseline,
                                         double      target,
                                         double      current);
double     dpp2_progress_cases_fraction (guint       done,
                                         guint       total);
char      *dpp2_progress_format_kpi     (const char *kpi_name,
                                         const char *unit,
                                         double      baseline,
                                         double      target,
                                         double      current);
char      *dpp2_progress_format_cases   (guint       done,
                                         guint       total);
char      *dpp2_progress_format_percent (double      fraction);

GPtrArray *dpp2_criteria_parse          (const char *text);
char      *dpp2_criteria_serialize      (GPtrArray  *criteria);
void       dpp2_criterion_free          (Dpp2Criterion *criterion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2Criterion, dpp2_criterion_free)

G_END_DECLS
