/* bad.c: fixture for check-unmarked-strings.py; every line marked FLAG must be found */
#include "config.h"

static gboolean
complain (GError **error, const char *message)
{
  g_set_error_literal (error, 1, 1, message);
  return FALSE;
}

static void
fixture (GtkWidget *label, GtkWidget *row, GError **error)
{
  const char *labels[] = { "Open family", NULL };                          /* FLAG prose */
  gtk_label_set_text (GTK_LABEL (label), "Saved");                         /* FLAG */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Coordinator"); /* FLAG */
  gtk_widget_set_tooltip_text (label, n > 1 ? _("Members") : "Member");    /* FLAG */
  g_object_set (label, "placeholder-text", "Search families", NULL);       /* FLAG */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Due date", -1); /* FLAG */
  adw_toast_new ("Family deleted");                                        /* FLAG */
  g_set_error (error, 1, 2, "The plan %s was not found", "x");             /* FLAG */
  complain (error, "Nothing to undo");                                     /* FLAG */
  adw_message_dialog_add_responses (dialog, "cancel", "Cancel", "delete", _("_Delete"), NULL); /* FLAG */

  /* passes: marked, format only, ids, logging, allowed */
  gtk_label_set_text (GTK_LABEL (label), _("Saved"));
  gtk_label_set_text (GTK_LABEL (label), C_("family status", "Open"));
  gtk_label_set_markup (GTK_LABEL (label), "<b>%s</b> — %s");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_activate_action (label, "family.edit", NULL);
  g_debug ("Saved the plan %s", "x");
  g_set_error (error, 1, 3, ngettext ("%u family", "%u families", n), n);
  /* not translatable: a program name */
  gtk_label_set_text (GTK_LABEL (label), "Tovholder");
  labels[0] = N_("Close family");
}
