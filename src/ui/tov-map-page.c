/* tov-map-page.c: the "Network map" tab of a family's page (placeholder)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-page"

#include <glib/gi18n.h>

#include "tov-map-page.h"

struct _TovMapPage
{
  AdwBin    parent_instance;

  TovStore *store;
  char     *family_id;
};

G_DEFINE_FINAL_TYPE (TovMapPage, tov_map_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tov_map_page_dispose (GObject *object)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_MAP_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_map_page_parent_class)->dispose (object);
}

static void
tov_map_page_finalize (GObject *object)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  g_clear_pointer (&self->family_id, g_free);

  G_OBJECT_CLASS (tov_map_page_parent_class)->finalize (object);
}

static void
tov_map_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FAMILY_ID:
      g_value_set_string (value, self->family_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_map_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_map_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_FAMILY_ID:
      tov_map_page_set_family_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_map_page_class_init (TovMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_map_page_dispose;
  object_class->finalize = tov_map_page_finalize;
  object_class->get_property = tov_map_page_get_property;
  object_class->set_property = tov_map_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAMILY_ID] =
    g_param_spec_string ("family-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-map-page.ui");
}

static void
tov_map_page_init (TovMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tov_map_page_new (void)
{
  return g_object_new (TOV_TYPE_MAP_PAGE, NULL);
}

TovStore *
tov_map_page_get_store (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);

  return self->store;
}

void
tov_map_page_set_store (TovMapPage *self,
                         TovStore      *store)
{
  g_return_if_fail (TOV_IS_MAP_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
tov_map_page_get_family_id (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);

  return self->family_id;
}

void
tov_map_page_set_family_id (TovMapPage *self,
                             const char    *family_id)
{
  g_return_if_fail (TOV_IS_MAP_PAGE (self));

  if (g_strcmp0 (self->family_id, family_id) == 0)
    return;

  g_free (self->family_id);
  self->family_id = g_strdup (family_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}
