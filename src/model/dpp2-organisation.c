/* dpp2-organisation.c — the organisation, a row of the organisation table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-organisation.h"
#include "dpp2-record-private.h"

struct _Dpp2Organisation
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Organisation, dpp2_organisation, DPP2_TYPE_RECORD)

enum {
  COL_NAME = 0,
  COL_SECTOR,
  COL_DESCRIPTION,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_NAME] = { "name", "name", DPP2_COLUMN_TEXT },
  [COL_SECTOR] = { "sector", "sector", DPP2_COLUMN_TEXT },
  [COL_DESCRIPTION] = { "description", "description", DPP2_COLUMN_TEXT },
};

static const Dpp2Table table = {
  "organisation", dpp2_organisation_get_type, columns, N_COLUMNS, COL_NAME,
  N_("Add Organisation “%s”"), N_("Delete Organisation “%s”"), N_("Edit Organisation “%s”"),
};

const Dpp2Table *dpp2_organisation_table = &table;

static void
dpp2_organisation_class_init (Dpp2OrganisationClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_organisation_init (Dpp2Organisation *self)
{
}

/**
 * dpp2_organisation_get_name:
 * @self: a #Dpp2Organisation
 *
 * Returns: (transfer none): the #Dpp2Organisation:name property
 */
const char *
dpp2_organisation_get_name (Dpp2Organisation *self)
{
  g_return_val_if_fail (DPP2_IS_ORGANISATION (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_NAME));
}

/**
 * dpp2_organisation_get_sector:
 * @self: a #Dpp2Organisation
 *
 * Returns: (transfer none): the #Dpp2Organisation:sector property
 */
const char *
dpp2_organisation_get_sector (Dpp2Organisation *self)
{
  g_return_val_if_fail (DPP2_IS_ORGANISATION (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_SECTOR));
}

/**
 * dpp2_organisation_get_description:
 * @self: a #Dpp2Organisation
 *
 * Returns: (transfer none): the #Dpp2Organisation:description property
 */
const char *
dpp2_organisation_get_description (Dpp2Organisation *self)
{
  g_return_val_if_fail (DPP2_IS_ORGANISATION (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DESCRIPTION));
}
