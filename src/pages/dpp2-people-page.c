/* dpp2-people-page.c — Learning Practice Teams and people, with search, import and export
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dpp2-people"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dpp2-window.h"
#include "logic/dpp2-csv-export.h"
#include "model/dpp2-model.h"

#include "dpp2-csv-import-dialog.h"
#include "dpp2-people-page.h"
#include "dpp2-person-dialog.h"
#include "dpp2-team-dialog.h"

struct _Dpp2PeoplePage
{
  AdwBin              parent_instance;

  Dpp2Store          *store;
  GListModel         *people;       /* the store's live list, by name */
  GPtrArray          *alive;        /* a reference to each person of people */
  GListModel         *teams;
  GListModel         *members;      /* every team membership */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkFilter          *filter;

  /* Filter state: casefolded words, a department ("" for all), a team's members. */
  char              **words;
  char               *folded_text;  /* what the filter was last told, for strictness hints */
  char               *department;
  GHashTable         *team_people;  /* person id set, or NULL for all teams */
  GArray             *team_ids;     /* team id at each position of the team dropdown - 1 */

  /* person id → team names, for the Teams column; labels bound to a person. */
  GHashTable         *teams_of_person;
  GHashTable         *team_labels;  /* GtkLabel → Dpp2Person */
  guint               refresh_idle;

  GtkButton          *add_button;
  GtkLabel           *count_label;
  GtkDropDown        *department_dropdown;
  GtkColumnView      *people_view;
  GtkSearchBar       *search_bar;
  GtkToggleButton    *search_button;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *team_dropdown;
  GtkListBox         *teams_list;
  GtkStack           *view_stack;
};

G_DEFINE_FINAL_TYPE (Dpp2PeoplePage, dpp2_people_page, DPP2_TYPE_PAGE)

/* Takes TITLE, markup made with g_markup_printf_escaped(). */
static void
add_undo_toast (Dpp2PeoplePage *self,
                char           *title)
{
  g_autofree char *owned = title;

  dpp2_window_offer_undo (GTK_WIDGET (self), owned);
}

static GtkWindow *
get_window (Dpp2PeoplePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Filtering */

static gboolean
contains_folded (const char *haystack,
                 const char *word)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, word) != NULL;
}

static gboolean
filter_person (gpointer item,
               gpointer user_data)
{
  Dpp2PeoplePage *self = user_data;
  Dpp2Person *person = item;

  if (self->department != NULL &&
      g_strcmp0 (dpp2_person_get_department (person), self->department) != 0)
    return FALSE;

  if (self->team_people != NULL)
    {
      gint64 id = dpp2_record_get_id (DPP2_RECORD (person));

      if (!g_hash_table_contains (self->team_people, &id))
        return FALSE;
    }

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    {
      const char *word = self->words[i];

      if (!contains_folded (dpp2_person_get_name (person), word) &&
          !contains_folded (dpp2_person_get_email (person), word) &&
          !contains_folded (dpp2_person_get_job_title (person), word))
        return FALSE;
    }

  return TRUE;
}

static void
update_count (Dpp2PeoplePage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->people ? g_list_model_get_n_items (self->people) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u person", "%u people", total), total);
  else
    /* Translators: %u of %u people are shown by the search and filters */
    text = g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", total), shown, total);
  gtk_label_set_text (self->count_label, text);
}

static void
fill_team_people (Dpp2PeoplePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->team_dropdown);
  g_autoptr(GListModel) members = NULL;
  gint64 team_id;
  guint n;

  g_clear_pointer (&self->team_people, g_hash_table_unref);
  if (self->store == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected - 1 >= self->team_ids->len)
    return;

  team_id = g_array_index (self->team_ids, gint64, selected - 1);
  members = dpp2_store_list_members_of_team (self->store, team_id);
  self->team_people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, i);
      gint64 person_id = dpp2_team_member_get_person_id (member);

      g_hash_table_add (self->team_people, g_memdup2 (&person_id, sizeof person_id));
    }
}

/* The filter model re-checks only what can change when told how the filter changed: typing
 * more letters can only hide people, deleting letters can only show more. */
static GtkFilterChange
text_change (const char *before,
             const char *after)
{
  if (before == NULL)
    return GTK_FILTER_CHANGE_DIFFERENT;
  if (g_str_has_prefix (after, before))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (g_str_has_prefix (before, after))
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
apply_filter_full (Dpp2PeoplePage *self,
                   gboolean        data_changed)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (text, -1);
  guint department = gtk_drop_down_get_selected (self->department_dropdown);
  GListModel *departments = gtk_drop_down_get_model (self->department_dropdown);
  g_autofree char *old_department = g_steal_pointer (&self->department);
  g_autoptr(GHashTable) old_team_people = g_steal_pointer (&self->team_people);
  GtkFilterChange change;
  guint j = 0;

  g_strfreev (self->words);
  self->words = g_strsplit_set (folded, " \t", -1);
  /* Drop the empty strings of leading, trailing and repeated spaces. */
  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (*self->words[i] == '\0')
        g_free (self->words[i]);
      else
        self->words[j++] = self->words[i];
    }
  self->words[j] = NULL;

  if (department != 0 && department != GTK_INVALID_LIST_POSITION && departments != NULL &&
      department < g_list_model_get_n_items (departments))
    self->department = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (departments),
                                                             department));
  fill_team_people (self);

  if (data_changed || g_strcmp0 (old_department, self->department) != 0 ||
      old_team_people != NULL || self->team_people != NULL)
    change = GTK_FILTER_CHANGE_DIFFERENT;
  else
    change = text_change (self->folded_text, folded);

  if (change != GTK_FILTER_CHANGE_DIFFERENT && g_strcmp0 (self->folded_text, folded) == 0)
    {
      update_count (self);
      return;
    }

  g_free (self->folded_text);
  self->folded_text = g_steal_pointer (&folded);
  gtk_filter_changed (self->filter, change);
  update_count (self);
}

static void
apply_filter (Dpp2PeoplePage *self)
{
  apply_filter_full (self, FALSE);
}

static void
filter_changed_cb (Dpp2PeoplePage *self)
{
  apply_filter (self);
}

/* The department and team dropdowns and the Teams column follow the document, in an idle
 * so that an import of thousands of people rebuilds them once. */

static void
refresh_team_label (GtkLabel       *label,
                    Dpp2Person     *person,
                    Dpp2PeoplePage *self)
{
  gint64 id = dpp2_record_get_id (DPP2_RECORD (person));
  GString *names = self->teams_of_person ? g_hash_table_lookup (self->teams_of_person, &id) : NULL;

  gtk_label_set_text (label, names ? names->str : "");
}

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
rebuild_team_index (Dpp2PeoplePage *self)
{
  g_autoptr(GHashTable) team_names = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, NULL);
  guint n_teams = g_list_model_get_n_items (self->teams);
  guint n_members = g_list_model_get_n_items (self->members);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer label, person;

  g_clear_pointer (&self->teams_of_person, g_hash_table_unref);
  self->teams_of_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 free_string);

  for (guint i = 0; i < n_teams; i++)
    {
      Dpp2Team *team = g_list_model_get_item (self->teams, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (team));

      g_ptr_array_add (keep, team);
      g_hash_table_insert (team_names, g_memdup2 (&id, sizeof id),
                           (gpointer) dpp2_team_get_name (team));
    }

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (self->members, i);
      gint64 team_id = dpp2_team_member_get_team_id (member);
      gint64 person_id = dpp2_team_member_get_person_id (member);
      const char *name = g_hash_table_lookup (team_names, &team_id);
      GString *names;

      if (name == NULL)
        continue;
      names = g_hash_table_lookup (self->teams_of_person, &person_id);
      if (names == NULL)
        {
          names = g_string_new (NULL);
          g_hash_table_insert (self->teams_of_person, g_memdup2 (&person_id, sizeof person_id),
                               names);
        }
      else
        g_string_append (names, ", ");
      g_string_append (names, name);
    }

  g_hash_table_iter_init (&iter, self->team_labels);
  while (g_hash_table_iter_next (&iter, &label, &person))
    refresh_team_label (label, person, self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
text_only_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* The filter dropdowns show their choice ellipsized, so that a long department name does not
 * make the window wider than a phone-sized 400 pixels; the popover shows names in full. */
static void
setup_choice_dropdown (GtkDropDown *dropdown)
{
  GtkListItemFactory *button = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (choice_bind_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (text_only_setup_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (choice_bind_cb), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
  g_object_unref (button);
  g_object_unref (list);
}

static void
rebuild_departments (Dpp2PeoplePage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *current = g_strdup (self->department);
  guint n = g_list_model_get_n_items (self->people);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Person) person = g_list_model_get_item (self->people, i);
      const char *department = dpp2_person_get_department (person);

      if (department == NULL || *department == '\0' || g_hash_table_contains (seen, department))
        continue;
      g_ptr_array_add (names, g_strdup (department));
      g_hash_table_add (seen, g_ptr_array_index (names, names->len - 1));
    }
  g_ptr_array_sort (names, compare_strings);

  gtk_string_list_append (list, _("All Departments"));
  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (g_strcmp0 (current, g_ptr_array_index (names, i)) == 0)
        selected = i + 1;
    }

  g_signal_handlers_block_by_func (self->department_dropdown, filter_changed_cb, self);
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->department_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->department_dropdown, filter_changed_cb, self);
}

static void
rebuild_team_filter (Dpp2PeoplePage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint old = gtk_drop_down_get_selected (self->team_dropdown);
  gint64 current = 0;
  guint selected = 0;
  guint n = g_list_model_get_n_items (self->teams);

  if (old != GTK_INVALID_LIST_POSITION && old > 0 && old - 1 < self->team_ids->len)
    current = g_array_index (self->team_ids, gint64, old - 1);

  g_array_set_size (self->team_ids, 0);
  gtk_string_list_append (list, _("All Teams"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (self->teams, i);
      gint64 id = dpp2_record_get_id (DPP2_RECORD (team));

      gtk_string_list_append (list, dpp2_team_get_name (team));
      g_array_append_val (self->team_ids, id);
      if (id == current)
        selected = i + 1;
    }

  g_signal_handlers_block_by_func (self->team_dropdown, filter_changed_cb, self);
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->team_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->team_dropdown, filter_changed_cb, self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  Dpp2PeoplePage *self = data;

  self->refresh_idle = 0;
  rebuild_departments (self);
  rebuild_team_filter (self);
  rebuild_team_index (self);
  apply_filter_full (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (Dpp2PeoplePage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* The store makes a person's object when it is asked for and drops it with the last
 * reference; the filter asks for all of them on every keystroke, so keep them. */
static void
keep_people_cb (GListModel     *people,
                guint           position,
                guint           removed,
                guint           added,
                Dpp2PeoplePage *self)
{
  if (removed > 0)
    g_ptr_array_remove_range (self->alive, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->alive, position + i, g_list_model_get_item (people, position + i));
}

static void
document_changed_cb (Dpp2PeoplePage *self)
{
  queue_refresh (self);
  update_count (self);
}

/* The people list */

/* Cells are plain labels (no markup) that follow their person's property. A signal factory,
 * because a GtkBuilderListItemFactory parses XML for every new row, which a filter that
 * replaces all rows pays forty times per keystroke. */
/* Wide enough to read a name even in a narrow window: the list scrolls sideways instead. */
static int
width_chars_of (const char *property)
{
  if (g_str_equal (property, "name") || g_str_equal (property, "email"))
    return 20;
  return 12;
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (label), width_chars_of (property));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_list_item_set_child (item, label);
}

static void
person_notify_cb (Dpp2Person *person,
                  GParamSpec *pspec,
                  GtkLabel   *label)
{
  g_autofree char *value = NULL;

  g_object_get (person, pspec->name, &value, NULL);
  gtk_label_set_text (label, value ? value : "");
}

/* A plain handler rather than a GBinding: with 200 rows of six cells rebuilt on every
 * keystroke, each object less per cell counts. */
static void
text_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const char               *property)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  Dpp2Person *person = gtk_list_item_get_item (item);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *value = NULL;
  gulong handler;

  g_object_get (person, property, &value, NULL);
  gtk_label_set_text (GTK_LABEL (label), value ? value : "");
  handler = g_signal_connect (person, signal, G_CALLBACK (person_notify_cb), label);
  g_object_set_data (G_OBJECT (label), "handler", GSIZE_TO_POINTER (handler));
}

static void
text_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "handler"));
  gpointer person = gtk_list_item_get_item (item);

  if (handler != 0 && person != NULL)
    g_signal_handler_disconnect (person, handler);
  g_object_set_data (G_OBJECT (label), "handler", NULL);
}

static GtkListItemFactory *
text_factory (const char *property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (text_setup_cb), (gpointer) property);
  g_signal_connect (factory, "bind", G_CALLBACK (text_bind_cb), (gpointer) property);
  g_signal_connect (factory, "unbind", G_CALLBACK (text_unbind_cb), NULL);
  return factory;
}

static void
teams_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Dpp2PeoplePage           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
teams_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Dpp2PeoplePage           *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  Dpp2Person *person = gtk_list_item_get_item (item);

  g_hash_table_insert (self->team_labels, label, g_object_ref (person));
  refresh_team_label (GTK_LABEL (label), person, self);
}

static void
teams_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 Dpp2PeoplePage           *self)
{
  g_hash_table_remove (self->team_labels, gtk_list_item_get_child (item));
}

static void
add_column (Dpp2PeoplePage     *self,
            const char         *title,
            const char         *property,
            GtkListItemFactory *factory,
            gboolean            expand)
{
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  if (property != NULL)
    {
      GtkExpression *expression = gtk_property_expression_new (DPP2_TYPE_PERSON, NULL, property);
      GtkStringSorter *sorter = gtk_string_sorter_new (expression);

      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->people_view, column);
}

static void
setup_columns (Dpp2PeoplePage *self)
{
  GtkListItemFactory *teams;

  add_column (self, _("Name"), "name", text_factory ("name"), TRUE);
  add_column (self, _("Email"), "email", text_factory ("email"), TRUE);
  add_column (self, _("Job title"), "job-title", text_factory ("job-title"), FALSE);
  add_column (self, _("Department"), "department", text_factory ("department"), FALSE);
  add_column (self, _("Workplace"), "workplace", text_factory ("workplace"), FALSE);

  teams = gtk_signal_list_item_factory_new ();
  g_signal_connect (teams, "setup", G_CALLBACK (teams_setup_cb), self);
  g_signal_connect (teams, "bind", G_CALLBACK (teams_bind_cb), self);
  g_signal_connect (teams, "unbind", G_CALLBACK (teams_unbind_cb), self);
  add_column (self, _("Teams"), NULL, teams, FALSE);
}

static Dpp2Person *
dup_selected_person (Dpp2PeoplePage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item ? g_object_ref (item) : NULL;
}

static void
person_activated_cb (Dpp2PeoplePage *self,
                     guint           position)
{
  g_autoptr(Dpp2Person) person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (person != NULL && self->store != NULL && !dpp2_store_get_read_only (self->store))
    gtk_window_present (GTK_WINDOW (dpp2_person_dialog_new (get_window (self), self->store,
                                                             person)));
}

/* Deleting a person; one who leads a team gets a successor in the same undo step. */

typedef struct
{
  Dpp2PeoplePage *page;
  Dpp2Person     *person;
  GPtrArray      *teams;      /* Dpp2Team the person leads */
  GPtrArray      *dropdowns;  /* GtkDropDown per team */
  GPtrArray      *choices;    /* GArray of gint64 person ids per team, 0 first for "none" */
} DeletePerson;

static void
delete_person_free (DeletePerson *data)
{
  g_object_unref (data->page);
  g_object_unref (data->person);
  g_ptr_array_unref (data->teams);
  g_ptr_array_unref (data->dropdowns);
  g_ptr_array_unref (data->choices);
  g_free (data);
}

static void
delete_person_now (DeletePerson *data)
{
  Dpp2PeoplePage *self = data->page;
  g_autofree char *name = g_strdup (dpp2_person_get_name (data->person));
  g_autofree char *label = g_strdup_printf (_("Delete Person “%s”"), name);
  g_autoptr(GError) error = NULL;

  if (!dpp2_store_begin_change (self->store, label, &error))
    goto failed;

  for (guint i = 0; i < data->teams->len; i++)
    {
      GArray *ids = g_ptr_array_index (data->choices, i);
      guint selected = gtk_drop_down_get_selected (g_ptr_array_index (data->dropdowns, i));
      gint64 leader = selected < ids->len ? g_array_index (ids, gint64, selected) : 0;

      if (!dpp2_store_update (self->store, g_ptr_array_index (data->teams, i), &error,
                              "leader-id", leader, NULL))
        {
          dpp2_store_rollback_change (self->store);
          goto failed;
        }
    }

  if (!dpp2_store_delete (self->store, data->person, &error))
    {
      dpp2_store_rollback_change (self->store);
      goto failed;
    }
  if (!dpp2_store_commit_change (self->store, &error))
    goto failed;

  add_undo_toast (self, g_markup_printf_escaped (_("Deleted “%s”"), name));
  return;

failed:
  dpp2_window_report_error (GTK_WIDGET (self), _("Could not delete the person"), error);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DeletePerson     *data)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_person_now (data);
  delete_person_free (data);
}

static GtkWidget *
successor_dropdown (DeletePerson *data,
                    Dpp2Team     *team)
{
  Dpp2PeoplePage *self = data->page;
  g_autoptr(GListModel) members =
    dpp2_store_list_members_of_team (self->store, dpp2_record_get_id (DPP2_RECORD (team)));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 none = 0, leaving = dpp2_record_get_id (DPP2_RECORD (data->person));
  guint n = g_list_model_get_n_items (members);
  GtkWidget *dropdown;
  GtkWidget *row;

  gtk_string_list_append (names, _("No team leader"));
  g_array_append_val (ids, none);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2TeamMember) member = g_list_model_get_item (members, i);
      gint64 id = dpp2_team_member_get_person_id (member);
      g_autoptr(Dpp2Person) person = NULL;

      if (id == leaving)
        continue;
      person = dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON, id);
      if (person == NULL)
        continue;
      gtk_string_list_append (names, dpp2_person_get_name (person));
      g_array_append_val (ids, id);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  /* The first member is the likely successor. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), ids->len > 1 ? 1 : 0);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New team leader"), -1);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dpp2_team_get_name (team));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("New team leader"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  g_ptr_array_add (data->dropdowns, dropdown);
  g_ptr_array_add (data->choices, ids);
  return row;
}

static void
delete_person (Dpp2PeoplePage *self,
               Dpp2Person     *person)
{
  DeletePerson *data = g_new0 (DeletePerson, 1);
  gint64 id = dpp2_record_get_id (DPP2_RECORD (person));
  guint n = g_list_model_get_n_items (self->teams);
  AdwMessageDialog *dialog;
  GtkWidget *list;

  data->page = g_object_ref (self);
  data->person = g_object_ref (person);
  data->teams = g_ptr_array_new_with_free_func (g_object_unref);
  data->dropdowns = g_ptr_array_new ();
  data->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Team) team = g_list_model_get_item (self->teams, i);

      if (dpp2_team_get_leader_id (team) == id)
        g_ptr_array_add (data->teams, g_steal_pointer (&team));
    }

  if (data->teams->len == 0)
    {
      delete_person_now (data);
      delete_person_free (data);
      return;
    }

  /* The heading and body are plain text, so the name needs no escaping. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"), dpp2_person_get_name (person));
  adw_message_dialog_format_body (dialog,
                                  ngettext ("%s leads a Learning Practice Team. Choose its new "
                                            "team leader.",
                                            "%s leads Learning Practice Teams. Choose their new "
                                            "team leaders.", data->teams->len),
                                  dpp2_person_get_name (person));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < data->teams->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         successor_dropdown (data, g_ptr_array_index (data->teams, i)));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Teams */

static void
delete_team (Dpp2PeoplePage *self,
             Dpp2Team       *team)
{
  g_autofree char *name = g_strdup (dpp2_team_get_name (team));
  g_autoptr(GError) error = NULL;

  if (!dpp2_store_delete (self->store, team, &error))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not delete the team"), error);
  else
    add_undo_toast (self, g_markup_printf_escaped (_("Deleted “%s”"), name));
}

static guint
position_of_person (GListModel *people,
                    gint64      id)
{
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Record) person = g_list_model_get_item (people, i);

      if (dpp2_record_get_id (person) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
person_dropdown (Dpp2PeoplePage *self,
                 const char     *accessible_label)
{
  GtkExpression *expression = gtk_property_expression_new (DPP2_TYPE_PERSON, NULL, "name");
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (self->people), expression);

  /* Two thousand people need a search, and the popover's list view recycles rows. */
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return dropdown;
}

static void
sync_leader (GtkDropDown *dropdown)
{
  Dpp2Team *team = g_object_get_data (G_OBJECT (dropdown), "team");
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (dropdown), "page");
  guint position = position_of_person (self->people, dpp2_team_get_leader_id (team));

  g_object_set_data (G_OBJECT (dropdown), "syncing", GINT_TO_POINTER (TRUE));
  gtk_drop_down_set_selected (dropdown, position);
  g_object_set_data (G_OBJECT (dropdown), "syncing", NULL);
}

static gboolean
popover_is_open (GtkWidget *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

/* Only a choice in the open popover changes the leader: the selection also moves when
 * people are added or removed, and that must not write to the document. */
static void
leader_changed_cb (GtkDropDown *dropdown)
{
  Dpp2Team *team = g_object_get_data (G_OBJECT (dropdown), "team");
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (dropdown), "page");
  Dpp2Person *person = gtk_drop_down_get_selected_item (dropdown);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_object_get_data (G_OBJECT (dropdown), "syncing") || person == NULL ||
      !popover_is_open (GTK_WIDGET (dropdown)))
    return;
  id = dpp2_record_get_id (DPP2_RECORD (person));
  if (id == dpp2_team_get_leader_id (team))
    return;
  if (!dpp2_store_update (self->store, team, &error, "leader-id", id, NULL))
    {
      dpp2_window_report_error (GTK_WIDGET (self), _("Could not change the team leader"), error);
      sync_leader (dropdown);
    }
}

static void
role_commit_cb (GtkEntry       *entry,
                Dpp2TeamMember *member)
{
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (entry), "page");
  const char *role = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;

  if (dpp2_record_is_deleted (DPP2_RECORD (member)) ||
      g_strcmp0 (role, dpp2_team_member_get_role (member)) == 0)
    return;
  if (!dpp2_store_update (self->store, member, &error, "role", role, NULL))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not change the role"), error);
}

static void
role_leave_cb (GtkEventControllerFocus *focus,
               Dpp2TeamMember          *member)
{
  role_commit_cb (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))),
                  member);
}

static void
remove_member_cb (GtkButton      *button,
                  Dpp2TeamMember *member)
{
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (button), "page");
  const char *name = g_object_get_data (G_OBJECT (button), "name");
  g_autofree char *copy = g_strdup (name);
  g_autoptr(GError) error = NULL;

  if (!dpp2_store_delete (self->store, member, &error))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not remove the member"), error);
  else
    add_undo_toast (self, g_markup_printf_escaped (_("Removed “%s” from the team"), copy));
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  Dpp2PeoplePage *self = user_data;
  Dpp2TeamMember *member = item;
  g_autoptr(Dpp2Person) person = dpp2_store_dup_record (self->store, DPP2_TYPE_PERSON,
                                                        dpp2_team_member_get_person_id (member));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *role = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *remove_label = NULL;

  /* The store drops a record's object with its last reference: the row keeps its member
   * and person alive, or the handlers and bindings below would go with them. */
  g_object_set_data_full (G_OBJECT (row), "member", g_object_ref (member), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (person != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
      g_object_bind_property (person, "name", row, "title", G_BINDING_SYNC_CREATE);
    }

  gtk_editable_set_text (GTK_EDITABLE (role), dpp2_team_member_get_role (member));
  gtk_entry_set_placeholder_text (GTK_ENTRY (role), _("Role"));
  gtk_editable_set_width_chars (GTK_EDITABLE (role), 10);
  gtk_widget_set_valign (role, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (role),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role in the team"), -1);
  g_object_set_data (G_OBJECT (role), "page", self);
  g_signal_connect_object (role, "activate", G_CALLBACK (role_commit_cb), member, 0);
  {
    /* Leaving the field keeps what was typed, as Enter does. */
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_object (focus, "leave", G_CALLBACK (role_leave_cb), member, 0);
    gtk_widget_add_controller (role, focus);
  }
  gtk_widget_set_sensitive (role, !dpp2_store_get_read_only (self->store));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from Team"));
  remove_label = g_strdup_printf (_("Remove %s from the team"),
                                  person ? dpp2_person_get_name (person) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "page", self);
  g_object_set_data_full (G_OBJECT (remove), "name",
                          g_strdup (person ? dpp2_person_get_name (person) : ""), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_member_cb), member, 0);
  gtk_widget_set_sensitive (remove, !dpp2_store_get_read_only (self->store));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), role);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
create_case_row (gpointer item,
                 gpointer user_data)
{
  Dpp2LearningCase *lcase = item;
  GtkWidget *row = adw_action_row_new ();

  g_object_set_data_full (G_OBJECT (row), "case", g_object_ref (lcase), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (lcase, "title", row, "title", G_BINDING_SYNC_CREATE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               dpp2_enum_get_label (DPP2_TYPE_CASE_STATUS,
                                                    dpp2_learning_case_get_status (lcase)));
  return row;
}

static GtkWidget *
nested_list (GListModel                 *model,
             GtkListBoxCreateWidgetFunc  create,
             gpointer                    user_data,
             const char                 *placeholder,
             const char                 *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *empty = gtk_label_new (placeholder);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create, user_data, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), list);
  return row;
}

static GtkWidget *
section_label (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

static void
add_member_cb (GtkButton   *button,
               GtkDropDown *dropdown)
{
  Dpp2Team *team = g_object_get_data (G_OBJECT (dropdown), "team");
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (dropdown), "page");
  Dpp2Person *person = gtk_drop_down_get_selected_item (dropdown);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(Dpp2TeamMember) member = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person_id;
  guint n;

  if (person == NULL)
    return;
  person_id = dpp2_record_get_id (DPP2_RECORD (person));
  members = dpp2_store_list_members_of_team (self->store, dpp2_record_get_id (DPP2_RECORD (team)));
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2TeamMember) other = g_list_model_get_item (members, i);

      if (dpp2_team_member_get_person_id (other) == person_id)
        return;  /* already a member */
    }

  member = g_object_new (DPP2_TYPE_TEAM_MEMBER,
                         "team-id", dpp2_record_get_id (DPP2_RECORD (team)),
                         "person-id", person_id,
                         NULL);
  if (!dpp2_store_insert (self->store, member, &error))
    dpp2_window_report_error (GTK_WIDGET (self), _("Could not add the member"), error);
}

static void
edit_team_cb (GtkButton *button,
              Dpp2Team  *team)
{
  Dpp2PeoplePage *self = g_object_get_data (G_OBJECT (button), "page");

  gtk_window_present (GTK_WINDOW (dpp2_team_dialog_new (get_window (self), self->store, team)));
}

static void
delete_team_cb (GtkButton *button,
                Dpp2Team  *team)
{
  delete_team (g_object_get_data (G_OBJECT (button), "page"), team);
}

static GtkWidget *
team_button (Dpp2PeoplePage *self,
             Dpp2Team       *team,
             const char     *label,
             GCallback       callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "page", self);
  g_signal_connect_object (button, "clicked", callback, team, 0);
  gtk_widget_set_sensitive (button, !dpp2_store_get_read_only (self->store));
  return button;
}

static void
populate_team_row (Dpp2PeoplePage *self,
                   Dpp2Team       *team,
                   GtkWidget      *expander)
{
  gint64 team_id = dpp2_record_get_id (DPP2_RECORD (team));
  g_autoptr(GListModel) members = dpp2_store_list_members_of_team (self->store, team_id);
  g_autoptr(GListModel) cases = dpp2_store_list (self->store, DPP2_TYPE_LEARNING_CASE, "position",
                                                 "team-id", team_id, NULL, 0);
  GtkWidget *leader_row = adw_action_row_new ();
  GtkWidget *leader = person_dropdown (self, _("Team leader"));
  GtkWidget *add_row = adw_action_row_new ();
  GtkWidget *add_dropdown = person_dropdown (self, _("Person to add"));
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add"));
  GtkWidget *buttons_row = gtk_list_box_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *delete_button;
  gboolean editable = !dpp2_store_get_read_only (self->store);

  /* Team leader */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (leader_row), _("Team leader"));
  g_object_set_data_full (G_OBJECT (leader), "team", g_object_ref (team), g_object_unref);
  g_object_set_data (G_OBJECT (leader), "page", self);
  sync_leader (GTK_DROP_DOWN (leader));
  g_signal_connect (leader, "notify::selected", G_CALLBACK (leader_changed_cb), NULL);
  g_signal_connect_object (team, "notify::leader-id", G_CALLBACK (sync_leader), leader,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (sync_leader), leader,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_set_sensitive (leader, editable);
  adw_action_row_add_suffix (ADW_ACTION_ROW (leader_row), leader);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), leader_row);

  /* Members */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), section_label (_("Members")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            nested_list (members, create_member_row, self,
                                         _("No members yet"), _("Members")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add member"));
  g_object_set_data_full (G_OBJECT (add_dropdown), "team", g_object_ref (team), g_object_unref);
  g_object_set_data (G_OBJECT (add_dropdown), "page", self);
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add member"), -1);
  g_signal_connect (add_button, "clicked", G_CALLBACK (add_member_cb), add_dropdown);
  gtk_widget_set_sensitive (add_dropdown, editable);
  gtk_widget_set_sensitive (add_button, editable);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add_dropdown);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), add_row);

  /* Learning cases */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), section_label (_("Learning cases")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            nested_list (cases, create_case_row, self,
                                         _("No learning cases for this team"),
                                         _("Learning cases")));

  /* Edit and delete */
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), team_button (self, team, _("_Edit Team…"),
                                                  G_CALLBACK (edit_team_cb)));
  delete_button = team_button (self, team, _("_Delete Team"), G_CALLBACK (delete_team_cb));
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_box_append (GTK_BOX (buttons), delete_button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (buttons_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (buttons_row), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), buttons_row);
}

/* A team's rows are made when it is first expanded: sixty teams with two thousand members
 * would otherwise build thousands of widgets that nobody looks at. */
static void
team_expanded_cb (GtkWidget      *expander,
                  GParamSpec     *pspec,
                  Dpp2PeoplePage *self)
{
  Dpp2Team *team = g_object_get_data (G_OBJECT (expander), "team");

  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)) ||
      g_object_get_data (G_OBJECT (expander), "populated") != NULL)
    return;
  g_object_set_data (G_OBJECT (expander), "populated", GINT_TO_POINTER (TRUE));
  populate_team_row (self, team, expander);
}

static GtkWidget *
create_team_row (gpointer item,
                 gpointer user_data)
{
  Dpp2PeoplePage *self = user_data;
  Dpp2Team *team = item;
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_bind_property (team, "name", expander, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (team, "purpose", expander, "subtitle", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (expander), "team", g_object_ref (team), g_object_unref);
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (team_expanded_cb), self, 0);
  return expander;
}


/* Actions */

static void
view_changed_cb (Dpp2PeoplePage *self)
{
  gboolean teams = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "teams") == 0;

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button),
                               teams ? _("Add Learning Practice Team") : _("Add Person"));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (widget);

  if (self->store == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "teams") == 0)
    gtk_window_present (GTK_WINDOW (dpp2_team_dialog_new (get_window (self), self->store, NULL)));
  else
    gtk_window_present (GTK_WINDOW (dpp2_person_dialog_new (get_window (self), self->store, NULL)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (widget);
  g_autoptr(Dpp2Person) person = dup_selected_person (self);

  if (person != NULL)
    gtk_window_present (GTK_WINDOW (dpp2_person_dialog_new (get_window (self), self->store,
                                                             person)));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (widget);
  g_autoptr(Dpp2Person) person = NULL;

  if (self->store == NULL || dpp2_store_get_read_only (self->store))
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "people") != 0)
    return;
  person = dup_selected_person (self);
  if (person != NULL)
    delete_person (self, person);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "people");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Dpp2PeoplePage  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && self->store != NULL)
    gtk_window_present (GTK_WINDOW (dpp2_csv_import_dialog_new (get_window (self), self->store,
                                                                file)));
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import People"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef GBytes *(*ExportFunc) (Dpp2Store *store);

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Dpp2PeoplePage  *self)
{
  ExportFunc export = g_object_get_data (G_OBJECT (chooser), "export");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && self->store != NULL)
    {
      bytes = export (self->store);
      if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                    &error))
        dpp2_window_report_error (GTK_WIDGET (self), _("Could not export"), error);
      else
        {
          Dpp2Window *window = dpp2_window_for_widget (GTK_WIDGET (self));
          g_autofree char *basename = g_file_get_basename (file);
          g_autofree char *title = g_markup_printf_escaped (_("Exported to “%s”"), basename);

          if (window != NULL)
            dpp2_window_add_toast (window, adw_toast_new (title));
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_to_file (Dpp2PeoplePage *self,
                const char     *title,
                const char     *name,
                ExportFunc      export)
{
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = gtk_file_chooser_native_new (title, get_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "export", export);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_people_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* Translators: the suggested file name of an export */
  export_to_file (DPP2_PEOPLE_PAGE (widget), _("Export People"), _("people.csv"),
                  dpp2_csv_export_people);
}

static void
export_goals_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  /* Translators: the suggested file name of an export */
  export_to_file (DPP2_PEOPLE_PAGE (widget), _("Export Goals and Learning Cases"),
                  _("goals-and-learning-cases.csv"), dpp2_csv_export_goals);
}

/* Setting up */

static void
update_actions (Dpp2PeoplePage *self)
{
  gboolean editable = self->store != NULL && !dpp2_store_get_read_only (self->store);
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.import", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.edit", editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.delete", editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.export", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.export-goals", self->store != NULL);
}

static void
set_store (Dpp2Page  *page,
           Dpp2Store *store)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (page);
  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  self->people = dpp2_store_list_people (store);
  self->teams = dpp2_store_list_teams (store);
  self->members = dpp2_store_list (store, DPP2_TYPE_TEAM_MEMBER, NULL, NULL, 0, NULL, 0);

  keep_people_cb (self->people, 0, 0, g_list_model_get_n_items (self->people), self);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (keep_people_cb), self, 0);
  gtk_filter_list_model_set_model (self->filtered, self->people);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->teams, "items-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->members, "items-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->teams_list, self->teams, create_team_row, self, NULL);
  {
    GtkWidget *empty = adw_status_page_new ();

    adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
    adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Learning Practice Teams"));
    adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                     _("Add a team with the + button, or import people with a "
                                       "team column."));
    gtk_list_box_set_placeholder (self->teams_list, empty);
  }

  rebuild_departments (self);
  rebuild_team_filter (self);
  rebuild_team_index (self);
  apply_filter (self);
  update_actions (self);
}

static void
selection_changed_cb (Dpp2PeoplePage *self)
{
  update_actions (self);
}

static void
dpp2_people_page_dispose (GObject *object)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->teams_list != NULL)
    gtk_list_box_bind_model (self->teams_list, NULL, NULL, NULL, NULL);
  if (self->people_view != NULL)
    gtk_column_view_set_model (self->people_view, NULL);
  g_clear_pointer (&self->team_labels, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DPP2_TYPE_PEOPLE_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->people);
  g_clear_pointer (&self->alive, g_ptr_array_unref);
  g_clear_object (&self->teams);
  g_clear_object (&self->members);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dpp2_people_page_parent_class)->dispose (object);
}

static void
dpp2_people_page_finalize (GObject *object)
{
  Dpp2PeoplePage *self = DPP2_PEOPLE_PAGE (object);

  g_strfreev (self->words);
  g_free (self->folded_text);
  g_free (self->department);
  g_clear_pointer (&self->team_people, g_hash_table_unref);
  g_clear_pointer (&self->teams_of_person, g_hash_table_unref);
  g_array_unref (self->team_ids);

  G_OBJECT_CLASS (dpp2_people_page_parent_class)->finalize (object);
}

static void
dpp2_people_page_class_init (Dpp2PeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dpp2_people_page_dispose;
  DPP2_PAGE_CLASS (klass)->set_store = set_store;
  object_class->finalize = dpp2_people_page_finalize;


  g_type_ensure (DPP2_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/dpp2/Toolkit/ui/pages/dpp2-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, add_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, people_view);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, search_button);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, teams_list);
  gtk_widget_class_bind_template_child (widget_class, Dpp2PeoplePage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "people.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "people.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "people.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "people.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "people.export", NULL, export_people_action);
  gtk_widget_class_install_action (widget_class, "people.export-goals", NULL,
                                   export_goals_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "people.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "people.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "people.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "people.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "people.add", NULL);
}

static void
dpp2_people_page_init (Dpp2PeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->alive = g_ptr_array_new_with_free_func (g_object_unref);
  self->team_labels = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_person, self, NULL));
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  setup_columns (self);
  setup_choice_dropdown (self->department_dropdown);
  setup_choice_dropdown (self->team_dropdown);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->people_view));
  gtk_column_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->selection));

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  update_count (self);
  update_actions (self);
}

/**
 * dpp2_people_page_get_shown_people:
 * @self: a page
 *
 * Returns: (transfer none): the people in the list, after search, filters and sorting
 */
GListModel *
dpp2_people_page_get_shown_people (Dpp2PeoplePage *self)
{
  g_return_val_if_fail (DPP2_IS_PEOPLE_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/**
 * dpp2_people_page_set_search_text:
 * @self: a page
 * @text: words to search for
 *
 * Types @text into the search entry and filters at once, without the entry's delay.
 */
void
dpp2_people_page_set_search_text (Dpp2PeoplePage *self,
                                  const char     *text)
{
  g_return_if_fail (DPP2_IS_PEOPLE_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  apply_filter (self);
}
