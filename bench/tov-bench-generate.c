/* tov-bench-generate.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <libxml/xmlwriter.h>
#include <glib.h>

/*
 * tovholder-bench-generate N -o FILE.xml [--seed S]
 *
 * Writes N synthetic families in the exchange format: about five persons
 * each (two parents, one to five children), consents and measurements for
 * the adults, three engagements with actors from a shared register, a plan
 * with an agreed version of eight items, two agreements and, for Arabic
 * speaking families, an Arabic translation of a goal. Names are drawn from
 * Danish and Arabic lists with a fixed seed, ids are derived from it and
 * the time stamps are fixed, so the same N and seed give the same bytes.
 */

#define NS "https://tovholder.dk/ns/exchange/1"
#define STAMP "2025-01-15T09:00:00Z"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

static const char * const danish_male[] = {
  "Søren", "Jens", "Mads", "Rasmus", "Anders", "Niels", "Jørgen", "Mikkel", "Frederik",
  "Kasper", "Thomas", "Christian", "Morten", "Henrik", "Lars", "Peter", "Bjørn", "Ole",
  "Emil", "Magnus", "Oscar", "William", "Lucas", "Asger", "Troels", "Kåre", "Æbbe",
};
static const char * const danish_female[] = {
  "Mette", "Anne", "Kirsten", "Hanne", "Lone", "Signe", "Ida", "Freja", "Sofie",
  "Mathilde", "Åse", "Birgitte", "Karen", "Lene", "Pernille", "Camilla", "Louise",
  "Maja", "Emma", "Clara", "Agnete", "Solveig", "Dorthe", "Tove", "Bodil", "Ærtrud",
};
static const char * const danish_surnames[] = {
  "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
  "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
  "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Kjær",
  "Bæk", "Lund", "Holm", "Schmidt", "Dahl", "Skov", "Østergaard", "Frandsen", "Vestergaard",
};
static const char * const arabic_male[] = {
  "Ahmad", "Mohammad", "Mahmoud", "Khaled", "Omar", "Ali", "Hassan", "Hussein", "Yousef",
  "Ibrahim", "Mustafa", "Samir", "Walid", "Tarek", "Karim", "Bilal", "Adnan", "Jamal",
  "أحمد", "محمد", "محمود", "خالد", "عمر", "علي", "يوسف", "إبراهيم",
};
static const char * const arabic_female[] = {
  "Fatima", "Aisha", "Mariam", "Noor", "Layla", "Rania", "Huda", "Amal", "Yasmin",
  "Salma", "Zainab", "Rasha", "Dima", "Hiba", "Lina", "Sara", "Rana", "Nadia",
  "فاطمة", "عائشة", "مريم", "نور", "ليلى", "هدى", "أمل", "سلمى",
};
static const char * const arabic_surnames[] = {
  "Al-Hassan", "Al-Ahmad", "Haddad", "Khalil", "Nasser", "Saleh", "Darwish", "Mansour",
  "Hamdan", "Abdallah", "Yassin", "Qasim", "Othman", "Al-Khatib", "Barakat", "Sabbagh",
  "Jaber", "Al-Masri", "Shami", "Halabi", "Aziz", "Rahman", "Suleiman", "Farouk",
  "الحسن", "حداد", "خليل", "ناصر", "صالح", "منصور",
};
static const char * const organisations[] = {
  "Familieafdelingen", "Jobcentret, integrationsteamet", "Ydelseskontoret", "Nordskolen",
  "Søndermarkskolen", "Sundhedsplejen", "PPR", "SSP", "UU-vejledningen", "Lægehuset Torvet",
  "Sprogcentret", "VUC", "Røde Kors, lektiecafé", "Boldklubben B1908", "Projekthuset",
};
static const char * const organisation_sectors[] = {
  "social", "employment", "social", "school", "school", "health", "children_youth",
  "police", "children_youth", "health", "employment", "employment", "ngo", "leisure", "social",
};
static const char * const roles[] = {
  "Sagsbehandler", "Integrationskonsulent", "Ydelsesrådgiver", "Klasselærer", "Pædagog",
  "Sundhedsplejerske", "Psykolog", "SSP-konsulent", "UU-vejleder", "Praktiserende læge",
  "Dansklærer", "Studievejleder", "Frivillig mentor", "Træner", "Familiekoordinator",
};
static const char * const goal_texts[] = {
  "Vi vil have et arbejde inden for et år.",
  "Børnene skal komme i skole hver dag.",
  "Jeg vil lære dansk, så jeg kan tale med lærerne.",
  "Vi vil have en dansk venskabsfamilie.",
  "Sara skal gå til fodbold en gang om ugen.",
  "Vi vil have styr på økonomien og betale huslejen til tiden.",
  "Far vil i praktik i en butik.",
  "Mor vil have behandling for sine smerter.",
};
static const char * const arabic_goal_texts[] = {
  "نريد أن نجد عملاً خلال سنة.",
  "يجب أن يذهب الأطفال إلى المدرسة كل يوم.",
  "أريد أن أتعلم الدنماركية لأتحدث مع المعلمين.",
  "نريد عائلة صديقة دنماركية.",
};
static const char * const worries[] = {
  "Fravær i skolen.", "Huslejerestance.", "Far sover dårligt og har mareridt.",
  "Mor føler sig alene.", "Den ældste søn er meget på gaden om aftenen.",
};
static const char * const resources[] = {
  "Forældrene er engagerede i børnene.", "Mor er god til at lave mad og vil gerne lære fra sig.",
  "Far har erfaring som elektriker fra hjemlandet.", "Familien har et godt netværk i moskéen.",
};
static const char * const themes[] = {
  "work_education", "danish_language", "school", "leisure", "parenting", "health",
  "housing_economy", "friendships",
};

static char *opt_output;
static int opt_seed = 20250115;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Write to FILE", "FILE" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Random seed (default: 20250115)", "S" },
  { NULL }
};

typedef struct
{
  GRand          *rand;
  xmlTextWriter  *w;
  char          **actors;         /* ids */
  const char    **actor_sectors;
  guint           n_actors;
  guint           n_persons;
  guint           n_rows;
} Gen;

#define PICK(gen, list) ((list)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (list))])

static char *
new_id (Gen *gen)
{
  guint32 a = g_rand_int (gen->rand), b = g_rand_int (gen->rand);
  guint32 c = g_rand_int (gen->rand), d = g_rand_int (gen->rand);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16, b & 0xfff,
                          0x8000 | (c >> 18), c & 0xffff, d);
}

static char *
date_in (Gen *gen,
         int  year_from,
         int  year_to)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (gen->rand, year_from, year_to + 1),
                          g_rand_int_range (gen->rand, 1, 13), g_rand_int_range (gen->rand, 1, 29));
}

/* starts an element with its id and the remaining attribute pairs, NULL values skipped */
static char *
start (Gen        *gen,
       const char *element,
       ...) G_GNUC_NULL_TERMINATED;

static char *
start (Gen        *gen,
       const char *element,
       ...)
{
  char *id = new_id (gen);
  const char *name;
  va_list args;

  xmlTextWriterStartElement (gen->w, BAD_CAST element);
  xmlTextWriterWriteAttribute (gen->w, BAD_CAST "id", BAD_CAST id);
  va_start (args, element);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (value != NULL)
        xmlTextWriterWriteAttribute (gen->w, BAD_CAST name, BAD_CAST value);
    }
  va_end (args);
  xmlTextWriterWriteAttribute (gen->w, BAD_CAST "created-at", BAD_CAST STAMP);
  xmlTextWriterWriteAttribute (gen->w, BAD_CAST "updated-at", BAD_CAST STAMP);
  gen->n_rows++;
  return id;
}

static void
end (Gen *gen)
{
  xmlTextWriterEndElement (gen->w);
}

static void
write_actors (Gen   *gen,
              guint  n)
{
  gen->actors = g_new0 (char *, n + 1);
  gen->actor_sectors = g_new0 (const char *, n);
  gen->n_actors = n;
  for (guint i = 0; i < n; i++)
    {
      guint org = i % G_N_ELEMENTS (organisations);
      gboolean female = g_rand_boolean (gen->rand);
      g_autofree char *name = g_strdup_printf ("%s %s",
                                               female ? PICK (gen, danish_female) : PICK (gen, danish_male),
                                               PICK (gen, danish_surnames));
      g_autofree char *phone = g_strdup_printf ("+45 %02d %02d %02d %02d", g_rand_int_range (gen->rand, 20, 99),
                                                g_rand_int_range (gen->rand, 10, 99),
                                                g_rand_int_range (gen->rand, 10, 99),
                                                g_rand_int_range (gen->rand, 10, 99));

      gen->actor_sectors[i] = organisation_sectors[org];
      gen->actors[i] = start (gen, "actor", "name", name, "organisation", organisations[org],
                              "sector", organisation_sectors[org], "role", roles[org],
                              "phone", phone, NULL);
      end (gen);
    }
}

static const char *
actor_in (Gen        *gen,
          const char *organisation)
{
  /* actors are laid out round-robin over the organisations */
  guint n_orgs = G_N_ELEMENTS (organisations);
  guint org = 0;
  guint rounds = gen->n_actors / n_orgs;

  while (org < n_orgs && !g_str_equal (organisations[org], organisation))
    org++;
  g_assert (org < n_orgs && rounds > 0);
  return gen->actors[g_rand_int_range (gen->rand, 0, rounds) * n_orgs + org];
}

static void
write_family (Gen   *gen,
              guint  index)
{
  gboolean arabic = g_rand_double (gen->rand) < 0.6;
  const char *surname = arabic ? PICK (gen, arabic_surnames) : PICK (gen, danish_surnames);
  int r = g_rand_int_range (gen->rand, 0, 10);
  const char *status = r < 7 ? "active" : r < 9 ? "referred" : "closed";
  g_autofree char *enrolled = date_in (gen, 2023, 2024);
  g_autofree char *case_ref = g_strdup_printf ("SAG-%04u-%05u", 2023 + index % 3, index);
  g_autofree char *closed = g_str_equal (status, "closed") ? date_in (gen, 2025, 2025) : NULL;
  g_autofree char *family_id = NULL;
  g_autofree char *version_id = NULL;
  g_autofree char *goal_id = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_free);
  const char *caseworker, *teacher, *coordinator;
  guint n_children = g_rand_int_range (gen->rand, 1, 6);

  family_id = start (gen, "family", "name", surname, "case-ref", case_ref, "status", status,
                     "enrolled-on", enrolled, "closed-on", closed,
                     "closure-reason", closed ? "Målene er nået." : NULL,
                     "languages", arabic ? "ar da" : "da",
                     "interpreter-needed", arabic ? "true" : "false",
                     "interpreter-language", arabic ? "ar" : NULL,
                     "print-languages", arabic ? "da ar" : "da", NULL);

  for (guint p = 0; p < 2 + n_children; p++)
    {
      gboolean adult = p < 2;
      gboolean female = adult ? p == 1 : g_rand_boolean (gen->rand);
      const char *given = arabic ? (female ? PICK (gen, arabic_female) : PICK (gen, arabic_male))
                                 : (female ? PICK (gen, danish_female) : PICK (gen, danish_male));
      g_autofree char *birth = adult ? date_in (gen, 1965, 1995) : date_in (gen, 2006, 2022);
      g_autofree char *arrival = arabic ? g_strdup_printf ("%d", g_rand_int_range (gen->rand, 2014, 2023))
                                        : NULL;
      char *id = start (gen, "person", "given-name", given, "family-name", surname,
                        "birth-date", birth, "sex", female ? "female" : "male",
                        "household-role", adult ? (female ? "mother" : "father") : "child",
                        "nationality", arabic ? "Syrian" : "Danish",
                        "languages", arabic ? (adult ? "ar" : "ar da") : "da",
                        "interpreter-needed", arabic && adult ? "true" : "false",
                        "arrival-year", arrival, NULL);

      g_ptr_array_add (persons, id);
      gen->n_persons++;
      if (adult)
        {
          g_autofree char *c = start (gen, "consent", "given-on", enrolled,
                                      "scope", "Social, Beskæftigelse, Børn og Unge", NULL);
          g_autofree char *m1 = NULL;
          g_autofree char *m2 = NULL;

          end (gen);
          m1 = start (gen, "measurement", "dimension", "work_interest", "measured-on", enrolled,
                      "value", g_rand_boolean (gen->rand) ? "wants_work" : "does_not", NULL);
          end (gen);
          m2 = start (gen, "measurement", "dimension", "work_status", "measured-on", enrolled,
                      "value", g_rand_boolean (gen->rand) ? "activation" : "none", NULL);
          end (gen);
        }
      end (gen);
    }

  coordinator = actor_in (gen, "Projekthuset");
  caseworker = actor_in (gen, "Familieafdelingen");
  teacher = actor_in (gen, g_rand_boolean (gen->rand) ? "Nordskolen" : "Søndermarkskolen");
  {
    g_autofree char *e1 = start (gen, "engagement", "actor", coordinator, "ring", "core",
                                 "coordinator", "true", "invited", "true", "from-date", enrolled, NULL);
    g_autofree char *e2 = NULL;
    g_autofree char *e3 = NULL;
    g_autofree char *m = NULL;

    end (gen);
    e2 = start (gen, "engagement", "actor", caseworker, "ring", "near", "invited", "true",
                "from-date", enrolled, NULL);
    end (gen);
    e3 = start (gen, "engagement", "actor", teacher, "ring", "peripheral", "from-date", enrolled,
                "role-note", "Klasselærer for det ældste barn.", NULL);
    m = start (gen, "member", "person", g_ptr_array_index (persons, 2), NULL);
    end (gen);
    end (gen);
  }

  {
    g_autofree char *plan_id = start (gen, "plan", "title", "Masterplan", NULL);
    g_autofree char *agreed = date_in (gen, 2024, 2024);
    g_autofree char *follow = date_in (gen, 2025, 2025);

    version_id = start (gen, "version", "number", "1", "status", "agreed", "drafted-on", enrolled,
                        "agreed-on", agreed, "next-follow-up", follow, NULL);
    for (guint i = 0; i < 8; i++)
      {
        static const char * const kinds[] = {
          "situation", "resource", "resource", "worry", "goal", "goal", "effort", "works_well",
        };
        g_autofree char *position = g_strdup_printf ("%u", i);
        g_autofree char *now = g_strdup_printf ("%d", g_rand_int_range (gen->rand, 1, 6));
        g_autofree char *target = g_strdup_printf ("%d", g_rand_int_range (gen->rand, 6, 11));
        gboolean goal = g_str_equal (kinds[i], "goal");
        gboolean effort = g_str_equal (kinds[i], "effort");
        const char *text = goal ? PICK (gen, goal_texts)
                           : g_str_equal (kinds[i], "worry") ? PICK (gen, worries)
                           : g_str_equal (kinds[i], "resource") ? PICK (gen, resources)
                           : effort ? "Familiebehandling hver anden uge."
                           : "Familien kommer til alle aftaler.";
        char *id = start (gen, "item", "kind", kinds[i],
                          "person", i == 5 ? g_ptr_array_index (persons, 0) : NULL,
                          "text", text,
                          "horizon", goal ? (i == 4 ? "short" : "long") : NULL,
                          "theme", goal ? PICK (gen, themes) : NULL,
                          "scale-now", goal ? now : NULL, "scale-target", goal ? target : NULL,
                          "actor", effort ? caseworker : NULL,
                          "legal-basis", effort ? "Serviceloven § 52" : NULL,
                          "statutory-plan", effort ? "action_plan" : NULL,
                          "position", position, NULL);

        end (gen);
        if (i == 4)
          goal_id = id;
        else
          g_free (id);
      }
    end (gen); /* version */
    end (gen); /* plan */
  }

  {
    g_autofree char *due1 = date_in (gen, 2024, 2025);
    g_autofree char *due2 = date_in (gen, 2024, 2025);
    g_autofree char *a1 = start (gen, "agreement", "what", "Ringe til skolen om fremmødet.",
                                 "actor", teacher, "due-on", due1, "status", "open",
                                 "version", version_id, NULL);
    g_autofree char *a2 = NULL;

    end (gen);
    a2 = start (gen, "agreement", "what", "Melde sig til danskundervisning.",
                "person", g_ptr_array_index (persons, 0), "due-on", due2,
                "status", g_rand_boolean (gen->rand) ? "done" : "open", NULL);
    end (gen);
  }

  if (arabic)
    {
      g_autofree char *t = start (gen, "translation", "source-table", "plan_items",
                                  "source", goal_id, "field", "text", "language", "ar",
                                  "text", PICK (gen, arabic_goal_texts), NULL);
      end (gen);
    }

  end (gen); /* family */
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("N -o FILE.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlTextWriter) writer = NULL;
  Gen gen = { 0 };
  guint64 n;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Generate N synthetic families in the exchange format.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || opt_output == NULL ||
      !g_ascii_string_to_unsigned (argv[1], 10, 1, 10000000, &n, NULL))
    {
      g_printerr ("tovholder-bench-generate: %s\n",
                  error != NULL ? error->message : "usage: tovholder-bench-generate N -o FILE.xml");
      return 2;
    }

  writer = xmlNewTextWriterFilename (opt_output, 0);
  if (writer == NULL)
    {
      g_printerr ("tovholder-bench-generate: cannot write %s\n", opt_output);
      return 1;
    }
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");

  gen.rand = g_rand_new_with_seed ((guint32) opt_seed);
  gen.w = writer;

  xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "tovholder");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "xmlns", BAD_CAST NS);
  xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST "1");
  write_actors (&gen, 15 * (guint) (10 + n / 100));
  for (guint i = 0; i < n; i++)
    write_family (&gen, i);
  xmlTextWriterEndElement (writer);
  if (xmlTextWriterEndDocument (writer) < 0)
    {
      g_printerr ("tovholder-bench-generate: cannot write %s\n", opt_output);
      return 1;
    }
  g_clear_pointer (&writer, xmlFreeTextWriter);

  g_print ("%s: %" G_GUINT64_FORMAT " families, %u persons, %u actors, %u rows\n",
           opt_output, n, gen.n_persons, gen.n_actors, gen.n_rows);

  g_strfreev (gen.actors);
  g_free (gen.actor_sectors);
  g_rand_free (gen.rand);
  return 0;
}
