/* dpp2-generate.c — writes a large organisation for benchmarks and tests
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-generate"

#include <locale.h>
#include <stdlib.h>

#include "store/dpp2-generator.h"

int
main (int   argc,
      char *argv[])
{
  Dpp2GeneratorOptions o;
  gint64 seed, people, teams, goals, cases, sprints, cards;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gint64 start;

  setlocale (LC_ALL, "");
  dpp2_generator_options_init (&o);
  seed = o.seed, people = o.people, teams = o.teams, goals = o.goals;
  cases = o.cases, sprints = o.sprints, cards = o.cards;
  {
    GOptionEntry entries[] = {
      { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed (default 1)", "N" },
      { "people", 0, 0, G_OPTION_ARG_INT64, &people, "People (default 2000)", "N" },
      { "teams", 0, 0, G_OPTION_ARG_INT64, &teams, "Learning Practice Teams (default 60)", "N" },
      { "goals", 0, 0, G_OPTION_ARG_INT64, &goals, "Organisation goals (default 40)", "N" },
      { "cases", 0, 0, G_OPTION_ARG_INT64, &cases, "Learning cases (default 400)", "N" },
      { "sprints", 0, 0, G_OPTION_ARG_INT64, &sprints, "Sprints (default 300)", "N" },
      { "cards", 0, 0, G_OPTION_ARG_INT64, &cards, "Cards (default 20000)", "N" },
      { NULL }
    };

    context = g_option_context_new ("FILE");
    g_option_context_set_summary (context,
                                  "Writes a large, deterministic organisation document: "
                                  "the same options always give the same file.");
    g_option_context_add_main_entries (context, entries, NULL);
    if (!g_option_context_parse (context, &argc, &argv, &error))
      {
        g_printerr ("%s\n", error->message);
        return EXIT_FAILURE;
      }
  }
  if (argc != 2)
    {
      g_printerr ("Usage: %s [OPTION…] FILE\n", g_get_prgname ());
      return EXIT_FAILURE;
    }
  if (seed < 0 || people < 1 || teams < 1 || goals < 1 || cases < 0 || sprints < 0 || cards < 0 ||
      people > 10000000 || cards > 100000000)
    {
      g_printerr ("Counts must be positive (people, teams and goals at least 1)\n");
      return EXIT_FAILURE;
    }
  o.seed = (guint32) seed;
  o.people = people;
  o.teams = teams;
  o.goals = goals;
  o.cases = cases;
  o.sprints = sprints;
  o.cards = cards;

  start = g_get_monotonic_time ();
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!dpp2_generator_write (file, &o, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("Wrote %s in %.2f s\n", argv[1], (g_get_monotonic_time () - start) / 1e6);
  return EXIT_SUCCESS;
}
