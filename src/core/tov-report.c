/* tov-report.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "tov-model.h"
#include "tov-report.h"

#define N_DIMS 9
#define NO_DATE G_MAXINT32

typedef struct
{
  gint32 first_date;
  gint32 last_date;
  gint8  first_value;  /* index in the dimension's values, -1: none */
  gint8  last_value;
} Slot;

typedef struct
{
  int  family;
  Slot slots[N_DIMS];
} Person;

typedef struct
{
  char   *key;
  char   *name;
  gint32  enrolled;
  gint32  now;
  guint   n_persons;
  gboolean civil_society;
  TovReportAgreements agreements;
} Family;

typedef struct
{
  int    family;
  int    actor;
  gint32 from;
  gint32 to;      /* NO_DATE: still engaged */
} Engagement;

typedef struct
{
  int    family;
  gint32 date;
  int    value;
} Scaling;

struct _TovReportBuilder
{
  char       *from;
  char       *to;
  char       *today;
  gint32      from_date;
  gint32      to_date;
  GArray     *families;     /* Family */
  GArray     *included;     /* int: index in families, -1 for those left out */
  GArray     *persons;      /* Person */
  GArray     *engagements;  /* Engagement, professionals only */
  GArray     *scalings;     /* Scaling, the professionals' at meetings */
  GHashTable *actors;       /* key -> index + 1 */
  GPtrArray  *targets;      /* TovReportTarget, owned */
};

static const char * const professional_rings[] = { "core", "near", "peripheral", NULL };

/* Parse YYYY-MM-DD into YYYYMMDD, or return fallback. */
static gint32
parse_date (const char *text,
            gint32      fallback)
{
  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return fallback;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return fallback;
  return ((text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0')) * 10000 +
         ((text[5] - '0') * 10 + (text[6] - '0')) * 100 + (text[8] - '0') * 10 + (text[9] - '0');
}

static int
dimension_index (const char *dimension)
{
  for (int i = 0; tov_dimensions[i] != NULL && i < N_DIMS; i++)
    if (g_strcmp0 (tov_dimensions[i], dimension) == 0)
      return i;
  return -1;
}

static int
value_index (const char * const *values,
             const char         *value)
{
  for (int i = 0; values != NULL && values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return -1;
}

static void
family_clear (gpointer data)
{
  Family *family = data;

  g_free (family->key);
  g_free (family->name);
}

static int
compare_engagements (gconstpointer a,
                     gconstpointer b)
{
  const Engagement *x = a, *y = b;

  if (x->family != y->family)
    return x->family < y->family ? -1 : 1;
  if (x->actor != y->actor)
    return x->actor < y->actor ? -1 : 1;
  return 0;
}

static gboolean
active_on (const Engagement *e,
           gint32            date)
{
  return e->from <= date && date <= e->to;
}

static void
count_actors (TovReportBuilder *self,
              guint            *before,
              guint            *now)
{
  Engagement *items = (Engagement *) self->engagements->data;
  guint n = self->engagements->len;

  g_array_sort (self->engagements, compare_engagements);

  for (guint i = 0; i < n;)
    {
      int family = items[i].family;
      const Family *f = &g_array_index (self->families, Family, family);

      while (i < n && items[i].family == family)
        {
          int actor = items[i].actor;
          gboolean at_start = FALSE, at_now = FALSE;

          for (; i < n && items[i].family == family && items[i].actor == actor; i++)
            {
              at_start |= active_on (&items[i], f->enrolled);
              at_now |= active_on (&items[i], f->now);
            }
          before[family] += at_start;
          now[family] += at_now;
        }
    }
}

static int
compare_scalings (gconstpointer a,
                  gconstpointer b)
{
  const Scaling *x = a, *y = b;

  if (x->family != y->family)
    return x->family < y->family ? -1 : 1;
  return x->date < y->date ? -1 : x->date > y->date;
}

/* The professionals' felt well-being: per family, the meeting day at
 * enrolment (the latest on or before it, else the first) and the latest
 * day on or before the family's now, when later. */
static void
score_professionals (TovReportBuilder *self,
                     TovReportScaling *result)
{
  Scaling *items = (Scaling *) self->scalings->data;
  guint n = self->scalings->len;
  guint64 sum_before = 0, sum_after = 0;

  g_array_sort (self->scalings, compare_scalings);
  for (guint i = 0; i < n;)
    {
      const Family *f = &g_array_index (self->families, Family, items[i].family);
      guint end = i;
      gint32 first, last, baseline = NO_DATE;

      while (end < n && items[end].family == items[i].family)
        end++;
      first = items[i].date;
      last = items[end - 1].date;
      for (guint j = i; j < end; j++)
        if (items[j].date <= f->enrolled)
          baseline = items[j].date;
      if (baseline == NO_DATE)
        baseline = first;

      result->families_before++;
      result->families_after += last > baseline;
      for (guint j = i; j < end; j++)
        {
          if (items[j].date == baseline)
            {
              sum_before += items[j].value;
              result->n_before++;
            }
          else if (items[j].date == last && last > baseline)
            {
              sum_after += items[j].value;
              result->n_after++;
            }
        }
      i = end;
    }
  result->mean_before = result->n_before > 0 ? (double) sum_before / result->n_before : 0.0;
  result->mean_after = result->n_after > 0 ? (double) sum_after / result->n_after : 0.0;
}

static void
evaluate_target (TovReport             *report,
                 TovReportTargetResult *result)
{
  const TovReportTarget *target = result->target;
  const TovReportDimension *dim;
  double actual;

  if (g_strcmp0 (target->measure, "civil_society_families") == 0)
    {
      result->count_after = report->civil_society_families;
      result->n_after = report->n_families;
      result->measured = report->n_families > 0;
      result->percent_after = tov_report_percent (result->count_after, result->n_after);
      actual = result->count_after;
    }
  else
    {
      dim = tov_report_get_dimension (report, target->measure);
      if (dim == NULL)
        return;
      for (guint i = 0; i < dim->n_values; i++)
        if (target->values != NULL && g_strv_contains ((const char * const *) target->values,
                                                       dim->values[i]))
          {
            result->count_before += dim->before[i];
            result->count_after += dim->after[i];
          }
      result->n_before = dim->n_before;
      result->n_after = dim->n_after;
      result->percent_before = tov_report_percent (result->count_before, result->n_before);
      result->percent_after = tov_report_percent (result->count_after, result->n_after);
      result->measured = dim->n_after > 0;
      actual = result->percent_after;
    }

  if (!result->measured)
    return;
  if (target->op == TOV_TARGET_AT_LEAST)
    result->met = actual >= target->number;
  else
    result->met = actual <= target->number;
}

/* Public API: targets */

void
tov_report_target_free (TovReportTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->measure);
  g_strfreev (target->values);
  g_free (target);
}

GPtrArray *
tov_report_targets_from_variant (GVariant *variant)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_report_target_free);
  GVariantIter iter;
  const char *measure, *values, *op;
  double number;

  g_return_val_if_fail (variant != NULL, targets);
  g_return_val_if_fail (g_variant_is_of_type (variant, G_VARIANT_TYPE (TOV_REPORT_TARGETS_TYPE)),
                        targets);

  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "(&s&s&sd)", &measure, &values, &op, &number))
    {
      TovReportTarget *target;

      if (g_strcmp0 (measure, "civil_society_families") != 0 && dimension_index (measure) < 0)
        continue;
      if (g_strcmp0 (op, "at_least") != 0 && g_strcmp0 (op, "at_most") != 0)
        continue;

      target = g_new0 (TovReportTarget, 1);
      target->measure = g_strdup (measure);
      target->values = *values != '\0' ? g_strsplit (values, ",", -1) : NULL;
      target->op = g_str_equal (op, "at_most") ? TOV_TARGET_AT_MOST : TOV_TARGET_AT_LEAST;
      target->number = number;
      g_ptr_array_add (targets, target);
    }
  return targets;
}

GPtrArray *
tov_report_targets_parse (const char  *text,
                          GError     **error)
{
  g_autoptr(GVariant) variant = NULL;

  variant = g_variant_parse (G_VARIANT_TYPE (TOV_REPORT_TARGETS_TYPE), text, NULL, NULL, error);
  if (variant == NULL)
    return NULL;
  return tov_report_targets_from_variant (variant);
}

/* Public API: building */

TovReportBuilder *
tov_report_builder_new (const char *from,
                        const char *to,
                        const char *today)
{
  TovReportBuilder *self = g_new0 (TovReportBuilder, 1);
  g_autofree char *now = today != NULL ? g_strdup (today) : NULL;

  if (now == NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();
      now = g_date_time_format (dt, "%Y-%m-%d");
    }

  self->from = g_strdup (from);
  self->to = g_strdup (to);
  self->today = g_steal_pointer (&now);
  self->from_date = parse_date (from, 0);
  self->to_date = MIN (parse_date (to, NO_DATE), parse_date (self->today, NO_DATE));
  self->families = g_array_new (FALSE, TRUE, sizeof (Family));
  g_array_set_clear_func (self->families, family_clear);
  self->persons = g_array_new (FALSE, FALSE, sizeof (Person));
  self->engagements = g_array_new (FALSE, FALSE, sizeof (Engagement));
  self->scalings = g_array_new (FALSE, FALSE, sizeof (Scaling));
  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->targets = tov_report_targets_parse (TOV_REPORT_DEFAULT_TARGETS, NULL);
  return self;
}

void
tov_report_builder_free (TovReportBuilder *self)
{
  if (self == NULL)
    return;
  g_free (self->from);
  g_free (self->to);
  g_free (self->today);
  g_array_unref (self->families);
  g_array_unref (self->persons);
  g_array_unref (self->engagements);
  g_array_unref (self->scalings);
  g_hash_table_unref (self->actors);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_free (self);
}

/* Takes over targets (a GPtrArray of TovReportTarget with its free func). */
void
tov_report_builder_set_targets (TovReportBuilder *self,
                                GPtrArray        *targets)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->targets, g_ptr_array_unref);
  self->targets = targets != NULL ? targets
                                  : g_ptr_array_new_with_free_func ((GDestroyNotify) tov_report_target_free);
}

/* Returns the family's index, or -1 when it is outside the period. */
int
tov_report_builder_add_family (TovReportBuilder *self,
                               const char       *key,
                               const char       *name,
                               const char       *enrolled_on,
                               const char       *closed_on)
{
  Family family = { 0 };
  gint32 enrolled = parse_date (enrolled_on, NO_DATE);
  gint32 closed = parse_date (closed_on, NO_DATE);

  g_return_val_if_fail (self != NULL, -1);

  if (enrolled == NO_DATE || enrolled > self->to_date || closed < self->from_date)
    return -1;

  family.key = g_strdup (key);
  family.name = g_strdup (name);
  family.enrolled = enrolled;
  family.now = MIN (self->to_date, closed);
  g_array_append_val (self->families, family);
  return self->families->len - 1;
}

/* Returns the person's index, or -1 when the family is not in the report. */
int
tov_report_builder_add_person (TovReportBuilder *self,
                               int               family)
{
  Person person;

  g_return_val_if_fail (self != NULL, -1);

  if (family < 0 || (guint) family >= self->families->len)
    return -1;

  person.family = family;
  for (guint i = 0; i < N_DIMS; i++)
    {
      person.slots[i].first_date = NO_DATE;
      person.slots[i].last_date = 0;
      person.slots[i].first_value = -1;
      person.slots[i].last_value = -1;
    }
  g_array_append_val (self->persons, person);
  g_array_index (self->families, Family, family).n_persons++;
  return self->persons->len - 1;
}

void
tov_report_builder_add_measurement (TovReportBuilder *self,
                                    int               person,
                                    const char       *dimension,
                                    const char       *measured_on,
                                    const char       *value)
{
  Person *p;
  Slot *slot;
  int dim, val;
  gint32 date;

  g_return_if_fail (self != NULL);

  if (person < 0 || (guint) person >= self->persons->len)
    return;
  p = &g_array_index (self->persons, Person, person);
  dim = dimension_index (dimension);
  date = parse_date (measured_on, NO_DATE);
  if (dim < 0 || date == NO_DATE || date > g_array_index (self->families, Family, p->family).now)
    return;
  val = value_index (tov_dimension_get_values (tov_dimensions[dim]), value);
  if (val < 0)
    return;

  slot = &p->slots[dim];
  if (date < slot->first_date)
    {
      slot->first_date = date;
      slot->first_value = val;
    }
  if (date >= slot->last_date)
    {
      slot->last_date = date;
      slot->last_value = val;
    }
}

void
tov_report_builder_add_engagement (TovReportBuilder *self,
                                   int               family,
                                   const char       *actor,
                                   const char       *ring,
                                   const char       *from_date,
                                   const char       *to_date)
{
  Engagement e;
  Family *f;
  gpointer index;

  g_return_if_fail (self != NULL);

  if (family < 0 || (guint) family >= self->families->len || actor == NULL)
    return;
  f = &g_array_index (self->families, Family, family);
  e.from = parse_date (from_date, NO_DATE);
  e.to = parse_date (to_date, NO_DATE);

  if (g_strcmp0 (ring, "civil_society") == 0)
    {
      if (e.from <= f->now && e.to >= f->enrolled)
        f->civil_society = TRUE;
      return;
    }
  if (ring == NULL || !g_strv_contains (professional_rings, ring))
    return;

  index = g_hash_table_lookup (self->actors, actor);
  if (index == NULL)
    {
      index = GUINT_TO_POINTER (g_hash_table_size (self->actors) + 1);
      g_hash_table_insert (self->actors, g_strdup (actor), index);
    }
  e.family = family;
  e.actor = GPOINTER_TO_INT (index) - 1;
  g_array_append_val (self->engagements, e);
}

void
tov_report_builder_add_agreement (TovReportBuilder *self,
                                  int               family,
                                  const char       *status,
                                  const char       *due_on)
{
  Family *f;
  gint32 due;

  g_return_if_fail (self != NULL);

  if (family < 0 || (guint) family >= self->families->len)
    return;
  f = &g_array_index (self->families, Family, family);
  due = parse_date (due_on, NO_DATE);
  if (due != NO_DATE && (due < self->from_date || due > parse_date (self->to, NO_DATE)))
    return;

  if (g_strcmp0 (status, "done") == 0)
    f->agreements.done++;
  else if (g_strcmp0 (status, "not_kept") == 0)
    f->agreements.not_kept++;
  else if (g_strcmp0 (status, "open") == 0)
    {
      if (due != NO_DATE && due < f->now)
        f->agreements.overdue++;
      else
        f->agreements.open++;
    }
}

/* A scaling (0-10) given by a professional at one of the family's meetings. */
void
tov_report_builder_add_professional_scaling (TovReportBuilder *self,
                                             int               family,
                                             const char       *held_on,
                                             int               value)
{
  Scaling scaling;

  g_return_if_fail (self != NULL);

  if (family < 0 || (guint) family >= self->families->len || value < 0 || value > 10)
    return;
  scaling.family = family;
  scaling.date = parse_date (held_on, NO_DATE);
  scaling.value = value;
  if (scaling.date == NO_DATE || scaling.date > g_array_index (self->families, Family, family).now)
    return;
  g_array_append_val (self->scalings, scaling);
}

/* Whether a measurement of that day counts for the family: on or before
 * its now (the end of the period, its closure or today). */
gboolean
tov_report_builder_accepts (TovReportBuilder *self,
                            int               family,
                            const char       *measured_on)
{
  gint32 date = parse_date (measured_on, NO_DATE);

  g_return_val_if_fail (self != NULL, FALSE);

  if (family < 0 || (guint) family >= self->families->len || date == NO_DATE)
    return FALSE;
  return date <= g_array_index (self->families, Family, family).now;
}

/* Computes the report and frees the builder. */
TovReport *
tov_report_builder_finish (TovReportBuilder *self)
{
  TovReport *report = g_new0 (TovReport, 1);
  g_autofree guint *actors_before = NULL;
  g_autofree guint *actors_now = NULL;
  double sums_before[N_DIMS] = { 0 }, sums_after[N_DIMS] = { 0 };
  guint64 total_before = 0, total_now = 0;

  g_return_val_if_fail (self != NULL, NULL);

  report->strings = g_ptr_array_new_with_free_func (g_free);
  report->from = g_strdup (self->from);
  report->to = g_strdup (self->to);
  report->today = g_strdup (self->today);
  report->n_families = self->families->len;
  report->n_persons = self->persons->len;

  /* Dimensions */
  report->n_dimensions = N_DIMS;
  report->dimensions = g_new0 (TovReportDimension, N_DIMS);
  for (guint d = 0; d < N_DIMS; d++)
    {
      TovReportDimension *dim = &report->dimensions[d];

      dim->dimension = tov_dimensions[d];
      dim->values = tov_dimension_get_values (tov_dimensions[d]);
      dim->n_values = g_strv_length ((char **) dim->values);
      dim->before = g_new0 (guint, dim->n_values);
      dim->after = g_new0 (guint, dim->n_values);
      dim->numeric = tov_report_dimension_is_numeric (dim->dimension);
    }

  for (guint i = 0; i < self->persons->len; i++)
    {
      const Person *p = &g_array_index (self->persons, Person, i);

      for (guint d = 0; d < N_DIMS; d++)
        {
          const Slot *slot = &p->slots[d];
          TovReportDimension *dim = &report->dimensions[d];

          if (slot->first_value < 0)
            continue;
          dim->before[slot->first_value]++;
          dim->n_before++;
          sums_before[d] += slot->first_value;
          if (slot->last_date > slot->first_date)
            {
              dim->after[slot->last_value]++;
              dim->n_after++;
              sums_after[d] += slot->last_value;
            }
        }
    }
  for (guint d = 0; d < N_DIMS; d++)
    {
      TovReportDimension *dim = &report->dimensions[d];

      /* numeric values are "0".."10": the index is the value */
      dim->mean_before = dim->n_before > 0 ? sums_before[d] / dim->n_before : 0.0;
      dim->mean_after = dim->n_after > 0 ? sums_after[d] / dim->n_after : 0.0;
    }

  /* Actors and agreements, per family */
  actors_before = g_new0 (guint, MAX (self->families->len, 1));
  actors_now = g_new0 (guint, MAX (self->families->len, 1));
  count_actors (self, actors_before, actors_now);
  score_professionals (self, &report->professionals);

  report->families = g_array_sized_new (FALSE, TRUE, sizeof (TovReportFamily), self->families->len);
  report->actors.n_families = self->families->len;
  report->actors.min_before = report->actors.min_now = G_MAXUINT;
  for (guint i = 0; i < self->families->len; i++)
    {
      Family *f = &g_array_index (self->families, Family, i);
      TovReportFamily rf = { 0 };

      rf.family = i;
      rf.key = f->key;
      rf.name = f->name;
      g_ptr_array_add (report->strings, g_steal_pointer (&f->key));
      g_ptr_array_add (report->strings, g_steal_pointer (&f->name));
      rf.n_persons = f->n_persons;
      rf.actors_before = actors_before[i];
      rf.actors_now = actors_now[i];
      rf.agreements = f->agreements;
      g_array_append_val (report->families, rf);

      report->agreements.done += f->agreements.done;
      report->agreements.not_kept += f->agreements.not_kept;
      report->agreements.overdue += f->agreements.overdue;
      report->agreements.open += f->agreements.open;
      report->civil_society_families += f->civil_society;

      total_before += actors_before[i];
      total_now += actors_now[i];
      report->actors.min_before = MIN (report->actors.min_before, actors_before[i]);
      report->actors.max_before = MAX (report->actors.max_before, actors_before[i]);
      report->actors.min_now = MIN (report->actors.min_now, actors_now[i]);
      report->actors.max_now = MAX (report->actors.max_now, actors_now[i]);
    }
  if (self->families->len > 0)
    {
      report->actors.mean_before = (double) total_before / self->families->len;
      report->actors.mean_now = (double) total_now / self->families->len;
    }
  else
    report->actors.min_before = report->actors.min_now = 0;

  /* Targets */
  report->owned_targets = g_steal_pointer (&self->targets);
  report->n_targets = report->owned_targets->len;
  report->targets = g_new0 (TovReportTargetResult, MAX (report->n_targets, 1));
  for (guint i = 0; i < report->n_targets; i++)
    {
      report->targets[i].target = g_ptr_array_index (report->owned_targets, i);
      evaluate_target (report, &report->targets[i]);
    }

  tov_report_builder_free (self);
  return report;
}

void
tov_report_free (TovReport *report)
{
  if (report == NULL)
    return;
  for (guint d = 0; d < report->n_dimensions; d++)
    {
      g_free (report->dimensions[d].before);
      g_free (report->dimensions[d].after);
    }
  g_free (report->dimensions);
  g_free (report->from);
  g_free (report->to);
  g_free (report->today);
  g_clear_pointer (&report->families, g_array_unref);
  g_free (report->targets);
  g_clear_pointer (&report->owned_targets, g_ptr_array_unref);
  g_clear_pointer (&report->strings, g_ptr_array_unref);
  g_free (report);
}

const TovReportDimension *
tov_report_get_dimension (const TovReport *report,
                          const char      *dimension)
{
  g_return_val_if_fail (report != NULL, NULL);

  for (guint d = 0; d < report->n_dimensions; d++)
    if (g_strcmp0 (report->dimensions[d].dimension, dimension) == 0)
      return &report->dimensions[d];
  return NULL;
}
