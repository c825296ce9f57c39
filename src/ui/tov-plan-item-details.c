/* tov-plan-item-details.c: who an item is for, a goal's horizon and theme, an effort's actor and law
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-item-details"

#include <glib/gi18n.h>

#include "tov-plan-fields.h"
#include "tov-plan-item-details.h"

/*
 * The fields of a plan item beyond its text, in a popover on the item's
 * row: which member it is for (or the whole family); for a goal its
 * horizon, theme and target on the scale; for an effort the responsible
 * actor (from the family's network map), the legal basis and the statutory
 * plan it serves with its reference. Each change is reported by "edited";
 * the page writes it through the plan editor (undo, autosave). Each field
 * is named after its column.
 */

struct _TovPlanItemDetails
{
  GtkPopover  parent_instance;

  TovRecord  *item;
  GtkGrid    *grid;
  int         rows;
  GHashTable *values;   /* GtkDropDown -> GPtrArray of the value of each choice, NULL for none */
  gboolean    loading;
};

G_DEFINE_FINAL_TYPE (TovPlanItemDetails, tov_plan_item_details, GTK_TYPE_POPOVER)

enum {
  EDITED,   /* (column, value): a field changed; value NULL to clear it */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_field (TovPlanItemDetails *self,
           const char         *column,
           const char         *title,
           GtkWidget          *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_name (widget, column);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_grid_attach (self->grid, label, 0, self->rows, 1, 1);
  gtk_grid_attach (self->grid, widget, 1, self->rows, 1, 1);
  self->rows++;
}

static void
on_choice_cb (GtkDropDown        *dropdown,
              GParamSpec         *pspec,
              TovPlanItemDetails *self)
{
  GPtrArray *values = g_hash_table_lookup (self->values, dropdown);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading || values == NULL || selected >= values->len)
    return;
  g_signal_emit (self, signals[EDITED], 0, gtk_widget_get_name (GTK_WIDGET (dropdown)),
                 g_ptr_array_index (values, selected));
}

/* A dropdown of @labels for @values (NULL-terminated, same length); "None" first. */
static void
add_choice (TovPlanItemDetails *self,
            const char         *column,
            const char         *title,
            const char         *none,
            GPtrArray          *labels,
            GPtrArray          *values)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);
  const char *current = tov_record_get (self->item, column);
  GtkWidget *dropdown;
  guint selected = 0;

  gtk_string_list_append (list, none);
  g_ptr_array_add (all, NULL);
  for (guint i = 0; i < values->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (labels, i));
      g_ptr_array_add (all, g_strdup (g_ptr_array_index (values, i)));
      if (g_strcmp0 (current, g_ptr_array_index (values, i)) == 0)
        selected = i + 1;
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  g_hash_table_insert (self->values, dropdown, all);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_choice_cb), self);
  add_field (self, column, title, dropdown);
}

static void
add_coded (TovPlanItemDetails *self,
           const char         *column,
           const char         *title)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char * const *codes = tov_plan_field_values (column);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_ptr_array_add (values, (gpointer) codes[i]);
      g_ptr_array_add (labels, (gpointer) tov_plan_field_label (column, codes[i]));
    }
  /* Translators: no value chosen in a plan item's field */
  add_choice (self, column, title, C_("plan field", "Not set"), labels, values);
}

static void
on_entry_changed_cb (GtkEditable        *entry,
                     TovPlanItemDetails *self)
{
  const char *text = gtk_editable_get_text (entry);

  if (!self->loading)
    g_signal_emit (self, signals[EDITED], 0, gtk_widget_get_name (GTK_WIDGET (entry)),
                   *text != '\0' ? text : NULL);
}

static void
add_entry (TovPlanItemDetails *self,
           const char         *column,
           const char         *title)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), tov_record_get (self->item, column) ?: "");
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed_cb), self);
  add_field (self, column, title, entry);
}

static void
on_target_changed_cb (GtkSpinButton      *spin,
                      TovPlanItemDetails *self)
{
  g_autofree char *value = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));

  if (!self->loading)
    g_signal_emit (self, signals[EDITED], 0, "scale_target", value);
}

static void
build (TovPlanItemDetails *self,
       GPtrArray          *persons,
       GPtrArray          *actors)
{
  const char *kind = tov_record_get (self->item, "kind");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  for (guint i = 0; persons != NULL && i < persons->len; i++)
    {
      g_ptr_array_add (values, (gpointer) tov_record_get_id (g_ptr_array_index (persons, i)));
      g_ptr_array_add (labels, (gpointer) tov_record_get (g_ptr_array_index (persons, i), "given_name"));
    }
  add_choice (self, "person_id", _("_For"), _("The whole family"), labels, values);

  if (g_strcmp0 (kind, "goal") == 0)
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);

      add_coded (self, "horizon", _("_Horizon"));
      add_coded (self, "theme", _("_Theme"));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), tov_record_get_int (self->item, "scale_target", 0));
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_target_changed_cb), self);
      add_field (self, "scale_target", _("Ta_rget (0–10)"), spin);
    }
  else if (g_strcmp0 (kind, "effort") == 0)
    {
      g_ptr_array_set_size (labels, 0);
      g_ptr_array_set_size (values, 0);
      for (guint i = 0; actors != NULL && i < actors->len; i++)
        {
          g_ptr_array_add (values, (gpointer) tov_record_get_id (g_ptr_array_index (actors, i)));
          g_ptr_array_add (labels, (gpointer) tov_record_get (g_ptr_array_index (actors, i), "name"));
        }
      /* Translators: an effort nobody is responsible for yet */
      add_choice (self, "actor_id", _("_Responsible"), _("Nobody yet"), labels, values);
      add_entry (self, "legal_basis", _("_Legal basis"));
      add_coded (self, "statutory_plan", _("_Statutory plan"));
      add_entry (self, "statutory_ref", _("Plan _reference"));
    }
}

static void
tov_plan_item_details_dispose (GObject *object)
{
  TovPlanItemDetails *self = TOV_PLAN_ITEM_DETAILS (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (tov_plan_item_details_parent_class)->dispose (object);
}

static void
tov_plan_item_details_class_init (TovPlanItemDetailsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tov_plan_item_details_dispose;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
tov_plan_item_details_init (TovPlanItemDetails *self)
{
  self->values = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->grid), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->grid), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->grid), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->grid), 6);
  gtk_widget_set_size_request (GTK_WIDGET (self->grid), 340, -1);
  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (self->grid));
}

/**
 * tov_plan_item_details_new:
 * @persons: (element-type TovRecord) (nullable): the family's members
 * @actors: (element-type TovRecord) (nullable): the actors on the family's map
 */
GtkWidget *
tov_plan_item_details_new (TovRecord *item,
                           GPtrArray *persons,
                           GPtrArray *actors)
{
  TovPlanItemDetails *self;

  g_return_val_if_fail (TOV_IS_RECORD (item), NULL);

  self = g_object_new (TOV_TYPE_PLAN_ITEM_DETAILS, NULL);
  self->item = g_object_ref (item);
  self->loading = TRUE;
  build (self, persons, actors);
  self->loading = FALSE;
  return GTK_WIDGET (self);
}

/* Returns: (transfer none) (nullable): the field for @column (a GtkDropDown, GtkEntry or GtkSpinButton). */
GtkWidget *
tov_plan_item_details_get_field (TovPlanItemDetails *self,
                                 const char         *column)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_DETAILS (self), NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (gtk_widget_get_name (c), column) == 0)
      return c;
  return NULL;
}
