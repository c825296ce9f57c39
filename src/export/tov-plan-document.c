/* tov-plan-document.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-plan-document-private.h"
#include "tov-map-renderer.h"

G_DEFINE_FINAL_TYPE (TovPlanDocument, tov_plan_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-plan-document-error-quark, tov_plan_document_error)

static const char * const language_tags[] = { "da", "ar", "en", "da+ar", NULL };

/* the sections of a plan, in print order, and their headings */
static const struct {
  const char *kind;
  const char *heading;
} sections[] = {
  { "situation", N_("Our situation") },
  { "resource", N_("Resources and strengths") },
  { "works_well", N_("What works well") },
  { "worry", N_("Worries") },
  { "goal", N_("Our goals") },
  { "effort", N_("Efforts: who does what") },
  { "contract", N_("How we work together") },
};

static void
tov_plan_document_dispose (GObject *object)
{
  TovPlanDocument *self = (TovPlanDocument *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->glossary);
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    g_clear_object (&self->catalogs[i]);

  G_OBJECT_CLASS (tov_plan_document_parent_class)->dispose (object);
}

static void
tov_plan_document_finalize (GObject *object)
{
  TovPlanDocument *self = (TovPlanDocument *) object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (tov_plan_document_parent_class)->finalize (object);
}

static void
tov_plan_document_class_init (TovPlanDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_plan_document_dispose;
  object_class->finalize = tov_plan_document_finalize;
}

static void
tov_plan_document_init (TovPlanDocument *self)
{
  self->catalogs[0] = tov_print_catalog_new ("da");
  self->n_languages = 1;
  self->today = tov_date_today ();
}

/* ---- the plan ---- */

static void
add_items (TovPlanDocument *self,
           TovDocument     *document,
           TovPlanContext  *context,
           GPtrArray       *items,
           const char      *kind)
{
  /* the whole family first, then each member in the household's order */
  for (gint p = -1; p < (gint) context->persons->len; p++)
    {
      const char *person_id = p < 0 ? NULL : tov_record_get_id (g_ptr_array_index (context->persons, p));
      gboolean headed = FALSE;

      for (guint i = 0; i < items->len; i++)
        {
          TovRecord *item = g_ptr_array_index (items, i);
          TovBlock *block;

          if (!g_str_equal (tov_record_get (item, "kind"), kind) ||
              tov_record_get_boolean (item, "internal") ||
              g_strcmp0 (tov_record_get (item, "person_id"), person_id) != 0)
            continue;

          if (!headed && person_id != NULL)
            set_name (&tov_document_add (document, TOV_BLOCK_SUBHEADING)->text,
                      person_name (context, person_id));
          headed = TRUE;

          if (g_str_equal (kind, "goal") && tov_record_get (item, "scale_now") != NULL)
            {
              add_scale (self, document, context, item, "text",
                         (int) tov_record_get_int (item, "scale_now", 0),
                         (int) tov_record_get_int (item, "scale_target", -1));
              continue;
            }

          block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
          set_field (self, context, &block->text, item, "text");

          if (g_str_equal (kind, "effort"))
            {
              g_autofree char *who = actor_name (self, context, tov_record_get (item, "actor_id"));
              const char *basis = tov_record_get (item, "legal_basis");
              TovBlock *note = tov_document_add (document, TOV_BLOCK_NOTE);

              for (guint s = 0; s < self->n_languages; s++)
                {
                  GString *line = g_string_new (NULL);

                  if (*who != '\0')
                    g_string_append_printf (line, "%s: %s%s%s",
                                            tov_print_catalog_gettext (self->catalogs[s], N_("Responsible")),
                                            tov_plan_isolate_start (self, s), who, tov_plan_isolate_end (self, s));
                  if (basis != NULL)
                    g_string_append_printf (line, "%s%s: %s%s%s", line->len > 0 ? " · " : "",
                                            tov_print_catalog_gettext (self->catalogs[s], N_("Legal basis")),
                                            tov_plan_isolate_start (self, s), basis, tov_plan_isolate_end (self, s));
                  tov_doc_text_set (&note->text, s, line->str, FALSE);
                  g_string_free (line, TRUE);
                }
            }
        }
    }
}

void
tov_plan_add_agreements (TovPlanDocument *self,
                TovDocument     *document,
                TovPlanContext  *context,
                const char      *column,
                const char      *value)
{
  g_autoptr(GPtrArray) agreements = tov_store_list (self->store, "agreements", "family_id",
                                                    tov_record_get_id (context->family), NULL);
  TovBlock *table = NULL;

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      TovRecord *agreement = g_ptr_array_index (agreements, i);
      const char *status = tov_record_get (agreement, "status");
      g_autofree char *who = NULL;

      /* this version's or meeting's agreements, and every open one of the family */
      if (g_strcmp0 (tov_record_get (agreement, column), value) != 0 && g_strcmp0 (status, "open") != 0)
        continue;
      if (table == NULL)
        {
          add_heading (self, document, N_("Agreements"));
          table = tov_document_add_table (document, 4);
          set_label (self, tov_block_add_cell (table), NULL, N_("What"));
          set_label (self, tov_block_add_cell (table), NULL, N_("Who"));
          set_label (self, tov_block_add_cell (table), NULL, N_("By when"));
          set_label (self, tov_block_add_cell (table), NULL, N_("Status"));
        }
      set_field (self, context, tov_block_add_cell (table), agreement, "what");
      who = tov_record_get (agreement, "person_id") != NULL
              ? g_strdup (person_name (context, tov_record_get (agreement, "person_id")))
              : actor_name (self, context, tov_record_get (agreement, "actor_id"));
      set_name (tov_block_add_cell (table), who);
      set_date (self, tov_block_add_cell (table), NULL, NULL, tov_record_get (agreement, "due_on"));
      set_label (self, tov_block_add_cell (table), "agreement status", tov_plan_value_label (status, NULL));
    }
}

static void
add_roles (TovPlanDocument *self,
           TovDocument     *document,
           TovPlanContext  *context,
           const char      *as_of)
{
  g_autoptr(GPtrArray) engagements = tov_store_list (self->store, "engagements", "family_id",
                                                     tov_record_get_id (context->family), NULL);
  TovBlock *table;

  add_heading (self, document, N_("Who helps us"));
  table = tov_document_add_table (document, 3);
  set_label (self, tov_block_add_cell (table), NULL, N_("Name"));
  set_label (self, tov_block_add_cell (table), NULL, N_("Role towards the family"));
  set_label (self, tov_block_add_cell (table), NULL, N_("Contact"));

  /* the coordinator first, then the others as they joined */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; engagements != NULL && i < engagements->len; i++)
      {
        TovRecord *engagement = g_ptr_array_index (engagements, i);
        gboolean coordinator = tov_record_get_boolean (engagement, "coordinator");
        const char *to_date = tov_record_get (engagement, "to_date");
        TovRecord *actor = lookup_actor (self, context, tov_record_get (engagement, "actor_id"));
        g_autofree char *name = NULL;
        g_autofree char *contact = NULL;
        TovDocText *cell;

        if (actor == NULL || coordinator != (pass == 0) || (to_date != NULL && g_strcmp0 (to_date, as_of) < 0) ||
            g_strcmp0 (tov_record_get (engagement, "ring"), "peripheral") == 0)
          continue;
        name = actor_name (self, context, tov_record_get_id (actor));
        cell = tov_block_add_cell (table);
        for (guint s = 0; s < self->n_languages; s++)
          {
            g_autofree char *label = coordinator
                                       ? g_strdup_printf ("%s – %s", name,
                                                          tov_print_catalog_gettext (self->catalogs[s],
                                                                                     N_("our coordinator")))
                                       : g_strdup (name);
            tov_doc_text_set (cell, s, label, FALSE);
          }
        cell = tov_block_add_cell (table);
        if (tov_record_get (engagement, "role_note") != NULL)
          set_field (self, context, cell, engagement, "role_note");
        if (!self->anonymise)
          contact = g_strjoin ("\n", tov_record_get (actor, "phone") != NULL ? tov_record_get (actor, "phone") : "",
                               tov_record_get (actor, "email"), NULL);
        set_name (tov_block_add_cell (table), contact != NULL ? g_strstrip (contact) : "");
      }
}

static void
add_network_map (TovPlanDocument *self,
                 TovDocument     *document,
                 TovPlanContext  *context,
                 const char      *as_of)
{
  TovBlock *block;

  add_heading (self, document, N_("Our network"));
  block = tov_document_add (document, TOV_BLOCK_IMAGE);
  block->width_pt = 160 / 25.4 * 72;
  block->height_pt = 120 / 25.4 * 72;

  /* the map in the first print language, in its direction: an Arabic
   * printout's map is mirrored with Arabic words; a Danish and Arabic one
   * carries the Danish words (its caption says so in both columns), as
   * ring names and legend lines in two languages would not fit.
   * Anonymised prints have no map, its labels carry the actors' names. */
  if (!self->anonymise)
    {
      g_autoptr(GError) error = NULL;
      TovMapRenderFlags flags = TOV_MAP_RENDER_NO_TITLE;

      if (tov_print_catalog_is_rtl (self->catalogs[0]))
        flags |= TOV_MAP_RENDER_RTL;
      cairo_rectangle_t extents = { 0, 0, block->width_pt, block->height_pt };
      cairo_surface_t *drawing = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_t *cr = cairo_create (drawing);
      gboolean drawn;

      /* kept as vector drawing: the PDF paints it as it is, the ODT writer
       * makes its picture */
      drawn = tov_map_renderer_draw_family (cr, self->store, tov_record_get_id (context->family), as_of,
                                            block->width_pt, block->height_pt, flags,
                                            tov_map_renderer_catalog_label, self->catalogs[0], &error);
      cairo_destroy (cr);
      if (drawn && cairo_surface_status (drawing) == CAIRO_STATUS_SUCCESS)
        block->drawing = drawing;
      else
        {
          g_debug ("No network map in the printout: %s", error != NULL ? error->message : "cairo");
          cairo_surface_destroy (drawing);
        }
    }
  /* without a map (anonymised, or it failed) the renderers draw a framed
   * placeholder with this caption */
  if (self->anonymise)
    set_label (self, &block->text, NULL, N_("The network map is left out of the anonymised printout."));
  else if (self->n_languages > 1 && g_str_equal (tov_print_catalog_get_language (self->catalogs[0]), "da"))
    set_label (self, &block->text, NULL,
               N_("The family and the people around it: the closer to the centre, the closer the contact. "
                  "The words on the map are in Danish."));
  else
    set_label (self, &block->text, NULL,
               N_("The family and the people around it: the closer to the centre, the closer the contact."));
}

static void
add_signatures (TovPlanDocument *self,
                TovDocument     *document)
{
  TovBlock *block;

  add_heading (self, document, N_("Signatures"));
  block = tov_document_add (document, TOV_BLOCK_SIGNATURES);
  set_label (self, tov_block_add_cell (block), NULL, N_("The family"));
  set_label (self, tov_block_add_cell (block), NULL, N_("The coordinator"));
}

static void
add_version_notes (TovPlanDocument *self,
                   TovDocument     *document,
                   TovPlanContext  *context,
                   TovRecord       *version)
{
  const char *status = tov_record_get (version, "status");
  TovBlock *note = tov_document_add (document, TOV_BLOCK_NOTE);

  for (guint s = 0; s < self->n_languages; s++)
    {
      TovPrintCatalog *catalog = self->catalogs[s];
      g_autofree char *number = tov_print_catalog_format_number (catalog, tov_record_get_int (version, "number", 1));
      g_autofree char *agreed = tov_print_catalog_format_date (catalog, tov_record_get (version, "agreed_on"));
      g_autofree char *drafted = tov_print_catalog_format_date (catalog, tov_record_get (version, "drafted_on"));
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, tov_print_catalog_gettext (catalog, N_("Version %s")), number);
      g_string_append_printf (line, " · %s", tov_print_catalog_pgettext (catalog, "plan status",
                                                                         tov_plan_value_label (status, NULL)));
      if (agreed != NULL)
        g_string_append_printf (line, " · %s: %s",
                                tov_print_catalog_gettext (catalog, N_("Agreed with the family")), agreed);
      else if (drafted != NULL)
        g_string_append_printf (line, " · %s: %s", tov_print_catalog_gettext (catalog, N_("Drafted")), drafted);
      tov_doc_text_set (&note->text, s, line->str, FALSE);
      g_string_free (line, TRUE);
    }

  if (!self->anonymise && tov_record_get (version, "present") != NULL)
    {
      note = tov_document_add (document, TOV_BLOCK_NOTE);
      for (guint s = 0; s < self->n_languages; s++)
        {
          g_autofree char *line = g_strdup_printf ("%s: %s",
                                                   tov_print_catalog_gettext (self->catalogs[s], N_("Present")),
                                                   tov_record_get (version, "present"));
          tov_doc_text_set (&note->text, s, line, FALSE);
        }
    }
}

/**
 * tov_plan_document_build_plan:
 * @version_id: a plan version
 *
 * Returns: (transfer full): the printable plan, or NULL with @error set.
 */
TovDocument *
tov_plan_document_build_plan (TovPlanDocument *self,
                              const char      *version_id,
                              GError         **error)
{
  g_autoptr(TovRecord) version = NULL;
  g_autoptr(TovRecord) plan = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(TovPlanContext) context = NULL;
  g_autoptr(TovDocument) document = NULL;
  const char *as_of, *follow_up;

  g_return_val_if_fail (TOV_IS_PLAN_DOCUMENT (self), NULL);
  g_return_val_if_fail (version_id != NULL, NULL);

  version = tov_store_get (self->store, "plan_versions", version_id, error);
  plan = version != NULL ? tov_store_get (self->store, "plans", tov_record_get (version, "plan_id"), error) : NULL;
  items = plan != NULL ? tov_store_list (self->store, "plan_items", "version_id", version_id, error) : NULL;
  context = items != NULL ? tov_plan_context_load (self, tov_record_get (plan, "family_id"), error) : NULL;
  if (context == NULL)
    return NULL;

  as_of = tov_record_get (version, "agreed_on");
  if (as_of == NULL)
    as_of = tov_record_get (version, "drafted_on");
  if (as_of == NULL)
    as_of = self->today;

  document = tov_plan_document_begin (self, context);
  set_label (self, tov_document_get_title (document), NULL, N_("Our family plan"));
  set_name (&tov_document_add (document, TOV_BLOCK_TITLE)->text,
            tov_doc_text_get (tov_document_get_header (document), 0));
  set_label (self, &tov_document_add (document, TOV_BLOCK_SUBHEADING)->text, NULL, N_("Our family plan"));
  add_version_notes (self, document, context, version);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      gboolean any = FALSE;

      for (guint j = 0; j < items->len && !any; j++)
        any = g_str_equal (tov_record_get (g_ptr_array_index (items, j), "kind"), sections[i].kind) &&
              !tov_record_get_boolean (g_ptr_array_index (items, j), "internal");
      if (!any)
        continue;
      add_heading (self, document, sections[i].heading);
      add_items (self, document, context, items, sections[i].kind);
    }

  tov_plan_add_agreements (self, document, context, "version_id", version_id);
  add_network_map (self, document, context, as_of);
  add_roles (self, document, context, as_of);

  follow_up = tov_record_get (version, "next_follow_up");
  if (follow_up != NULL)
    {
      add_heading (self, document, N_("Next follow-up"));
      set_date (self, &tov_document_add (document, TOV_BLOCK_PARAGRAPH)->text, NULL,
                N_("We meet again to follow up the plan on"), follow_up);
    }
  add_signatures (self, document);
  tov_plan_document_finish (self, context, document);
  return g_steal_pointer (&document);
}

TovPlanDocument *
tov_plan_document_new (TovStore *store)
{
  TovPlanDocument *self;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  self = g_object_new (TOV_TYPE_PLAN_DOCUMENT, NULL);
  self->store = g_object_ref (store);
  return self;
}

const char * const *
tov_plan_document_language_tags (void)
{
  return language_tags;
}

/**
 * tov_plan_document_set_languages:
 * @tag: "da", "ar", "en" or "da+ar"
 */
gboolean
tov_plan_document_set_languages (TovPlanDocument *self,
                                 const char      *tag,
                                 GError         **error)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_DOCUMENT (self), FALSE);

  if (tag == NULL || !g_strv_contains (language_tags, tag))
    {
      g_set_error (error, TOV_PLAN_DOCUMENT_ERROR, TOV_PLAN_DOCUMENT_ERROR_LANGUAGE,
                   _("Printouts are in Danish (da), Arabic (ar), English (en) or Danish and Arabic (da+ar), not “%s”."),
                   tag != NULL ? tag : "");
      return FALSE;
    }
  parts = g_strsplit (tag, "+", TOV_DOCUMENT_MAX_LANGUAGES);
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    g_clear_object (&self->catalogs[i]);
  self->n_languages = g_strv_length (parts);
  for (guint i = 0; i < self->n_languages; i++)
    self->catalogs[i] = tov_print_catalog_new (parts[i]);
  return TRUE;
}

void
tov_plan_document_set_anonymise (TovPlanDocument *self,
                                 gboolean         anonymise)
{
  g_return_if_fail (TOV_IS_PLAN_DOCUMENT (self));
  self->anonymise = !!anonymise;
}

void
tov_plan_document_set_glossary (TovPlanDocument *self,
                                TovGlossary     *glossary)
{
  g_return_if_fail (TOV_IS_PLAN_DOCUMENT (self));
  g_set_object (&self->glossary, glossary);
}

/* The date printouts are made on (tests pin it); default today. */
void
tov_plan_document_set_today (TovPlanDocument *self,
                             const char      *iso_date)
{
  g_return_if_fail (TOV_IS_PLAN_DOCUMENT (self));
  g_free (self->today);
  self->today = iso_date != NULL ? g_strdup (iso_date) : tov_date_today ();
}

/**
 * tov_plan_document_current_version:
 *
 * Returns: (transfer full): the id of the family's plan version to print: the
 * newest version of its newest plan; NULL with
 * TOV_PLAN_DOCUMENT_ERROR_NO_PLAN when it has none.
 */
char *
tov_plan_document_current_version (TovStore   *store,
                                   const char *family_id,
                                   GError    **error)
{
  g_autoptr(GPtrArray) plans = tov_store_list (store, "plans", "family_id", family_id, error);

  if (plans == NULL)
    return NULL;
  for (guint i = plans->len; i > 0; i--)
    {
      g_autoptr(GPtrArray) versions = tov_store_list (store, "plan_versions", "plan_id",
                                                      tov_record_get_id (g_ptr_array_index (plans, i - 1)), error);
      if (versions == NULL)
        return NULL;
      if (versions->len > 0)
        return g_strdup (tov_record_get_id (g_ptr_array_index (versions, versions->len - 1)));
    }
  g_set_error_literal (error, TOV_PLAN_DOCUMENT_ERROR, TOV_PLAN_DOCUMENT_ERROR_NO_PLAN,
                       _("This family has no plan to print yet."));
  return NULL;
}
