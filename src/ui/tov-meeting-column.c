/* tov-meeting-column.c: one column of a meeting's mapping
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meeting-column"

#include <glib/gi18n.h>

#include "tov-meeting-column.h"
#include "tov-plan-items.h"
#include "tov-plan-text.h"
#include "tov-print-catalog.h"
#include "tov-record.h"

/*
 * A titled column of mapping items ("What are we worried about?" ...):
 * each item a wrapping text edited in place, with a menu to move it, delete
 * it and, in "What needs to happen?", make it an agreement. Alt+Up and
 * Alt+Down move the item being edited. Below each text, its translation
 * into the family's language (right to left for Arabic), in the plan
 * editor's text widget. The column writes nothing itself: it emits signals
 * that the meetings page carries out through the editor.
 */

struct _TovMeetingColumn
{
  GtkWidget   parent_instance;

  char       *category;
  gboolean    can_decide;
  gboolean    loading;
  char       *language;       /* the translation shown below each text, or NULL */
  GHashTable *translations;   /* tov_plan_translations_index () */

  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkLabel   *hint_label;
  GtkListBox *list;
  GtkEntry   *add_entry;
};

G_DEFINE_FINAL_TYPE (TovMeetingColumn, tov_meeting_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_TITLE,
  PROP_HINT,
  PROP_CAN_DECIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD,        /* (text) a new item at the end of the column */
  EDITED,     /* (id, text) an item's text changed */
  DELETED,    /* (id) delete the item */
  MOVED,      /* (id, delta) move the item up (-1) or down (1) */
  DECIDE,     /* (id, text) make the item an agreement */
  TRANSLATED, /* (id, text) an item's translation changed */
  DONE_TYPING,/* a text or translation lost focus: write what was typed */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_id (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "item-id");
}

static void
add_from_entry (TovMeetingColumn *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));

  if (*text == '\0')
    return;
  g_signal_emit (self, signals[ADD], 0, text);
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
}

static void
on_add_entry_activate_cb (GtkEntry         *entry,
                          TovMeetingColumn *self)
{
  add_from_entry (self);
}

static void
on_add_entry_icon_release_cb (GtkEntry             *entry,
                              GtkEntryIconPosition  position,
                              TovMeetingColumn     *self)
{
  add_from_entry (self);
}

static void
on_text_changed_cb (TovPlanText      *text,
                    const char       *value,
                    TovMeetingColumn *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (text), GTK_TYPE_LIST_BOX_ROW);
  g_autofree char *id = NULL;

  if (self->loading || row == NULL)
    return;
  id = g_strdup (row_id (row));
  if (g_object_get_data (G_OBJECT (text), "translation") != NULL)
    g_signal_emit (self, signals[TRANSLATED], 0, id, value);
  else
    g_signal_emit (self, signals[EDITED], 0, id, value);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TovMeetingColumn        *self)
{
  g_signal_emit (self, signals[DONE_TYPING], 0);
}

static void
add_focus_leave (TovMeetingColumn *self,
                 GtkWidget        *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

static gboolean
on_text_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        TovMeetingColumn      *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                                            GTK_TYPE_LIST_BOX_ROW);

  if ((state & GDK_ALT_MASK) == 0 || row == NULL)
    return FALSE;
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
    {
      g_autofree char *id = g_strdup (row_id (row));

      g_signal_emit (self, signals[MOVED], 0, id, keyval == GDK_KEY_Up ? -1 : 1);
      return TRUE;
    }
  return FALSE;
}

static void
item_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovMeetingColumn *self = TOV_MEETING_COLUMN (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);

  if (g_str_equal (action_name, "mapping.move-up"))
    g_signal_emit (self, signals[MOVED], 0, id, -1);
  else if (g_str_equal (action_name, "mapping.move-down"))
    g_signal_emit (self, signals[MOVED], 0, id, 1);
  else if (g_str_equal (action_name, "mapping.delete"))
    g_signal_emit (self, signals[DELETED], 0, id);
  else if (g_str_equal (action_name, "mapping.decide"))
    {
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (g_strcmp0 (row_id (row), id) == 0)
          {
            g_autofree char *text = tov_plan_text_get_text (g_object_get_data (G_OBJECT (row), "text"));

            g_signal_emit (self, signals[DECIDE], 0, id, text);
            break;
          }
    }
}

/* The item's translation below its text, in the plan's text widget. */
static void
add_translation (TovMeetingColumn *self,
                 GtkWidget        *box,
                 TovRecord        *item)
{
  GtkWidget *label;
  GtkWidget *translation = tov_plan_text_new ();
  g_autofree char *heading = NULL;
  const char *text = tov_plan_translation_lookup (self->translations, tov_record_get_id (item), "text",
                                                  self->language);

  /* Translators: the heading of the translation below a text; %s is a language code */
  heading = g_strdup_printf (_("Translation (%s)"), self->language);
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (label, 6);
  if (text == NULL)
    {
      /* Translators: beside the heading of a text that has no translation yet */
      g_autofree char *missing = g_strdup_printf ("%s · %s", heading, _("missing"));

      gtk_label_set_label (GTK_LABEL (label), missing);
      gtk_widget_add_css_class (label, "warning");
    }
  g_object_set_data (G_OBJECT (translation), "translation", GINT_TO_POINTER (TRUE));
  tov_plan_text_set_text (TOV_PLAN_TEXT (translation), text);
  tov_plan_text_set_editable (TOV_PLAN_TEXT (translation), TRUE);
  tov_plan_text_set_text_direction (TOV_PLAN_TEXT (translation),
                                    tov_print_language_is_rtl (self->language) ? GTK_TEXT_DIR_RTL
                                                                               : GTK_TEXT_DIR_LTR);
  tov_plan_text_set_accessible_label (TOV_PLAN_TEXT (translation), heading);
  gtk_widget_add_css_class (translation, "plan-text");
  gtk_widget_set_margin_end (translation, 40);
  g_signal_connect (translation, "changed", G_CALLBACK (on_text_changed_cb), self);
  add_focus_leave (self, translation);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), translation);
}

static GtkWidget *
make_row (TovMeetingColumn *self,
          TovRecord        *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *text = tov_plan_text_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  g_autoptr(GMenuItem) decide = g_menu_item_new (_("Make an _Agreement…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Delete"), NULL);
  const char *id = tov_record_get_id (item);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), "text", text);

  /* a wrapping text that shows whole and grows as it is typed (shared with the plan) */
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (text, "mapping-text");
  tov_plan_text_set_text (TOV_PLAN_TEXT (text), tov_record_get (item, "text"));
  tov_plan_text_set_editable (TOV_PLAN_TEXT (text), TRUE);
  tov_plan_text_set_accessible_label (TOV_PLAN_TEXT (text), gtk_label_get_label (self->title_label));
  g_signal_connect (text, "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_text_key_pressed_cb), self);
  gtk_widget_add_controller (text, keys);
  add_focus_leave (self, text);

  g_menu_item_set_action_and_target_value (up, "mapping.move-up", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (down, "mapping.move-down", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (decide, "mapping.decide", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (remove, "mapping.delete", g_variant_new_string (id));
  g_menu_append_item (menu, up);
  g_menu_append_item (menu, down);
  if (self->can_decide)
    g_menu_append_item (menu, decide);
  g_menu_append_item (menu, remove);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _("Move, delete or make an agreement"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (menu_button, "flat");

  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_box_append (GTK_BOX (outer), box);
  if (self->language != NULL)
    add_translation (self, outer, item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), outer);
  return row;
}

static void
tov_meeting_column_dispose (GObject *object)
{
  TovMeetingColumn *self = TOV_MEETING_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_MEETING_COLUMN);

  G_OBJECT_CLASS (tov_meeting_column_parent_class)->dispose (object);
}

static void
tov_meeting_column_finalize (GObject *object)
{
  TovMeetingColumn *self = TOV_MEETING_COLUMN (object);

  g_free (self->category);
  g_free (self->language);
  g_clear_pointer (&self->translations, g_hash_table_unref);

  G_OBJECT_CLASS (tov_meeting_column_parent_class)->finalize (object);
}

static void
tov_meeting_column_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TovMeetingColumn *self = TOV_MEETING_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    case PROP_HINT:
      g_value_set_string (value, gtk_label_get_label (self->hint_label));
      break;
    case PROP_CAN_DECIDE:
      g_value_set_boolean (value, self->can_decide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_meeting_column_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TovMeetingColumn *self = TOV_MEETING_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_free (self->category);
      self->category = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      gtk_label_set_label (self->title_label, g_value_get_string (value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_HINT:
      gtk_label_set_label (self->hint_label, g_value_get_string (value));
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), g_value_get_string (value) != NULL);
      break;
    case PROP_CAN_DECIDE:
      self->can_decide = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_meeting_column_class_init (TovMeetingColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_meeting_column_dispose;
  object_class->finalize = tov_meeting_column_finalize;
  object_class->get_property = tov_meeting_column_get_property;
  object_class->set_property = tov_meeting_column_set_property;

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HINT] =
    g_param_spec_string ("hint", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_DECIDE] =
    g_param_spec_boolean ("can-decide", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                               NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[MOVED] = g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);
  signals[DECIDE] = g_signal_new ("decide", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[TRANSLATED] = g_signal_new ("translated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                      NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[DONE_TYPING] = g_signal_new ("done-typing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                       NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "mapping.move-up", "s", item_action);
  gtk_widget_class_install_action (widget_class, "mapping.move-down", "s", item_action);
  gtk_widget_class_install_action (widget_class, "mapping.delete", "s", item_action);
  gtk_widget_class_install_action (widget_class, "mapping.decide", "s", item_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-meeting-column.ui");
  gtk_widget_class_bind_template_child (widget_class, TovMeetingColumn, box);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingColumn, hint_label);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingColumn, list);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingColumn, add_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_icon_release_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingcolumn");
}

static void
tov_meeting_column_init (TovMeetingColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tov_meeting_column_new (void)
{
  return g_object_new (TOV_TYPE_MEETING_COLUMN, NULL);
}

const char *
tov_meeting_column_get_category (TovMeetingColumn *self)
{
  g_return_val_if_fail (TOV_IS_MEETING_COLUMN (self), NULL);
  return self->category;
}

/**
 * tov_meeting_column_set_items:
 * @items: (element-type TovRecord): mapping_items rows, all of a meeting;
 *   the column shows those of its category, in order
 */
void
tov_meeting_column_set_items (TovMeetingColumn *self,
                              GPtrArray        *items)
{
  GtkWidget *child;
  guint n = 0;

  g_return_if_fail (TOV_IS_MEETING_COLUMN (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->loading = TRUE;
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (tov_record_get (item, "category"), self->category) != 0)
        continue;
      gtk_list_box_append (self->list, make_row (self, item));
      n++;
    }
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

/* Shows @text in the item's view, without emitting "edited" (after undo). */
void
tov_meeting_column_update_item (TovMeetingColumn *self,
                                const char       *id,
                                const char       *text)
{
  g_return_if_fail (TOV_IS_MEETING_COLUMN (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (row_id (row), id) == 0)
      {
        self->loading = TRUE;
        tov_plan_text_set_text (g_object_get_data (G_OBJECT (row), "text"), text);
        self->loading = FALSE;
      }
}

guint
tov_meeting_column_get_n_items (TovMeetingColumn *self)
{
  guint n = 0;

  g_return_val_if_fail (TOV_IS_MEETING_COLUMN (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/**
 * tov_meeting_column_get_add_entry:
 *
 * Returns: (transfer none): the entry that adds an item (for tests)
 */
GtkEditable *
tov_meeting_column_get_add_entry (TovMeetingColumn *self)
{
  g_return_val_if_fail (TOV_IS_MEETING_COLUMN (self), NULL);
  return GTK_EDITABLE (self->add_entry);
}

/**
 * tov_meeting_column_get_item_view:
 *
 * Returns: (transfer none) (nullable): the text of the @index-th item
 */
GtkTextView *
tov_meeting_column_get_item_view (TovMeetingColumn *self,
                                  guint             index)
{
  GtkWidget *row;

  g_return_val_if_fail (TOV_IS_MEETING_COLUMN (self), NULL);

  row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
  for (guint i = 0; row != NULL && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  return row != NULL ? GTK_TEXT_VIEW (tov_plan_text_get_view (g_object_get_data (G_OBJECT (row), "text"))) : NULL;
}

/**
 * tov_meeting_column_set_translation:
 * @language: (nullable): the language shown below each text, %NULL for none
 * @index: (nullable): the family's translations (tov_plan_translations_index ())
 *
 * What tov_meeting_column_set_items () shows below each text next.
 */
void
tov_meeting_column_set_translation (TovMeetingColumn *self,
                                    const char       *language,
                                    GHashTable       *index)
{
  g_return_if_fail (TOV_IS_MEETING_COLUMN (self));

  g_free (self->language);
  self->language = g_strdup (index != NULL ? language : NULL);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  if (index != NULL)
    self->translations = g_hash_table_ref (index);
}

/**
 * tov_meeting_column_get_translation_view:
 *
 * Returns: (transfer none) (nullable): the translation's text of the
 *   @index-th item (for tests)
 */
GtkTextView *
tov_meeting_column_get_translation_view (TovMeetingColumn *self,
                                         guint             index)
{
  GtkWidget *row;
  GtkWidget *text;

  g_return_val_if_fail (TOV_IS_MEETING_COLUMN (self), NULL);

  row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
  for (guint i = 0; row != NULL && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  if (row == NULL)
    return NULL;
  /* row > outer box > the text's box, heading, translation */
  text = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  if (!TOV_IS_PLAN_TEXT (text))
    return NULL;
  return GTK_TEXT_VIEW (tov_plan_text_get_view (TOV_PLAN_TEXT (text)));
}
