/* test-validation.c — the field rules and the Dutch-friendly dates and numbers
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "logic/dpp2-validation.h"

static void
assert_valid (char *message)
{
  g_assert_null (message);
}

static void
assert_invalid (char *message)
{
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  g_free (message);
}

static void
test_required_name (void)
{
  g_autofree char *long_name = g_strnfill (DPP2_MAX_NAME_LENGTH + 1, 'a');
  g_autofree char *max_name = g_strnfill (DPP2_MAX_NAME_LENGTH, 'a');

  assert_valid (dpp2_validate_required_name ("R&D <b>Ops</b> \"Team\"", "title"));
  assert_valid (dpp2_validate_required_name (max_name, "title"));
  assert_invalid (dpp2_validate_required_name ("", "title"));
  assert_invalid (dpp2_validate_required_name ("   \t", "title"));
  assert_invalid (dpp2_validate_required_name (NULL, "title"));
  assert_invalid (dpp2_validate_required_name (long_name, "title"));
}

/* Callers pass a field's own label; the message reads as a sentence either way. */
static void
test_required_name_message (void)
{
  g_autofree char *team = dpp2_validate_required_name ("", "Team name");
  g_autofree char *title = dpp2_validate_required_name ("", "title");
  g_autofree char *kpi = dpp2_validate_required_name ("", "KPI name");

  g_assert_cmpstr (team, ==, "Enter a team name.");
  g_assert_cmpstr (title, ==, "Enter a title.");
  g_assert_cmpstr (kpi, ==, "Enter a KPI name.");
}

static void
test_optional_text (void)
{
  assert_valid (dpp2_validate_optional_text (NULL, 10));
  assert_valid (dpp2_validate_optional_text ("", 10));
  assert_valid (dpp2_validate_optional_text ("ééééé", 5));
  assert_invalid (dpp2_validate_optional_text ("ééééé!", 5));
  assert_invalid (dpp2_validate_optional_text ("\xff\xfe", 10));
}

static void
test_email (void)
{
  assert_valid (dpp2_validate_email (""));
  assert_valid (dpp2_validate_email (NULL));
  assert_valid (dpp2_validate_email ("j.de.vries@zorggroep.nl"));
  assert_invalid (dpp2_validate_email ("j.de.vries"));
  assert_invalid (dpp2_validate_email ("@zorggroep.nl"));
  assert_invalid (dpp2_validate_email ("a@b@c.nl"));
  assert_invalid (dpp2_validate_email ("a@nl"));
  assert_invalid (dpp2_validate_email ("a@b."));
  assert_invalid (dpp2_validate_email ("a b@c.nl"));
}

static void
test_dates (void)
{
  GDate date;

  /* Real calendar dates only: 2024 is a leap year, 2025 is not. */
  assert_invalid (dpp2_validate_date ("29-02-2025"));
  assert_valid (dpp2_validate_date ("29-02-2024"));
  assert_invalid (dpp2_validate_date ("31-04-2026"));
  assert_invalid (dpp2_validate_date ("2026-13-01"));
  assert_invalid (dpp2_validate_date ("morgen"));
  assert_invalid (dpp2_validate_date ("4-12-2026x"));
  assert_valid (dpp2_validate_date (""));

  /* ISO and the Dutch forms give the same day. */
  g_assert_true (dpp2_parse_date ("2026-12-04", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 4);
  g_assert_cmpint (g_date_get_month (&date), ==, 12);
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  for (guint i = 0; i < 4; i++)
    {
      const char *forms[] = { "04-12-2026", "4-12-2026", "4/12/2026", "4.12.2026" };
      GDate other;

      g_assert_true (dpp2_parse_date (forms[i], &other));
      g_assert_cmpint (g_date_compare (&date, &other), ==, 0);
    }
  g_assert_false (dpp2_parse_date ("29-02-2025", &date));
  g_assert_false (dpp2_parse_date (NULL, &date));

  assert_valid (dpp2_validate_date_range ("2026-01-01", "2026-03-01"));
  assert_valid (dpp2_validate_date_range ("2026-01-01", "2026-01-01"));
  assert_invalid (dpp2_validate_date_range ("01-03-2026", "2026-01-01"));
}

static void
test_format_date (void)
{
  g_autofree char *long_date = dpp2_format_date ("2026-12-04");
  g_autofree char *short_date = dpp2_format_date_short ("2026-12-04");
  g_autofree char *bad = dpp2_format_date ("2025-02-29");

  g_assert_cmpstr (long_date, ==, "4 December 2026");
  g_assert_cmpstr (short_date, ==, "04-12-2026");
  g_assert_cmpstr (bad, ==, "");
}

static void
test_numbers (void)
{
  double value = 0;
  g_autofree char *a = dpp2_format_number (12.5);
  g_autofree char *b = dpp2_format_number (3.0);
  g_autofree char *c = dpp2_format_number (-0.001);

  g_assert_true (dpp2_parse_number ("12,5", &value));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (dpp2_parse_number (" 12.5 ", &value));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (dpp2_parse_number ("-3", &value));
  g_assert_cmpfloat (value, ==, -3);
  g_assert_false (dpp2_parse_number ("1.234,5", &value));
  g_assert_false (dpp2_parse_number ("12 kg", &value));
  g_assert_false (dpp2_parse_number ("", &value));
  g_assert_false (dpp2_parse_number ("nan", &value));
  g_assert_false (dpp2_parse_number (NULL, &value));

  g_assert_cmpstr (a, ==, "12.5");
  g_assert_cmpstr (b, ==, "3");
  g_assert_cmpstr (c, ==, "0");

  assert_valid (dpp2_validate_non_negative (0));
  assert_valid (dpp2_validate_non_negative (2.5));
  assert_invalid (dpp2_validate_non_negative (-1));
  assert_invalid (dpp2_validate_non_negative (NAN));
}

static void
test_kpi (void)
{
  assert_valid (dpp2_validate_kpi (8, 5));
  assert_valid (dpp2_validate_kpi (60, 80));
  assert_invalid (dpp2_validate_kpi (5, 5));
  assert_invalid (dpp2_validate_kpi (NAN, 5));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/required-name", test_required_name);
  g_test_add_func ("/validation/required-name-message", test_required_name_message);
  g_test_add_func ("/validation/optional-text", test_optional_text);
  g_test_add_func ("/validation/email", test_email);
  g_test_add_func ("/validation/dates", test_dates);
  g_test_add_func ("/validation/format-date", test_format_date);
  g_test_add_func ("/validation/numbers", test_numbers);
  g_test_add_func ("/validation/kpi", test_kpi);

  return g_test_run ();
}
