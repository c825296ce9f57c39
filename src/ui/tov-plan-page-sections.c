/* tov-plan-page-sections.c: the plan as one list: section headers, items, agreements, roles, follow-up
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-labels.h"
#include "tov-plan-entry.h"
#include "tov-plan-items.h"
#include "tov-plan-page-private.h"
#include "tov-row-layout.h"
#include "tov-i18n.h"

/*
 * The whole plan is one virtualised list over a flat list of TovPlanEntry,
 * so a plan of 500 items opens with widgets for about a screenful; rows are
 * recycled as the list scrolls. The list is a GtkGridView of one column:
 * on GTK 4.8 a GtkListView keeps up to 200 rows alive (and measures them
 * all), a grid view 30 a column plus one above and below. Each list item holds one widget per
 * kind of entry (header, item, line, follow-up date), made the first time
 * that kind is bound to it.
 */

static void
add_info (GPtrArray      *entries,
          TovPlanSection  section,
          const char     *title,
          const char     *subtitle)
{
  g_ptr_array_add (entries, tov_plan_entry_new_info (section, title, subtitle));
}

static void
add_agreements (TovPlanPage *self,
                GPtrArray   *entries)
{
  g_autoptr(GPtrArray) agreements = NULL;

  if (self->version != NULL)
    agreements = tov_store_list (self->store, "agreements", "version_id", tov_record_get_id (self->version), NULL);
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      TovRecord *a = g_ptr_array_index (agreements, i);
      g_autofree char *who = NULL;
      g_autofree char *sub = NULL;
      g_autofree char *due = NULL;
      g_autofree char *isolated = NULL;

      if (tov_record_get (a, "person_id") != NULL)
        who = g_strdup (tov_plan_page_person_name (self, tov_record_get (a, "person_id")));
      else
        {
          const char *actor_id = tov_record_get (a, "actor_id");
          g_autoptr(TovRecord) actor = NULL;

          /* most often on the map now: read already */
          for (guint j = 0; actor_id != NULL && self->actors != NULL && j < self->actors->len; j++)
            if (g_str_equal (tov_record_get_id (g_ptr_array_index (self->actors, j)), actor_id))
              actor = g_object_ref (g_ptr_array_index (self->actors, j));
          if (actor == NULL && actor_id != NULL)
            actor = tov_store_get (self->store, "actors", actor_id, NULL);
          who = g_strdup (actor != NULL ? tov_record_get (actor, "name") : NULL);
        }
      /* Translators: an agreement's who, by when and status: "Amal · 2025-04-01 · open" */
      due = tov_date_format (tov_record_get (a, "due_on"));
      isolated = tov_isolate (who != NULL ? who : "?");
      sub = g_strdup_printf (_("%s · %s · %s"), isolated,
                             due != NULL ? due : _("no date"),
                             tov_label_for_value ("agreement_status", tov_record_get (a, "status")));
      add_info (entries, TOV_PLAN_SECTION_AGREEMENTS, tov_record_get (a, "what"), sub);
    }
  if (agreements == NULL || agreements->len == 0)
    add_info (entries, TOV_PLAN_SECTION_AGREEMENTS, _("No agreements yet"),
              _("Decisions at network meetings become agreements here."));
}

static void
add_roles (TovPlanPage *self,
           GPtrArray   *entries)
{
  for (guint i = 0; self->actors != NULL && i < self->actors->len; i++)
    {
      TovRecord *actor = g_ptr_array_index (self->actors, i);
      TovRecord *e = g_ptr_array_index (self->engagements, i);
      g_autofree char *sub = NULL;

      sub = g_strjoin (" · ", tov_record_get (actor, "role") ? tov_record_get (actor, "role") : "",
                       tov_record_get (actor, "organisation") ? tov_record_get (actor, "organisation") : "",
                       tov_record_get (e, "role_note") ? tov_record_get (e, "role_note") : "", NULL);
      add_info (entries, TOV_PLAN_SECTION_ROLES, tov_record_get (actor, "name"), sub);
    }
  if (self->actors == NULL || self->actors->len == 0)
    add_info (entries, TOV_PLAN_SECTION_ROLES, _("No professionals on the network map"), NULL);
}

/* Fills the list with what is shown: the items of the member chosen, no
 * internal ones with the family present. The cursor stays with its item. */
void
tov_plan_page_build_entries (TovPlanPage *self)
{
  g_autofree char *focus_id = tov_plan_page_focused_item (self);
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean editable = !self->frozen || !self->has_draft;

  /* the rows are bound anew: take the focus out of them first */
  if (focus_id != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  if (self->family == NULL)
    {
      g_list_store_remove_all (self->entries);
      return;
    }
  shown = tov_plan_items_for_member (self->items, tov_plan_page_member_filter (self));
  if (self->family_present)
    {
      GPtrArray *facing = tov_plan_items_family_facing (shown);
      g_ptr_array_unref (shown);
      shown = facing;
    }

  for (TovPlanSection s = 0; s < TOV_PLAN_N_SECTIONS; s++)
    {
      const char *kind = tov_plan_section_get_kind (s);

      if (s == TOV_PLAN_SECTION_ROLES && self->family_present)
        continue;   /* audit-like detail; the printout has it */
      g_ptr_array_add (entries, tov_plan_entry_new_header (s, kind != NULL && editable));
      if (kind != NULL)
        {
          g_autoptr(GPtrArray) items = tov_plan_items_in_section (shown, kind);

          for (guint i = 0; i < items->len; i++)
            g_ptr_array_add (entries, tov_plan_entry_new_item (g_ptr_array_index (items, i)));
          if (items->len == 0)
            add_info (entries, s, _("Nothing written yet"), NULL);
        }
      else if (s == TOV_PLAN_SECTION_AGREEMENTS)
        add_agreements (self, entries);
      else if (s == TOV_PLAN_SECTION_ROLES)
        add_roles (self, entries);
      else
        add_info (entries, s, NULL, NULL);   /* the follow-up date */
    }
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
  if (focus_id != NULL)
    tov_plan_page_focus_item (self, focus_id);
}

/* Widgets for the kinds of entries */

static GtkWidget *
header_widget (void)
{
  GtkWidget *box = tov_row_layout_new_row (6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *question = gtk_label_new (NULL);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_add_css_class (box, "plan-header");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (title, "title");
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_widget_add_css_class (question, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), question);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), add);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "question", question);
  g_object_set_data (G_OBJECT (box), "add", add);
  return box;
}

static void
bind_header (GtkWidget    *box,
             TovPlanEntry *entry)
{
  TovPlanSection s = tov_plan_entry_get_section (entry);
  GtkWidget *add = g_object_get_data (G_OBJECT (box), "add");
  g_autofree char *tip = g_strdup_printf (_("Add to “%s”"), tov_plan_section_get_title (s));

  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "title"), tov_plan_section_get_title (s));
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "question"), tov_plan_section_get_question (s));
  gtk_widget_set_visible (add, tov_plan_entry_get_can_add (entry));
  /* setting a tooltip asks the X server where the pointer is: only when it changes */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (add), tip) != 0)
    gtk_widget_set_tooltip_text (add, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  if (tov_plan_section_get_kind (s) != NULL)
    {
      /* the target first: the action takes a string */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", tov_plan_section_get_kind (s));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "plan.add-item");
    }
}

static GtkWidget *
info_widget (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "plan-line");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "subtitle", subtitle);
  return box;
}

static void
bind_info (GtkWidget    *box,
           TovPlanEntry *entry)
{
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (box), "subtitle");

  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "title"), tov_plan_entry_get_title (entry));
  gtk_label_set_label (GTK_LABEL (subtitle), tov_plan_entry_get_subtitle (entry));
  gtk_widget_set_visible (subtitle, tov_plan_entry_get_subtitle (entry) != NULL);
}

static void
on_follow_up_apply_cb (AdwEntryRow *row,
                       TovPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->version == NULL || !self->has_draft)
    return;
  self->writing = TRUE;
  if (!tov_plan_editor_set (self->editor, "plan_versions", tov_record_get_id (self->version),
                            "next_follow_up", *text ? text : NULL, NULL, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      tov_plan_page_toast_error (self, error);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  self->writing = FALSE;
}

static GtkWidget *
follow_up_widget (TovPlanPage *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date (YYYY-MM-DD)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_widget_set_name (row, "next-follow-up");
  g_signal_connect (row, "apply", G_CALLBACK (on_follow_up_apply_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_object_set_data (G_OBJECT (list), "row", row);
  return list;
}

static void
bind_follow_up (TovPlanPage *self,
                GtkWidget   *list)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (list), "row");

  gtk_editable_set_text (GTK_EDITABLE (row),
                         self->version != NULL ? tov_record_get (self->version, "next_follow_up") ?: "" : "");
  gtk_editable_set_editable (GTK_EDITABLE (row), self->version != NULL && self->has_draft && !self->frozen);
}

/* Shows @item in @row as the page is now: editable or not, member, translation. */
void
tov_plan_page_bind_item_row (TovPlanPage    *self,
                             TovPlanItemRow *row,
                             TovRecord      *item)
{
  const char *language = self->languages != NULL ? self->languages[0] : NULL;

  tov_plan_item_row_set_choices (row, self->persons, self->actors);
  tov_plan_item_row_set_item (row, item);
  tov_plan_item_row_set_editable (row, !self->frozen);
  tov_plan_item_row_set_family_present (row, self->family_present);
  tov_plan_item_row_set_member (row, tov_plan_page_person_name (self, tov_record_get (item, "person_id")));
  tov_plan_item_row_set_translation (row, language,
                                     language != NULL ? tov_plan_translation_lookup (self->translations,
                                                                                     tov_record_get_id (item),
                                                                                     "text", language) : NULL,
                                     language != NULL &&
                                     tov_plan_item_lacks_translation (item, self->translations,
                                                                      (const char * const *) self->languages));
}

static GtkWidget *
child_for (TovPlanPage  *self,
           GtkListItem  *list_item,
           const char   *name)
{
  GtkWidget *holder = gtk_list_item_get_child (list_item);
  GtkWidget *child = g_object_get_data (G_OBJECT (holder), name);

  if (child == NULL)
    {
      if (g_str_equal (name, "header"))
        child = header_widget ();
      else if (g_str_equal (name, "info"))
        child = info_widget ();
      else if (g_str_equal (name, "follow-up"))
        child = follow_up_widget (self);
      else
        {
          child = tov_plan_item_row_new (NULL);
          tov_plan_page_connect_row (self, TOV_PLAN_ITEM_ROW (child));
        }
      /* the holder keeps each kind it has made, shown or not */
      g_object_set_data_full (G_OBJECT (holder), name, g_object_ref_sink (child), g_object_unref);
    }
  return child;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TovPlanPage              *self)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, adw_bin_new ());
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TovPlanPage              *self)
{
  TovPlanEntry *entry = gtk_list_item_get_item (list_item);
  AdwBin *holder = ADW_BIN (gtk_list_item_get_child (list_item));
  GtkWidget *child;

  switch (tov_plan_entry_get_kind (entry))
    {
    case TOV_PLAN_ENTRY_HEADER:
      child = child_for (self, list_item, "header");
      bind_header (child, entry);
      break;
    case TOV_PLAN_ENTRY_ITEM:
      child = child_for (self, list_item, "item");
      tov_plan_page_bind_item_row (self, TOV_PLAN_ITEM_ROW (child), tov_plan_entry_get_item (entry));
      break;
    case TOV_PLAN_ENTRY_INFO:
    default:
      if (tov_plan_entry_get_section (entry) == TOV_PLAN_SECTION_FOLLOW_UP)
        {
          child = child_for (self, list_item, "follow-up");
          bind_follow_up (self, child);
        }
      else
        {
          child = child_for (self, list_item, "info");
          bind_info (child, entry);
        }
      break;
    }
  if (adw_bin_get_child (holder) != child)
    adw_bin_set_child (holder, child);
}

GtkListItemFactory *
tov_plan_page_new_factory (TovPlanPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  return factory;
}

/* Returns: (transfer container) (element-type TovPlanItemRow): the item rows the list has
 * made (those on screen and a few around them), in order. */
GList *
tov_plan_page_get_item_rows (TovPlanPage *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GList *list = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);

  /* the list's row widgets, each an AdwBin holding the widget bound */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *holder = gtk_widget_get_first_child (w);
      GtkWidget *child = ADW_IS_BIN (holder) ? adw_bin_get_child (ADW_BIN (holder)) : NULL;

      if (child != NULL && TOV_IS_PLAN_ITEM_ROW (child) &&
          tov_plan_item_row_get_item (TOV_PLAN_ITEM_ROW (child)) != NULL)
        g_ptr_array_add (rows, child);
    }
  /* the list's children are not kept in order of the model: sort by place */
  for (guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries)); n > 0; n--)
    {
      g_autoptr(TovPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), n - 1);

      for (guint i = 0; i < rows->len; i++)
        if (tov_plan_item_row_get_item (g_ptr_array_index (rows, i)) != NULL &&
            tov_plan_entry_get_item (entry) != NULL &&
            g_str_equal (tov_record_get_id (tov_plan_item_row_get_item (g_ptr_array_index (rows, i))),
                         tov_record_get_id (tov_plan_entry_get_item (entry))))
          list = g_list_prepend (list, g_ptr_array_index (rows, i));
    }
  return list;
}
