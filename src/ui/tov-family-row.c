/* tov-family-row.c: one family in the sidebar list
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-row"

#include <glib/gi18n.h>

#include "tov-family-row.h"

struct _TovFamilyRow
{
  AdwBin     parent_instance;

  TovFamily *family;
};

G_DEFINE_FINAL_TYPE (TovFamilyRow, tov_family_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Template callbacks: closures in tov-family-row.ui. */

static char *
format_details_cb (TovFamilyRow *self,
                   const char   *coordinator,
                   guint         member_count)
{
  return tov_family_row_format_details (coordinator, member_count);
}

static char *
format_overdue_cb (TovFamilyRow *self,
                   guint         overdue_count)
{
  return tov_family_row_format_overdue (overdue_count);
}

static char *
format_consent_cb (TovFamilyRow *self,
                   guint         consent_problems)
{
  return tov_family_row_format_consent (consent_problems);
}

static char *
format_overdue_tooltip_cb (TovFamilyRow *self,
                           guint         overdue_count)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u agreement is past its due date",
                                       "%u agreements are past their due date",
                                       overdue_count),
                          overdue_count);
}

static char *
format_consent_tooltip_cb (TovFamilyRow *self,
                           guint         consent_problems)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u adult has a missing, expiring or withdrawn consent",
                                       "%u adults have a missing, expiring or withdrawn consent",
                                       consent_problems),
                          consent_problems);
}

static gboolean
is_nonzero_cb (TovFamilyRow *self,
               guint         count)
{
  return count > 0;
}

static gboolean
has_badges_cb (TovFamilyRow *self,
               guint         overdue_count,
               guint         consent_problems)
{
  return overdue_count > 0 || consent_problems > 0;
}

static gboolean
is_nonempty_cb (TovFamilyRow *self,
                const char   *text)
{
  return text != NULL && text[0] != '\0';
}

static void
tov_family_row_dispose (GObject *object)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (object);

  g_clear_object (&self->family);

  G_OBJECT_CLASS (tov_family_row_parent_class)->dispose (object);
}

static void
tov_family_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      tov_family_row_set_family (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_row_class_init (TovFamilyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_family_row_dispose;
  object_class->get_property = tov_family_row_get_property;
  object_class->set_property = tov_family_row_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL, TOV_TYPE_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_FAMILY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-family-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, format_details_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_overdue_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_consent_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_overdue_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_consent_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, is_nonzero_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_badges_cb);
  gtk_widget_class_bind_template_callback (widget_class, is_nonempty_cb);
}

static void
tov_family_row_init (TovFamilyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tov_family_row_new (void)
{
  return g_object_new (TOV_TYPE_FAMILY_ROW, NULL);
}

TovFamily *
tov_family_row_get_family (TovFamilyRow *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_ROW (self), NULL);

  return self->family;
}

void
tov_family_row_set_family (TovFamilyRow *self,
                           TovFamily    *family)
{
  g_return_if_fail (TOV_IS_FAMILY_ROW (self));
  g_return_if_fail (family == NULL || TOV_IS_FAMILY (family));

  if (g_set_object (&self->family, family))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

char *
tov_family_row_format_details (const char *coordinator,
                               guint       member_count)
{
  g_autofree char *members = NULL;

  members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", member_count),
                             member_count);

  if (coordinator == NULL || coordinator[0] == '\0')
    /* Translators: a family without a coordinator; %s is "3 members" */
    return g_strdup_printf (_("No coordinator · %s"), members);

  /* Translators: %s is the coordinator's name, then "3 members"; a right-to-left language
   * starts with U+200F RIGHT-TO-LEFT MARK, or a Latin name first makes the line left to right */
  return g_strdup_printf (_("%s · %s"), coordinator, members);
}

char *
tov_family_row_format_overdue (guint overdue_count)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u overdue", "%u overdue", overdue_count),
                          overdue_count);
}

char *
tov_family_row_format_consent (guint consent_problems)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u consent issue", "%u consent issues", consent_problems),
                          consent_problems);
}
