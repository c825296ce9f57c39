/* tov-family-page.c: the selected family at a glance
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-labels.h"
#include "tov-overview.h"
#include "tov-family-page-private.h"
#include "tov-print.h"
#include "tov-store-overview.h"
#include "tov-i18n.h"

G_DEFINE_FINAL_TYPE (TovFamilyPage, tov_family_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY,
  PROP_FAMILY_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

guint tov_family_page_signals[TOV_FAMILY_PAGE_N_SIGNALS];

static void
clear_list (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
    }
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static char *
person_name (TovRecord *person)
{
  const char *given = tov_record_get (person, "given_name");
  const char *family = tov_record_get (person, "family_name");

  if (family == NULL || family[0] == '\0')
    return g_strdup (or_empty (given));

  /* Translators: a person's full name: given name, family name */
  return g_strdup_printf (C_("person name", "%s %s"), or_empty (given), family);
}

static void
add_figure (TovFamilyPage *self,
            const char    *value,
            const char    *caption,
            gboolean       warning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "figure");
  gtk_widget_add_css_class (value_label, "title-2");
  if (warning)
    gtk_widget_add_css_class (value_label, "warning");
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_flow_box_append (self->figures_box, box);
}

static void
show_figures (TovFamilyPage *self,
              const char    *today)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *professionals = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *agreements = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *follow_up = NULL;
  TovFamilyFigures figures = { 0 };

  clear_list (GTK_WIDGET (self->figures_box));

  if (!tov_store_family_figures (self->store, tov_record_get_id (self->record), today, &figures, &error))
    {
      g_debug ("No figures: %s", error->message);
      return;
    }

  professionals = g_strdup_printf ("%u", figures.professionals_now);
  if (figures.professionals_at_start == G_MAXUINT)
    caption = g_strdup (_("professionals in direct contact now"));
  else
    /* Translators: under the number of professionals in contact with the family now */
    caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "professionals in direct contact now (%u at enrolment)",
                                            "professionals in direct contact now (%u at enrolment)",
                                            figures.professionals_at_start),
                               figures.professionals_at_start);
  add_figure (self, professionals, caption, FALSE);

  agreements = g_strdup_printf ("%u", figures.open_agreements);
  g_clear_pointer (&caption, g_free);
  if (figures.overdue_agreements > 0)
    caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "open agreements, %u overdue",
                                            "open agreements, %u overdue",
                                            figures.overdue_agreements),
                               figures.overdue_agreements);
  else
    caption = g_strdup (_("open agreements, none overdue"));
  add_figure (self, agreements, caption, figures.overdue_agreements > 0);

  meeting = figures.next_meeting != NULL ? tov_family_page_format_date (figures.next_meeting)
                                         : g_strdup (_("None planned"));
  add_figure (self, meeting, _("next meeting"), FALSE);

  follow_up = figures.next_follow_up != NULL ? tov_family_page_format_date (figures.next_follow_up)
                                             : g_strdup (_("Not set"));
  add_figure (self, follow_up, _("next plan follow-up"),
              figures.next_follow_up != NULL && g_strcmp0 (figures.next_follow_up, today) < 0);

  tov_family_figures_clear (&figures);
}

static void
show_header (TovFamilyPage *self)
{
  TovRecord *r = self->record;
  const char *status = tov_record_get (r, "status");
  const char *coordinator = self->family != NULL ? tov_family_get_coordinator (self->family) : NULL;
  g_autofree char *enrolled = tov_family_page_format_date (tov_record_get (r, "enrolled_on"));
  g_autofree char *facts = NULL;
  g_autofree char *coordinator_text = NULL;
  g_autofree char *languages = tov_label_for_languages (tov_record_get (r, "languages"));
  g_autofree char *prints = tov_label_for_languages (tov_record_get (r, "print_languages"));
  g_autoptr(GString) lang = g_string_new (NULL);

  gtk_label_set_text (self->name_label, or_empty (tov_record_get (r, "name")));
  gtk_label_set_text (self->status_label, tov_family_page_format_status (status));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "referred");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "active");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "closed");
  if (status != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status);

  /* Translators: under a family's name: when it was enrolled and who its coordinator is */
  coordinator_text = coordinator != NULL && coordinator[0] != '\0' ? tov_isolate (coordinator)
                                                                  : g_strdup (_("none chosen yet"));
  facts = g_strdup_printf (_("Enrolled %s · Coordinator: %s"), enrolled, coordinator_text);
  gtk_label_set_text (self->facts_label, facts);

  g_string_append_printf (lang, _("Languages: %s"), languages[0] != '\0' ? languages : _("not recorded"));
  if (tov_record_get_boolean (r, "interpreter_needed"))
    {
      const char *il = tov_record_get (r, "interpreter_language");

      g_string_append (lang, " · ");
      if (il != NULL)
        g_string_append_printf (lang, _("Interpreter needed (%s)"), tov_label_for_language (il));
      else
        g_string_append (lang, _("Interpreter needed"));
    }
  g_string_append (lang, " · ");
  g_string_append_printf (lang, _("Printouts in: %s"), prints[0] != '\0' ? prints : _("Danish"));
  gtk_label_set_text (self->languages_label, lang->str);

  if (g_strcmp0 (status, "closed") == 0)
    {
      g_autofree char *closed = tov_family_page_format_date (tov_record_get (r, "closed_on"));
      g_autofree char *text = NULL;
      const char *handover = tov_record_get (r, "handover_to");
      const char *reason = tov_record_get (r, "closure_reason");
      g_autofree char *handover_text = handover != NULL ? tov_isolate (handover) : g_strdup (_("nobody"));
      g_autofree char *reason_text = reason != NULL ? tov_isolate (reason) : g_strdup (_("not recorded"));

      /* Translators: a closed family: the date, who took over, why */
      text = g_strdup_printf (_("Closed %s · Handed over to: %s · Reason: %s"), closed,
                              handover_text, reason_text);
      gtk_label_set_text (self->closure_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->closure_label), g_strcmp0 (status, "closed") == 0);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             const char *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

static char *
describe_member (TovRecord  *person,
                 GPtrArray  *measurements,
                 const char *today)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) progress = tov_measurement_progress (measurements);
  int age = tov_person_age (tov_record_get (person, "birth_date"), today);

  if (age >= 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", age), age);
  else
    g_string_append (text, _("Age not recorded"));
  g_string_append (text, " · ");
  g_string_append (text, tov_label_for_value ("household_role", tov_record_get (person, "household_role")));

  for (guint i = 0; i < progress->len; i++)
    {
      TovProgress *p = g_ptr_array_index (progress, i);
      const char *first = tov_label_for_value (p->dimension, p->first);
      const char *latest = tov_label_for_value (p->dimension, p->latest);

      g_string_append_c (text, '\n');
      if (p->count > 1)
        /* Translators: progress in one measured dimension: name: at enrolment → latest */
        g_string_append_printf (text, _("%s: %s → %s"), tov_label_for_dimension (p->dimension),
                                first, latest);
      else
        g_string_append_printf (text, _("%s: %s"), tov_label_for_dimension (p->dimension), latest);
    }

  return g_markup_escape_text (text->str, -1);
}

static void
show_members (TovFamilyPage *self,
              GPtrArray     *persons,
              const char    *today)
{
  clear_list (GTK_WIDGET (self->members_list));
  clear_list (GTK_WIDGET (self->consents_list));

  for (guint i = 0; i < persons->len; i++)
    {
      TovRecord *person = g_ptr_array_index (persons, i);
      const char *id = tov_record_get_id (person);
      g_autofree char *name = person_name (person);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *subtitle = NULL;
      g_autoptr(GPtrArray) measurements = tov_store_list (self->store, "measurements", "person_id", id, NULL);
      g_autoptr(GPtrArray) consents = NULL;
      GtkWidget *row = adw_action_row_new ();

      subtitle = describe_member (person, measurements, today);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_name (row, id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button ("document-edit-symbolic", _("Edit Member"),
                                              "family.edit-member", id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button ("user-trash-symbolic", _("Delete Member"),
                                              "family.delete-member", id));
      gtk_list_box_append (self->members_list, row);

      if (!tov_person_is_adult (tov_record_get (person, "household_role"),
                                tov_record_get (person, "birth_date"), today))
        continue;

      consents = tov_store_list (self->store, "consents", "person_id", id, NULL);
      {
        const char *until = NULL;
        TovConsentState state = tov_consent_state (consents, today, &until);
        g_autofree char *date = until != NULL ? tov_family_page_format_date (until) : NULL;
        g_autofree char *text = NULL;
        g_autofree char *escaped_text = NULL;
        GtkWidget *consent_row = adw_action_row_new ();
        GtkWidget *icon;

        text = tov_consent_state_describe (state, date);
        escaped_text = g_markup_escape_text (text, -1);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (consent_row), escaped);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (consent_row), escaped_text);
        icon = gtk_image_new_from_icon_name (tov_consent_state_is_problem (state)
                                             ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
        gtk_widget_add_css_class (icon, tov_consent_state_is_problem (state) ? "warning" : "success");
        gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        tov_consent_state_is_problem (state) ? _("Warning") : _("Valid"),
                                        -1);
        adw_action_row_add_prefix (ADW_ACTION_ROW (consent_row), icon);
        if (tov_consent_state_is_problem (state))
          gtk_widget_add_css_class (consent_row, "consent-problem");
        if (consents->len > 0)
          adw_action_row_add_suffix (ADW_ACTION_ROW (consent_row),
                                     icon_button ("document-edit-symbolic", _("Edit the Latest Consent"),
                                                  "family.edit-consent",
                                                  tov_record_get_id (g_ptr_array_index (consents, consents->len - 1))));
        adw_action_row_add_suffix (ADW_ACTION_ROW (consent_row),
                                   icon_button ("list-add-symbolic", _("Record a Consent"),
                                                "family.add-consent", id));
        gtk_list_box_append (self->consents_list, consent_row);
      }
    }

  if (persons->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No members yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->members_list, row);
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (self->consents_list)) == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No adults recorded"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->consents_list, row);
    }
}

/**
 * tov_family_page_reload:
 *
 * Reads the family again and shows it; a family that is gone leaves the
 * page empty.
 */
void
tov_family_page_reload (TovFamilyPage *self)
{
  g_autofree char *today = tov_date_today ();
  g_autoptr(GPtrArray) persons = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->record);

  if (self->store != NULL && self->family != NULL)
    self->record = tov_store_get (self->store, "families", tov_family_get_id (self->family), NULL);

  tov_family_page_update_actions (self);

  if (self->record == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      clear_list (GTK_WIDGET (self->figures_box));
      clear_list (GTK_WIDGET (self->members_list));
      clear_list (GTK_WIDGET (self->consents_list));
      return;
    }

  show_header (self);
  show_figures (self, today);
  persons = tov_store_list (self->store, "persons", "family_id", tov_record_get_id (self->record), NULL);
  if (persons == NULL)
    persons = g_ptr_array_new_with_free_func (g_object_unref);
  show_members (self, persons, today);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TovFamilyPage *self = user_data;

  self->reload_source = 0;
  tov_family_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TovFamilyPage *self,
                     const char    *table,
                     const char    *id,
                     TovStore      *store)
{
  if (self->family != NULL && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

/* The Network, Plan and Meetings tabs are built when first shown: most
 * mornings start on the overview, and building them costs start-up time. */
static void
ensure_tab (TovFamilyPage *self,
            const char    *name)
{
  const char *id = self->family != NULL ? tov_family_get_id (self->family) : NULL;

  if (g_strcmp0 (name, "network") == 0 && self->map_page == NULL)
    {
      self->map_page = TOV_MAP_PAGE (tov_map_page_new ());
      tov_map_page_set_store (self->map_page, self->store);
      tov_map_page_set_family_id (self->map_page, id);
      adw_bin_set_child (self->network_bin, GTK_WIDGET (self->map_page));
    }
  else if (g_strcmp0 (name, "plan") == 0 && self->plan_page == NULL)
    {
      self->plan_page = TOV_PLAN_PAGE (tov_plan_page_new ());
      tov_plan_page_set_export_handler (self->plan_page, (TovPlanExportFunc) tov_print_plan_export, NULL);
      tov_plan_page_set_store (self->plan_page, self->store);
      tov_plan_page_set_family_id (self->plan_page, id);
      g_object_bind_property (self, "family-present", self->plan_page, "family-present",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      adw_bin_set_child (self->plan_bin, GTK_WIDGET (self->plan_page));
    }
  else if (g_strcmp0 (name, "meetings") == 0 && self->meetings_page == NULL)
    {
      self->meetings_page = TOV_MEETINGS_PAGE (tov_meetings_page_new ());
      tov_meetings_page_set_store (self->meetings_page, self->store);
      tov_meetings_page_set_family_id (self->meetings_page, id);
      adw_bin_set_child (self->meetings_bin, GTK_WIDGET (self->meetings_page));
    }
}

static void
on_view_stack_visible_child_name_cb (TovFamilyPage *self,
                                     GParamSpec    *pspec,
                                     AdwViewStack  *stack)
{
  ensure_tab (self, adw_view_stack_get_visible_child_name (stack));
}

static void
tov_family_page_dispose (GObject *object)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_FAMILY_PAGE);
  self->map_page = NULL;
  self->plan_page = NULL;
  self->meetings_page = NULL;
  g_clear_object (&self->family);
  g_clear_object (&self->record);
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

    case PROP_FAMILY_PRESENT:
      g_value_set_boolean (value, self->family_present);
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

    case PROP_FAMILY_PRESENT:
      if (self->family_present != g_value_get_boolean (value))
        {
          self->family_present = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
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

  /* The family is at the table, the screen turned towards it: the plan
   * shows what the family may see, and the window shows no other family
   * (the plan's "Family present"). */
  properties[PROP_FAMILY_PRESENT] =
    g_param_spec_boolean ("family-present", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TovFamilyPage::add-toast:
   * @toast: a confirmation, maybe with Undo, for the window to show
   */
  tov_family_page_signals[TOV_FAMILY_PAGE_SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (TOV_TYPE_FAMILY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, network_bin);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, plan_bin);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, meetings_bin);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, languages_label);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, closure_label);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, TovFamilyPage, consents_list);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_name_cb);

  tov_family_page_install_actions (widget_class);
}

static void
tov_family_page_init (TovFamilyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tov_family_page_update_actions (self);
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
  const char *id;

  g_return_if_fail (TOV_IS_FAMILY_PAGE (self));
  g_return_if_fail (family == NULL || TOV_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  id = family != NULL ? tov_family_get_id (family) : NULL;
  if (self->map_page != NULL)
    tov_map_page_set_family_id (self->map_page, id);
  if (self->plan_page != NULL)
    tov_plan_page_set_family_id (self->plan_page, id);
  if (self->meetings_page != NULL)
    tov_meetings_page_set_family_id (self->meetings_page, id);

  tov_family_page_reload (self);

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

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->map_page != NULL)
    tov_map_page_set_store (self->map_page, store);
  if (self->plan_page != NULL)
    tov_plan_page_set_store (self->plan_page, store);
  if (self->meetings_page != NULL)
    tov_meetings_page_set_store (self->meetings_page, store);

  tov_family_page_reload (self);

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
  if (status == NULL)
    return _("Not recorded");

  return tov_label_for_value ("status", status);
}

char *
tov_family_page_format_date (const char *date)
{
  if (date == NULL || date[0] == '\0')
    return g_strdup (_("Not recorded"));

  return tov_date_format (date);
}
