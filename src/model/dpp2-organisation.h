/* dpp2-organisation.h — the organisation, a row of the organisation table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_ORGANISATION (dpp2_organisation_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Organisation, dpp2_organisation, DPP2, ORGANISATION, Dpp2Record)

const char *dpp2_organisation_get_name        (Dpp2Organisation *self);
const char *dpp2_organisation_get_sector      (Dpp2Organisation *self);
const char *dpp2_organisation_get_description (Dpp2Organisation *self);

G_END_DECLS
