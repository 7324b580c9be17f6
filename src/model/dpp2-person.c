/* dpp2-person.c — person, a row of the person table
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-model"

#include <glib/gi18n-lib.h>

#include "dpp2-person.h"
#include "dpp2-record-private.h"

struct _Dpp2Person
{
  Dpp2Record parent_instance;
};

G_DEFINE_FINAL_TYPE (Dpp2Person, dpp2_person, DPP2_TYPE_RECORD)

enum {
  COL_NAME = 0,
  COL_EMAIL,
  COL_JOB_TITLE,
  COL_DEPARTMENT,
  COL_WORKPLACE,
  N_COLUMNS
};

static const Dpp2Column columns[N_COLUMNS] = {
  [COL_NAME] = { "name", "name", DPP2_COLUMN_TEXT },
  [COL_EMAIL] = { "email", "email", DPP2_COLUMN_TEXT },
  [COL_JOB_TITLE] = { "job-title", "job_title", DPP2_COLUMN_TEXT },
  [COL_DEPARTMENT] = { "department", "department", DPP2_COLUMN_TEXT },
  [COL_WORKPLACE] = { "workplace", "workplace", DPP2_COLUMN_TEXT },
};

static const Dpp2Table table = {
  "person", dpp2_person_get_type, columns, N_COLUMNS, COL_NAME,
  N_("Add Person “%s”"), N_("Delete Person “%s”"), N_("Edit Person “%s”"),
};

const Dpp2Table *dpp2_person_table = &table;

static void
dpp2_person_class_init (Dpp2PersonClass *klass)
{
  dpp2_record_class_install_columns (DPP2_RECORD_CLASS (klass), &table);
}

static void
dpp2_person_init (Dpp2Person *self)
{
}

/**
 * dpp2_person_get_name:
 * @self: a #Dpp2Person
 *
 * Returns: (transfer none): the #Dpp2Person:name property
 */
const char *
dpp2_person_get_name (Dpp2Person *self)
{
  g_return_val_if_fail (DPP2_IS_PERSON (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_NAME));
}

/**
 * dpp2_person_get_email:
 * @self: a #Dpp2Person
 *
 * Returns: (transfer none): the #Dpp2Person:email property
 */
const char *
dpp2_person_get_email (Dpp2Person *self)
{
  g_return_val_if_fail (DPP2_IS_PERSON (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_EMAIL));
}

/**
 * dpp2_person_get_job_title:
 * @self: a #Dpp2Person
 *
 * Returns: (transfer none): the #Dpp2Person:job-title property
 */
const char *
dpp2_person_get_job_title (Dpp2Person *self)
{
  g_return_val_if_fail (DPP2_IS_PERSON (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_JOB_TITLE));
}

/**
 * dpp2_person_get_department:
 * @self: a #Dpp2Person
 *
 * Returns: (transfer none): the #Dpp2Person:department property
 */
const char *
dpp2_person_get_department (Dpp2Person *self)
{
  g_return_val_if_fail (DPP2_IS_PERSON (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_DEPARTMENT));
}

/**
 * dpp2_person_get_workplace:
 * @self: a #Dpp2Person
 *
 * Returns: (transfer none): the #Dpp2Person:workplace property
 */
const char *
dpp2_person_get_workplace (Dpp2Person *self)
{
  g_return_val_if_fail (DPP2_IS_PERSON (self), NULL);

  return g_value_get_string (dpp2_record_peek_value (DPP2_RECORD (self), COL_WORKPLACE));
}
