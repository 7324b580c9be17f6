/* dpp2-generator.c — example and large organisations
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-store"

#include <glib/gi18n-lib.h>

#include "dpp2-generator.h"
#include "dpp2-store-internal.h"

void
dpp2_generator_options_init (Dpp2GeneratorOptions *options)
{
  options->seed = 1;
  options->people = 2000;
  options->teams = 60;
  options->goals = 40;
  options->cases = 400;
  options->sprints = 300;
  options->cards = 20000;
}

gboolean
dpp2_generator_write (GFile                      *file,
                      const Dpp2GeneratorOptions *options,
                      GError                    **error)
{
  return dpp2_store_write_new (file, NULL, NULL, error);
}

static gboolean
fill_example (sqlite3  *db,
              gpointer  user_data,
              GError  **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/com/dpp2/Toolkit/store/example.sql",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  return dpp2_store_exec (db, g_bytes_get_data (bytes, NULL), error);
}

/**
 * dpp2_store_create_example:
 * @dest: where to write a fresh copy of the example organisation
 * @error: return location for an error
 *
 * Writes "Zorggroep De Linde", a Dutch care organisation with goals,
 * learning cases, two Learning Practice Teams, sprints and a board.
 *
 * Returns: %TRUE on success
 */
gboolean
dpp2_store_create_example (GFile   *dest,
                           GError **error)
{
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  return dpp2_store_write_new (dest, fill_example, NULL, error);
}
