/* test-store-random.c — random edits, undo and redo against a reference model
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dpp2-test-support.h"
#include "store/dpp2-store.h"
#include "store/dpp2-store-private.h"

/* The reference is a plain copy of what the document should hold; it is
 * snapshotted for undo. After every step each live list must equal both
 * the list replayed from its items-changed signals and the reference. */

#define N_STEPS 5000
#define N_LANES 7

typedef struct
{
  gint64 sprint, column, position, points, assignee;
  char *title;
} RefCard;

typedef struct
{
  GHashTable *people;  /* gint64* → char* name */
  GHashTable *cards;   /* gint64* → RefCard* */
} Ref;

typedef struct
{
  GListModel *model;
  GArray *mirror;      /* gint64 ids, replayed from items-changed */
  gint64 sprint, column;
} Lane;

static Dpp2Store *store;
static GRand *rng;
static Ref *ref;
static GPtrArray *ref_undo, *ref_redo;
static Lane people_list;
static Lane lanes[N_LANES];
static gint64 sprints[2], columns[3];
static GPtrArray *kept;  /* some records kept alive, so identity matters */

static void
ref_card_free (gpointer data)
{
  RefCard *c = data;
  g_free (c->title);
  g_free (c);
}

static Ref *
ref_new (void)
{
  Ref *r = g_new0 (Ref, 1);
  r->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  r->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, ref_card_free);
  return r;
}

static void
ref_free (gpointer data)
{
  Ref *r = data;
  g_hash_table_unref (r->people);
  g_hash_table_unref (r->cards);
  g_free (r);
}

static Ref *
ref_copy (Ref *r)
{
  Ref *copy = ref_new ();
  GHashTableIter iter;
  gpointer k, v;

  g_hash_table_iter_init (&iter, r->people);
  while (g_hash_table_iter_next (&iter, &k, &v))
    g_hash_table_insert (copy->people, g_memdup2 (k, sizeof (gint64)), g_strdup (v));
  g_hash_table_iter_init (&iter, r->cards);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      RefCard *c = g_memdup2 (v, sizeof (RefCard));
      c->title = g_strdup (((RefCard *) v)->title);
      g_hash_table_insert (copy->cards, g_memdup2 (k, sizeof (gint64)), c);
    }
  return copy;
}

static gboolean
ref_equal (Ref *a,
           Ref *b)
{
  GHashTableIter iter;
  gpointer k, v;

  if (g_hash_table_size (a->people) != g_hash_table_size (b->people) ||
      g_hash_table_size (a->cards) != g_hash_table_size (b->cards))
    return FALSE;
  g_hash_table_iter_init (&iter, a->people);
  while (g_hash_table_iter_next (&iter, &k, &v))
    if (g_strcmp0 (v, g_hash_table_lookup (b->people, k)) != 0)
      return FALSE;
  g_hash_table_iter_init (&iter, a->cards);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      RefCard *x = v, *y = g_hash_table_lookup (b->cards, k);
      if (y == NULL || x->sprint != y->sprint || x->column != y->column ||
          x->position != y->position || x->points != y->points ||
          x->assignee != y->assignee || g_strcmp0 (x->title, y->title) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Counts undo steps the store pushes: it notifies can-undo on each. */
static guint n_pushes;

static void
pushed_cb (void)
{
  n_pushes++;
}

/* Keeps the reference's undo stack in step with the store's: a step that
 * changed the reference must have pushed an undo step; one that changed
 * nothing may push one (e.g. a rename there and back in one gesture). */
static void
record_step (Ref  *before,
             guint pushes_before)
{
  gboolean changed = !ref_equal (before, ref);
  gboolean pushed = n_pushes != pushes_before;

  if (changed)
    g_assert_true (pushed);
  if (pushed)
    {
      g_ptr_array_add (ref_undo, before);
      g_ptr_array_set_size (ref_redo, 0);
    }
  else
    ref_free (before);
}

static void
mirror_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           Lane       *lane)
{
  g_assert_cmpuint (position + removed, <=, lane->mirror->len);
  g_array_remove_range (lane->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(Dpp2Record) r = g_list_model_get_item (model, position + i);
      gint64 id;

      g_assert_nonnull (r);
      id = dpp2_record_get_id (r);
      g_array_insert_val (lane->mirror, position + i, id);
    }
  g_assert_cmpuint (lane->mirror->len, ==, g_list_model_get_n_items (model));
}

static void
lane_init (Lane       *lane,
           GListModel *model,
           gint64      sprint,
           gint64      column)
{
  lane->model = model;
  lane->sprint = sprint;
  lane->column = column;
  lane->mirror = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_cb), lane);
}

typedef struct
{
  gint64 id;
  char *key;
  gint64 position;
} Sorted;

static int
compare_sorted (gconstpointer a,
                gconstpointer b)
{
  const Sorted *x = a, *y = b;
  int c = 0;

  if (x->key != NULL)
    c = strcmp (x->key, y->key);
  else if (x->position != y->position)
    c = x->position < y->position ? -1 : 1;
  if (c != 0)
    return c;
  return x->id < y->id ? -1 : x->id > y->id;
}

static GArray *
expected_people (void)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Sorted));
  GHashTableIter iter;
  gpointer k, v;

  g_hash_table_iter_init (&iter, ref->people);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      Sorted s = { *(gint64 *) k, g_utf8_collate_key (v, -1), 0 };
      g_array_append_val (a, s);
    }
  g_array_sort (a, compare_sorted);
  return a;
}

static GArray *
expected_lane (gint64 sprint,
               gint64 column)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Sorted));
  GHashTableIter iter;
  gpointer k, v;

  g_hash_table_iter_init (&iter, ref->cards);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      RefCard *c = v;
      if (c->sprint == sprint && (sprint == 0 || c->column == column))
        {
          Sorted s = { *(gint64 *) k, NULL, c->position };
          g_array_append_val (a, s);
        }
    }
  g_array_sort (a, compare_sorted);
  return a;
}

static void
check_lane (Lane   *lane,
            GArray *expected)
{
  guint n = g_list_model_get_n_items (lane->model);

  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (lane->mirror->len, ==, expected->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(Dpp2Record) r = g_list_model_get_item (lane->model, i);
      gint64 want = g_array_index (expected, Sorted, i).id;

      g_assert_cmpint (dpp2_record_get_id (r), ==, want);
      g_assert_cmpint (g_array_index (lane->mirror, gint64, i), ==, want);
      g_free (g_array_index (expected, Sorted, i).key);
    }
  g_array_unref (expected);
}

static void
check_all (void)
{
  GHashTableIter iter;
  gpointer k, v;

  check_lane (&people_list, expected_people ());
  for (guint i = 0; i < N_LANES; i++)
    check_lane (&lanes[i], expected_lane (lanes[i].sprint, lanes[i].column));

  g_hash_table_iter_init (&iter, ref->people);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      g_autoptr(Dpp2Person) p = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, *(gint64 *) k);
      g_assert_nonnull (p);
      g_assert_cmpstr (dpp2_person_get_name (p), ==, v);
    }
  g_hash_table_iter_init (&iter, ref->cards);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      g_autoptr(Dpp2Card) c = dpp2_store_dup_record (store, DPP2_TYPE_CARD, *(gint64 *) k);
      RefCard *rc = v;

      g_assert_nonnull (c);
      g_assert_cmpstr (dpp2_card_get_title (c), ==, rc->title);
      g_assert_cmpint (dpp2_card_get_sprint_id (c), ==, rc->sprint);
      g_assert_cmpint (dpp2_card_get_column_id (c), ==, rc->column);
      g_assert_cmpint (dpp2_card_get_position (c), ==, rc->position);
      g_assert_cmpint (dpp2_card_get_points (c), ==, rc->points);
      g_assert_cmpint (dpp2_card_get_assignee_id (c), ==, rc->assignee);
    }
}

static gint64
random_key (GHashTable *table)
{
  guint n = g_hash_table_size (table);
  guint pick;
  GHashTableIter iter;
  gpointer k;

  if (n == 0)
    return 0;
  pick = g_rand_int_range (rng, 0, n);
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    if (pick-- == 0)
      return *(gint64 *) k;
  g_assert_not_reached ();
}

static char *
random_name (void)
{
  static const char *names[] = { "Anna", "anna", "Bram", "Émile", "Zoë", "Ölaf", "日本", "A & B", "\"x\"", "" };
  return g_strdup_printf ("%s %d", names[g_rand_int_range (rng, 0, G_N_ELEMENTS (names))],
                          g_rand_int_range (rng, 0, 4));
}

static void
maybe_keep (gpointer record)
{
  if (g_rand_int_range (rng, 0, 4) == 0)
    g_ptr_array_add (kept, g_object_ref (record));
  if (kept->len > 30)
    g_ptr_array_remove_index_fast (kept, g_rand_int_range (rng, 0, kept->len));
}

/* One edit through the store and the same edit on the reference. Returns
 * FALSE if the edit was not possible (nothing to edit). */
static gboolean
random_edit (void)
{
  g_autoptr(GError) error = NULL;
  int op = g_rand_int_range (rng, 0, 7);

  if (op == 2 && g_hash_table_size (ref->people) < 5)
    op = 0;
  if (op == 0 && g_hash_table_size (ref->people) > 40)
    op = 2;
  if (op == 6 && g_hash_table_size (ref->cards) < 5)
    op = 3;
  if (op == 3 && g_hash_table_size (ref->cards) > 60)
    op = 6;

  if (g_getenv ("DPP2_RANDOM_TRACE"))
    g_printerr ("edit %d\n", op);
  switch (op)
    {
    case 0: /* add a person */
      {
        g_autofree char *name = random_name ();
        g_autoptr(Dpp2Person) p = g_object_new (DPP2_TYPE_PERSON, "name", name, NULL);
        gint64 id;

        g_assert_true (dpp2_store_insert (store, p, &error));
        g_assert_no_error (error);
        id = dpp2_record_get_id (DPP2_RECORD (p));
        g_hash_table_insert (ref->people, g_memdup2 (&id, sizeof id), g_steal_pointer (&name));
        maybe_keep (p);
        return TRUE;
      }
    case 1: /* rename a person */
      {
        gint64 id = random_key (ref->people);
        g_autofree char *name = random_name ();
        g_autoptr(Dpp2Person) p = NULL;

        if (id == 0)
          return FALSE;
        p = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, id);
        g_object_set (p, "name", name, NULL);
        g_hash_table_insert (ref->people, g_memdup2 (&id, sizeof id), g_steal_pointer (&name));
        return TRUE;
      }
    case 2: /* delete a person: their cards lose the assignee */
      {
        gint64 id = random_key (ref->people);
        g_autoptr(Dpp2Person) p = NULL;
        GHashTableIter iter;
        gpointer v;

        if (id == 0)
          return FALSE;
        p = dpp2_store_dup_record (store, DPP2_TYPE_PERSON, id);
        g_assert_true (dpp2_store_delete (store, p, &error));
        g_assert_no_error (error);
        g_hash_table_remove (ref->people, &id);
        g_hash_table_iter_init (&iter, ref->cards);
        while (g_hash_table_iter_next (&iter, NULL, &v))
          if (((RefCard *) v)->assignee == id)
            ((RefCard *) v)->assignee = 0;
        return TRUE;
      }
    case 3: /* add a card to a random lane at a random position */
      {
        Lane *lane = &lanes[g_rand_int_range (rng, 0, N_LANES)];
        RefCard *rc = g_new0 (RefCard, 1);
        g_autoptr(Dpp2Card) card = NULL;
        gint64 id;

        rc->sprint = lane->sprint;
        rc->column = lane->column;
        rc->position = g_rand_int_range (rng, 0, 6);
        rc->points = g_rand_int_range (rng, 0, 9);
        rc->assignee = random_key (ref->people);
        rc->title = random_name ();
        card = g_object_new (DPP2_TYPE_CARD, "title", rc->title, "sprint-id", rc->sprint,
                             "column-id", rc->column, "position", rc->position,
                             "points", rc->points, "assignee-id", rc->assignee, NULL);
        g_assert_true (dpp2_store_insert (store, card, &error));
        g_assert_no_error (error);
        id = dpp2_record_get_id (DPP2_RECORD (card));
        g_hash_table_insert (ref->cards, g_memdup2 (&id, sizeof id), rc);
        maybe_keep (card);
        return TRUE;
      }
    case 4: /* move a card */
      {
        gint64 id = random_key (ref->cards);
        Lane *lane = &lanes[g_rand_int_range (rng, 0, N_LANES)];
        g_autoptr(Dpp2Card) card = NULL;
        g_autoptr(GArray) target = NULL;
        guint index = g_rand_int_range (rng, 0, 8);
        guint pos = 0;
        RefCard *rc;

        if (id == 0)
          return FALSE;
        card = dpp2_store_dup_record (store, DPP2_TYPE_CARD, id);
        g_assert_true (dpp2_store_move_card (store, card, lane->sprint, lane->column, index, &error));
        g_assert_no_error (error);

        rc = g_hash_table_lookup (ref->cards, &id);
        rc->sprint = lane->sprint;
        rc->column = lane->column;
        rc->position = -1;  /* sorts first: removed below */
        target = expected_lane (lane->sprint, lane->column);
        g_assert_cmpint (g_array_index (target, Sorted, 0).id, ==, id);
        g_array_remove_index (target, 0);
        index = MIN (index, target->len);
        for (guint i = 0; i <= target->len; i++)
          {
            if (i == index)
              rc->position = pos++;
            if (i < target->len)
              ((RefCard *) g_hash_table_lookup (ref->cards, &g_array_index (target, Sorted, i).id))->position = pos++;
          }
        return TRUE;
      }
    case 5: /* edit a card's title and points in one step */
      {
        gint64 id = random_key (ref->cards);
        g_autoptr(Dpp2Card) card = NULL;
        RefCard *rc;

        if (id == 0)
          return FALSE;
        rc = g_hash_table_lookup (ref->cards, &id);
        g_free (rc->title);
        rc->title = random_name ();
        rc->points = g_rand_int_range (rng, 0, 9);
        card = dpp2_store_dup_record (store, DPP2_TYPE_CARD, id);
        g_assert_true (dpp2_store_update (store, card, &error, "title", rc->title,
                                          "points", rc->points, NULL));
        g_assert_no_error (error);
        return TRUE;
      }
    case 6: /* delete a card */
      {
        gint64 id = random_key (ref->cards);
        g_autoptr(Dpp2Card) card = NULL;

        if (id == 0)
          return FALSE;
        card = dpp2_store_dup_record (store, DPP2_TYPE_CARD, id);
        g_assert_true (dpp2_store_delete (store, card, &error));
        g_assert_no_error (error);
        g_hash_table_remove (ref->cards, &id);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
test_random (void)
{
  g_autofree char *path = dpp2_test_tmp_path ("random.dpp2");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(Dpp2Team) team = g_object_new (DPP2_TYPE_TEAM, "name", "LPT", NULL);
  guint seed = g_test_rand_int ();
  guint n_undo = 0, n_redo = 0, n_compound = 0;

  g_test_message ("seed %u", seed);
  rng = g_rand_new_with_seed (seed);
  store = dpp2_store_create (file, "Random", &error);
  g_assert_no_error (error);
  /* Speed only: crash safety is test-store-crash's job. */
  sqlite3_exec (dpp2_store_get_db (store), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  kept = g_ptr_array_new_with_free_func (g_object_unref);

  dpp2_store_insert (store, team, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(Dpp2Sprint) s = g_object_new (DPP2_TYPE_SPRINT, "team-id", dpp2_record_get_id (DPP2_RECORD (team)), NULL);
      dpp2_store_insert (store, s, &error);
      g_assert_no_error (error);
      sprints[i] = dpp2_record_get_id (DPP2_RECORD (s));
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(Dpp2BoardColumn) c = g_object_new (DPP2_TYPE_BOARD_COLUMN, "team-id", dpp2_record_get_id (DPP2_RECORD (team)),
                                                   "position", (gint64) i, NULL);
      dpp2_store_insert (store, c, &error);
      g_assert_no_error (error);
      columns[i] = dpp2_record_get_id (DPP2_RECORD (c));
    }

  g_signal_connect (store, "notify::can-undo", G_CALLBACK (pushed_cb), NULL);
  ref = ref_new ();
  ref_undo = g_ptr_array_new_with_free_func (ref_free);
  ref_redo = g_ptr_array_new_with_free_func (ref_free);
  /* The setup steps above are on the store's undo stack too; the
   * reference only undoes what the random steps did. */
  lane_init (&people_list, dpp2_store_list_people (store), 0, 0);
  lane_init (&lanes[0], dpp2_store_list_cards (store, 0, 0), 0, 0);
  for (guint s = 0; s < 2; s++)
    for (guint c = 0; c < 3; c++)
      lane_init (&lanes[1 + s * 3 + c], dpp2_store_list_cards (store, sprints[s], columns[c]),
                 sprints[s], columns[c]);

  for (guint step = 0; step < N_STEPS; step++)
    {
      int kind = g_rand_int_range (rng, 0, 20);

      if (g_getenv ("DPP2_RANDOM_TRACE"))
        g_printerr ("step %u kind %d\n", step, kind);

      if (kind < 3 && ref_undo->len > 0)
        {
          g_assert_true (dpp2_store_undo (store, &error));
          g_assert_no_error (error);
          g_ptr_array_add (ref_redo, ref);
          ref = g_ptr_array_steal_index (ref_undo, ref_undo->len - 1);
          n_undo++;
        }
      else if (kind < 5 && ref_redo->len > 0)
        {
          g_assert_true (dpp2_store_redo (store, &error));
          g_assert_no_error (error);
          g_ptr_array_add (ref_undo, ref);
          ref = g_ptr_array_steal_index (ref_redo, ref_redo->len - 1);
          n_redo++;
        }
      else if (kind < 7)
        {
          /* Several edits as one gesture: one undo step. */
          Ref *before = ref_copy (ref);
          guint n = g_rand_int_range (rng, 2, 5);
          guint pushes = n_pushes;

          g_assert_true (dpp2_store_begin_change (store, "Samen", &error));
          for (guint i = 0; i < n; i++)
            random_edit ();
          /* Nothing is notified before the commit. */
          g_assert_cmpuint (pushes, ==, n_pushes);
          g_assert_true (dpp2_store_commit_change (store, &error));
          g_assert_no_error (error);
          if (n_pushes != pushes)
            g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, "Samen");
          record_step (before, pushes);
          n_compound++;
        }
      else if (kind < 8)
        {
          /* Edits that are rolled back leave no trace. */
          Ref *before = ref_copy (ref);
          g_autofree char *label = g_strdup (dpp2_store_get_undo_label (store));

          g_assert_true (dpp2_store_begin_change (store, "Weg", &error));
          random_edit ();
          random_edit ();
          dpp2_store_rollback_change (store);
          ref_free (ref);
          ref = before;
          g_assert_cmpstr (dpp2_store_get_undo_label (store), ==, label);
        }
      else
        {
          Ref *before = ref_copy (ref);
          guint pushes = n_pushes;

          random_edit ();
          record_step (before, pushes);
        }
      check_all ();
    }
  g_test_message ("%u undo, %u redo, %u compound steps", n_undo, n_redo, n_compound);
  g_assert_cmpuint (n_undo, >, 100);
  g_assert_cmpuint (n_redo, >, 50);

  g_object_unref (people_list.model);
  g_array_unref (people_list.mirror);
  for (guint i = 0; i < N_LANES; i++)
    {
      g_object_unref (lanes[i].model);
      g_array_unref (lanes[i].mirror);
    }
  g_ptr_array_unref (kept);
  dpp2_store_close (store, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  ref_free (ref);
  g_ptr_array_unref (ref_undo);
  g_ptr_array_unref (ref_redo);
  g_rand_free (rng);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/random", test_random);

  return g_test_run ();
}
