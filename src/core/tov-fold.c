/* tov-fold.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-fold.h"

/*
 * Search folding, applied alike to what is indexed and to what is typed, so
 * that "soren", "søren" and "Soeren" all find Søren and "احمد" finds "أحمد".
 *
 * SQLite's unicode61 tokenizer with remove_diacritics 2 folds å to a but not
 * ø or æ (they are letters, not letters with marks), and knows nothing of
 * Arabic spelling variants, so the text is folded here and indexed with
 * remove_diacritics 0.
 *
 * Danish: case folded; marks removed (å → a, é → e); ø → o; æ → ae; then the
 * old spellings aa → a and oe → o, so that "Aase" and "Åse", "Soeren" and
 * "Søren" meet.
 * Arabic: harakat, superscript alef and tatweel removed; alef with hamza or
 * madda (أ إ آ ٱ) → ا; ؤ → و; ئ and alef maqsura ى → ي; taa marbuta ة → ه.
 */

static gunichar
fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x00F8: /* ø */
      return 'o';
    case 0x0623: /* أ */
    case 0x0625: /* إ */
    case 0x0622: /* آ */
    case 0x0671: /* ٱ */
      return 0x0627;
    case 0x0624: /* ؤ */
      return 0x0648;
    case 0x0626: /* ئ */
    case 0x0649: /* ى */
      return 0x064A;
    case 0x0629: /* ة */
      return 0x0647;
    default:
      return c;
    }
}

static gboolean
is_dropped (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
      type == G_UNICODE_ENCLOSING_MARK)
    return TRUE;
  return c == 0x0640 /* tatweel */ || c == 0x200C || c == 0x200D || c == 0x00AD;
}

/**
 * tov_fold_for_search:
 *
 * Returns: (transfer full): @text folded for indexing or for a query.
 */
char *
tov_fold_for_search (const char *text)
{
  g_autofree char *lower = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  lower = g_utf8_casefold (text, -1);
  /* compose first so that Arabic letters with hamza stay one letter and fold
   * to their base, then decompose Latin letters to drop their marks */
  decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFKC);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_letter (g_utf8_get_char (p));
      gunichar parts[4];
      gsize n = 1;

      if (c == 0x00E6) /* æ */
        {
          g_string_append (out, "ae");
          continue;
        }
      if (c < 0x0600 || c > 0x06FF)
        n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
      else
        parts[0] = c;

      for (gsize i = 0; i < n; i++)
        if (!is_dropped (parts[i]))
          g_string_append_unichar (out, fold_letter (parts[i]));
    }

  /* old Danish spellings: aa → a, oe → o (after the letters above, so å, æ
   * and ø have already met them) */
  for (gsize i = 0; i + 1 < out->len; i++)
    {
      if ((out->str[i] == 'a' && out->str[i + 1] == 'a') ||
          (out->str[i] == 'o' && out->str[i + 1] == 'e'))
        g_string_erase (out, i + 1, 1);
    }

  return g_string_free (out, FALSE);
}
