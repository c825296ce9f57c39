/* tov-anonymiser.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-anonymiser.h"

typedef struct
{
  char *name;
  char *replacement;
} Pair;

struct _TovAnonymiser
{
  GObject  parent_instance;

  GArray  *pairs;    /* Pair, longest name first */
};

G_DEFINE_FINAL_TYPE (TovAnonymiser, tov_anonymiser, G_TYPE_OBJECT)

static void
pair_clear (gpointer data)
{
  Pair *pair = data;

  g_free (pair->name);
  g_free (pair->replacement);
}

static int
longest_first (gconstpointer a,
               gconstpointer b)
{
  return (int) strlen (((const Pair *) b)->name) - (int) strlen (((const Pair *) a)->name);
}

static void
tov_anonymiser_finalize (GObject *object)
{
  TovAnonymiser *self = (TovAnonymiser *) object;

  g_clear_pointer (&self->pairs, g_array_unref);

  G_OBJECT_CLASS (tov_anonymiser_parent_class)->finalize (object);
}

static void
tov_anonymiser_class_init (TovAnonymiserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tov_anonymiser_finalize;
}

static void
tov_anonymiser_init (TovAnonymiser *self)
{
  self->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_array_set_clear_func (self->pairs, pair_clear);
}

TovAnonymiser *
tov_anonymiser_new (void)
{
  return g_object_new (TOV_TYPE_ANONYMISER, NULL);
}

/* Names shorter than two characters are ignored: they would eat words. */
void
tov_anonymiser_add (TovAnonymiser *self,
                    const char    *name,
                    const char    *replacement)
{
  Pair pair;

  g_return_if_fail (TOV_IS_ANONYMISER (self));
  g_return_if_fail (replacement != NULL);

  if (name == NULL || g_utf8_strlen (name, -1) < 2)
    return;
  for (guint i = 0; i < self->pairs->len; i++)
    if (g_str_equal (g_array_index (self->pairs, Pair, i).name, name))
      return;
  pair.name = g_strdup (name);
  pair.replacement = g_strdup (replacement);
  g_array_append_val (self->pairs, pair);
  g_array_sort (self->pairs, longest_first);
}

static gboolean
starts_word (const char *text,
             const char *p)
{
  return p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
}

/**
 * tov_anonymiser_apply:
 *
 * Returns: (transfer full) (nullable): @text with every name replaced.
 */
char *
tov_anonymiser_apply (TovAnonymiser *self,
                      const char    *text)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (TOV_IS_ANONYMISER (self), NULL);

  if (text == NULL)
    return NULL;
  current = g_strdup (text);

  for (guint i = 0; i < self->pairs->len; i++)
    {
      const Pair *pair = &g_array_index (self->pairs, Pair, i);
      gsize n = strlen (pair->name);
      GString *out = g_string_new (NULL);
      const char *p = current;

      for (const char *hit = strstr (p, pair->name); hit != NULL; hit = strstr (p, pair->name))
        {
          g_string_append_len (out, p, hit - p);
          if (starts_word (current, hit))
            g_string_append (out, pair->replacement);
          else
            g_string_append_len (out, hit, n);
          p = hit + n;
        }
      g_string_append (out, p);
      g_free (current);
      current = g_string_free (out, FALSE);
    }
  return g_steal_pointer (&current);
}
