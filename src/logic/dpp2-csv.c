/* dpp2-csv.c — reading and writing CSV files as HR systems and Excel write them
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-csv"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dpp2-csv.h"

struct _Dpp2CsvTable
{
  GArray          *rows;      /* of Dpp2CsvRow */
  GStringChunk    *strings;   /* the text of every field */
  char             separator;
  Dpp2CsvEncoding  encoding;
};

G_DEFINE_QUARK (dpp2-csv-error-quark, dpp2_csv_error)

#define PROGRESS_STEP (64 * 1024)

static void
clear_row (gpointer data)
{
  Dpp2CsvRow *row = data;

  g_free (row->fields);
}

static Dpp2CsvTable *
table_new (void)
{
  Dpp2CsvTable *table = g_new0 (Dpp2CsvTable, 1);

  table->rows = g_array_new (FALSE, TRUE, sizeof (Dpp2CsvRow));
  g_array_set_clear_func (table->rows, clear_row);
  table->strings = g_string_chunk_new (64 * 1024);
  return table;
}

/**
 * dpp2_csv_table_free:
 * @table: (transfer full): a table from dpp2_csv_parse()
 */
void
dpp2_csv_table_free (Dpp2CsvTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  g_string_chunk_free (table->strings);
  g_free (table);
}

/* The separator is the one of ';', ',' and tab that occurs most often outside quotes in
 * the first record. Excel in a Dutch locale writes ';', most other programs ','. */
static char
detect_separator (const char *text,
                  const char *end)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ';')
        semicolons++;
      else if (*p == ',')
        commas++;
      else if (*p == '\t')
        tabs++;
    }

  if (tabs > semicolons && tabs > commas)
    return '\t';
  if (commas > semicolons)
    return ',';
  return ';';
}

/* Decodes DATA to UTF-8 into *OUT (owned), or sets an error. */
static gboolean
decode (const char       *data,
        gsize             length,
        char            **out,
        gsize            *out_length,
        Dpp2CsvEncoding  *encoding,
        GError          **error)
{
  const guchar *bytes = (const guchar *) data;
  g_autoptr(GError) local_error = NULL;
  char *converted;
  gsize written = 0;

  if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                      (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      /* Excel's "Unicode text" is UTF-16 with a byte order mark. */
      const char *from = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      converted = g_convert (data + 2, length - 2, "UTF-8", from, NULL, &written, &local_error);
      if (converted == NULL)
        {
          g_set_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_ENCODING,
                       _("The file says it is UTF-16 text, but it cannot be read as such: %s"),
                       local_error->message);
          return FALSE;
        }
      *out = converted;
      *out_length = written;
      *encoding = DPP2_CSV_ENCODING_UTF16;
      return TRUE;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_BINARY,
                           _("This is not a CSV file: it contains binary data. "
                             "Save the spreadsheet as “CSV (semicolon delimited)” and try again."));
      return FALSE;
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      data += 3;
      length -= 3;
      *encoding = DPP2_CSV_ENCODING_UTF8_BOM;
    }
  else
    *encoding = DPP2_CSV_ENCODING_UTF8;

  if (g_utf8_validate (data, length, NULL))
    {
      *out = g_strndup (data, length);
      *out_length = length;
      return TRUE;
    }

  /* Not UTF-8: Excel on Windows writes the ANSI code page, Windows-1252 in Western Europe.
   * Five bytes are undefined there; ISO-8859-1 maps every byte, so it is the fallback. */
  converted = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
  if (converted == NULL)
    converted = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, &written, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_ENCODING,
                   _("The text of the file cannot be read: %s"), local_error->message);
      return FALSE;
    }
  *out = converted;
  *out_length = written;
  *encoding = DPP2_CSV_ENCODING_WINDOWS_1252;
  return TRUE;
}

static void
finish_row (Dpp2CsvTable *table,
            GPtrArray    *fields,
            guint         line,
            gboolean      had_quotes)
{
  Dpp2CsvRow row;

  /* A blank line is no record. */
  if (fields->len == 1 && !had_quotes && *(const char *) g_ptr_array_index (fields, 0) == '\0')
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }

  row.line = line;
  row.n_fields = fields->len;
  row.fields = g_new (char *, fields->len + 1);
  memcpy (row.fields, fields->pdata, sizeof (char *) * fields->len);
  row.fields[fields->len] = NULL;
  g_array_append_val (table->rows, row);
  g_ptr_array_set_size (fields, 0);
}

/**
 * dpp2_csv_parse:
 * @data: the bytes of the file
 * @length: the number of bytes
 * @progress: (nullable) (scope call): called with the share read, may cancel
 * @user_data: data for @progress
 * @error: return location for an error, with the line number where it applies
 *
 * Reads a CSV file: the separator (`;`, `,` or tab) is detected from the header line; the
 * text may be UTF-8 with or without a byte order mark, UTF-16 with one, or Windows-1252.
 * Fields may be quoted, with separators, doubled quotes and line breaks inside; lines may end
 * in CRLF, LF or CR. Rows may have more or fewer fields than the header: the caller decides.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
Dpp2CsvTable *
dpp2_csv_parse (const char          *data,
                gsize                length,
                Dpp2CsvProgressFunc  progress,
                gpointer             user_data,
                GError             **error)
{
  g_autoptr(Dpp2CsvTable) table = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  g_autofree char *text = NULL;
  Dpp2CsvEncoding encoding;
  gsize text_length = 0;
  const char *p, *end, *next_progress;
  guint line = 1, row_line = 1, quote_line = 0;
  gboolean in_quotes = FALSE, had_quotes = FALSE, field_started = FALSE;
  char sep;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      g_set_error_literal (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  if (!decode (data, length, &text, &text_length, &encoding, error))
    return NULL;

  p = text;
  end = text + text_length;
  sep = detect_separator (p, end);

  table = table_new ();
  table->separator = sep;
  table->encoding = encoding;
  fields = g_ptr_array_new ();
  field = g_string_sized_new (64);
  next_progress = p + PROGRESS_STEP;

  while (p < end)
    {
      char c = *p;

      if (p >= next_progress)
        {
          next_progress = p + PROGRESS_STEP;
          if (progress != NULL && !progress ((double) (p - text) / (double) text_length, user_data))
            {
              g_set_error_literal (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_CANCELLED,
                                   _("Reading the file was cancelled."));
              return NULL;
            }
        }

      if (in_quotes)
        {
          if (c == '"')
            {
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                  continue;
                }
              in_quotes = FALSE;
              p++;
              continue;
            }
          /* A line break inside quotes is part of the field; Excel writes LF there. */
          if (c == '\r')
            {
              if (p + 1 < end && p[1] == '\n')
                p++;
              g_string_append_c (field, '\n');
              line++;
              p++;
              continue;
            }
          if (c == '\n')
            line++;
          g_string_append_c (field, c);
          p++;
          continue;
        }

      if (c == '"' && !field_started)
        {
          in_quotes = TRUE;
          had_quotes = TRUE;
          field_started = TRUE;
          quote_line = line;
          p++;
          continue;
        }

      if (c == sep)
        {
          g_ptr_array_add (fields, g_string_chunk_insert_len (table->strings, field->str, field->len));
          g_string_truncate (field, 0);
          field_started = FALSE;
          p++;
          continue;
        }

      if (c == '\r' || c == '\n')
        {
          g_ptr_array_add (fields, g_string_chunk_insert_len (table->strings, field->str, field->len));
          g_string_truncate (field, 0);
          finish_row (table, fields, row_line, had_quotes);
          field_started = FALSE;
          had_quotes = FALSE;
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          row_line = line;
          continue;
        }

      g_string_append_c (field, c);
      field_started = TRUE;
      p++;
    }

  if (in_quotes)
    {
      g_set_error (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_UNTERMINATED_QUOTE,
                   /* Translators: %u is a line number of the file */
                   _("Line %u: a quoted field is not closed; a “\"” is missing."), quote_line);
      return NULL;
    }

  if (field_started || fields->len > 0)
    {
      g_ptr_array_add (fields, g_string_chunk_insert_len (table->strings, field->str, field->len));
      finish_row (table, fields, row_line, had_quotes);
    }

  if (table->rows->len == 0)
    {
      g_set_error_literal (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&table);
}

char
dpp2_csv_table_get_separator (Dpp2CsvTable *table)
{
  g_return_val_if_fail (table != NULL, ';');
  return table->separator;
}

Dpp2CsvEncoding
dpp2_csv_table_get_encoding (Dpp2CsvTable *table)
{
  g_return_val_if_fail (table != NULL, DPP2_CSV_ENCODING_UTF8);
  return table->encoding;
}

guint
dpp2_csv_table_get_n_rows (Dpp2CsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

/**
 * dpp2_csv_table_get_row:
 * @table: a table
 * @index: a row, 0 being the header
 *
 * Returns: (transfer none): the row
 */
const Dpp2CsvRow *
dpp2_csv_table_get_row (Dpp2CsvTable *table,
                        guint         index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->rows->len, NULL);
  return &g_array_index (table->rows, Dpp2CsvRow, index);
}

const char *
dpp2_csv_table_get_field (Dpp2CsvTable *table,
                          guint         index,
                          guint         column)
{
  const Dpp2CsvRow *row;

  g_return_val_if_fail (table != NULL, "");
  g_return_val_if_fail (index < table->rows->len, "");

  row = &g_array_index (table->rows, Dpp2CsvRow, index);
  return column < row->n_fields ? row->fields[column] : "";
}

static gboolean
needs_quotes (const char *field,
              char        separator)
{
  if (field[0] == '\0')
    return FALSE;
  /* Leading or trailing spaces would be trimmed by some readers. */
  if (field[0] == ' ' || field[strlen (field) - 1] == ' ')
    return TRUE;
  for (const char *p = field; *p; p++)
    if (*p == separator || *p == '"' || *p == '\n' || *p == '\r')
      return TRUE;
  return FALSE;
}

/**
 * dpp2_csv_append_row:
 * @out: the buffer
 * @separator: ';' for Excel in a Dutch locale
 * @fields: (array length=n_fields): the fields, UTF-8; %NULL is written as empty
 * @n_fields: the number of fields
 */
void
dpp2_csv_append_row (GString            *out,
                     char                separator,
                     const char * const *fields,
                     guint               n_fields)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, separator);

      if (!needs_quotes (field, separator))
        {
          g_string_append (out, field);
          continue;
        }

      g_string_append_c (out, '"');
      for (const char *p = field; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

/**
 * dpp2_csv_buffer_new:
 *
 * Returns: (transfer full): an empty file that starts with the UTF-8 byte order mark, which
 *   Excel needs to read the file as UTF-8 rather than as the ANSI code page
 */
GString *
dpp2_csv_buffer_new (void)
{
  return g_string_new ("\xEF\xBB\xBF");
}

/**
 * dpp2_csv_format_number:
 * @value: a number
 *
 * Returns: (transfer full): @value with a decimal comma and no trailing zeros, "12,5"
 */
char *
dpp2_csv_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *dot;

  g_ascii_formatd (buf, sizeof buf, "%.10g", value);
  dot = strchr (buf, '.');
  if (dot != NULL)
    *dot = ',';
  return g_strdup (buf);
}

/**
 * dpp2_csv_format_date:
 * @iso_date: (nullable): "2026-12-04" or ""
 *
 * Returns: (transfer full): "04-12-2026", or "" when @iso_date is no date
 */
char *
dpp2_csv_format_date (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return g_strdup ("");
  return g_strdup_printf ("%02d-%02d-%04d", d, m, y);
}
