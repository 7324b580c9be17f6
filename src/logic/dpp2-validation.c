/* dpp2-validation.c — the rules that every form applies before it saves
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-validation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dpp2-validation.h"

char *
dpp2_validate_required_name (const char *value,
                             const char *field_label)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value != NULL ? value : ""));

  if (*stripped == '\0')
    {
      /* Callers pass the field's own label ("Name", "Team name"): lower its first letter
       * for the middle of a sentence, but leave an acronym such as "KPI name" alone. */
      g_autofree char *label = g_strdup (field_label);

      if (g_unichar_isupper (g_utf8_get_char (label)) &&
          !g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (label))))
        {
          g_autofree char *first = g_utf8_strdown (label, g_utf8_next_char (label) - label);
          char *rest = g_utf8_next_char (label);
          g_autofree char *joined = g_strconcat (first, rest, NULL);

          g_free (label);
          label = g_steal_pointer (&joined);
        }
      /* Translators: %s is the field in lower case, e.g. "title" or "team name". */
      return g_strdup_printf (_("Enter a %s."), label);
    }
  if (g_utf8_strlen (stripped, -1) > DPP2_MAX_NAME_LENGTH)
    return g_strdup_printf (ngettext ("Use at most %d character.", "Use at most %d characters.",
                                      DPP2_MAX_NAME_LENGTH),
                            DPP2_MAX_NAME_LENGTH);
  if (!g_utf8_validate (stripped, -1, NULL))
    return g_strdup (_("The text contains characters that are not valid."));
  return NULL;
}

char *
dpp2_validate_optional_text (const char *value,
                             gsize       max_chars)
{
  if (value == NULL)
    return NULL;
  if (!g_utf8_validate (value, -1, NULL))
    return g_strdup (_("The text contains characters that are not valid."));
  if ((gsize) g_utf8_strlen (value, -1) > max_chars)
    return g_strdup_printf (ngettext ("Use at most %u character.", "Use at most %u characters.",
                                      (gulong) max_chars),
                            (guint) max_chars);
  return NULL;
}

/* Deliberately simple: one @, a name before it, and a domain with a dot after it. Stricter
 * checks reject real addresses that HR systems hold. */
char *
dpp2_validate_email (const char *value)
{
  const char *at;
  const char *dot;

  if (value == NULL || *value == '\0')
    return NULL;

  at = strchr (value, '@');
  if (at == NULL || at == value || strchr (at + 1, '@') != NULL ||
      strpbrk (value, " \t\r\n,;<>\"") != NULL)
    return g_strdup (_("Enter an email address like name@example.nl."));

  dot = strrchr (at + 1, '.');
  if (dot == NULL || dot == at + 1 || dot[1] == '\0')
    return g_strdup (_("Enter an email address like name@example.nl."));

  return NULL;
}

static gboolean
parse_triple (const char *text,
              guint      *a,
              guint      *b,
              guint      *c,
              char        separator)
{
  char sep1, sep2;
  int consumed = 0;

  if (sscanf (text, "%u%c%u%c%u%n", a, &sep1, b, &sep2, c, &consumed) != 5)
    return FALSE;
  return sep1 == separator && sep2 == separator && text[consumed] == '\0';
}

/**
 * dpp2_parse_date:
 * @text: "2026-12-04", or as Dutch people write it: "4-12-2026", "04-12-2026", "4/12/2026"
 * @out: (out): the date
 *
 * Returns: %TRUE when @text is a real calendar date
 */
gboolean
dpp2_parse_date (const char *text,
                 GDate      *out)
{
  g_autofree char *stripped = NULL;
  guint a, b, c;
  guint day, month, year;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));

  if (parse_triple (stripped, &a, &b, &c, '-') && a >= 1000)
    year = a, month = b, day = c;
  else if (parse_triple (stripped, &a, &b, &c, '-') || parse_triple (stripped, &a, &b, &c, '/') ||
           parse_triple (stripped, &a, &b, &c, '.'))
    day = a, month = b, year = c;
  else
    return FALSE;

  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

char *
dpp2_validate_date (const char *value)
{
  GDate date;

  if (value == NULL || *value == '\0')
    return NULL;
  if (!dpp2_parse_date (value, &date))
    return g_strdup (_("Enter a date like 04-12-2026."));
  return NULL;
}

char *
dpp2_validate_date_range (const char *start,
                          const char *end)
{
  GDate start_date, end_date;

  if (!dpp2_parse_date (start, &start_date) || !dpp2_parse_date (end, &end_date))
    return NULL;
  if (g_date_compare (&end_date, &start_date) < 0)
    return g_strdup (_("The end date is before the start date."));
  return NULL;
}

char *
dpp2_validate_non_negative (double value)
{
  if (isnan (value) || value < 0)
    return g_strdup (_("Enter zero or more."));
  return NULL;
}

char *
dpp2_validate_kpi (double baseline,
                   double target)
{
  if (isnan (baseline) || isnan (target))
    return g_strdup (_("Enter a number."));
  if (baseline == target)
    return g_strdup (_("The target must differ from the baseline, or there is nothing to improve."));
  return NULL;
}

static char *
format_date (const char *iso_date,
             const char *format)
{
  GDate date;
  char buffer[128];

  if (!dpp2_parse_date (iso_date, &date))
    return g_strdup ("");
  if (g_date_strftime (buffer, sizeof buffer, format, &date) == 0)
    return g_strdup ("");
  return g_strdup (buffer);
}

/**
 * dpp2_format_date:
 * @iso_date: (nullable): "2026-12-04"
 *
 * Returns: the date as people read it, "4 December 2026" (nl: "4 december 2026"), or ""
 */
char *
dpp2_format_date (const char *iso_date)
{
  /* Translators: a long date, see strftime(3); Dutch: "%-d %B %Y" gives 4 december 2026. */
  return format_date (iso_date, _("%-d %B %Y"));
}

/**
 * dpp2_format_date_short:
 * @iso_date: (nullable): "2026-12-04"
 *
 * Returns: the date in figures, "04-12-2026", or ""
 */
char *
dpp2_format_date_short (const char *iso_date)
{
  /* Translators: a short date, see strftime(3); Dutch: "%d-%m-%Y" gives 04-12-2026. */
  return format_date (iso_date, _("%d-%m-%Y"));
}

char *
dpp2_format_number (double value)
{
  g_autofree char *text = g_strdup_printf ("%.2f", value);
  char *end;

  /* Drop trailing zeros and a bare separator: 12.50 → 12.5, 3.00 → 3. */
  if (strpbrk (text, ".,") != NULL)
    {
      end = text + strlen (text) - 1;
      while (end > text && *end == '0')
        *end-- = '\0';
      if (*end == '.' || *end == ',')
        *end = '\0';
    }
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");
  return g_steal_pointer (&text);
}

/**
 * dpp2_parse_number:
 * @text: "12,5" or "12.5"; Dutch people type a decimal comma
 * @out: (out): the number
 *
 * Returns: %TRUE when all of @text is a number
 */
gboolean
dpp2_parse_number (const char *text,
                   double     *out)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0' || (strchr (copy, '.') != NULL && strchr (copy, ',') != NULL))
    return FALSE;
  g_strdelimit (copy, ",", '.');

  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    return FALSE;
  *out = value;
  return TRUE;
}
