/* dpp2-progress.c — progress of organisation goals: KPI and learning cases
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-progress"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "dpp2-progress.h"
#include "dpp2-validation.h"

/**
 * dpp2_progress_kpi_fraction:
 * @baseline: where the KPI started
 * @target: where it should end
 * @current: where it is now
 *
 * How far @current has come from @baseline to @target. A KPI may decrease (sick leave from
 * 8 % to 5 %): then the target is below the baseline, and going down is progress.
 *
 * Returns: a fraction from 0 to 1, clamped; 0 when the target equals the baseline
 */
double
dpp2_progress_kpi_fraction (double baseline,
                            double target,
                            double current)
{
  double fraction;

  if (!isfinite (baseline) || !isfinite (target) || !isfinite (current) || target == baseline)
    return 0.0;

  fraction = (current - baseline) / (target - baseline);
  return CLAMP (fraction, 0.0, 1.0);
}

/**
 * dpp2_progress_cases_fraction:
 * @done: learning cases done
 * @total: learning cases that count (dropped ones do not)
 *
 * Returns: the share of learning cases done, from 0 to 1; 0 without cases
 */
double
dpp2_progress_cases_fraction (guint done,
                              guint total)
{
  if (total == 0)
    return 0.0;
  return CLAMP ((double) done / (double) total, 0.0, 1.0);
}

/**
 * dpp2_progress_format_kpi:
 * @kpi_name: (nullable): "Sick leave"
 * @unit: (nullable): "%"
 * @baseline: 8
 * @target: 5
 * @current: 6.5
 *
 * Returns: "Sick leave: 6,5 % (from 8 to 5)", with the locale's decimal separator
 */
char *
dpp2_progress_format_kpi (const char *kpi_name,
                          const char *unit,
                          double      baseline,
                          double      target,
                          double      current)
{
  g_autofree char *b = dpp2_format_number (baseline);
  g_autofree char *t = dpp2_format_number (target);
  g_autofree char *c = dpp2_format_number (current);
  g_autofree char *figures = NULL;

  if (unit != NULL && *unit != '\0')
    {
      g_autofree char *cu = g_strdup_printf ("%s %s", c, unit);

      /* Translators: KPI figures: the current value with its unit (from baseline to target). */
      figures = g_strdup_printf (_("%s (from %s to %s)"), cu, b, t);
    }
  else
    figures = g_strdup_printf (_("%s (from %s to %s)"), c, b, t);

  if (kpi_name == NULL || *kpi_name == '\0')
    return g_steal_pointer (&figures);
  /* Translators: a KPI's name and its figures, "Sick leave: 6,5 % (from 8 to 5)". */
  return g_strdup_printf (_("%s: %s"), kpi_name, figures);
}

/**
 * dpp2_progress_format_cases:
 * @done: learning cases done
 * @total: learning cases that count
 *
 * Returns: "2 of 3 learning cases done", or "No learning cases" when @total is 0
 */
char *
dpp2_progress_format_cases (guint done,
                            guint total)
{
  if (total == 0)
    return g_strdup (_("No learning cases"));
  /* Translators: "2 of 3 learning cases done"; the plural follows the second number. */
  return g_strdup_printf (ngettext ("%u of %u learning case done", "%u of %u learning cases done",
                                    total),
                          done, total);
}

/**
 * dpp2_progress_format_percent:
 * @fraction: 0 to 1
 *
 * Returns: "45 %", rounded to whole percents
 */
char *
dpp2_progress_format_percent (double fraction)
{
  if (!isfinite (fraction))
    fraction = 0;
  /* Translators: a percentage; Dutch writes a space before the sign. */
  return g_strdup_printf (_("%d %%"), (int) lround (CLAMP (fraction, 0.0, 1.0) * 100.0));
}

void
dpp2_criterion_free (Dpp2Criterion *criterion)
{
  if (criterion == NULL)
    return;
  g_free (criterion->text);
  g_free (criterion);
}

/**
 * dpp2_criteria_parse:
 * @text: (nullable): acceptance criteria, one a line, "[x] " or "[ ] " first
 *
 * Lines without a box are criteria not yet met; blank lines are skipped.
 *
 * Returns: (transfer full) (element-type Dpp2Criterion): the criteria
 */
GPtrArray *
dpp2_criteria_parse (const char *text)
{
  GPtrArray *criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) dpp2_criterion_free);
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return criteria;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      Dpp2Criterion *criterion;

      if (*line == '\0')
        continue;
      criterion = g_new0 (Dpp2Criterion, 1);
      if (g_str_has_prefix (line, "[x]") || g_str_has_prefix (line, "[X]"))
        {
          criterion->done = TRUE;
          line += 3;
        }
      else if (g_str_has_prefix (line, "[ ]"))
        line += 3;
      criterion->text = g_strdup (g_strchug (line));
      if (*criterion->text == '\0')
        {
          dpp2_criterion_free (criterion);
          continue;
        }
      g_ptr_array_add (criteria, criterion);
    }
  return criteria;
}

/**
 * dpp2_criteria_serialize:
 * @criteria: (element-type Dpp2Criterion): the criteria
 *
 * Returns: the text to store; criteria with empty text are left out
 */
char *
dpp2_criteria_serialize (GPtrArray *criteria)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    {
      const Dpp2Criterion *criterion = g_ptr_array_index (criteria, i);
      g_autofree char *text = g_strdup (criterion->text != NULL ? criterion->text : "");

      /* A criterion is one line: a pasted line break would split it in two. */
      g_strdelimit (g_strstrip (text), "\r\n", ' ');
      if (*text == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s %s", criterion->done ? "[x]" : "[ ]", text);
    }
  return g_string_free (out, FALSE);
}
