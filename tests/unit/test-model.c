/* test-model.c — entities, identity, live lists and undo of the document layer
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dpp2-test-support.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"

static const char *tricky = "A & B <c> \"d\" 'e' — ĳ Ελληνικά 日本語";

static Dpp2Store *
new_store (const char *name)
{
  g_autofree char *path = dpp2_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Dpp2Store *store = dpp2_store_create (file, "Test", &error);

  g_assert_no_error (error);
  return store;
}

static char *
dump (Dpp2Store *store)
{
  return dpp2_store_dump_db (dpp2_store_get_db (store));
}

static void
assert_dump (Dpp2Store  *store,
             const char *expected)
{
  g_autofree char *actual = dump (store);

  g_assert_cmpstr (actual, ==, expected);
}

static void
undo (Dpp2Store *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dpp2_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
redo (Dpp2Store *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dpp2_store_redo (store, &error));
  g_assert_no_error (error);
}

/* A row of every table the entity can point to, so references are valid. */
static GHashTable *
make_targets (Dpp2Store *store)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  GType types[] = { DPP2_TYPE_PERSON, DPP2_TYPE_TEAM, DPP2_TYPE_GOAL, DPP2_TYPE_LEARNING_CASE,
                    DPP2_TYPE_SPRINT, DPP2_TYPE_BOARD_COLUMN };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(Dpp2Record) r = g_object_new (types[i], NULL);

      dpp2_store_insert (store, r, &error);
      g_assert_no_error (error);
      g_hash_table_insert (ids, (gpointer) dpp2_record_get_table_name (r),
                           GSIZE_TO_POINTER (dpp2_record_get_id (r)));
    }
  return ids;
}

/* Sets every property of a record to a value unlike its default. */
static void
fill_record (Dpp2Record *record,
             GHashTable *targets,
             guint       variant)
{
  const Dpp2Table *table = DPP2_RECORD_GET_CLASS (record)->table;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const Dpp2Column *c = &table->columns[i];
      g_auto(GValue) v = G_VALUE_INIT;

      switch (c->type)
        {
        case DPP2_COLUMN_TEXT:
          {
            g_autofree char *s = g_strdup_printf ("%s %s %u\nregel 2", tricky, c->property, variant);
            g_value_init (&v, G_TYPE_STRING);
            g_value_set_string (&v, s);
          }
          break;
        case DPP2_COLUMN_INT:
          g_value_init (&v, G_TYPE_INT64);
          g_value_set_int64 (&v, 7 + variant);
          break;
        case DPP2_COLUMN_REF:
          g_value_init (&v, G_TYPE_INT64);
          g_value_set_int64 (&v, GPOINTER_TO_SIZE (g_hash_table_lookup (targets, c->ref_table)));
          g_assert_cmpint (g_value_get_int64 (&v), >, 0);
          break;
        case DPP2_COLUMN_DOUBLE:
          g_value_init (&v, G_TYPE_DOUBLE);
          g_value_set_double (&v, 2.5 + variant);
          break;
        case DPP2_COLUMN_BOOL:
          g_value_init (&v, G_TYPE_BOOLEAN);
          g_value_set_boolean (&v, TRUE);
          break;
        case DPP2_COLUMN_ENUM:
          {
            g_autoptr(GEnumClass) ec = g_type_class_ref (c->get_type ());
            g_value_init (&v, c->get_type ());
            g_value_set_enum (&v, ec->values[ec->n_values - 1].value);
          }
          break;
        case DPP2_COLUMN_FLAGS:
          g_value_init (&v, c->get_type ());
          g_value_set_flags (&v, 3 + variant * 4);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_set_property (G_OBJECT (record), c->property, &v);
    }
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_crud (gconstpointer data)
{
  GType type = g_type_from_name (data);
  g_autofree char *name = g_strdup_printf ("crud-%s.dpp2", (const char *) data);
  g_autoptr(Dpp2Store) store = new_store (name);
  g_autoptr(GHashTable) targets = make_targets (store);
  g_autoptr(Dpp2Record) record = g_object_new (type, NULL);
  g_autoptr(Dpp2Record) other = NULL;
  g_autoptr(Dpp2Record) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *d0 = NULL, *d1 = NULL, *d2 = NULL, *d3 = NULL;
  const Dpp2Table *table = DPP2_RECORD_GET_CLASS (record)->table;
  guint notifies = 0;
  gint64 id;

  d0 = dump (store);
  fill_record (record, targets, 0);
  g_assert_true (dpp2_store_insert (store, record, &error));
  g_assert_no_error (error);
  id = dpp2_record_get_id (record);
  g_assert_cmpint (id, >, 0);
  d1 = dump (store);
  g_assert_cmpstr (d0, !=, d1);

  /* One object per row. */
  again = dpp2_store_dup_record (store, type, id);
  g_assert_true (again == record);

  /* Update every property in one step through the store. */
  g_signal_connect (record, "notify", G_CALLBACK (count_cb), &notifies);
  other = g_object_new (type, NULL);
  fill_record (other, targets, 1);
  g_assert_true (dpp2_store_begin_change (store, "Edit all", &error));
  for (guint i = 0; i < table->n_columns; i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;
      g_object_get_property (G_OBJECT (other), table->columns[i].property, &v);
      g_assert_true (dpp2_store_set_value (store, record, table->columns[i].property, &v, &error));
      g_assert_no_error (error);
    }
  /* Notifications wait for the commit. */
  g_assert_cmpuint (notifies, ==, 0);
  g_assert_true (dpp2_store_commit_change (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notifies, >=, 1);
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Edit all");
  d2 = dump (store);
  g_assert_cmpstr (d1, !=, d2);
  for (guint i = 0; i < table->n_columns; i++)
    g_assert_true (dpp2_value_equal (dpp2_record_peek_value (record, i),
                                     dpp2_record_peek_value (other, i)));

  g_assert_true (dpp2_store_delete (store, record, &error));
  g_assert_no_error (error);
  g_assert_true (dpp2_record_is_deleted (record));
  d3 = dump (store);

  undo (store);
  assert_dump (store, d2);
  g_assert_false (dpp2_record_is_deleted (record));
  undo (store);
  assert_dump (store, d1);
  notifies = 0;
  redo (store);
  assert_dump (store, d2);
  g_assert_cmpuint (notifies, >=, 1);
  undo (store);
  undo (store);
  assert_dump (store, d0);
  redo (store);
  assert_dump (store, d1);
  redo (store);
  assert_dump (store, d2);
  redo (store);
  assert_dump (store, d3);
  g_assert_false (dpp2_store_get_can_redo (store));

  /* Reopen: the values survive in the file. */
  undo (store);
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  {
    g_autoptr(Dpp2Store) reopened = dpp2_store_open (dpp2_store_get_file (store), 0, NULL, &error);
    g_autoptr(Dpp2Record) loaded = NULL;

    g_assert_no_error (error);
    loaded = dpp2_store_dup_record (reopened, type, id);
    g_assert_nonnull (loaded);
    for (guint i = 0; i < table->n_columns; i++)
      g_assert_true (dpp2_value_equal (dpp2_record_peek_value (loaded, i),
                                       dpp2_record_peek_value (other, i)));
  }
}

typedef struct
{
  guint n_signals;
  guint position, removed, added;
  GListModel *model;
} Counter;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counter    *c)
{
  c->n_signals++;
  c->position = position;
  c->removed = removed;
  c->added = added;
}

static void
counter_reset (Counter *c)
{
  c->n_signals = c->position = c->removed = c->added = 0;
}

static Counter *
counter_new (GListModel *model)
{
  Counter *c = g_new0 (Counter, 1);

  c->model = model;
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), c);
  return c;
}

static void
assert_names (GListModel *model,
              const char *expected)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(Dpp2Record) r = g_list_model_get_item (model, i);
      g_string_append_printf (names, "%s%s", i ? " " : "", dpp2_record_get_label (r));
    }
  g_assert_cmpstr (names->str, ==, expected);
}

static Dpp2Person *
add_person (Dpp2Store  *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  Dpp2Person *p = g_object_new (DPP2_TYPE_PERSON, "name", name, NULL);

  dpp2_store_insert (store, p, &error);
  g_assert_no_error (error);
  return p;
}

#define ASSERT_SIGNAL(c, n, pos, rem, add) G_STMT_START { \
  g_assert_cmpuint ((c)->n_signals, ==, (n)); \
  if ((n) > 0) { \
    g_assert_cmpuint ((c)->position, ==, (pos)); \
    g_assert_cmpuint ((c)->removed, ==, (rem)); \
    g_assert_cmpuint ((c)->added, ==, (add)); \
  } \
  counter_reset (c); \
} G_STMT_END

static void
test_list_people (void)
{
  g_autoptr(Dpp2Store) store = new_store ("list-people.dpp2");
  g_autoptr(GListModel) people = dpp2_store_list_people (store);
  g_autoptr(GListModel) same = dpp2_store_list_people (store);
  g_autofree Counter *c = NULL;
  g_autoptr(Dpp2Person) bert = NULL, anna = NULL, carla = NULL, daan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (people == same);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  c = counter_new (people);

  bert = add_person (store, "Bert");
  ASSERT_SIGNAL (c, 1, 0, 0, 1);
  anna = add_person (store, "Anna");
  ASSERT_SIGNAL (c, 1, 0, 0, 1);
  daan = add_person (store, "Daan");
  ASSERT_SIGNAL (c, 1, 2, 0, 1);
  carla = add_person (store, "Carla");
  ASSERT_SIGNAL (c, 1, 2, 0, 1);
  assert_names (people, "Anna Bert Carla Daan");

  /* A change that keeps the order emits nothing; the object notifies. */
  g_object_set (bert, "email", "bert@example.org", NULL);
  ASSERT_SIGNAL (c, 0, 0, 0, 0);
  g_object_set (bert, "name", "Bart", NULL);
  ASSERT_SIGNAL (c, 0, 0, 0, 0);

  /* A rename that moves: one removal and one insertion. */
  g_object_set (anna, "name", "Eva", NULL);
  g_assert_cmpuint (c->n_signals, ==, 2);
  g_assert_cmpuint (c->position, ==, 3);
  g_assert_cmpuint (c->added, ==, 1);
  counter_reset (c);
  assert_names (people, "Bart Carla Daan Eva");

  dpp2_store_delete (store, carla, &error);
  g_assert_no_error (error);
  ASSERT_SIGNAL (c, 1, 1, 1, 0);
  assert_names (people, "Bart Daan Eva");

  undo (store);
  ASSERT_SIGNAL (c, 1, 1, 0, 1);
  assert_names (people, "Bart Carla Daan Eva");
  undo (store);
  g_assert_cmpuint (c->n_signals, ==, 2);
  counter_reset (c);
  assert_names (people, "Anna Bart Carla Daan");
  g_assert_cmpstr (dpp2_person_get_name (anna), ==, "Anna");

  /* Rolling back a change emits nothing. */
  g_assert_true (dpp2_store_begin_change (store, "x", &error));
  g_object_set (daan, "name", "Aaron", NULL);
  dpp2_store_rollback_change (store);
  ASSERT_SIGNAL (c, 0, 0, 0, 0);
  g_assert_cmpstr (dpp2_person_get_name (daan), ==, "Daan");
  assert_names (people, "Anna Bart Carla Daan");
}

static void
test_list_cards (void)
{
  g_autoptr(Dpp2Store) store = new_store ("list-cards.dpp2");
  g_autoptr(GHashTable) targets = make_targets (store);
  gint64 sprint = GPOINTER_TO_SIZE (g_hash_table_lookup (targets, "sprint"));
  gint64 col1 = GPOINTER_TO_SIZE (g_hash_table_lookup (targets, "board_column"));
  gint64 col2;
  g_autoptr(Dpp2BoardColumn) second = g_object_new (DPP2_TYPE_BOARD_COLUMN, "name", "Klaar", "position", (gint64) 1, NULL);
  g_autoptr(GListModel) lane1 = dpp2_store_list_cards (store, sprint, col1);
  g_autoptr(GListModel) lane2 = NULL;
  g_autoptr(GListModel) backlog = dpp2_store_list_cards (store, 0, 0);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree Counter *c1 = NULL, *c2 = NULL, *cb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before_move = NULL;
  g_autoptr(GArray) history = NULL;

  dpp2_store_insert (store, second, &error);
  g_assert_no_error (error);
  col2 = dpp2_record_get_id (DPP2_RECORD (second));
  lane2 = dpp2_store_list_cards (store, sprint, col2);
  g_assert_cmpuint (g_list_model_get_n_items (lane1), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lane2), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (backlog), ==, 0);
  c1 = counter_new (lane1);
  c2 = counter_new (lane2);
  cb = counter_new (backlog);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *title = g_strdup_printf ("k%u", i);
      Dpp2Card *card = g_object_new (DPP2_TYPE_CARD, "title", title, "sprint-id", sprint,
                                     "column-id", col1, "position", (gint64) i, "points", (gint64) 2, NULL);
      dpp2_store_insert (store, card, &error);
      g_assert_no_error (error);
      g_ptr_array_add (cards, card);
      ASSERT_SIGNAL (c1, 1, i, 0, 1);
    }
  ASSERT_SIGNAL (cb, 0, 0, 0, 0);
  assert_names (lane1, "k0 k1 k2 k3");

  /* Reorder inside a lane: the minimal removal and insertion. */
  before_move = dump (store);
  dpp2_store_move_card (store, cards->pdata[0], sprint, col1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c1->n_signals, ==, 2);
  g_assert_cmpuint (c1->position, ==, 2);
  g_assert_cmpuint (c1->added, ==, 1);
  counter_reset (c1);
  assert_names (lane1, "k1 k2 k0 k3");
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Move Card “k0”");

  /* Across lanes: removal from one, insertion into the other. */
  dpp2_store_move_card (store, cards->pdata[3], sprint, col2, 0, &error);
  g_assert_no_error (error);
  ASSERT_SIGNAL (c1, 1, 3, 1, 0);
  ASSERT_SIGNAL (c2, 1, 0, 0, 1);
  /* To the backlog. */
  dpp2_store_move_card (store, cards->pdata[1], 0, col1, G_MAXUINT, &error);
  g_assert_no_error (error);
  ASSERT_SIGNAL (c1, 1, 0, 1, 0);
  ASSERT_SIGNAL (cb, 1, 0, 0, 1);
  g_assert_cmpint (dpp2_card_get_column_id (cards->pdata[1]), ==, 0);
  assert_names (lane1, "k2 k0");

  /* Every move is in the history, for burndown. */
  history = dpp2_store_get_card_history (store, dpp2_record_get_id (cards->pdata[3]), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (g_array_index (history, Dpp2CardMove, 1).from_column_id, ==, col1);
  g_assert_cmpint (g_array_index (history, Dpp2CardMove, 1).to_column_id, ==, col2);
  g_clear_pointer (&history, g_array_unref);
  history = dpp2_store_get_sprint_history (store, sprint, &error);
  g_assert_no_error (error);
  /* Created four times, moved to another column, moved out; a reorder
   * within a lane is not a move. */
  g_assert_cmpuint (history->len, ==, 4 + 1 + 1);

  /* Deleting the sprint sends its cards to the backlog; undo restores. */
  {
    g_autoptr(Dpp2Sprint) s = dpp2_store_dup_record (store, DPP2_TYPE_SPRINT, sprint);
    g_autofree char *before_delete = dump (store);

    dpp2_store_delete (store, s, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (lane1), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (lane2), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (backlog), ==, 4);
    g_assert_cmpint (dpp2_card_get_sprint_id (cards->pdata[0]), ==, 0);
    undo (store);
    assert_dump (store, before_delete);
    assert_names (lane1, "k2 k0");
    g_assert_cmpuint (g_list_model_get_n_items (backlog), ==, 1);
  }

  undo (store);
  undo (store);
  undo (store);
  assert_dump (store, before_move);
  assert_names (lane1, "k0 k1 k2 k3");
  g_assert_cmpuint (g_list_model_get_n_items (lane2), ==, 0);
}

static void
test_cascade (void)
{
  g_autoptr(Dpp2Store) store = new_store ("cascade.dpp2");
  g_autoptr(Dpp2Person) leader = add_person (store, "Sanne");
  g_autoptr(Dpp2Team) team = g_object_new (DPP2_TYPE_TEAM, "name", "LPT", NULL);
  g_autoptr(Dpp2TeamMember) member = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *d0 = NULL;
  gint64 team_id;

  g_object_set (team, "leader-id", dpp2_record_get_id (DPP2_RECORD (leader)), NULL);
  dpp2_store_insert (store, team, &error);
  g_assert_no_error (error);
  team_id = dpp2_record_get_id (DPP2_RECORD (team));
  member = g_object_new (DPP2_TYPE_TEAM_MEMBER, "team-id", team_id,
                         "person-id", dpp2_record_get_id (DPP2_RECORD (leader)), "role", "Teamleider", NULL);
  dpp2_store_insert (store, member, &error);
  g_assert_no_error (error);
  members = dpp2_store_list_members_of_team (store, team_id);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  d0 = dump (store);

  dpp2_store_delete (store, leader, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Delete Person “Sanne”");
  g_assert_cmpint (dpp2_team_get_leader_id (team), ==, 0);
  g_assert_true (dpp2_record_is_deleted (DPP2_RECORD (member)));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 0);

  undo (store);
  assert_dump (store, d0);
  g_assert_cmpint (dpp2_team_get_leader_id (team), ==, dpp2_record_get_id (DPP2_RECORD (leader)));
  g_assert_false (dpp2_record_is_deleted (DPP2_RECORD (member)));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
}

static void
test_update_varargs (void)
{
  g_autoptr(Dpp2Store) store = new_store ("update.dpp2");
  g_autoptr(Dpp2Card) card = g_object_new (DPP2_TYPE_CARD, "title", "Intake gesprek", NULL);
  g_autoptr(GError) error = NULL;
  guint n_undo_notifies = 0;

  dpp2_store_insert (store, card, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::undo-label", G_CALLBACK (count_cb), &n_undo_notifies);
  g_assert_true (dpp2_store_update (store, card, &error,
                                    "blocked", TRUE,
                                    "blocked-reason", "Wacht op rooster",
                                    "points", (gint64) 5,
                                    "kind", DPP2_CARD_KIND_LEARNING_ACTIVITY,
                                    NULL));
  g_assert_no_error (error);
  g_assert_true (dpp2_card_get_blocked (card));
  g_assert_cmpstr (dpp2_card_get_blocked_reason (card), ==, "Wacht op rooster");
  g_assert_cmpint (dpp2_card_get_points (card), ==, 5);
  g_assert_cmpint (dpp2_card_get_kind (card), ==, DPP2_CARD_KIND_LEARNING_ACTIVITY);
  g_assert_cmpuint (n_undo_notifies, ==, 1);
  undo (store);
  g_assert_false (dpp2_card_get_blocked (card));
  g_assert_cmpint (dpp2_card_get_points (card), ==, 0);
  g_assert_cmpstr (dpp2_store_get_redo_label (store), ==, "Edit Card “Intake gesprek”");

  g_assert_false (dpp2_store_update (store, card, &error, "no-such-property", 1, NULL));
  g_assert_error (error, DPP2_STORE_ERROR, DPP2_STORE_ERROR_INVALID);
}

/* Lists can filter on an enumeration, e.g. the active sprints. */
static void
test_list_enum_filter (void)
{
  g_autoptr(Dpp2Store) store = new_store ("list-enum.dpp2");
  g_autoptr(GListModel) active = dpp2_store_list (store, DPP2_TYPE_SPRINT, "name", "state",
                                                  DPP2_SPRINT_STATE_ACTIVE, NULL, 0);
  g_autoptr(Dpp2Sprint) s1 = g_object_new (DPP2_TYPE_SPRINT, "name", "Sprint 1", NULL);
  g_autoptr(Dpp2Sprint) s2 = g_object_new (DPP2_TYPE_SPRINT, "name", "Sprint 2",
                                           "state", DPP2_SPRINT_STATE_ACTIVE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree Counter *c = NULL;

  dpp2_store_insert (store, s1, &error);
  g_assert_no_error (error);
  dpp2_store_insert (store, s2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
  c = counter_new (active);
  g_object_set (s1, "state", DPP2_SPRINT_STATE_ACTIVE, NULL);
  ASSERT_SIGNAL (c, 1, 0, 0, 1);
  g_object_set (s2, "state", DPP2_SPRINT_STATE_CLOSED, NULL);
  ASSERT_SIGNAL (c, 1, 1, 1, 0);
  assert_names (active, "Sprint 1");
}

static void
test_close (void)
{
  g_autoptr(Dpp2Store) store = new_store ("close.dpp2");
  g_autoptr(Dpp2Person) p = add_person (store, "Anna");
  g_autoptr(GListModel) people = dpp2_store_list_people (store);
  g_autoptr(GError) error = NULL;
  g_autofree Counter *c = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  c = counter_new (people);
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  ASSERT_SIGNAL (c, 1, 0, 1, 0);
  g_assert_null (dpp2_record_get_store (DPP2_RECORD (p)));
  g_assert_false (dpp2_store_get_can_undo (store));
}

int
main (int   argc,
      char *argv[])
{
  const char *entities[] = { "Dpp2Organisation", "Dpp2Person", "Dpp2Team", "Dpp2TeamMember",
                             "Dpp2Goal", "Dpp2LearningCase", "Dpp2Sprint", "Dpp2BoardColumn",
                             "Dpp2Card", "Dpp2BestPractice" };

  g_test_init (&argc, &argv, NULL);

  /* Make the types known to g_type_from_name(). */
  {
    guint n;
    const Dpp2Table * const *tables = dpp2_model_get_tables (&n);
    for (guint i = 0; i < n; i++)
      if (tables[i]->get_type != NULL)
        g_type_ensure (tables[i]->get_type ());
  }
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/crud/%s", entities[i]);
      g_test_add_data_func (path, entities[i], test_crud);
    }
  g_test_add_func ("/model/list/people", test_list_people);
  g_test_add_func ("/model/list/cards", test_list_cards);
  g_test_add_func ("/model/list/enum-filter", test_list_enum_filter);
  g_test_add_func ("/model/cascade", test_cascade);
  g_test_add_func ("/model/update", test_update_varargs);
  g_test_add_func ("/model/close", test_close);

  return g_test_run ();
}
