/* tov-map-page-actions.c: the map page's map.* actions (one type with
 * tov-map-page.c, sharing tov-map-page-private.h)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-map-page-private.h"
#include "tov-map-renderer.h"
#include "tov-store-overview.h"

#define EXPORT_WIDTH_MM  297
#define EXPORT_HEIGHT_MM 210
#define EXPORT_DPI       300

static void
map_undo_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovMapPage *self = TOV_MAP_PAGE (widget);
  UndoStep *step = g_queue_pop_head (&self->undo);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (step == NULL)
    return;
  if (step->records != NULL)
    ok = tov_store_restore (self->store, step->records, &error);
  else if (step->added_id != NULL)
    {
      ok = tov_store_delete (self->store, "engagements", step->added_id, &error);
      /* a new actor goes too, unless another family has engaged them meanwhile */
      if (ok && step->actor_id != NULL)
        tov_store_delete (self->store, "actors", step->actor_id, NULL);
    }
  if (!ok)
    tov_map_page_toast (self, error->message, FALSE);
  tov_map_page_undo_step_free (step);
  gtk_widget_action_set_enabled (widget, "map.undo", !g_queue_is_empty (&self->undo));
  tov_map_page_reload (self);
}

static void
map_add_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  tov_map_page_add_actor (TOV_MAP_PAGE (widget));
}

static void
map_today_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tov_map_page_set_date (TOV_MAP_PAGE (widget), NULL);
}

static void
map_enrolment_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TovMapPage *self = TOV_MAP_PAGE (widget);
  const TovMapData *data = tov_map_view_get_data (self->map_view);

  if (data != NULL && data->enrolled_on != NULL)
    tov_map_page_set_date (self, data->enrolled_on);
  else
    tov_map_page_toast (self, _("The family has no enrolment date yet."), FALSE);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TovMapPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = tov_date_today ();
  gboolean svg = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "svg"));
  TovMapRenderFlags flags = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                            ? TOV_MAP_RENDER_RTL : TOV_MAP_RENDER_NONE;
  const char *date = self->date != NULL ? self->date : now;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ok = svg ? tov_map_renderer_render_svg (self->store, self->family_id, date, EXPORT_WIDTH_MM,
                                              EXPORT_HEIGHT_MM, flags, NULL, NULL, &bytes, &error)
               : tov_map_renderer_render_png (self->store, self->family_id, date, EXPORT_WIDTH_MM,
                                              EXPORT_HEIGHT_MM, EXPORT_DPI, flags, NULL, NULL, &bytes, &error);
      if (ok)
        ok = g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
      tov_map_page_toast (self, ok ? _("Map saved") : error->message, FALSE);
    }
  g_object_unref (chooser);
}

static void
export (TovMapPage *self,
        gboolean    svg)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  const TovMapData *data = tov_map_view_get_data (self->map_view);
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (svg ? _("Save Map as SVG") : _("Save Map as PNG"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* TRANSLATORS: the suggested file name of a saved map; %s is the family's name */
  name = g_strdup_printf (_("%s map.%s"), data != NULL ? data->family_name : "", svg ? "svg" : "png");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "svg", GINT_TO_POINTER (svg));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
map_export_svg_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (TOV_MAP_PAGE (widget), TRUE);
}

static void
map_export_png_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (TOV_MAP_PAGE (widget), FALSE);
}

void
tov_map_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.add", NULL, map_add_cb);
  gtk_widget_class_install_action (widget_class, "map.undo", NULL, map_undo_cb);
  gtk_widget_class_install_action (widget_class, "map.today", NULL, map_today_cb);
  gtk_widget_class_install_action (widget_class, "map.enrolment", NULL, map_enrolment_cb);
  gtk_widget_class_install_action (widget_class, "map.export-svg", NULL, map_export_svg_cb);
  gtk_widget_class_install_action (widget_class, "map.export-png", NULL, map_export_png_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "map.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map.add", NULL);
}
