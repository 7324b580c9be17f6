/* dpp2-window.c — a window that shows one organisation document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "dpp2-window.h"
#include "pages/dpp2-page-registry.h"

struct _Dpp2Window
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  GtkStack             *main_stack;
  GtkStack             *page_stack;
  GtkWidget            *undo_button;
  GtkRevealer          *read_only_revealer;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  GMenuModel           *primary_menu;
  GtkMenuButton        *welcome_menu_button;
  GtkMenuButton        *document_menu_button;
  GtkWidget            *welcome_page;
  GtkWidget            *redo_button;
  GtkListBox           *sidebar_list;
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;

  GSettings            *settings;
  Dpp2Store            *store;
  GBindingGroup        *organisation_bindings;
  gulong                recent_changed_id;
  gboolean              recent_stale;    /* the list changed while the welcome view was away */
  gulong                first_frame_id;
};

G_DEFINE_FINAL_TYPE (Dpp2Window, dpp2_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_actions (Dpp2Window *self);

Dpp2Window *
dpp2_window_new (Dpp2Application *application)
{
  return g_object_new (DPP2_TYPE_WINDOW, "application", application, NULL);
}

/**
 * dpp2_window_get_store:
 *
 * Returns: (transfer none) (nullable): the open document, or %NULL on the welcome view
 */
Dpp2Store *
dpp2_window_get_store (Dpp2Window *self)
{
  g_return_val_if_fail (DPP2_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * dpp2_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the open document
 */
GFile *
dpp2_window_get_file (Dpp2Window *self)
{
  g_return_val_if_fail (DPP2_IS_WINDOW (self), NULL);

  return self->store != NULL ? dpp2_store_get_file (self->store) : NULL;
}

/**
 * dpp2_window_add_toast:
 * @toast: (transfer full): the toast; its title is markup, so escape user text in it
 */
void
dpp2_window_add_toast (Dpp2Window *self,
                       AdwToast   *toast)
{
  g_return_if_fail (DPP2_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * dpp2_window_show_error:
 * @heading: what failed, in a few words
 * @body: what is wrong and what to do
 *
 * Tells the person about a failure in a dialog over the window. Neither text is markup.
 */
void
dpp2_window_show_error (Dpp2Window *self,
                        const char *heading,
                        const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (DPP2_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_add_css_class (dialog, "error-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * dpp2_window_for_widget:
 * @widget: a widget
 *
 * Returns: (transfer none) (nullable): the document window @widget is in, or
 *   the one its dialog is transient for
 */
Dpp2Window *
dpp2_window_for_widget (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root) && !DPP2_IS_WINDOW (root))
    root = (GtkRoot *) gtk_window_get_transient_for (GTK_WINDOW (root));
  return DPP2_IS_WINDOW (root) ? DPP2_WINDOW (root) : NULL;
}

/**
 * dpp2_window_report_error:
 * @widget: a widget in a document window, or a dialog over one
 * @heading: what failed, in a few words
 * @error: (nullable): why
 *
 * Shows @error with dpp2_window_show_error() on the document window that
 * @widget belongs to: its own, or the one its dialog is transient for. With no
 * such window (a widget made on its own, as in a test) it is logged.
 */
void
dpp2_window_report_error (GtkWidget    *widget,
                          const char   *heading,
                          const GError *error)
{
  Dpp2Window *window;
  const char *message = error != NULL ? error->message : "";

  g_return_if_fail (GTK_IS_WIDGET (widget));

  window = dpp2_window_for_widget (widget);
  if (window != NULL)
    dpp2_window_show_error (window, heading, message);
  else
    g_warning ("%s: %s", heading, message);
}

/**
 * dpp2_window_offer_undo:
 * @widget: a widget in a document window, or a dialog over one
 * @title_markup: what was done; markup, as toast titles always are, so user text in it
 *   must be escaped (g_markup_printf_escaped())
 *
 * Says what a change did in a toast with an Undo button, on the document
 * window @widget belongs to (none without one).
 */
void
dpp2_window_offer_undo (GtkWidget  *widget,
                        const char *title_markup)
{
  Dpp2Window *window;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  window = dpp2_window_for_widget (widget);
  if (window == NULL)
    {
      g_debug ("%s", title_markup);
      return;
    }
  toast = adw_toast_new (title_markup);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  dpp2_window_add_toast (window, toast);
}

/* Sidebar and pages */

static const Dpp2PageInfo *
page_info_at (guint index)
{
  guint n_pages;
  const Dpp2PageInfo *pages = dpp2_page_registry_get (&n_pages);

  return index < n_pages ? &pages[index] : NULL;
}

static GtkWidget *
create_sidebar_row (const Dpp2PageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  -1);
  return row;
}

/**
 * dpp2_window_get_page_id:
 *
 * Returns: (nullable): the id of the page shown, or %NULL without a document
 */
const char *
dpp2_window_get_page_id (Dpp2Window *self)
{
  g_return_val_if_fail (DPP2_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return NULL;
  return gtk_stack_get_visible_child_name (self->page_stack);
}

/**
 * dpp2_window_get_page:
 * @page_id: a page id from the registry
 *
 * Returns: (transfer none) (nullable): the page widget, built now if it was not shown yet;
 *   %NULL without a document or for an unknown id
 */
GtkWidget *
dpp2_window_get_page (Dpp2Window *self,
                      const char *page_id)
{
  guint n_pages;
  const Dpp2PageInfo *pages = dpp2_page_registry_get (&n_pages);
  GtkWidget *page;

  g_return_val_if_fail (DPP2_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page_id != NULL, NULL);

  if (self->store == NULL)
    return NULL;
  if ((page = gtk_stack_get_child_by_name (self->page_stack, page_id)) != NULL)
    return page;

  /* Pages are built when first shown, so opening a document costs only the page it opens on. */
  for (guint i = 0; i < n_pages; i++)
    if (g_str_equal (pages[i].id, page_id))
      {
        page = g_object_new (pages[i].get_type (), "store", self->store, NULL);
        gtk_stack_add_titled (self->page_stack, page, pages[i].id, _(pages[i].title));
        return page;
      }

  return NULL;
}

/**
 * dpp2_window_show_page:
 * @page_id: a page id from the registry
 *
 * Shows a page of the document and selects it in the sidebar.
 *
 * Returns: %TRUE when the page exists
 */
gboolean
dpp2_window_show_page (Dpp2Window *self,
                       const char *page_id)
{
  GtkWidget *page;

  g_return_val_if_fail (DPP2_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if ((page = dpp2_window_get_page (self, page_id)) == NULL)
    return FALSE;

  gtk_stack_set_visible_child (self->page_stack, page);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), page_id) == 0)
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  g_settings_set_string (self->settings, "last-page", page_id);
  return TRUE;
}

static void
sidebar_row_activated_cb (Dpp2Window    *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  dpp2_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
back_clicked_cb (Dpp2Window *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  Dpp2Window *self = DPP2_WINDOW (widget);
  const Dpp2PageInfo *info = page_info_at (g_variant_get_uint32 (parameter) - 1);

  if (info != NULL)
    dpp2_window_show_page (self, info->id);
}

static void
remove_pages (Dpp2Window *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack))) != NULL)
    gtk_stack_remove (self->page_stack, child);
}

static void
create_sidebar (Dpp2Window *self)
{
  guint n_pages;
  const Dpp2PageInfo *pages = dpp2_page_registry_get (&n_pages);

  for (guint i = 0; i < n_pages; i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&pages[i]));
}

/* Recent documents on the welcome view */

static void
open_recent_cb (GtkButton  *button,
                Dpp2Window *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  dpp2_application_open_file (DPP2_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), file);
}

static void
forget_recent_cb (GtkButton  *button,
                  Dpp2Window *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  dpp2_application_remove_recent (DPP2_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), file);
}

static void
update_recent (Dpp2Window *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-documents");
  GtkWidget *child;

  self->recent_stale = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *forget = gtk_button_new_from_icon_name ("window-close-symbolic");

      /* File names are user text: never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (recent[i]), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (open_recent_cb), self, 0);

      gtk_widget_set_valign (forget, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (forget, "flat");
      gtk_widget_set_tooltip_text (forget, _("Remove from Recent Documents"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (forget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove from Recent Documents"), -1);
      g_object_set_data_full (G_OBJECT (forget), "uri", g_strdup (recent[i]), g_free);
      g_signal_connect_object (forget, "clicked", G_CALLBACK (forget_recent_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), forget);

      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), recent[0] != NULL);
}

/* The primary menu is made when it first opens: a popover menu builds all its items at
 * once, which cost the first frame of every window a few milliseconds. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  Dpp2Window *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* The list is built when the welcome view shows, not while a document is open: opening one
 * adds it to the list, and ten rows with tooltips would delay the document's first frame. */
static void
recent_changed_cb (Dpp2Window *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self->welcome_page)))
    update_recent (self);
  else
    self->recent_stale = TRUE;
}

static void
welcome_map_cb (Dpp2Window *self)
{
  if (self->recent_stale)
    update_recent (self);
}

/* The document */

static void
update_title (Dpp2Window *self)
{
  g_autofree char *path = NULL;

  if (self->store == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("DPP2 Toolkit"));
      return;
    }

  path = g_file_get_parse_name (dpp2_store_get_file (self->store));
  /* Paths under the home folder read shorter as ~/…, as in the file chooser. */
  if (g_str_has_prefix (path, g_get_home_dir ()) && path[strlen (g_get_home_dir ())] == G_DIR_SEPARATOR)
    {
      g_autofree char *rest = g_strdup (path + strlen (g_get_home_dir ()));
      g_free (path);
      path = g_strconcat ("~", rest, NULL);
    }
  adw_window_title_set_subtitle (self->window_title, path);
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
}

static void
store_notify_cb (Dpp2Window *self)
{
  update_actions (self);
}

/* A change made through a bound widget has nobody to return its error to: tell the person.
 * The store has rolled it back, so the window already shows what is in the file. */
static void
store_write_failed_cb (Dpp2Window   *self,
                       const GError *error)
{
  dpp2_window_show_error (self, _("The Change Could Not Be Saved"), error->message);
}

static void
update_actions (Dpp2Window *self)
{
  gboolean has_store = self->store != NULL;
  gboolean writable = has_store && !dpp2_store_get_read_only (self->store);
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && dpp2_store_get_can_undo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && dpp2_store_get_can_redo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", has_store);

  /* The tooltips say what would be undone: "Undo Delete Card “Intake gesprek”". */
  if (has_store && dpp2_store_get_undo_label (self->store) != NULL)
    /* Translators: %s says what, e.g. Delete Card “Intake gesprek” */
    undo_tooltip = g_strdup_printf (_("Undo %s"), dpp2_store_get_undo_label (self->store));
  if (has_store && dpp2_store_get_redo_label (self->store) != NULL)
    /* Translators: %s says what, e.g. Delete Card “Intake gesprek” */
    redo_tooltip = g_strdup_printf (_("Redo %s"), dpp2_store_get_redo_label (self->store));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip != NULL ? undo_tooltip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip != NULL ? redo_tooltip : _("Redo"));
  /* Hidden, not just folded: a folded revealer still measures its wrapping label. */
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_revealer), has_store && !writable);
  gtk_revealer_set_reveal_child (self->read_only_revealer, has_store && !writable);
}

static void
first_frame_cb (GdkFrameClock *clock,
                Dpp2Window    *self)
{
  /* tools/bench measures process start to the first frame that shows a document. */
  g_print ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  exit (0);
}

static void
watch_first_frame (Dpp2Window *self)
{
  GdkFrameClock *clock;

  if (g_getenv ("DPP2_BENCH_FIRST_FRAME") == NULL || self->first_frame_id != 0)
    return;
  /* A document opened before the window is shown: the frame clock comes with realize. */
  if (!gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      g_signal_connect (self, "realize", G_CALLBACK (watch_first_frame), NULL);
      return;
    }

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock != NULL)
    self->first_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_cb), self);
}

static void
set_store (Dpp2Window *self,
           Dpp2Store  *store)
{
  g_autofree char *last_page = NULL;
  Dpp2Application *app = DPP2_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, store_notify_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, store_write_failed_cb, self);
      remove_pages (self);
      g_binding_group_set_source (self->organisation_bindings, NULL);
      dpp2_store_close (self->store, NULL);
      g_clear_object (&self->store);
    }

  self->store = store != NULL ? g_object_ref (store) : NULL;

  if (self->store != NULL)
    {
      g_signal_connect_swapped (self->store, "notify", G_CALLBACK (store_notify_cb), self);
      g_signal_connect_swapped (self->store, "write-failed", G_CALLBACK (store_write_failed_cb), self);
      g_binding_group_set_source (self->organisation_bindings,
                                  dpp2_store_get_organisation (self->store));
      create_sidebar (self);
      gtk_stack_set_visible_child_name (self->main_stack, "document");

      last_page = g_settings_get_string (self->settings, "last-page");
      if (!dpp2_window_show_page (self, last_page))
        {
          const Dpp2PageInfo *first = page_info_at (0);
          if (first != NULL)
            dpp2_window_show_page (self, first->id);
        }

      if (app != NULL)
        dpp2_application_add_recent (app, dpp2_store_get_file (self->store));
      watch_first_frame (self);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
organisation_name_changed_cb (Dpp2Window *self)
{
  update_title (self);
}

/* Opening, with the choice a locked document needs. */

typedef struct
{
  Dpp2Window *self;
  GFile      *file;
} LockChoice;

static void
lock_choice_free (LockChoice *choice,
                  GClosure   *closure)
{
  g_object_unref (choice->self);
  g_object_unref (choice->file);
  g_free (choice);
}

static void open_with_flags (Dpp2Window *self, GFile *file, Dpp2StoreOpenFlags flags);

static void
lock_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  LockChoice       *choice)
{
  g_autoptr(Dpp2Window) self = g_object_ref (choice->self);
  g_autoptr(GFile) file = g_object_ref (choice->file);

  /* Answer once: closing the dialog after a choice would otherwise respond "cancel" too. */
  g_signal_handlers_disconnect_by_func (dialog, lock_response_cb, choice);

  if (g_strcmp0 (response, "read-only") == 0)
    open_with_flags (self, file, DPP2_STORE_OPEN_READ_ONLY);
  else if (g_strcmp0 (response, "anyway") == 0)
    open_with_flags (self, file, DPP2_STORE_OPEN_IGNORE_LOCK);
}

static void
ask_about_lock (Dpp2Window *self,
                GFile      *file,
                const char *message)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Is in Use"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  LockChoice *choice = g_new0 (LockChoice, 1);

  choice->self = g_object_ref (self);
  choice->file = g_object_ref (file);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "read-only", _("Open _Read-Only"),
                                    "anyway", _("Open _Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "anyway",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (lock_response_cb), choice,
                         (GClosureNotify) lock_choice_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_with_flags (Dpp2Window         *self,
                 GFile              *file,
                 Dpp2StoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Store) store = NULL;

  store = dpp2_store_open (file, flags, NULL, &error);
  dpp2_window_finish_open (self, file, store, error);
}

/**
 * dpp2_window_finish_open:
 * @file: the document
 * @store: (nullable): @file, opened by dpp2_store_open()
 * @error: (nullable): why it could not be opened, when @store is %NULL
 *
 * Shows what opening @file gave, when it was opened elsewhere (a worker
 * thread): the document, or the message or lock question for @error.
 */
void
dpp2_window_finish_open (Dpp2Window   *self,
                         GFile        *file,
                         Dpp2Store    *store,
                         const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_return_if_fail (DPP2_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail ((store == NULL) != (error == NULL));

  if (store != NULL)
    {
      set_store (self, store);
      return;
    }

  if (g_error_matches (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_LOCKED))
    {
      ask_about_lock (self, file, error->message);
      return;
    }
  name = g_file_get_basename (file);
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  dpp2_window_show_error (self, heading, error->message);
}

/**
 * dpp2_window_open_file:
 * @file: an organisation document
 *
 * Opens @file in this window. A failure is shown in a dialog, and the window keeps what it
 * showed before.
 */
void
dpp2_window_open_file (Dpp2Window *self,
                       GFile      *file)
{
  g_return_if_fail (DPP2_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_with_flags (self, file, DPP2_STORE_OPEN_NONE);
}

/* Actions */

static GtkFileFilter *
document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Organisation documents"));
  gtk_file_filter_add_mime_type (filter, "application/x-dpp2");
  gtk_file_filter_add_suffix (filter, "dpp2");
  return filter;
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Dpp2Window      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      Dpp2Application *app = DPP2_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

      if (self->store == NULL)
        dpp2_window_open_file (self, file);
      else
        dpp2_application_open_file (app, file);
    }
  g_object_unref (chooser);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  Dpp2Window *self = DPP2_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Organisation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), document_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GFile *
with_suffix (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL && !g_str_has_suffix (path, ".dpp2"))
    {
      g_autofree char *full = g_strconcat (path, ".dpp2", NULL);
      return g_file_new_for_path (full);
    }
  return g_object_ref (file);
}

static void
new_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 Dpp2Window      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = with_suffix (chosen);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *org_name = g_strndup (basename, strlen (basename) - strlen (".dpp2"));
      g_autoptr(GError) error = NULL;
      g_autoptr(Dpp2Store) store = dpp2_store_create (file, org_name, &error);

      if (store == NULL)
        {
          dpp2_window_show_error (self, _("Could Not Create the Organisation"), error->message);
        }
      else if (self->store == NULL)
        {
          set_store (self, store);
        }
      else
        {
          Dpp2Window *window = dpp2_window_new (DPP2_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
          gtk_window_present (GTK_WINDOW (window));
          set_store (window, store);
        }
    }
  g_object_unref (chooser);
}

static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  Dpp2Window *self = DPP2_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("New Organisation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  /* Translators: the proposed file name of a new organisation document. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("New organisation.dpp2"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), document_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_copy_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       Dpp2Window      *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = with_suffix (chosen);
      g_autoptr(GError) error = NULL;

      if (!dpp2_store_save_copy (self->store, file, &error))
        {
          dpp2_window_show_error (self, _("Could Not Save a Copy"), error->message);
        }
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_markup_printf_escaped (_("Saved a copy as “%s”"), name);
          dpp2_window_add_toast (self, adw_toast_new (title));
        }
    }
  g_object_unref (chooser);
}

static void
save_copy_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  Dpp2Window *self = DPP2_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *basename = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *proposed = NULL;

  if (self->store == NULL)
    return;

  basename = g_file_get_basename (dpp2_store_get_file (self->store));
  stem = g_str_has_suffix (basename, ".dpp2")
       ? g_strndup (basename, strlen (basename) - strlen (".dpp2"))
       : g_strdup (basename);
  /* Translators: the proposed file name of a copy; %s is the document's name. */
  proposed = g_strdup_printf (_("%s (copy).dpp2"), stem);

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), proposed);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), document_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  Dpp2Window *self = DPP2_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "win.redo");

  if (self->store == NULL)
    return;

  if (!(redo ? dpp2_store_redo (self->store, &error) : dpp2_store_undo (self->store, &error)))
    dpp2_window_show_error (self, redo ? _("Could Not Redo") : _("Could Not Undo"), error->message);
}

/* The Keyboard Shortcuts window is built when first asked for, not with every window: it is
 * not at GtkApplication's automatic resource path on purpose. It still becomes the window's
 * help overlay, since only that shows the accelerators of shortcuts given by action name. */
static void
show_shortcuts_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/dpp2/Toolkit/ui/gtk/help-overlay.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
close_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Window state */

static void
save_window_state (Dpp2Window *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
dpp2_window_close_request (GtkWindow *window)
{
  Dpp2Window *self = DPP2_WINDOW (window);

  save_window_state (self);
  /* Closing releases the document's lock now, not whenever the last reference goes. */
  set_store (self, NULL);

  return GTK_WINDOW_CLASS (dpp2_window_parent_class)->close_request (window);
}

static void
dpp2_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  Dpp2Window *self = DPP2_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_window_constructed (GObject *object)
{
  Dpp2Window *self = DPP2_WINDOW (object);

  G_OBJECT_CLASS (dpp2_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
dpp2_window_dispose (GObject *object)
{
  Dpp2Window *self = DPP2_WINDOW (object);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, store_notify_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, store_write_failed_cb, self);
      dpp2_store_close (self->store, NULL);
      g_clear_object (&self->store);
    }
  g_clear_signal_handler (&self->recent_changed_id, self->settings);
  g_clear_object (&self->organisation_bindings);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_WINDOW);

  G_OBJECT_CLASS (dpp2_window_parent_class)->dispose (object);
}

static void
dpp2_window_class_init (Dpp2WindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = dpp2_window_constructed;
  object_class->dispose = dpp2_window_dispose;
  object_class->get_property = dpp2_window_get_property;

  window_class->close_request = dpp2_window_close_request;

  /**
   * Dpp2Window:store:
   *
   * The open document, or %NULL while the welcome view shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DPP2_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/dpp2/Toolkit/ui/dpp2-window.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, leaflet);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, main_stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, page_stack);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, recent_group);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, recent_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, document_menu_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, redo_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, undo_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2Window, window_title);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-page", "u", show_page_action_cb);
}

static void
dpp2_window_init (Dpp2Window *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->recent_changed_id = g_signal_connect_swapped (self->settings, "changed::recent-documents",
                                                      G_CALLBACK (recent_changed_cb), self);
  g_signal_connect_object (self->welcome_page, "map", G_CALLBACK (welcome_map_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (self->welcome_menu_button, create_primary_menu, self, NULL);
  gtk_menu_button_set_create_popup_func (self->document_menu_button, create_primary_menu, self, NULL);

  /* The header shows the organisation's name live, as it is edited on the overview page. */
  self->organisation_bindings = g_binding_group_new ();
  g_binding_group_bind (self->organisation_bindings, "name", self->window_title, "title",
                        G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->window_title, "notify::title",
                           G_CALLBACK (organisation_name_changed_cb), self, G_CONNECT_SWAPPED);

  self->recent_stale = TRUE;
  update_title (self);
  update_actions (self);
}
