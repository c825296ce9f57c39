/* tov-labels.c: human labels for coded values
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-labels.h"

typedef struct
{
  const char *context;  /* a column ("status", "household_role") or a dimension */
  const char *value;
  const char *msgctxt;
  const char *label;    /* untranslated */
} ValueLabel;

static const ValueLabel value_labels[] = {
  { "status", "referred", "family status", NC_("family status", "Referred") },
  { "status", "active", "family status", NC_("family status", "Active") },
  { "status", "closed", "family status", NC_("family status", "Closed") },
  { "agreement_status", "open", "agreement status", NC_("agreement status", "Open") },
  { "agreement_status", "done", "agreement status", NC_("agreement status", "Done") },
  { "agreement_status", "not_kept", "agreement status", NC_("agreement status", "Not kept") },
  { "agreement_status", "cancelled", "agreement status", NC_("agreement status", "Cancelled") },
  { "sex", "female", "sex", NC_("sex", "Female") },
  { "sex", "male", "sex", NC_("sex", "Male") },
  { "sex", "other", "sex", NC_("sex", "Other") },
  { "sex", "unknown", "sex", NC_("sex", "Not stated") },
  { "household_role", "mother", "household role", NC_("household role", "Mother") },
  { "household_role", "father", "household role", NC_("household role", "Father") },
  { "household_role", "parent", "household role", NC_("household role", "Parent") },
  { "household_role", "child", "household role", NC_("household role", "Child") },
  { "household_role", "adult", "household role", NC_("household role", "Other adult") },
  { "household_role", "grandparent", "household role", NC_("household role", "Grandparent") },
  { "household_role", "other", "household role", NC_("household role", "Other") },
  { "work_interest", "wants_work", "measurement", NC_("measurement", "Wants a job") },
  { "work_interest", "does_not", "measurement", NC_("measurement", "Does not want a job") },
  { "work_preconditions", "can_work", "measurement", NC_("measurement", "Can hold a job") },
  { "work_preconditions", "special_terms", "measurement", NC_("measurement", "Flexjob terms") },
  { "work_preconditions", "within_12_months", "measurement", NC_("measurement", "Within 12 months") },
  { "work_preconditions", "cannot", "measurement", NC_("measurement", "Cannot hold a job") },
  { "work_status", "employed", "measurement", NC_("measurement", "Ordinary job") },
  { "work_status", "education", "measurement", NC_("measurement", "Education") },
  { "work_status", "activation", "measurement", NC_("measurement", "Internship or wage subsidy") },
  { "work_status", "sick_leave", "measurement", NC_("measurement", "Sick or on leave") },
  { "work_status", "pension", "measurement", NC_("measurement", "Pension") },
  { "work_status", "none", "measurement", NC_("measurement", "None") },
  { "association", "member", "measurement", NC_("measurement", "Member") },
  { "association", "volunteer", "measurement", NC_("measurement", "Volunteer") },
  { "association", "none", "measurement", NC_("measurement", "None") },
  { "danish_friendship", "yes", "measurement", NC_("measurement", "Yes") },
  { "danish_friendship", "no", "measurement", NC_("measurement", "No") },
  { "school_concern", "no_concern", "measurement", NC_("measurement", "No concern") },
  { "school_concern", "concern", "measurement", NC_("measurement", "Concern") },
  { "crime_concern", "no_concern", "measurement", NC_("measurement", "No concern") },
  { "crime_concern", "concern", "measurement", NC_("measurement", "Concern") },
  { "leisure_activity", "active", "measurement", NC_("measurement", "Active") },
  { "leisure_activity", "not_active", "measurement", NC_("measurement", "Not active") },
};

static const struct {
  const char *dimension;
  const char *label;
} dimension_labels[] = {
  { "work_interest", N_("Interest in work") },
  { "work_preconditions", N_("Preconditions for work") },
  { "work_status", N_("Occupation") },
  { "association", N_("Association") },
  { "danish_friendship", N_("Danish friendship") },
  { "school_concern", N_("School") },
  { "crime_concern", N_("Crime or abuse") },
  { "leisure_activity", N_("Leisure") },
  { "wellbeing", N_("Well-being") },
};

static const struct {
  const char *code;
  const char *label;
} language_labels[] = {
  { "da", N_("Danish") },
  { "ar", N_("Arabic") },
  { "en", N_("English") },
  { "so", N_("Somali") },
  { "fa", N_("Persian") },
  { "prs", N_("Dari") },
  { "ps", N_("Pashto") },
  { "ti", N_("Tigrinya") },
  { "ku", N_("Kurdish") },
  { "ckb", N_("Sorani") },
  { "kmr", N_("Kurmanji") },
  { "tr", N_("Turkish") },
  { "ur", N_("Urdu") },
  { "uk", N_("Ukrainian") },
  { "ru", N_("Russian") },
  { "de", N_("German") },
  { "fr", N_("French") },
  { "pl", N_("Polish") },
  { "ro", N_("Romanian") },
  { "bs", N_("Bosnian") },
  { "sq", N_("Albanian") },
  { "vi", N_("Vietnamese") },
  { "th", N_("Thai") },
  { "ta", N_("Tamil") },
  { "am", N_("Amharic") },
};

/**
 * tov_label_for_value:
 * @context: the column or measured dimension the value belongs to
 * @value: (nullable): the coded value
 *
 * Returns: (transfer none): the translated label, or @value when none is known
 */
const char *
tov_label_for_value (const char *context,
                     const char *value)
{
  if (value == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    if (g_strcmp0 (value_labels[i].context, context) == 0 &&
        g_str_equal (value_labels[i].value, value))
      return g_dpgettext2 (GETTEXT_PACKAGE, value_labels[i].msgctxt, value_labels[i].label);

  return value;
}

/**
 * tov_label_msgid_for_value:
 * @msgctxt: (out) (optional): the label's message context
 *
 * For printouts and exports, which translate into their own language.
 *
 * Returns: (nullable): the untranslated label of a coded value, or NULL
 */
const char *
tov_label_msgid_for_value (const char  *context,
                           const char  *value,
                           const char **msgctxt)
{
  for (guint i = 0; value != NULL && i < G_N_ELEMENTS (value_labels); i++)
    if (g_strcmp0 (value_labels[i].context, context) == 0 && g_str_equal (value_labels[i].value, value))
      {
        if (msgctxt != NULL)
          *msgctxt = value_labels[i].msgctxt;
        return value_labels[i].label;
      }
  return NULL;
}

/* Returns: (nullable): the untranslated label of a dimension, or NULL */
const char *
tov_label_msgid_for_dimension (const char *dimension)
{
  for (guint i = 0; i < G_N_ELEMENTS (dimension_labels); i++)
    if (g_strcmp0 (dimension_labels[i].dimension, dimension) == 0)
      return dimension_labels[i].label;
  return NULL;
}

const char *
tov_label_for_dimension (const char *dimension)
{
  for (guint i = 0; i < G_N_ELEMENTS (dimension_labels); i++)
    if (g_strcmp0 (dimension_labels[i].dimension, dimension) == 0)
      return _(dimension_labels[i].label);

  return dimension;
}

const char *
tov_label_for_language (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_labels); i++)
    if (g_strcmp0 (language_labels[i].code, code) == 0)
      return _(language_labels[i].label);

  return code;
}

/**
 * tov_label_for_languages:
 * @codes: (nullable): space-separated language codes, "ar da"
 *
 * Returns: (transfer full): "Arabic, Danish", or an empty string
 */
char *
tov_label_for_languages (const char *codes)
{
  g_auto(GStrv) list = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (codes == NULL)
    return g_strdup ("");

  list = g_strsplit_set (codes, " ,", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (list[i][0] == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between the names in a list of languages */
        g_string_append (text, _(", "));
      g_string_append (text, tov_label_for_language (list[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
