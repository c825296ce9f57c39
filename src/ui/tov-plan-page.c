/* tov-plan-page.c: the "Plan" tab of a family's page (placeholder)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-plan-page.h"

struct _TovPlanPage
{
  AdwBin    parent_instance;

  TovStore *store;
  char     *family_id;
};

G_DEFINE_FINAL_TYPE (TovPlanPage, tov_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tov_plan_page_dispose (GObject *object)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_PLAN_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_plan_page_parent_class)->dispose (object);
}

static void
tov_plan_page_finalize (GObject *object)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  g_clear_pointer (&self->family_id, g_free);

  G_OBJECT_CLASS (tov_plan_page_parent_class)->finalize (object);
}

static void
tov_plan_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

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
tov_plan_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_plan_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_FAMILY_ID:
      tov_plan_page_set_family_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_plan_page_class_init (TovPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_plan_page_dispose;
  object_class->finalize = tov_plan_page_finalize;
  object_class->get_property = tov_plan_page_get_property;
  object_class->set_property = tov_plan_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAMILY_ID] =
    g_param_spec_string ("family-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-plan-page.ui");
}

static void
tov_plan_page_init (TovPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tov_plan_page_new (void)
{
  return g_object_new (TOV_TYPE_PLAN_PAGE, NULL);
}

TovStore *
tov_plan_page_get_store (TovPlanPage *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);

  return self->store;
}

void
tov_plan_page_set_store (TovPlanPage *self,
                         TovStore      *store)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
tov_plan_page_get_family_id (TovPlanPage *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);

  return self->family_id;
}

void
tov_plan_page_set_family_id (TovPlanPage *self,
                             const char    *family_id)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));

  if (g_strcmp0 (self->family_id, family_id) == 0)
    return;

  g_free (self->family_id);
  self->family_id = g_strdup (family_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}
