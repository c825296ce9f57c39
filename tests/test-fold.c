/* test-fold.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-fold.h"

static void
assert_same (const char *a,
             const char *b)
{
  g_autofree char *fa = tov_fold_for_search (a);
  g_autofree char *fb = tov_fold_for_search (b);

  g_test_message ("%s → %s, %s → %s", a, fa, b, fb);
  g_assert_cmpstr (fa, ==, fb);
}

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = tov_fold_for_search (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_danish (void)
{
  assert_fold ("Søren", "soren");
  assert_same ("soren", "Søren");
  assert_same ("Soeren", "Søren");
  assert_same ("SØREN", "soren");
  assert_same ("Aase", "Åse");
  assert_same ("åse", "ÅSE");
  assert_fold ("Bækgård", "baekgard");
  assert_same ("Bæk", "baek");
  assert_same ("Æble", "aeble");
  assert_same ("Østergaard", "ostergård");
  assert_same ("José", "jose");
  assert_fold (NULL, "");
  assert_fold ("", "");
}

static void
test_arabic (void)
{
  /* alef with hamza above, below, madda, wasla */
  assert_same ("أحمد", "احمد");
  assert_same ("إبراهيم", "ابراهيم");
  assert_same ("آمنة", "امنه");
  assert_same ("ٱلله", "الله");
  /* hamza on waw and yeh, alef maqsura */
  assert_same ("مؤمن", "مومن");
  assert_same ("هائل", "هايل");
  assert_same ("مصطفى", "مصطفي");
  /* taa marbuta */
  assert_same ("فاطمة", "فاطمه");
  /* harakat and tatweel */
  assert_same ("مُحَمَّد", "محمد");
  assert_same ("مـحـمـد", "محمد");
  assert_fold ("مُحَمَّد", "محمد");
}

static void
test_spaces_and_digits (void)
{
  assert_fold ("Sag 2024-113", "sag 2024-113");
  assert_same ("Yusuf Haddad", "YUSUF HADDAD");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tov/fold/danish", test_danish);
  g_test_add_func ("/tov/fold/arabic", test_arabic);
  g_test_add_func ("/tov/fold/spaces-and-digits", test_spaces_and_digits);

  return g_test_run ();
}
