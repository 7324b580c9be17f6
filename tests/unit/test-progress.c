/* test-progress.c — KPI and learning-case progress, acceptance criteria
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "logic/dpp2-progress.h"

static void
test_kpi_increasing (void)
{
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (60, 80, 60), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (60, 80, 70), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (60, 80, 80), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (0, 3, 1), 1.0 / 3.0, 1e-9);
}

static void
test_kpi_decreasing (void)
{
  /* Sick leave from 8 % to 5 %: going down is progress. */
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (8, 5, 8), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (8, 5, 6.5), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_kpi_fraction (8, 5, 5), 1.0, 1e-9);
}

static void
test_kpi_clamped (void)
{
  /* Worse than the baseline is no progress; past the target is done. */
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (60, 80, 50), ==, 0.0);
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (60, 80, 95), ==, 1.0);
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (8, 5, 9), ==, 0.0);
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (8, 5, 2), ==, 1.0);
  /* No range, or no number: nothing to show. */
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (5, 5, 5), ==, 0.0);
  g_assert_cmpfloat (dpp2_progress_kpi_fraction (0, 10, NAN), ==, 0.0);
}

static void
test_cases_fraction (void)
{
  g_assert_cmpfloat (dpp2_progress_cases_fraction (0, 0), ==, 0.0);
  g_assert_cmpfloat (dpp2_progress_cases_fraction (0, 4), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (dpp2_progress_cases_fraction (1, 4), 0.25, 1e-9);
  g_assert_cmpfloat (dpp2_progress_cases_fraction (4, 4), ==, 1.0);
  g_assert_cmpfloat (dpp2_progress_cases_fraction (5, 4), ==, 1.0);
}

static void
test_format (void)
{
  g_autofree char *kpi = dpp2_progress_format_kpi ("Sick leave", "%", 8, 5, 6.5);
  g_autofree char *bare = dpp2_progress_format_kpi (NULL, NULL, 0, 10, 2);
  g_autofree char *cases = dpp2_progress_format_cases (2, 3);
  g_autofree char *one = dpp2_progress_format_cases (1, 1);
  g_autofree char *none = dpp2_progress_format_cases (0, 0);
  g_autofree char *percent = dpp2_progress_format_percent (0.456);

  g_assert_cmpstr (kpi, ==, "Sick leave: 6.5 % (from 8 to 5)");
  g_assert_cmpstr (bare, ==, "2 (from 0 to 10)");
  g_assert_cmpstr (cases, ==, "2 of 3 learning cases done");
  g_assert_cmpstr (one, ==, "1 of 1 learning case done");
  g_assert_cmpstr (none, ==, "No learning cases");
  g_assert_cmpstr (percent, ==, "46 %");
}

static void
test_criteria (void)
{
  g_autoptr(GPtrArray) criteria =
    dpp2_criteria_parse ("[x] Checklist written\n\n[ ] Team trained\nNo box here\n[X]  Upper case  \n");
  g_autofree char *text = NULL;
  Dpp2Criterion *extra;

  g_assert_cmpuint (criteria->len, ==, 4);
  g_assert_cmpstr (((Dpp2Criterion *) criteria->pdata[0])->text, ==, "Checklist written");
  g_assert_true (((Dpp2Criterion *) criteria->pdata[0])->done);
  g_assert_false (((Dpp2Criterion *) criteria->pdata[1])->done);
  g_assert_cmpstr (((Dpp2Criterion *) criteria->pdata[2])->text, ==, "No box here");
  g_assert_false (((Dpp2Criterion *) criteria->pdata[2])->done);
  g_assert_cmpstr (((Dpp2Criterion *) criteria->pdata[3])->text, ==, "Upper case");
  g_assert_true (((Dpp2Criterion *) criteria->pdata[3])->done);

  /* A pasted line break stays inside one criterion; empty ones are dropped. */
  extra = g_new0 (Dpp2Criterion, 1);
  extra->text = g_strdup ("Two\nlines");
  g_ptr_array_add (criteria, extra);
  extra = g_new0 (Dpp2Criterion, 1);
  extra->text = g_strdup ("   ");
  g_ptr_array_add (criteria, extra);

  text = dpp2_criteria_serialize (criteria);
  g_assert_cmpstr (text, ==,
                   "[x] Checklist written\n[ ] Team trained\n[ ] No box here\n[x] Upper case\n"
                   "[ ] Two lines");

  g_clear_pointer (&criteria, g_ptr_array_unref);
  criteria = dpp2_criteria_parse (NULL);
  g_assert_cmpuint (criteria->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/kpi/increasing", test_kpi_increasing);
  g_test_add_func ("/progress/kpi/decreasing", test_kpi_decreasing);
  g_test_add_func ("/progress/kpi/clamped", test_kpi_clamped);
  g_test_add_func ("/progress/cases", test_cases_fraction);
  g_test_add_func ("/progress/format", test_format);
  g_test_add_func ("/progress/criteria", test_criteria);

  return g_test_run ();
}
