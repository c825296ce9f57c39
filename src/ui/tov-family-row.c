/* tov-family-row.c: one family in the sidebar list
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-row"

#include <string.h>

#include <glib/gi18n.h>

#include "tov-family-row.h"
#include "tov-tooltip.h"
#include "tov-i18n.h"

struct _TovFamilyRow
{
  AdwBin     parent_instance;

  TovFamily *family;
  gulong     notify_id;

  GtkWidget *name_label;
  GtkWidget *details_label;
  GtkWidget *match_label;   /* created when a family first has a match */
  GtkWidget *badges;        /* created when a family first has a badge */
  GtkWidget *overdue_badge;
  GtkWidget *consent_badge;
  GtkWidget *labels;
};

G_DEFINE_FINAL_TYPE (TovFamilyRow, tov_family_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Built in code, not from a template: GTK 4.8's GtkListView keeps about 200
 * rows alive and builds a new row for every family that enters the list, so
 * a search of one letter builds nearly all of them. A template with
 * property expressions cost about 0.7 ms a row; here a row is two or three
 * lines of text in a box, badges and the match line are made only for
 * families that have them, and the badges' tooltips are answered on demand
 * (tov_tooltip_set_text: GTK 4.8's setter asks the X server where the
 * pointer is, every time).
 */

/* A line of text: a GtkInscription (GTK 4.8), not a GtkLabel. Its size
 * comes from its font's metrics (one line high, no width of its own), not
 * from its text, so a new family's texts are only drawn: GtkLabel queues a
 * resize for every new text, and the ~90 labels of the ~30 rows a search
 * changes were each laid out by Pango to be measured, then again to be
 * drawn, and the window's layout ran again (on X11 with a round trip to the
 * server for the work area). */
static GtkWidget *
new_line (const char *first_class,
          const char *second_class)
{
  GtkWidget *line = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (line), 0.0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (line), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (line), 0);
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (line), 1);
  gtk_widget_add_css_class (line, first_class);
  if (second_class != NULL)
    gtk_widget_add_css_class (line, second_class);
  return line;
}

/* A GtkInscription is as high as its font's metrics say, which in an
 * Arabic window is less than Arabic letters need (their tails were cut
 * off): each line is at least as high as Latin and Arabic letters laid out
 * in its font. Done when the row joins a window (its fonts known) and when
 * the font settings change, not for each family. */
static void
floor_line_height (GtkWidget *line)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  /* not translatable: letters measured, never shown */
  layout = gtk_widget_create_pango_layout (line, "Åg أفراد");
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_widget_set_size_request (line, -1, height);
}

/* The text a line or a badge shows. */
static const char *
get_text (GtkWidget *widget)
{
  const char *text;

  if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  else
    text = gtk_label_get_label (GTK_LABEL (widget));
  return text != NULL ? text : "";
}

static GtkWidget *
new_badge (const char *kind)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "badge");
  gtk_widget_add_css_class (badge, kind);
  return badge;
}

/* A line starts on the side the window reads from, whichever way its text
 * runs, as a GtkLabel's does: a GtkInscription leaves that to Pango, which
 * puts a right-to-left text ("هدى Abdallah") at the right of a left-to-right
 * window and a Danish name at the left of an Arabic one. So a text that runs
 * the other way than the window is aligned to its own end. */
static void
align_line (GtkWidget *line)
{
  PangoDirection text;
  gboolean rtl;

  /* the rule PangoLayout itself applies to a paragraph (its first strong
   * character), deprecated in Pango 1.44 without a replacement */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  text = pango_find_base_dir (get_text (line), -1);
  G_GNUC_END_IGNORE_DEPRECATIONS
  rtl = gtk_widget_get_direction (line) == GTK_TEXT_DIR_RTL;
  gtk_inscription_set_xalign (GTK_INSCRIPTION (line),
                              (text == PANGO_DIRECTION_RTL && !rtl) ||
                              (text == PANGO_DIRECTION_LTR && rtl) ? 1.0 : 0.0);
}

static void
set_text (GtkWidget  *widget,
          const char *text)
{
  if (text == NULL)
    text = "";
  if (strcmp (get_text (widget), text) == 0)
    return;
  if (GTK_IS_INSCRIPTION (widget))
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (widget), text);
      align_line (widget);
    }
  else
    gtk_label_set_text (GTK_LABEL (widget), text);
}

static void
update_match (TovFamilyRow *self)
{
  const char *match = self->family != NULL ? tov_family_get_match (self->family) : NULL;
  gboolean shown = match != NULL && match[0] != '\0';

  if (!shown)
    {
      if (self->match_label != NULL)
        gtk_widget_set_visible (self->match_label, FALSE);
      return;
    }

  if (self->match_label == NULL)
    {
      self->match_label = new_line ("caption", "dim-label");
      gtk_widget_insert_after (self->match_label, self->labels, self->details_label);
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        floor_line_height (self->match_label);
    }
  set_text (self->match_label, match);
  gtk_widget_set_visible (self->match_label, TRUE);
}

static void
update_badges (TovFamilyRow *self)
{
  guint overdue = self->family != NULL ? tov_family_get_overdue_count (self->family) : 0;
  guint consent = self->family != NULL ? tov_family_get_consent_problems (self->family) : 0;

  if (overdue == 0 && consent == 0)
    {
      if (self->badges != NULL)
        gtk_widget_set_visible (self->badges, FALSE);
      return;
    }

  if (self->badges == NULL)
    {
      self->badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_halign (self->badges, GTK_ALIGN_START);
      gtk_widget_set_margin_top (self->badges, 3);
      gtk_box_append (GTK_BOX (self->labels), self->badges);
    }
  gtk_widget_set_visible (self->badges, TRUE);

  if (overdue > 0)
    {
      g_autofree char *text = tov_family_row_format_overdue (overdue);
      g_autofree char *tooltip = NULL;

      if (self->overdue_badge == NULL)
        {
          self->overdue_badge = new_badge ("warning");
          gtk_box_prepend (GTK_BOX (self->badges), self->overdue_badge);
        }
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u agreement is past its due date",
                                              "%u agreements are past their due date",
                                              overdue),
                                 overdue);
      set_text (self->overdue_badge, text);
      tov_tooltip_set_text (self->overdue_badge, tooltip);
    }
  if (self->overdue_badge != NULL)
    gtk_widget_set_visible (self->overdue_badge, overdue > 0);

  if (consent > 0)
    {
      g_autofree char *text = tov_family_row_format_consent (consent);
      g_autofree char *tooltip = NULL;

      if (self->consent_badge == NULL)
        {
          self->consent_badge = new_badge ("error");
          gtk_box_append (GTK_BOX (self->badges), self->consent_badge);
        }
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u adult has a missing, expiring or withdrawn consent",
                                              "%u adults have a missing, expiring or withdrawn consent",
                                              consent),
                                 consent);
      set_text (self->consent_badge, text);
      tov_tooltip_set_text (self->consent_badge, tooltip);
    }
  if (self->consent_badge != NULL)
    gtk_widget_set_visible (self->consent_badge, consent > 0);
}

static void
update_details (TovFamilyRow *self)
{
  g_autofree char *details = NULL;

  if (self->family == NULL)
    {
      set_text (self->details_label, NULL);
      return;
    }
  details = tov_family_row_format_details (tov_family_get_coordinator (self->family),
                                           tov_family_get_member_count (self->family));
  set_text (self->details_label, details);
}

static void
append_shown (GString   *text,
              GtkWidget *label)
{
  const char *shown;

  if (label == NULL || !gtk_widget_get_visible (label))
    return;
  shown = get_text (label);
  if (shown[0] == '\0')
    return;
  if (text->len > 0)
    /* Translators: between the parts of a family row's name read aloud, "Hansen, Mona · 4 members, 2 overdue" */
    g_string_append (text, _(", "));
  g_string_append (text, shown);
}

/* The row's accessible name: what the row shows, in the order it shows it,
 * so that a screen reader says the family, its coordinator and its badges
 * as the list's focus moves. */
static void
update_accessible (TovFamilyRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  append_shown (text, self->name_label);
  append_shown (text, self->details_label);
  append_shown (text, self->match_label);
  if (self->badges != NULL && gtk_widget_get_visible (self->badges))
    {
      append_shown (text, self->overdue_badge);
      append_shown (text, self->consent_badge);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

static void
update_all (TovFamilyRow *self)
{
  set_text (self->name_label, self->family != NULL ? tov_family_get_name (self->family) : NULL);
  update_details (self);
  update_match (self);
  update_badges (self);
  update_accessible (self);
}

static void
on_family_notify_cb (TovFamily    *family,
                     GParamSpec   *pspec,
                     TovFamilyRow *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "match"))
    update_match (self);
  else if (g_str_equal (name, "overdue-count") || g_str_equal (name, "consent-problems"))
    update_badges (self);
  else if (g_str_equal (name, "coordinator") || g_str_equal (name, "member-count"))
    update_details (self);
  else if (g_str_equal (name, "name"))
    set_text (self->name_label, tov_family_get_name (family));
  else
    return;
  update_accessible (self);
}

static void
tov_family_row_dispose (GObject *object)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (object);

  if (self->family != NULL)
    g_clear_signal_handler (&self->notify_id, self->family);
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

/*
 * The row's width does not depend on its texts: the family list's grid is
 * one column as wide as the sidebar, and each line is ellipsized. So the
 * row has no layout manager and says its width itself: as narrow as its
 * badges (the only line that cannot be ellipsized); its height is its
 * children's, and its child gets the whole row. (With GtkLabels for lines,
 * GTK 4.8 laid each ellipsized text out twice more to measure a width the
 * list never used; the badges are still labels.)
 */
static void
tov_family_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_widget_measure (child, orientation, for_size,
                          minimum, natural, minimum_baseline, natural_baseline);
      return;
    }

  *minimum = *natural = 0;
  if (self->badges != NULL && gtk_widget_get_visible (self->badges))
    gtk_widget_measure (self->badges, GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
  *natural = *minimum;
}

static void
tov_family_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

static void
tov_family_row_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous_direction)
{
  TovFamilyRow *self = TOV_FAMILY_ROW (widget);

  GTK_WIDGET_CLASS (tov_family_row_parent_class)->direction_changed (widget, previous_direction);
  align_line (self->name_label);
  align_line (self->details_label);
  if (self->match_label != NULL)
    align_line (self->match_label);
}

static void
floor_heights (TovFamilyRow *self)
{
  floor_line_height (self->name_label);
  floor_line_height (self->details_label);
  if (self->match_label != NULL)
    floor_line_height (self->match_label);
}

static void
tov_family_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tov_family_row_parent_class)->root (widget);
  floor_heights (TOV_FAMILY_ROW (widget));
}

static void
tov_family_row_system_setting_changed (GtkWidget        *widget,
                                       GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (tov_family_row_parent_class)->system_setting_changed (widget, setting);
  if (gtk_widget_get_root (widget) != NULL)
    floor_heights (TOV_FAMILY_ROW (widget));
}

static GtkSizeRequestMode
tov_family_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
tov_family_row_class_init (TovFamilyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = tov_family_row_measure;
  widget_class->size_allocate = tov_family_row_size_allocate;
  widget_class->get_request_mode = tov_family_row_get_request_mode;
  widget_class->direction_changed = tov_family_row_direction_changed;
  widget_class->root = tov_family_row_root;
  widget_class->system_setting_changed = tov_family_row_system_setting_changed;
  object_class->dispose = tov_family_row_dispose;
  object_class->get_property = tov_family_row_get_property;
  object_class->set_property = tov_family_row_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL, TOV_TYPE_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tov_family_row_init (TovFamilyRow *self)
{
  /* measured and allocated by the row itself (tov_family_row_measure) */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "family-row");
  self->labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (self->labels, TRUE);
  self->name_label = new_line ("heading", NULL);
  self->details_label = new_line ("caption", "dim-label");
  gtk_box_append (GTK_BOX (self->labels), self->name_label);
  gtk_box_append (GTK_BOX (self->labels), self->details_label);
  adw_bin_set_child (ADW_BIN (self), self->labels);
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

  if (self->family == family)
    return;

  if (self->family != NULL)
    g_clear_signal_handler (&self->notify_id, self->family);
  g_set_object (&self->family, family);
  if (family != NULL)
    self->notify_id = g_signal_connect (family, "notify", G_CALLBACK (on_family_notify_cb), self);
  update_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

char *
tov_family_row_format_details (const char *coordinator,
                               guint       member_count)
{
  g_autofree char *members = NULL;
  g_autofree char *isolated = NULL;

  members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", member_count),
                             member_count);

  if (coordinator == NULL || coordinator[0] == '\0')
    /* Translators: a family without a coordinator; %s is "3 members" */
    return g_strdup_printf (_("No coordinator · %s"), members);

  /* Translators: %s is the coordinator's name, then "3 members"; a right-to-left language
   * starts with U+200F RIGHT-TO-LEFT MARK, or a Latin name first makes the line left to right */
  isolated = tov_isolate (coordinator);
  return g_strdup_printf (_("%s · %s"), isolated, members);
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
