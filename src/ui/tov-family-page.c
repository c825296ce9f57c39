/* tov-family-page.c: the selected family's basic fields
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-page"

#include <glib/gi18n.h>

#include "tov-family-page.h"
#include "tov-map-page.h"
#include "tov-plan-page.h"

struct _TovFamilyPage
{
  AdwBin     parent_instance;

  TovStore          *store;
  TovFamily         *family;

  /* Template widgets */
  AdwViewStack      *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  TovMapPage        *map_page;
  TovPlanPage       *plan_page;
};

G_DEFINE_FINAL_TYPE (TovFamilyPage, tov_family_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Template callbacks: closures in tov-family-page.ui. */

static char *
format_status_cb (TovFamilyPage *self,
                  const char    *status)
{
  return g_strdup (tov_family_page_format_status (status));
}

static char *
format_date_cb (TovFamilyPage *self,
                const char    *date)
{
  return tov_family_page_format_date (date);
}

static char *
format_text_cb (TovFamilyPage *self,
                const char    *text)
{
  if (text == NULL || text[0] == '\0')
    return g_strdup (_("Not recorded"));

  return g_strdup (text);
}

static char *
format_count_cb (TovFamilyPage *self,
                 guint          count)
{
  if (count == 0)
    return g_strdup (_("None"));

  return g_strdup_printf ("%u", count);
}

static void
tov_family_page_dispose (GObject *object)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_FAMILY_PAGE);
  g_clear_object (&self->family);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_family_page_parent_class)->dispose (object);
}

static void
tov_family_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_family_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_FAMILY:
      tov_family_page_set_family (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_page_class_init (TovFamilyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_family_page_dispose;
  object_class->get_property = tov_family_page_get_property;
  object_class->set_property = tov_family_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL, TOV_TYPE_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_FAMILY);
  g_type_ensure (TOV_TYPE_MAP_PAGE);
  g_type_ensure (TOV_TYPE_PLAN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, map_page);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, plan_page);
  gtk_widget_class_bind_template_callback (widget_class, format_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_count_cb);
}

static void
tov_family_page_init (TovFamilyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tov_family_page_new (void)
{
  return g_object_new (TOV_TYPE_FAMILY_PAGE, NULL);
}

TovFamily *
tov_family_page_get_family (TovFamilyPage *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_PAGE (self), NULL);

  return self->family;
}

void
tov_family_page_set_family (TovFamilyPage *self,
                            TovFamily     *family)
{
  g_return_if_fail (TOV_IS_FAMILY_PAGE (self));
  g_return_if_fail (family == NULL || TOV_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  tov_map_page_set_family_id (self->map_page, family != NULL ? tov_family_get_id (family) : NULL);
  tov_plan_page_set_family_id (self->plan_page, family != NULL ? tov_family_get_id (family) : NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

TovStore *
tov_family_page_get_store (TovFamilyPage *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_PAGE (self), NULL);

  return self->store;
}

void
tov_family_page_set_store (TovFamilyPage *self,
                           TovStore      *store)
{
  g_return_if_fail (TOV_IS_FAMILY_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  tov_map_page_set_store (self->map_page, store);
  tov_plan_page_set_store (self->plan_page, store);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * tov_family_page_get_view_stack:
 * @self: a #TovFamilyPage
 *
 * Returns: (transfer none): the stack of the page's tabs (overview, network, plan),
 *   for a view switcher in the window's header bar
 */
AdwViewStack *
tov_family_page_get_view_stack (TovFamilyPage *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_PAGE (self), NULL);

  return self->view_stack;
}

/**
 * tov_family_page_get_switcher_bar:
 * @self: a #TovFamilyPage
 *
 * Returns: (transfer none): the bottom switcher bar, revealed on a narrow window
 */
AdwViewSwitcherBar *
tov_family_page_get_switcher_bar (TovFamilyPage *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_PAGE (self), NULL);

  return self->switcher_bar;
}

const char *
tov_family_page_format_status (const char *status)
{
  if (g_strcmp0 (status, "referred") == 0)
    /* Translators: a family's status: referred to the project, not yet enrolled */
    return C_("family status", "Referred");
  if (g_strcmp0 (status, "active") == 0)
    return C_("family status", "Active");
  if (g_strcmp0 (status, "closed") == 0)
    return C_("family status", "Closed");

  return _("Not recorded");
}

char *
tov_family_page_format_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  int y, m, d;

  if (date == NULL || date[0] == '\0')
    return g_strdup (_("Not recorded"));

  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup (date);

  utc = g_time_zone_new_utc ();
  dt = g_date_time_new (utc, y, m, d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup (date);

  /* Translators: a date as shown on a family's page, see g_date_time_format() */
  return g_date_time_format (dt, _("%-d %B %Y"));
}
