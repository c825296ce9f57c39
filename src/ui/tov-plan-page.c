/* tov-plan-page.c: the masterplan editor, the "Plan" tab of a family's page
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-plan-entry.h"
#include "tov-plan-items.h"
#include "tov-plan-item-row.h"
#include "tov-plan-page-private.h"
#include "tov-row-layout.h"
#include "tov-store-plan.h"
#include "tov-i18n.h"

/*
 * Sections in the order users work in, shown as one virtualised list
 * (tov-plan-page-sections.c). Every change goes through the plan editor:
 * typing is written after a short pause and when the text loses focus,
 * everything else at once; undo and redo across the editor. Opening the
 * page writes nothing: a family without a plan gets its draft on the first
 * edit. An agreed version is shown read-only. Family-present mode enlarges
 * the text, hides internal items and audit details and shows each text
 * with its translation beside it.
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

static void update_status (TovPlanPage *self);

const char *
tov_plan_page_person_name (TovPlanPage *self,
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

const char *
tov_plan_page_member_filter (TovPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->persons == NULL ||
      selected > self->persons->len)
    return NULL;
  return tov_record_get_id (g_ptr_array_index (self->persons, selected - 1));
}

void
tov_plan_page_update_translation_label (TovPlanPage *self)
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

/* Keeps the page's copy of an item as the user left it, for the list's recycled rows. */
void
tov_plan_page_replace_item (TovPlanPage *self,
                            TovRecord   *fresh)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (self->items, i)), tov_record_get_id (fresh)))
      {
        g_object_unref (self->items->pdata[i]);
        self->items->pdata[i] = g_object_ref (fresh);
      }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      TovRecord *item = tov_plan_entry_get_item (entry);

      if (item != NULL && g_str_equal (tov_record_get_id (item), tov_record_get_id (fresh)))
        {
          tov_plan_entry_set_item (entry, fresh);
          break;
        }
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

void
tov_plan_page_focus_item (TovPlanPage *self,
                          const char  *item_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  GList *rows;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (tov_plan_entry_get_item (entry) != NULL &&
          g_str_equal (tov_record_get_id (tov_plan_entry_get_item (entry)), item_id))
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          break;
        }
    }
  rows = tov_plan_page_get_item_rows (self);
  for (GList *l = rows; l != NULL; l = l->next)
    if (g_str_equal (tov_record_get_id (tov_plan_item_row_get_item (l->data)), item_id))
      {
        gtk_widget_grab_focus (tov_plan_item_row_get_text_view (l->data));
        break;
      }
  g_list_free (rows);
}

/* The editor wrote typing after a pause: count the translations again, say it is saved. */
static void
on_editor_pending_cb (TovPlanEditor *editor,
                      GParamSpec    *pspec,
                      TovPlanPage   *self)
{
  g_autoptr(GPtrArray) translations = NULL;

  if (!tov_plan_editor_get_pending (editor) && self->family_id != NULL && self->store != NULL)
    {
      translations = tov_store_plan_list_translations (self->store, self->family_id, NULL);
      g_clear_pointer (&self->translations, g_hash_table_unref);
      self->translations = tov_plan_translations_index (translations);
      tov_plan_page_update_translation_label (self);
    }
  update_status (self);
}

static void
on_editor_write_failed_cb (TovPlanEditor *editor,
                           const GError  *error,
                           TovPlanPage   *self)
{
  tov_plan_page_toast_error (self, error);
}

static void
update_status (TovPlanPage *self)
{
  g_autofree char *text = NULL;
  gboolean can_edit = self->family != NULL && (!self->frozen || !self->has_draft);

  if (self->family == NULL)
    text = g_strdup (_("No plan"));
  else if (self->version == NULL)
    text = g_strdup (_("No plan yet · it starts with the first text you write"));
  else if (!self->frozen)
    text = tov_plan_editor_get_pending (self->editor)
      /* Translators: the plan's status while typing waits to be written; %s is the version number */
      ? g_strdup_printf (_("Draft, version %s · saving…"), tov_record_get (self->version, "number"))
      /* Translators: the plan's status; %s is the version number */
      : g_strdup_printf (_("Draft, version %s · saved as you type"), tov_record_get (self->version, "number"));
  else
    /* Translators: %s are the version number, the date agreed and who accepted it */
    {
      g_autofree char *agreed = tov_date_format (tov_record_get (self->version, "agreed_on"));
      g_autofree char *by = tov_isolate (tov_record_get (self->version, "accepted_by") ?: "?");

      text = g_strdup_printf (_("Version %s, agreed %s by %s · read-only"),
                              tov_record_get (self->version, "number"),
                              agreed != NULL ? agreed : "?", by);
    }
  gtk_label_set_label (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.agree", self->version != NULL && !self->frozen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-item", can_edit);
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

  g_auto(GStrv) agreed_dates = g_new0 (char *, self->versions->len + 1);

  for (guint i = 0; i < self->versions->len; i++)
    {
      TovRecord *v = g_ptr_array_index (self->versions, i);
      const char *status = tov_record_get (v, "status");

      agreed_dates[i] = tov_date_format (tov_record_get (v, "agreed_on"));

      g_ptr_array_add (names, g_str_equal (status, "draft")
                       /* Translators: a plan version in the version list */
                       ? g_strdup_printf (_("Version %s (draft)"), tov_record_get (v, "number"))
                       : g_strdup_printf (_("Version %s (agreed %s)"), tov_record_get (v, "number"),
                                          agreed_dates[i]));
      if (g_strcmp0 (tov_record_get_id (v), tov_record_get_id (self->version)) == 0)
        selected = i;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->version_list, 0, n, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->version_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->version_dropdown), self->versions->len > 0);

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
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->engagements, g_ptr_array_unref);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  self->frozen = FALSE;
  self->has_draft = FALSE;
}

/* The actors on the family's map now, who can be responsible for an effort,
 * and their engagements with the family: read once for the page. */
static void
list_actors (TovPlanPage *self)
{
  g_autoptr(GPtrArray) engagements = tov_store_list (self->store, "engagements", "family_id", self->family_id, NULL);

  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->engagements = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; engagements != NULL && i < engagements->len; i++)
    {
      TovRecord *e = g_ptr_array_index (engagements, i);
      TovRecord *actor;

      if (tov_record_get (e, "to_date") != NULL)
        continue;
      actor = tov_store_get (self->store, "actors", tov_record_get (e, "actor_id"), NULL);
      if (actor == NULL)
        continue;
      g_ptr_array_add (self->actors, actor);
      g_ptr_array_add (self->engagements, g_object_ref (e));
    }
}

/* Returns: (transfer full) (nullable): the id of the item whose text has the cursor. */
char *
tov_plan_page_focused_item (TovPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (TOV_IS_PLAN_ITEM_ROW (w))
      {
        TovRecord *item = tov_plan_item_row_get_item (TOV_PLAN_ITEM_ROW (w));
        return item != NULL ? g_strdup (tov_record_get_id (item)) : NULL;
      }
  return NULL;
}

/* Reads what is shown again; writes nothing. The cursor stays with its item. */
void
tov_plan_page_refresh (TovPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  TovRecord *draft = NULL;
  TovRecord *last = NULL;


  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->editor != NULL && !tov_plan_editor_flush (self->editor, &error))
    {
      tov_plan_page_toast_error (self, error);
      g_clear_error (&error);
    }
  clear_shown (self);
  self->loading = TRUE;
  if (self->store != NULL && self->family_id != NULL)
    {
      self->family = tov_store_get (self->store, "families", self->family_id, NULL);
      self->versions = tov_store_plan_list_versions (self->store, self->family_id, &error);
    }
  if (error != NULL)
    tov_plan_page_toast_error (self, error);
  if (self->family != NULL && self->versions != NULL)
    {
      for (guint i = 0; i < self->versions->len; i++)
        {
          TovRecord *v = g_ptr_array_index (self->versions, i);

          last = v;
          if (g_str_equal (tov_record_get (v, "status"), "draft"))
            draft = v;
          if (g_strcmp0 (self->version_id, tov_record_get_id (v)) == 0)
            self->version = g_object_ref (v);
        }
      /* the draft, or else the last agreed version until the first edit makes a draft */
      if (self->version == NULL && (draft != NULL || last != NULL))
        self->version = g_object_ref (draft != NULL ? draft : last);
      self->has_draft = draft != NULL;
      self->frozen = self->version != NULL && !g_str_equal (tov_record_get (self->version, "status"), "draft");
      self->items = self->version != NULL
        ? tov_store_plan_list_items (self->store, tov_record_get_id (self->version), NULL)
        : g_ptr_array_new_with_free_func (g_object_unref);
      self->persons = tov_store_list (self->store, "persons", "family_id", self->family_id, NULL);
      list_actors (self);
      translations = tov_store_plan_list_translations (self->store, self->family_id, NULL);
      self->translations = tov_plan_translations_index (translations);
      self->languages = tov_plan_translation_languages (tov_record_get (self->family, "languages"));
      fill_dropdowns (self);
    }
  else
    clear_shown (self);
  self->loading = FALSE;
  tov_plan_page_build_entries (self);
  update_status (self);
  tov_plan_page_update_translation_label (self);
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
  if (self->writing || self->refresh_id != 0 ||
      (self->editor != NULL && tov_plan_editor_is_writing (self->editor)))
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
    tov_plan_page_build_entries (self);
}

static void
tov_plan_page_dispose (GObject *object)
{
  TovPlanPage *self = TOV_PLAN_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  clear_shown (self);
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
  g_clear_object (&self->entries);
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
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, view_box);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, translation_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanPage, list_view);

  tov_plan_page_install_actions (widget_class);

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
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the toolbar's two halves under each other when the window is narrow,
   * and each half's two parts when it is narrower still */
  gtk_widget_set_layout_manager (self->toolbar, tov_row_layout_new_wrapping (6, 6));
  gtk_widget_set_layout_manager (self->view_box, tov_row_layout_new_wrapping (6, 6));
  gtk_widget_set_layout_manager (self->actions_box, tov_row_layout_new_wrapping (6, 6));

  self->entries = g_list_store_new (TOV_TYPE_PLAN_ENTRY);
  factory = tov_plan_page_new_factory (self);
  gtk_grid_view_set_factory (self->list_view, factory);
  gtk_grid_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)))));

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
  if (self->editor != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!tov_plan_editor_flush (self->editor, &error))
        tov_plan_page_toast_error (self, error);
      g_signal_handlers_disconnect_by_data (self->editor, self);
    }
  g_set_object (&self->store, store);
  g_clear_object (&self->editor);
  if (store != NULL)
    {
      self->editor = tov_plan_editor_new (store);
      g_signal_connect (self->editor, "notify::pending", G_CALLBACK (on_editor_pending_cb), self);
      g_signal_connect (self->editor, "write-failed", G_CALLBACK (on_editor_write_failed_cb), self);
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
  if (self->editor != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!tov_plan_editor_flush (self->editor, &error))
        tov_plan_page_toast_error (self, error);
    }
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
  tov_plan_page_build_entries (self);
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
