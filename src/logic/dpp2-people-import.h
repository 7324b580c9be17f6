/* dpp2-people-import.h — people from a CSV file into an organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "logic/dpp2-csv.h"
#include "store/dpp2-store.h"

G_BEGIN_DECLS

typedef enum {
  DPP2_IMPORT_FIELD_NAME,
  DPP2_IMPORT_FIELD_EMAIL,
  DPP2_IMPORT_FIELD_JOB_TITLE,
  DPP2_IMPORT_FIELD_DEPARTMENT,
  DPP2_IMPORT_FIELD_WORKPLACE,
  DPP2_IMPORT_FIELD_TEAM,
  DPP2_N_IMPORT_FIELDS
} Dpp2ImportField;

/* A row that will not be imported, and why. */
typedef struct
{
  guint  line;
  char  *message;
} Dpp2ImportProblem;

typedef struct _Dpp2PeopleImport Dpp2PeopleImport;

const char        *dpp2_import_field_get_label      (Dpp2ImportField    field);
const char        *dpp2_import_field_get_property   (Dpp2ImportField    field);

/* Takes TABLE (row 0 is the header) and guesses which column holds which field from the
 * header, in English or Dutch. */
Dpp2PeopleImport  *dpp2_people_import_new           (Dpp2CsvTable      *table);
void               dpp2_people_import_free          (Dpp2PeopleImport  *self);
Dpp2CsvTable      *dpp2_people_import_get_table     (Dpp2PeopleImport  *self);
guint              dpp2_people_import_get_n_columns (Dpp2PeopleImport  *self);
/* The column of FIELD, or -1 when the file has none. */
int                dpp2_people_import_get_column    (Dpp2PeopleImport  *self,
                                                     Dpp2ImportField    field);
void               dpp2_people_import_set_column    (Dpp2PeopleImport  *self,
                                                     Dpp2ImportField    field,
                                                     int                column);
/* Checks every row with the current mapping against STORE (which may be NULL): fills the
 * problems, the rows to import and the plan. Call again after changing the mapping. */
void               dpp2_people_import_check         (Dpp2PeopleImport  *self,
                                                     Dpp2Store         *store);
/* (element-type Dpp2ImportProblem), in line order. */
GArray            *dpp2_people_import_get_problems  (Dpp2PeopleImport  *self);
guint              dpp2_people_import_get_n_valid   (Dpp2PeopleImport  *self);
guint              dpp2_people_import_get_n_new     (Dpp2PeopleImport  *self);
guint              dpp2_people_import_get_n_updated (Dpp2PeopleImport  *self);
/* Names of the teams the import creates. */
GPtrArray         *dpp2_people_import_get_new_teams (Dpp2PeopleImport  *self);
/* Adds and updates the valid rows as one change of STORE: one undo step. */
gboolean           dpp2_people_import_apply         (Dpp2PeopleImport  *self,
                                                     Dpp2Store         *store,
                                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2PeopleImport, dpp2_people_import_free)

G_END_DECLS
