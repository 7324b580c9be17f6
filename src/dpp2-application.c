/* dpp2-application.c — the application: windows, documents, app-wide actions
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dpp2-application.h"
#include "dpp2-preferences-window.h"
#include "dpp2-window.h"
#include "store/dpp2-store.h"

/* How many documents the welcome view remembers. */
#define MAX_RECENT 10

struct _Dpp2Application
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* Documents named on the command line, which startup begins to open (see there). */
  GPtrArray      *command_line_files;
  guint           n_opening;

  /* Set by --example in the primary instance: activate opens the example. */
  guint           open_example_on_activate : 1;
};

G_DEFINE_FINAL_TYPE (Dpp2Application, dpp2_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "example", 'e', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open a fresh copy of the example organisation"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

Dpp2Application *
dpp2_application_new (void)
{
  return g_object_new (DPP2_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/com/dpp2/Toolkit",
                       NULL);
}

/**
 * dpp2_application_get_settings:
 *
 * Returns: (transfer none): the application's settings (com.dpp2.Toolkit)
 */
GSettings *
dpp2_application_get_settings (Dpp2Application *self)
{
  g_return_val_if_fail (DPP2_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * dpp2_application_find_document:
 * @file: a document file
 *
 * Returns: (transfer none) (nullable): the window that shows @file already
 */
GtkWindow *
dpp2_application_find_document (Dpp2Application *self,
                                GFile           *file)
{
  g_return_val_if_fail (DPP2_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!DPP2_IS_WINDOW (l->data))
        continue;
      shown = dpp2_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

/* A window that shows the welcome view can take the next document, so that opening a file
 * from the welcome view does not leave an empty window behind. */
static Dpp2Window *
find_empty_window (Dpp2Application *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (DPP2_IS_WINDOW (l->data) && dpp2_window_get_store (l->data) == NULL)
      return l->data;

  return NULL;
}

static Dpp2Window *
new_window (Dpp2Application *self)
{
  return dpp2_window_new (self);
}

/* Shows what opening FILE gave in an empty window or a new one. */
static void
show_opened (Dpp2Application *self,
             GFile           *file,
             Dpp2Store       *store,
             const GError    *error)
{
  Dpp2Window *target = find_empty_window (self);

  if (target == NULL)
    target = new_window (self);
  /* A message needs its window on screen; a document goes in before the window is shown,
   * so that its first frame is laid out once, with the document. */
  if (store == NULL)
    gtk_window_present (GTK_WINDOW (target));
  dpp2_window_finish_open (target, file, store, error);
  gtk_window_present (GTK_WINDOW (target));
}

typedef struct
{
  Dpp2Application *self;
  GFile           *file;
} Opening;

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opening *opening = user_data;
  Dpp2Application *self = opening->self;
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GError) error = NULL;

  store = dpp2_store_open_finish (result, &error);
  show_opened (self, opening->file, store, error);
  self->n_opening--;
  g_application_release (G_APPLICATION (self));
  g_object_unref (opening->file);
  g_object_unref (opening->self);
  g_free (opening);
}

/* Starts opening FILE in a worker thread; opened_cb shows it. The application is held
 * meanwhile, so it does not quit for want of a window. */
static void
open_in_thread (Dpp2Application *self,
                GFile           *file)
{
  Opening *opening = g_new0 (Opening, 1);

  opening->self = g_object_ref (self);
  opening->file = g_object_ref (file);
  self->n_opening++;
  g_application_hold (G_APPLICATION (self));
  dpp2_store_open_async (file, DPP2_STORE_OPEN_NONE, NULL, opened_cb, opening);
}

/**
 * dpp2_application_open_file:
 * @file: a document to open
 *
 * Shows @file: brings its window to the front when it is open already, and otherwise opens
 * it in an empty window or a new one.
 */
void
dpp2_application_open_file (Dpp2Application *self,
                            GFile           *file)
{
  g_autoptr(Dpp2Store) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_return_if_fail (DPP2_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((window = dpp2_application_find_document (self, file)) != NULL)
    {
      gtk_window_present (window);
      return;
    }

  store = dpp2_store_open (file, DPP2_STORE_OPEN_NONE, NULL, &error);
  show_opened (self, file, store, error);
}

static char **
recent_without (Dpp2Application *self,
                const char      *uri)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-documents");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], uri) != 0)
      g_strv_builder_add (builder, recent[i]);

  return g_strv_builder_end (builder);
}

void
dpp2_application_add_recent (Dpp2Application *self,
                             GFile           *file)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;

  g_return_if_fail (DPP2_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  rest = recent_without (self, uri);
  g_strv_builder_add (builder, uri);
  for (guint i = 0; rest[i] != NULL && i < MAX_RECENT - 1; i++)
    g_strv_builder_add (builder, rest[i]);
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-documents", (const char * const *) recent);
}

void
dpp2_application_remove_recent (Dpp2Application *self,
                                GFile           *file)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) rest = NULL;

  g_return_if_fail (DPP2_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  rest = recent_without (self, uri);
  g_settings_set_strv (self->settings, "recent-documents", (const char * const *) rest);
}

/**
 * dpp2_application_new_example_file:
 *
 * Writes a fresh copy of the example organisation under the user's data folder, so that
 * whatever a person tries in it never changes the next copy.
 *
 * Returns: (transfer full): the new document, or %NULL with @error set
 */
GFile *
dpp2_application_new_example_file (GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "dpp2-toolkit", "examples", NULL);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S");
  /* Translators: the file name of a fresh copy of the example organisation; %s is a time. */
  g_autofree char *name = g_strdup_printf (_("Example organisation %s.dpp2"), stamp);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s. Check that your home folder has room "
                     "and can be written."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  path = g_build_filename (dir, name, NULL);
  /* Two copies in the same second get a counter rather than overwriting each other. */
  for (guint i = 2; g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_autofree char *numbered = g_strdup_printf (_("Example organisation %s (%u).dpp2"), stamp, i);
      g_free (path);
      path = g_build_filename (dir, numbered, NULL);
    }

  file = g_file_new_for_path (path);
  if (!dpp2_store_create_example (file, error))
    return NULL;

  return g_steal_pointer (&file);
}

static void
open_example_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Dpp2Application *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = dpp2_application_new_example_file (&error);

  if (file == NULL)
    {
      Dpp2Window *window = find_empty_window (self);

      if (window == NULL)
        window = new_window (self);
      gtk_window_present (GTK_WINDOW (window));
      dpp2_window_show_error (window, _("Could not create the example organisation"), error->message);
      return;
    }

  dpp2_application_open_file (self, file);
}

static void
new_window_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Dpp2Application *self = user_data;

  gtk_window_present (GTK_WINDOW (new_window (self)));
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Dpp2Application *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  Dpp2PreferencesWindow *preferences = dpp2_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  Dpp2Application *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The DPP2 Toolkit authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("DPP2 Toolkit"),
                        "developer-name", _("The DPP2 Toolkit authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Realise organisation goals by learning: goals, learning "
                                      "cases, Learning Practice Teams and their sprint boards, "
                                      "in one program that works offline."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The DPP2 Toolkit authors",
                        "developers", developers,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  Dpp2Application *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window lets it save its size and release its document's lock. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; )
    {
      GList *next = l->next;
      gtk_window_destroy (l->data);
      l = next;
    }
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_cb },
  { "open-example", open_example_cb },
  { "preferences", preferences_cb },
  { "about", about_cb },
  { "quit", quit_cb },
};

static void
dpp2_application_startup (GApplication *app)
{
  Dpp2Application *self = DPP2_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  };

  /* Documents named on the command line start opening now, in worker threads, while GTK
   * starts: checking a large document takes as long as building its window. Only the
   * primary instance gets here, so a document handed on to a running one is not touched. */
  for (guint i = 0; i < self->command_line_files->len; i++)
    open_in_thread (self, g_ptr_array_index (self->command_line_files, i));
  g_ptr_array_set_size (self->command_line_files, 0);

  G_APPLICATION_CLASS (dpp2_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  /* Ctrl+1…9 show the pages in sidebar order. */
  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.show-page(%u)", i);
      g_autofree char *accel = g_strdup_printf ("<Control>%u", i);
      const char *accel_list[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), detailed, accel_list);
    }
}

static void
dpp2_application_activate (GApplication *app)
{
  Dpp2Application *self = DPP2_APPLICATION (app);
  GtkWindow *window;

  if (self->open_example_on_activate)
    {
      self->open_example_on_activate = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (app), "open-example", NULL);
      return;
    }

  /* Documents from the command line show in their own windows when opened. */
  if (self->n_opening > 0)
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (DPP2_APPLICATION (app)));

  gtk_window_present (window);
}

static void
dpp2_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    dpp2_application_open_file (DPP2_APPLICATION (app), files[i]);
}

static int
dpp2_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  Dpp2Application *self = DPP2_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autofree const char **paths = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("dpp2-toolkit %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Files are taken here rather than by GApplication, so that startup knows them. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths))
    {
      for (guint i = 0; paths[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);

          /* A file named twice opens once. */
          if (!g_ptr_array_find_with_equal_func (self->command_line_files, file,
                                                 (GEqualFunc) g_file_equal, NULL))
            g_ptr_array_add (self->command_line_files, g_steal_pointer (&file));
        }

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A running instance opens them in its own process. */
      if (g_application_get_is_remote (app))
        {
          g_application_open (app, (GFile **) self->command_line_files->pdata,
                              self->command_line_files->len, "");
          g_ptr_array_set_size (self->command_line_files, 0);
          if (!g_variant_dict_contains (options, "example"))
            return 0;
        }
    }

  if (g_variant_dict_contains (options, "example"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A running instance opens the example in its own process; this one is done then. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-example", NULL);
          return 0;
        }
      DPP2_APPLICATION (app)->open_example_on_activate = TRUE;
    }

  return -1;
}

static void
dpp2_application_dispose (GObject *object)
{
  Dpp2Application *self = DPP2_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->command_line_files, g_ptr_array_unref);

  G_OBJECT_CLASS (dpp2_application_parent_class)->dispose (object);
}

static void
dpp2_application_class_init (Dpp2ApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dpp2_application_dispose;

  app_class->startup = dpp2_application_startup;
  app_class->activate = dpp2_application_activate;
  app_class->open = dpp2_application_open;
  app_class->handle_local_options = dpp2_application_handle_local_options;
}

static void
dpp2_application_init (Dpp2Application *self)
{
  self->settings = g_settings_new (APPLICATION_ID);
  self->command_line_files = g_ptr_array_new_with_free_func (g_object_unref);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}
