/* tov-plan-page.c: the masterplan editor, the "Plan" tab of a family's page
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-plan-items.h"
#include "tov-plan-item-row.h"
#include "tov-plan-page-private.h"
#include "tov-store-plan.h"

/*
 * Sections in the order users work in; every change is written at once
 * through the plan editor (autosave, undo and redo across the editor).
 * An agreed version is shown read-only. Family-present mode enlarges the
 * text, hides internal items and audit details and shows each text with
 * its translation beside it.
 */

G_DEFINE_FINAL_TYPE (TovPlanPage, tov_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY_ID,
  PROP_FAMILY_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
person_name (TovPlanPage *self,
             const char  *person_id)
{
  for (guint i = 0; person_id != NULL && self->persons != NULL && i < self->persons->len; i++)
    {
      TovRecord *p = g_ptr_array_index (self->persons, i);
      if (g_str_equal (tov_record_get_id (p), person_id))
        return tov_record_get (p, "given_name");
    }
  return NULL;
}

static const char *
member_filter (TovPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->persons == NULL ||
      selected > self->persons->len)
    return NULL;
  return tov_record_get_id (g_ptr_array_index (self->persons, selected - 1));
}

static void
update_translation_label (TovPlanPage *self)
{
  TovTranslationCount count;
  g_autofree char *text = NULL;

  if (self->items == NULL || self->languages == NULL || self->languages[0] == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->translation_label), FALSE);
      return;
    }
  tov_plan_count_translations (self->items, self->translations,
                               (const char * const *) self->languages, &count);
  /* Translators: how many of the plan's texts the family can read in its language */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u text translated",
                                       "%u of %u texts translated", count.n_texts),
                          count.n_translated, count.n_texts);
  gtk_label_set_label (self->translation_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_label), TRUE);
  if (count.n_translated < count.n_texts)
    gtk_widget_add_css_class (GTK_WIDGET (self->translation_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->translation_label), "warning");
}

static void
replace_item (TovPlanPage *self,
              TovRecord   *fresh)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (self->items, i)), tov_record_get_id (fresh)))
      {
        g_object_unref (self->items->pdata[i]);
        self->items->pdata[i] = g_object_ref (fresh);
      }
}

void
tov_plan_page_toast_error (TovPlanPage  *self,
                           const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Row signals: write through the editor. */

static void
on_row_edited_cb (TovPlanItemRow *row,
                  const char     *column,
                  const char     *value,
                  TovPlanPage    *self)
{
  TovRecord *item = tov_plan_item_row_get_item (row);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) fresh = NULL;
  gboolean structural = !g_str_equal (column, "text");

  self->writing = TRUE;
  if (!tov_plan_editor_set (self->editor, "plan_items", tov_record_get_id (item), column,
                            value != NULL && *value != '\0' ? value : NULL, NULL, &error))
    tov_plan_page_toast_error (self, error);
  self->writing = FALSE;
  if (structural)
    {
      tov_plan_page_refresh (self);
      return;
    }
  fresh = tov_store_get (self->store, "plan_items", tov_record_get_id (item), NULL);
  if (fresh != NULL)
    replace_item (self, fresh);
}

static void
on_row_translated_cb (TovPlanItemRow *row,
                      const char     *language,
                      const char     *text,
                      TovPlanPage    *self)
{
  TovRecord *item = tov_plan_item_row_get_item (row);
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GError) error = NULL;

  self->writing = TRUE;
  if (!tov_plan_editor_set_translation (self->editor, self->family_id, tov_record_get_id (item),
                                        language, text, NULL, &error))
    tov_plan_page_toast_error (self, error);
  self->writing = FALSE;
  translations = tov_store_plan_list_translations (self->store, self->family_id, NULL);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  self->translations = tov_plan_translations_index (translations);
  update_translation_label (self);
  tov_plan_item_row_set_translation (row, language, text, text == NULL || *text == '\0');
}

static void
on_row_move_cb (TovPlanItemRow *row,
                int             delta,
                TovPlanPage    *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_plan_editor_move_item (self->editor, tov_record_get_id (tov_plan_item_row_get_item (row)),
                                  delta, &error))
    tov_plan_page_toast_error (self, error);
}

static void
on_row_delete_cb (TovPlanItemRow *row,
                  TovPlanPage    *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_plan_editor_delete_item (self->editor, tov_record_get_id (tov_plan_item_row_get_item (row)),
                                    &error))
    tov_plan_page_toast_error (self, error);
  else
    {
      AdwToast *toast = adw_toast_new (_("Item deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "plan.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
on_row_done_typing_cb (TovPlanItemRow *row,
                       TovPlanPage    *self)
{
  tov_undo_stack_seal (tov_plan_editor_get_undo_stack (self->editor));
}

static GtkWidget *
item_row (TovPlanPage *self,
          TovRecord   *item)
{
  GtkWidget *row = tov_plan_item_row_new (item);
  const char *language = self->languages != NULL ? self->languages[0] : NULL;

  tov_plan_item_row_set_editable (TOV_PLAN_ITEM_ROW (row), !self->frozen);
  tov_plan_item_row_set_family_present (TOV_PLAN_ITEM_ROW (row), self->family_present);
  tov_plan_item_row_set_member (TOV_PLAN_ITEM_ROW (row), person_name (self, tov_record_get (item, "person_id")));
  if (language != NULL)
    tov_plan_item_row_set_translation (TOV_PLAN_ITEM_ROW (row), language,
                                       tov_plan_translation_lookup (self->translations, tov_record_get_id (item),
                                                                    "text", language),
                                       tov_plan_item_lacks_translation (item, self->translations,
                                                                        (const char * const *) self->languages));
  g_signal_connect (row, "edited", G_CALLBACK (on_row_edited_cb), self);
  g_signal_connect (row, "translated", G_CALLBACK (on_row_translated_cb), self);
  g_signal_connect (row, "move", G_CALLBACK (on_row_move_cb), self);
  g_signal_connect (row, "delete", G_CALLBACK (on_row_delete_cb), self);
  g_signal_connect (row, "done-typing", G_CALLBACK (on_row_done_typing_cb), self);
  return row;
}

static GtkWidget *
section_group (TovPlanPage    *self,
               TovPlanSection  section)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *kind = tov_plan_section_get_kind (section);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), tov_plan_section_get_title (section));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), tov_plan_section_get_question (section));
  if (kind != NULL && !self->frozen)
    {
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      g_autofree char *tip = g_strdup_printf (_("Add to “%s”"), tov_plan_section_get_title (section));

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "plan.add-item");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", kind);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
    }
  return group;
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
add_info_row (GtkWidget  *list,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
fill_agreements (TovPlanPage *self,
                 GtkWidget   *list)
{
  g_autoptr(GPtrArray) agreements = tov_store_list (self->store, "agreements", "version_id",
                                                    tov_record_get_id (self->version), NULL);

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      TovRecord *a = g_ptr_array_index (agreements, i);
      g_autofree char *who = NULL;
      g_autofree char *sub = NULL;

      if (tov_record_get (a, "person_id") != NULL)
        who = g_strdup (person_name (self, tov_record_get (a, "person_id")));
      else
        {
          g_autoptr(TovRecord) actor = tov_store_get (self->store, "actors", tov_record_get (a, "actor_id"), NULL);
          who = g_strdup (actor != NULL ? tov_record_get (actor, "name") : NULL);
        }
      /* Translators: an agreement's who, by when and status: "Amal · 2025-04-01 · open" */
      sub = g_strdup_printf (_("%s · %s · %s"), who != NULL ? who : "?",
                             tov_record_get (a, "due_on") != NULL ? tov_record_get (a, "due_on") : _("no date"),
                             tov_record_get (a, "status"));
      add_info_row (list, tov_record_get (a, "what"), sub);
    }
  if (agreements == NULL || agreements->len == 0)
    add_info_row (list, _("No agreements yet"), _("Decisions at network meetings become agreements here."));
}

static void
fill_roles (TovPlanPage *self,
            GtkWidget   *list)
{
  g_autoptr(GPtrArray) engagements = tov_store_list (self->store, "engagements", "family_id",
                                                     self->family_id, NULL);
  guint shown = 0;

  for (guint i = 0; engagements != NULL && i < engagements->len; i++)
    {
      TovRecord *e = g_ptr_array_index (engagements, i);
      g_autoptr(TovRecord) actor = NULL;
      g_autofree char *sub = NULL;

      if (tov_record_get (e, "to_date") != NULL)
        continue;
      actor = tov_store_get (self->store, "actors", tov_record_get (e, "actor_id"), NULL);
      if (actor == NULL)
        continue;
      sub = g_strjoin (" · ", tov_record_get (actor, "role") ? tov_record_get (actor, "role") : "",
                       tov_record_get (actor, "organisation") ? tov_record_get (actor, "organisation") : "",
                       tov_record_get (e, "role_note") ? tov_record_get (e, "role_note") : "", NULL);
      add_info_row (list, tov_record_get (actor, "name"), sub);
      shown++;
    }
  if (shown == 0)
    add_info_row (list, _("No professionals on the network map"), NULL);
}

static void
on_follow_up_apply_cb (AdwEntryRow *row,
                       TovPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

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

static void
fill_follow_up (TovPlanPage *self,
                GtkWidget   *list)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (row), tov_record_get (self->version, "next_follow_up") ?: "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (row), !self->frozen);
  g_signal_connect (row, "apply", G_CALLBACK (on_follow_up_apply_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
build_sections (TovPlanPage *self)
{
  g_autoptr(GPtrArray) shown = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  if (self->version == NULL)
    return;

  shown = tov_plan_items_for_member (self->items, member_filter (self));
  if (self->family_present)
    {
      GPtrArray *facing = tov_plan_items_family_facing (shown);
      g_ptr_array_unref (shown);
      shown = facing;
    }

  for (TovPlanSection s = 0; s < TOV_PLAN_N_SECTIONS; s++)
    {
      GtkWidget *group = section_group (self, s);
      GtkWidget *list = boxed_list ();
      const char *kind = tov_plan_section_get_kind (s);

      if (kind != NULL)
        {
          g_autoptr(GPtrArray) items = tov_plan_items_in_section (shown, kind);

          for (guint i = 0; i < items->len; i++)
            gtk_list_box_append (GTK_LIST_BOX (list), item_row (self, g_ptr_array_index (items, i)));
          if (items->len == 0)
            {
              GtkWidget *empty = adw_action_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("Nothing written yet"));
              gtk_widget_add_css_class (empty, "dim-label");
              gtk_list_box_append (GTK_LIST_BOX (list), empty);
            }
        }
      else if (s == TOV_PLAN_SECTION_AGREEMENTS)
        fill_agreements (self, list);
      else if (s == TOV_PLAN_SECTION_ROLES)
        {
          if (self->family_present)
            continue;   /* audit-like detail; the printout has it */
          fill_roles (self, list);
        }
      else
        fill_follow_up (self, list);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
      gtk_box_append (self->sections_box, group);
    }
}

static void
update_status (TovPlanPage *self)
{
  g_autofree char *text = NULL;

  if (self->version == NULL)
    text = g_strdup (_("No plan"));
  else if (!self->frozen)
    /* Translators: the plan's status; %s is the version number */
    text = g_strdup_printf (_("Draft, version %s · saved as you type"), tov_record_get (self->version, "number"));
  else
    /* Translators: %s are the version number, the date agreed and who accepted it */
    text = g_strdup_printf (_("Version %s, agreed %s by %s · read-only"),
                            tov_record_get (self->version, "number"),
                            tov_record_get (self->version, "agreed_on"),
                            tov_record_get (self->version, "accepted_by") ?: "?");
  gtk_label_set_label (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.agree", self->version != NULL && !self->frozen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-item", self->version != NULL && !self->frozen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.compare",
                                 self->version != NULL && tov_record_get_int (self->version, "number", 1) > 1);
}

static void
fill_dropdowns (TovPlanPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->version_list));
  guint selected = 0;
  guint member = gtk_drop_down_get_selected (self->member_dropdown);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();

  for (guint i = 0; i < self->versions->len; i++)
    {
      TovRecord *v = g_ptr_array_index (self->versions, i);
      const char *status = tov_record_get (v, "status");

      g_ptr_array_add (names, g_str_equal (status, "draft")
                       /* Translators: a plan version in the version list */
                       ? g_strdup_printf (_("Version %s (draft)"), tov_record_get (v, "number"))
                       : g_strdup_printf (_("Version %s (agreed %s)"), tov_record_get (v, "number"),
                                          tov_record_get (v, "agreed_on")));
      if (g_strcmp0 (tov_record_get_id (v), tov_record_get_id (self->version)) == 0)
        selected = i;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->version_list, 0, n, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->version_dropdown, selected);

  g_ptr_array_add (members, (gpointer) _("Whole family"));
  for (guint i = 0; i < self->persons->len; i++)
    g_ptr_array_add (members, (gpointer) tov_record_get (g_ptr_array_index (self->persons, i), "given_name"));
  g_ptr_array_add (members, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->member_list));
  gtk_string_list_splice (self->member_list, 0, n, (const char * const *) members->pdata);
  gtk_drop_down_set_selected (self->member_dropdown, member < self->persons->len + 1 ? member : 0);
}

static void
clear_shown (TovPlanPage *self)
{
  g_clear_object (&self->family);
  g_clear_object (&self->version);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
}

void
tov_plan_page_refresh (TovPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(TovRecord) draft = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  clear_shown (self);
  self->loading = TRUE;
  if (self->store != NULL && self->family_id != NULL)
    {
      self->writing = TRUE;
      draft = tov_store_plan_get_draft (self->store, self->family_id, &error);
      self->writing = FALSE;
      self->family = tov_store_get (self->store, "families", self->family_id, NULL);
      self->versions = tov_store_plan_list_versions (self->store, self->family_id, NULL);
      if (self->version_id != NULL)
        self->version = tov_store_get (self->store, "plan_versions", self->version_id, NULL);
      if (self->version == NULL && draft != NULL)
        self->version = g_object_ref (draft);
    }
  if (error != NULL)
    tov_plan_page_toast_error (self, error);
  if (self->version != NULL && self->family != NULL && self->versions != NULL)
    {
      self->frozen = !g_str_equal (tov_record_get (self->version, "status"), "draft");
      self->items = tov_store_plan_list_items (self->store, tov_record_get_id (self->version), NULL);
      self->persons = tov_store_list (self->store, "persons", "family_id", self->family_id, NULL);
      translations = tov_store_plan_list_translations (self->store, self->family_id, NULL);
      self->translations = tov_plan_translations_index (translations);
      self->languages = tov_plan_translation_languages (tov_record_get (self->family, "languages"));
      fill_dropdowns (self);
    }
  else
    clear_shown (self);
  self->loading = FALSE;
  build_sections (self);
  update_status (self);
  update_translation_label (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TovPlanPage *self = data;

  self->refresh_id = 0;
  tov_plan_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TovStore    *store,
                     const char  *table,
                     const char  *id,
                     TovPlanPage *self)
{
  if (self->writing || self->refresh_id != 0)
    return;
  self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_version_selected_cb (GtkDropDown *dropdown,
                        GParamSpec  *pspec,
                        TovPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading || self->versions == NULL || selected >= self->versions->len)
    return;
  tov_plan_page_set_version_id (self, tov_record_get_id (g_ptr_array_index (self->versions, selected)));
}

static void
on_member_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       TovPlanPage *self)
{
  if (!self->loading)
    build_sections (self);
}

/* Actions */

static void
undo_or_redo (TovPlanPage *self,
              gboolean     redo)
{
  g_autoptr(GError) error = NULL;

  if (redo ? !tov_plan_editor_redo (self->editor, &error) : !tov_plan_editor_undo (self->editor, &error))
    tov_plan_page_toast_error (self, error);
  tov_plan_page_refresh (self);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  undo_or_redo (TOV_PLAN_PAGE (widget), FALSE);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  undo_or_redo (TOV_PLAN_PAGE (widget), TRUE);
}

static void
add_item_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TovPlanPage *self = TOV_PLAN_PAGE (widget);
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GError) error = NULL;

  if (self->version == NULL || self->frozen)
    return;
  self->writing = TRUE;
  item = tov_plan_editor_add_item (self->editor, tov_record_get_id (self->version),
                                   g_variant_get_string (param, NULL), _("New text"), NULL, &error);
  if (item != NULL && member_filter (self) != NULL)
    tov_plan_editor_set (self->editor, "plan_items", tov_record_get_id (item), "person_id",
                         member_filter (self), NULL, NULL);
  self->writing = FALSE;
  if (item == NULL)
    tov_plan_page_toast_error (self, error);
  tov_plan_page_refresh (self);

  /* put the cursor in the new text */
  if (item != NULL)
    {
      GList *rows = tov_plan_page_get_item_rows (self);

      for (GList *l = rows; l != NULL; l = l->next)
        if (g_str_equal (tov_record_get_id (tov_plan_item_row_get_item (l->data)), tov_record_get_id (item)))
          {
            gtk_widget_grab_focus (tov_plan_item_row_get_text_view (l->data));
            break;
          }
      g_list_free (rows);
    }
}

static void
agree_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tov_plan_page_show_agree_dialog (TOV_PLAN_PAGE (widget));
}

static void
compare_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tov_plan_page_show_compare_window (TOV_PLAN_PAGE (widget));
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TovPlanPage *self = TOV_PLAN_PAGE (widget);
  const char *format = g_str_equal (name, "plan.print") ? "print"
                     : g_str_equal (name, "plan.export-pdf") ? "pdf" : "odt";

  if (self->export_func != NULL && self->version != NULL)
    self->export_func (self, format, tov_record_get_id (self->version), self->export_data);
}

static void
tov_plan_page_dispose (GObject *object)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  clear_shown (self);
  g_clear_object (&self->editor);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_plan_page_parent_class)->dispose (object);
}

static void
tov_plan_page_finalize (GObject *object)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  g_clear_pointer (&self->family_id, g_free);
  g_clear_pointer (&self->version_id, g_free);

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
    case PROP_FAMILY_PRESENT:
      g_value_set_boolean (value, self->family_present);
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
    case PROP_FAMILY_PRESENT:
      tov_plan_page_set_family_present (self, g_value_get_boolean (value));
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
  static gsize css_once = 0;

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
  properties[PROP_FAMILY_PRESENT] =
    g_param_spec_boolean ("family-present", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_PLAN_ITEM_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, version_list);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, member_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, member_list);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, translation_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, sections_box);

  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "plan.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "plan.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "plan.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plan.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plan.export-odt", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "plan.family-present", "family-present");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "plan.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.family-present", NULL);

  if (g_once_init_enter (&css_once))
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
      GdkDisplay *display = gdk_display_get_default ();

      gtk_css_provider_load_from_resource (css, "/dk/tovholder/Tovholder/tov-plan.css");
      if (display != NULL)
        gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                                    GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&css_once, 1);
    }
}

static void
on_undo_notify_cb (TovUndoStack *stack,
                   GParamSpec   *pspec,
                   TovPlanPage  *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo", tov_undo_stack_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo", tov_undo_stack_can_redo (stack));
}

static void
tov_plan_page_init (TovPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->version_dropdown, "notify::selected", G_CALLBACK (on_version_selected_cb), self);
  g_signal_connect (self->member_dropdown, "notify::selected", G_CALLBACK (on_member_selected_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-odt", FALSE);
  update_status (self);
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
                         TovStore    *store)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  g_clear_object (&self->editor);
  if (store != NULL)
    {
      self->editor = tov_plan_editor_new (store);
      g_signal_connect (tov_plan_editor_get_undo_stack (self->editor), "notify::can-undo",
                        G_CALLBACK (on_undo_notify_cb), self);
      g_signal_connect (tov_plan_editor_get_undo_stack (self->editor), "notify::can-redo",
                        G_CALLBACK (on_undo_notify_cb), self);
      self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
    }
  tov_plan_page_refresh (self);
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
                             const char  *family_id)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));

  if (g_strcmp0 (self->family_id, family_id) == 0)
    return;
  g_free (self->family_id);
  self->family_id = g_strdup (family_id);
  g_clear_pointer (&self->version_id, g_free);
  if (self->editor != NULL)
    tov_undo_stack_clear (tov_plan_editor_get_undo_stack (self->editor));
  tov_plan_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

gboolean
tov_plan_page_get_family_present (TovPlanPage *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), FALSE);
  return self->family_present;
}

void
tov_plan_page_set_family_present (TovPlanPage *self,
                                  gboolean     present)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));

  present = !!present;
  if (self->family_present == present)
    return;
  self->family_present = present;
  if (present)
    gtk_widget_add_css_class (GTK_WIDGET (self), "family-present");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "family-present");
  build_sections (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_PRESENT]);
}

/* Returns: (nullable): the id of the version shown. */
const char *
tov_plan_page_get_version_id (TovPlanPage *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);
  return self->version != NULL ? tov_record_get_id (self->version) : NULL;
}

/* Shows @version_id, or the draft when %NULL. */
void
tov_plan_page_set_version_id (TovPlanPage *self,
                              const char  *version_id)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));

  if (g_strcmp0 (tov_plan_page_get_version_id (self), version_id) == 0)
    return;
  g_free (self->version_id);
  self->version_id = g_strdup (version_id);
  tov_plan_page_refresh (self);
}

TovPlanEditor *
tov_plan_page_get_editor (TovPlanPage *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);
  return self->editor;
}

/**
 * tov_plan_page_set_export_handler:
 * @func: (nullable): prints or exports; %NULL leaves the buttons insensitive
 *
 * Installs what "plan.print", "plan.export-pdf" and "plan.export-odt" do.
 */
void
tov_plan_page_set_export_handler (TovPlanPage       *self,
                                  TovPlanExportFunc  func,
                                  gpointer           user_data)
{
  g_return_if_fail (TOV_IS_PLAN_PAGE (self));

  self->export_func = func;
  self->export_data = user_data;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", func != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-pdf", func != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-odt", func != NULL);
}

/* Returns: (transfer container) (element-type TovPlanItemRow): the item rows shown, in order. */
GList *
tov_plan_page_get_item_rows (TovPlanPage *self)
{
  GList *rows = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_PAGE (self), NULL);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box)); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      GtkWidget *w = group;

      /* depth-first walk for the rows inside the group */
      while (w != NULL)
        {
          if (TOV_IS_PLAN_ITEM_ROW (w))
            rows = g_list_prepend (rows, w);
          if (gtk_widget_get_first_child (w) != NULL && !TOV_IS_PLAN_ITEM_ROW (w))
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w != group && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = w == group ? NULL : gtk_widget_get_next_sibling (w);
            }
        }
    }
  return g_list_reverse (rows);
}
