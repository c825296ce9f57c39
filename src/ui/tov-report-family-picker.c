/* tov-report-family-picker.c: the group of families a report covers
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-report-family-picker"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-family.h"
#include "tov-labels.h"
#include "tov-report-family-picker.h"

struct _TovReportFamilyPicker
{
  AdwBin          parent_instance;

  TovStore       *store;
  GPtrArray      *selected;   /* char *, in the order chosen; empty: all */
  GStrv           ids;        /* the same, NULL-terminated, or NULL */

  GtkMenuButton  *button;
  GtkSearchEntry *search;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (TovReportFamilyPicker, tov_report_family_picker, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SELECTED_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_selected (TovReportFamilyPicker *self,
             const char            *id)
{
  for (guint i = 0; i < self->selected->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selected, i), id))
      return TRUE;
  return FALSE;
}

static void
selection_changed (TovReportFamilyPicker *self)
{
  g_autofree char *label = tov_report_family_picker_describe (self->selected->len);

  g_clear_pointer (&self->ids, g_strfreev);
  if (self->selected->len > 0)
    {
      self->ids = g_new0 (char *, self->selected->len + 1);
      for (guint i = 0; i < self->selected->len; i++)
        self->ids[i] = g_strdup (g_ptr_array_index (self->selected, i));
    }
  gtk_menu_button_set_label (self->button, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_IDS]);
}

static void
on_check_toggled_cb (GtkCheckButton        *check,
                     TovReportFamilyPicker *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "family-id");
  gboolean active = gtk_check_button_get_active (check);

  if (active == is_selected (self, id))
    return;
  if (active)
    g_ptr_array_add (self->selected, g_strdup (id));
  else
    for (guint i = 0; i < self->selected->len; i++)
      if (g_str_equal (g_ptr_array_index (self->selected, i), id))
        {
          g_ptr_array_remove_index (self->selected, i);
          break;
        }
  selection_changed (self);
}

static void
fill (TovReportFamilyPicker *self)
{
  g_autoptr(GListModel) families = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->store == NULL)
    return;
  families = tov_store_list_families (self->store, &error);
  if (families == NULL)
    {
      g_debug ("No families to pick from: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (families); i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (families, i);
      const char *coordinator = tov_family_get_coordinator (family);
      const char *status = tov_label_for_value ("status", tov_family_get_status (family));
      g_autofree char *subtitle = coordinator != NULL && *coordinator != '\0'
                                    ? g_strdup_printf ("%s · %s", coordinator, status)
                                    : g_strdup (status);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *name = gtk_label_new (tov_family_get_name (family));
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), sub);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_selected (self, tov_family_get_id (family)));
      g_object_set_data_full (G_OBJECT (check), "family-id", g_strdup (tov_family_get_id (family)), g_free);
      /* what the filter matches: name, coordinator and status */
      g_object_set_data_full (G_OBJECT (check), "family-text",
                              g_utf8_casefold (g_strjoin (" ", tov_family_get_name (family), subtitle, NULL), -1),
                              g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tov_family_get_name (family), -1);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      gtk_list_box_append (self->list, check);
    }
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  TovReportFamilyPicker *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  GtkWidget *check = gtk_list_box_row_get_child (row);
  g_autofree char *folded = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  folded = g_utf8_casefold (query, -1);
  return strstr (g_object_get_data (G_OBJECT (check), "family-text"), folded) != NULL;
}

static void
on_search_changed_cb (TovReportFamilyPicker *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
on_all_clicked_cb (TovReportFamilyPicker *self)
{
  tov_report_family_picker_set_selected_ids (self, NULL);
}

static void
on_popover_show_cb (TovReportFamilyPicker *self)
{
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
tov_report_family_picker_dispose (GObject *object)
{
  TovReportFamilyPicker *self = TOV_REPORT_FAMILY_PICKER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_report_family_picker_parent_class)->dispose (object);
}

static void
tov_report_family_picker_finalize (GObject *object)
{
  TovReportFamilyPicker *self = TOV_REPORT_FAMILY_PICKER (object);

  g_ptr_array_unref (self->selected);
  g_strfreev (self->ids);

  G_OBJECT_CLASS (tov_report_family_picker_parent_class)->finalize (object);
}

static void
tov_report_family_picker_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TovReportFamilyPicker *self = TOV_REPORT_FAMILY_PICKER (object);

  switch (prop_id)
    {
    case PROP_SELECTED_IDS:
      g_value_set_boxed (value, self->ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_report_family_picker_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TovReportFamilyPicker *self = TOV_REPORT_FAMILY_PICKER (object);

  switch (prop_id)
    {
    case PROP_SELECTED_IDS:
      tov_report_family_picker_set_selected_ids (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_report_family_picker_class_init (TovReportFamilyPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_report_family_picker_dispose;
  object_class->finalize = tov_report_family_picker_finalize;
  object_class->get_property = tov_report_family_picker_get_property;
  object_class->set_property = tov_report_family_picker_set_property;

  properties[PROP_SELECTED_IDS] =
    g_param_spec_boxed ("selected-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_report_family_picker_init (TovReportFamilyPicker *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *all = gtk_button_new_with_mnemonic (_("_All Families"));
  g_autofree char *label = tov_report_family_picker_describe (0);

  self->selected = g_ptr_array_new_with_free_func (g_free);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose the families in the report"));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Family, coordinator or status"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Families in the report"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  g_signal_connect_swapped (all, "clicked", G_CALLBACK (on_all_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), all);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show_cb), self);
  gtk_menu_button_set_popover (self->button, popover);
}

/* Public API */

GtkWidget *
tov_report_family_picker_new (void)
{
  return g_object_new (TOV_TYPE_REPORT_FAMILY_PICKER, NULL);
}

void
tov_report_family_picker_set_store (TovReportFamilyPicker *self,
                                    TovStore              *store)
{
  g_return_if_fail (TOV_IS_REPORT_FAMILY_PICKER (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  g_set_object (&self->store, store);
  fill (self);
}

/* Returns: (nullable): the chosen families' ids, NULL for all families */
const char * const *
tov_report_family_picker_get_selected_ids (TovReportFamilyPicker *self)
{
  g_return_val_if_fail (TOV_IS_REPORT_FAMILY_PICKER (self), NULL);

  return (const char * const *) self->ids;
}

void
tov_report_family_picker_set_selected_ids (TovReportFamilyPicker *self,
                                           const char * const    *ids)
{
  GtkWidget *row;

  g_return_if_fail (TOV_IS_REPORT_FAMILY_PICKER (self));

  if (ids == NULL && self->selected->len == 0)
    return;
  g_ptr_array_set_size (self->selected, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_ptr_array_add (self->selected, g_strdup (ids[i]));

  /* the check boxes follow without toggling back */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_signal_handlers_block_by_func (check, on_check_toggled_cb, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   is_selected (self, g_object_get_data (G_OBJECT (check), "family-id")));
      g_signal_handlers_unblock_by_func (check, on_check_toggled_cb, self);
    }
  selection_changed (self);
}

/* The button's label: "Choose Families…" (all of them, beside the status
 * filter's "All families") or "3 Families". */
char *
tov_report_family_picker_describe (guint n_selected)
{
  if (n_selected == 0)
    return g_strdup (_("Choose Families…"));
  /* Translators: the group of families a report covers */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Family", "%u Families", n_selected), n_selected);
}
