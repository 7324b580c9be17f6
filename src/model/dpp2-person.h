/* dpp2-person.h — person, a row of the person table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dpp2-record.h"
#include "dpp2-types.h"

G_BEGIN_DECLS

#define DPP2_TYPE_PERSON (dpp2_person_get_type ())

G_DECLARE_FINAL_TYPE (Dpp2Person, dpp2_person, DPP2, PERSON, Dpp2Record)

const char *dpp2_person_get_name       (Dpp2Person *self);
const char *dpp2_person_get_email      (Dpp2Person *self);
const char *dpp2_person_get_job_title  (Dpp2Person *self);
const char *dpp2_person_get_department (Dpp2Person *self);
const char *dpp2_person_get_workplace  (Dpp2Person *self);

G_END_DECLS
