/* dpp2-csv.h — reading and writing CSV files as HR systems and Excel write them
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DPP2_CSV_ERROR (dpp2_csv_error_quark ())

typedef enum {
  DPP2_CSV_ERROR_EMPTY,
  DPP2_CSV_ERROR_BINARY,
  DPP2_CSV_ERROR_ENCODING,
  DPP2_CSV_ERROR_UNTERMINATED_QUOTE,
  DPP2_CSV_ERROR_CANCELLED,
} Dpp2CsvError;

typedef enum {
  DPP2_CSV_ENCODING_UTF8,
  DPP2_CSV_ENCODING_UTF8_BOM,
  DPP2_CSV_ENCODING_UTF16,
  DPP2_CSV_ENCODING_WINDOWS_1252,
} Dpp2CsvEncoding;

typedef struct
{
  guint   line;       /* 1-based line of the file where the record starts */
  guint   n_fields;
  char  **fields;     /* n_fields strings, UTF-8, NULL-terminated */
} Dpp2CsvRow;

typedef struct _Dpp2CsvTable Dpp2CsvTable;

/* Called now and then while parsing with the share of the input read (0…1); returns FALSE
 * to cancel. */
typedef gboolean (*Dpp2CsvProgressFunc) (double   fraction,
                                         gpointer user_data);

GQuark            dpp2_csv_error_quark        (void);

Dpp2CsvTable     *dpp2_csv_parse              (const char          *data,
                                               gsize                length,
                                               Dpp2CsvProgressFunc  progress,
                                               gpointer             user_data,
                                               GError             **error);
void              dpp2_csv_table_free         (Dpp2CsvTable        *table);
char              dpp2_csv_table_get_separator (Dpp2CsvTable       *table);
Dpp2CsvEncoding   dpp2_csv_table_get_encoding (Dpp2CsvTable        *table);
/* Row 0 is the header line; blank lines are left out. */
guint             dpp2_csv_table_get_n_rows   (Dpp2CsvTable        *table);
const Dpp2CsvRow *dpp2_csv_table_get_row      (Dpp2CsvTable        *table,
                                               guint                index);
/* Field COLUMN of row INDEX, or "" when the row is shorter. */
const char       *dpp2_csv_table_get_field    (Dpp2CsvTable        *table,
                                               guint                index,
                                               guint                column);

/* Writing: appends one record to OUT, quoting the fields that need it, ending in CRLF. */
void              dpp2_csv_append_row         (GString             *out,
                                               char                 separator,
                                               const char * const  *fields,
                                               guint                n_fields);
/* A new buffer for a file that Excel in a Dutch locale opens as it is: UTF-8 BOM. */
GString          *dpp2_csv_buffer_new         (void);
/* "12,5" and "04-12-2026" from 12.5 and "2026-12-04", whatever the locale. */
char             *dpp2_csv_format_number      (double               value);
char             *dpp2_csv_format_date        (const char          *iso_date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dpp2CsvTable, dpp2_csv_table_free)

G_END_DECLS
