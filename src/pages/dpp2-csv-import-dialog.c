/* dpp2-csv-import-dialog.c — import people from a CSV file: mapping, preview, problems
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-import"

#include "config.h"

#include <glib/gi18n.h>

#include "dpp2-window.h"
#include "logic/dpp2-people-import.h"

#include "dpp2-csv-import-dialog.h"

#define N_PREVIEW_ROWS 5

struct _Dpp2CsvImportDialog
{
  AdwWindow          parent_instance;

  Dpp2Store         *store;
  Dpp2PeopleImport  *import;
  GCancellable      *cancellable;
  AdwComboRow       *combos[DPP2_N_IMPORT_FIELDS];
  GtkStringList     *problems;

  AdwStatusPage     *error_page;
  GtkButton         *import_button;
  GtkLabel          *loading_label;
  AdwPreferencesGroup *mapping_group;
  GtkColumnView     *preview_view;
  GtkWidget         *problems_box;
  GtkLabel          *problems_label;
  GtkListView       *problems_view;
  GtkProgressBar    *progress_bar;
  GtkStack          *stack;
  GtkLabel          *summary_label;
};

G_DEFINE_FINAL_TYPE (Dpp2CsvImportDialog, dpp2_csv_import_dialog, ADW_TYPE_WINDOW)

/* The mapping step */

static void
update_summary (Dpp2CsvImportDialog *self)
{
  GArray *problems = dpp2_people_import_get_problems (self->import);
  GPtrArray *new_teams = dpp2_people_import_get_new_teams (self->import);
  guint n_valid = dpp2_people_import_get_n_valid (self->import);
  guint n_new = dpp2_people_import_get_n_new (self->import);
  guint n_updated = dpp2_people_import_get_n_updated (self->import);
  gboolean has_name = dpp2_people_import_get_column (self->import, DPP2_IMPORT_FIELD_NAME) >= 0;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *button = NULL;
  g_autofree char *problems_title = NULL;

  if (!has_name)
    g_string_append (summary, _("Choose the column that holds the names."));
  else
    {
      g_string_append_printf (summary, ngettext ("%u new person will be added", "%u new people will be added", n_new), n_new);
      g_string_append (summary, ", ");
      g_string_append_printf (summary, ngettext ("%u person will be updated.", "%u people will be updated.", n_updated), n_updated);
      if (new_teams->len > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < new_teams->len; i++)
            g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                                    (const char *) g_ptr_array_index (new_teams, i));
          g_string_append_c (summary, ' ');
          g_string_append_printf (summary,
                                  ngettext ("This team will be created: %s.",
                                            "These teams will be created: %s.", new_teams->len),
                                  names->str);
        }
    }
  if (dpp2_csv_table_get_encoding (dpp2_people_import_get_table (self->import)) ==
      DPP2_CSV_ENCODING_WINDOWS_1252)
    {
      g_string_append_c (summary, ' ');
      g_string_append (summary, _("The file is not UTF-8 text; it was read as Windows-1252, "
                                  "as Excel on Windows writes it."));
    }
  gtk_label_set_text (self->summary_label, summary->str);

  /* Translators: the button that imports; %u is a number of people */
  button = g_strdup_printf (ngettext ("_Import %u Person", "_Import %u People", n_valid), n_valid);
  gtk_button_set_label (self->import_button, button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 has_name && n_valid > 0 && !dpp2_store_get_read_only (self->store));

  g_object_freeze_notify (G_OBJECT (self->problems));
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)), NULL);
  for (guint i = 0; has_name && i < problems->len; i++)
    {
      Dpp2ImportProblem *problem = &g_array_index (problems, Dpp2ImportProblem, i);
      /* Translators: a row of the file that will not be imported: line number and why */
      g_autofree char *text = g_strdup_printf (_("Line %u: %s"), problem->line, problem->message);

      gtk_string_list_append (self->problems, text);
    }
  g_object_thaw_notify (G_OBJECT (self->problems));

  problems_title = g_strdup_printf (ngettext ("%u row will not be imported",
                                              "%u rows will not be imported", problems->len),
                                    problems->len);
  gtk_label_set_text (self->problems_label, problems_title);
  gtk_widget_set_visible (self->problems_box, has_name && problems->len > 0);
}

static void
combo_changed_cb (AdwComboRow         *combo,
                  GParamSpec          *pspec,
                  Dpp2CsvImportDialog *self)
{
  Dpp2ImportField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "field"));
  guint selected = adw_combo_row_get_selected (combo);

  dpp2_people_import_set_column (self->import, field,
                                 selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                 ? -1 : (int) selected - 1);
  dpp2_people_import_check (self->import, self->store);
  update_summary (self);
}

static void
preview_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (item, label);
}

static void
preview_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 Dpp2CsvImportDialog      *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkStringObject *row = gtk_list_item_get_item (item);
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (row), NULL, 10);
  Dpp2CsvTable *table = dpp2_people_import_get_table (self->import);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      dpp2_csv_table_get_field (table, index, column));
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_item_set_child (item, label);
}

static void
problem_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkStringObject *text = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (text));
}

static char *
column_name (Dpp2CsvTable *table,
             guint         column)
{
  const char *header = dpp2_csv_table_get_field (table, 0, column);

  if (*header != '\0')
    return g_strdup (header);
  /* Translators: a column of the file without a header; %u counts from 1 */
  return g_strdup_printf (_("Column %u"), column + 1);
}

static void
show_mapping (Dpp2CsvImportDialog *self)
{
  Dpp2CsvTable *table = dpp2_people_import_get_table (self->import);
  guint n_columns = dpp2_people_import_get_n_columns (self->import);
  guint n_rows = dpp2_csv_table_get_n_rows (table);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) preview_rows = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) preview = NULL;

  gtk_string_list_append (choices, _("Not in the file"));
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *name = column_name (table, c);

      gtk_string_list_append (choices, name);
    }

  for (guint f = 0; f < DPP2_N_IMPORT_FIELDS; f++)
    {
      AdwComboRow *combo = ADW_COMBO_ROW (adw_combo_row_new ());
      int column = dpp2_people_import_get_column (self->import, f);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (combo), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), dpp2_import_field_get_label (f));
      adw_combo_row_set_model (combo, G_LIST_MODEL (choices));
      adw_combo_row_set_selected (combo, column + 1);
      g_object_set_data (G_OBJECT (combo), "field", GUINT_TO_POINTER (f));
      g_signal_connect (combo, "notify::selected", G_CALLBACK (combo_changed_cb), self);
      adw_preferences_group_add (self->mapping_group, GTK_WIDGET (combo));
      self->combos[f] = combo;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *name = column_name (table, c);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (preview_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (preview_bind_cb), self);
      column = gtk_column_view_column_new (name, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->preview_view, column);
    }
  for (guint r = 1; r < n_rows && r <= N_PREVIEW_ROWS; r++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", r);
      gtk_string_list_append (preview_rows, index);
    }
  preview = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&preview_rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (preview));

  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "mapping");
}

static void
show_error (Dpp2CsvImportDialog *self,
            const char          *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}

/* Reading, in a thread */

typedef struct
{
  Dpp2CsvImportDialog *self;
  double               fraction;
} Progress;

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->self->progress_bar, progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->self);
  g_free (progress);
}

static gboolean
progress_cb (double   fraction,
             gpointer user_data)
{
  Dpp2CsvImportDialog *self = user_data;
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (self);
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_idle_cb, progress,
                              progress_free);
  return !g_cancellable_is_cancelled (self->cancellable);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *error = NULL;
  Dpp2CsvTable *table;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  table = dpp2_csv_parse (contents, length, progress_cb, source_object, &error);
  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, (GDestroyNotify) dpp2_csv_table_free);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Dpp2CsvImportDialog *self = DPP2_CSV_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  Dpp2CsvTable *table = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, DPP2_CSV_ERROR, DPP2_CSV_ERROR_CANCELLED) ||
      self->store == NULL)
    {
      g_clear_pointer (&table, dpp2_csv_table_free);
      return;
    }
  if (table == NULL)
    {
      show_error (self, error->message);
      return;
    }

  self->import = dpp2_people_import_new (table);
  dpp2_people_import_check (self->import, self->store);
  show_mapping (self);
}

/* Importing */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  Dpp2CsvImportDialog *self = DPP2_CSV_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  if (self->import == NULL || self->store == NULL)
    return;

  n = dpp2_people_import_get_n_valid (self->import);
  if (!dpp2_people_import_apply (self->import, self->store, &error))
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not import the people"), error);
      return;
    }

  title = g_strdup_printf (ngettext ("Imported %u person", "Imported %u people", n), n);
  dpp2_window_offer_undo (GTK_WIDGET (self), title);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
dpp2_csv_import_dialog_dispose (GObject *object)
{
  Dpp2CsvImportDialog *self = DPP2_CSV_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->import, dpp2_people_import_free);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (dpp2_csv_import_dialog_parent_class)->dispose (object);
}

static void
dpp2_csv_import_dialog_class_init (Dpp2CsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_csv_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, problems_box);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, problems_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2CsvImportDialog, summary_label);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
}

static void
dpp2_csv_import_dialog_init (Dpp2CsvImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);

  self->problems = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)));
  g_signal_connect (factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (problem_bind_cb), NULL);
  gtk_list_view_set_factory (self->problems_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->problems_view, GTK_SELECTION_MODEL (selection));
}

/**
 * dpp2_csv_import_dialog_new:
 * @parent: (nullable): the window
 * @store: the document to import into
 * @file: the CSV file
 *
 * Returns: (transfer none): the dialog, not shown yet; it reads @file at once
 */
Dpp2CsvImportDialog *
dpp2_csv_import_dialog_new (GtkWindow *parent,
                            Dpp2Store *store,
                            GFile     *file)
{
  Dpp2CsvImportDialog *self;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *reading = NULL;

  g_return_val_if_fail (DPP2_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (DPP2_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->cancellable = g_cancellable_new ();

  basename = g_file_get_basename (file);
  reading = g_strdup_printf (_("Reading “%s”…"), basename);
  gtk_label_set_text (self->loading_label, reading);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, dpp2_csv_import_dialog_new);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_thread);
  return self;
}

/**
 * dpp2_csv_import_dialog_get_step:
 * @self: a dialog
 *
 * Returns: "loading", "error" or "mapping"
 */
const char *
dpp2_csv_import_dialog_get_step (Dpp2CsvImportDialog *self)
{
  g_return_val_if_fail (DPP2_IS_CSV_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
