/* dpp2-page.c — what every page of a document window is: a view of one document
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window makes each page of src/pages/dpp2-page-registry.c with
 * g_object_new (type, "store", store, NULL); the page sets itself up for that
 * document in its set_store function.
 */
#include "config.h"

#include "dpp2-page.h"

typedef struct
{
  Dpp2Store *store;
} Dpp2PagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (Dpp2Page, dpp2_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dpp2_page_dispose (GObject *object)
{
  Dpp2PagePrivate *priv = dpp2_page_get_instance_private (DPP2_PAGE (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (dpp2_page_parent_class)->dispose (object);
}

static void
dpp2_page_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  Dpp2PagePrivate *priv = dpp2_page_get_instance_private (DPP2_PAGE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_page_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  Dpp2Page *self = DPP2_PAGE (object);
  Dpp2PagePrivate *priv = dpp2_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      /* Construct-only: the page's templates are built by now. */
      priv->store = g_value_dup_object (value);
      if (priv->store != NULL && DPP2_PAGE_GET_CLASS (self)->set_store != NULL)
        DPP2_PAGE_GET_CLASS (self)->set_store (self, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dpp2_page_class_init (Dpp2PageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dpp2_page_dispose;
  object_class->get_property = dpp2_page_get_property;
  object_class->set_property = dpp2_page_set_property;

  /**
   * Dpp2Page:store:
   *
   * The document the page shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DPP2_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dpp2_page_init (Dpp2Page *self)
{
}

/**
 * dpp2_page_get_store:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the document the page shows
 */
Dpp2Store *
dpp2_page_get_store (Dpp2Page *self)
{
  Dpp2PagePrivate *priv;

  g_return_val_if_fail (DPP2_IS_PAGE (self), NULL);

  priv = dpp2_page_get_instance_private (self);
  return priv->store;
}
