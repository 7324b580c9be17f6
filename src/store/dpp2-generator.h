/* dpp2-generator.h — example and large organisations
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  guint32 seed;
  guint   people;
  guint   teams;
  guint   goals;
  guint   cases;
  guint   sprints;
  guint   cards;
} Dpp2GeneratorOptions;

void     dpp2_generator_options_init (Dpp2GeneratorOptions       *options);
gboolean dpp2_generator_write        (GFile                      *file,
                                      const Dpp2GeneratorOptions *options,
                                      GError                    **error);

G_END_DECLS
