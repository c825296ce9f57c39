/* tov-print-catalog.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "tov-print-catalog.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define MO_MAX_SIZE      (16 * 1024 * 1024)

struct _TovPrintCatalog
{
  GObject     parent_instance;

  char       *language;
  GBytes     *data;       /* the .mo file; the table's strings point into it */
  GHashTable *messages;   /* "context\004msgid" or "msgid" -> translation */
  GHashTable *plurals;    /* msgid (the singular) -> GPtrArray of the plural forms */
};

G_DEFINE_FINAL_TYPE (TovPrintCatalog, tov_print_catalog, G_TYPE_OBJECT)

/* Kept here so xgettext extracts them; looked up in the printout's catalogue. */
static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Reads the string table entry @index of the table at @table; NULL when the
 * entry points outside the file or is not NUL-terminated. */
static const char *
read_entry (const guint8 *data,
            gsize         size,
            guint32       table,
            guint32       index,
            gboolean      swapped)
{
  guint64 entry = (guint64) table + (guint64) index * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    return NULL;
  length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if ((guint64) offset + length >= size || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static gboolean
parse_mo (TovPrintCatalog  *self,
          const char       *path,
          GError          **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->data, &size);
  guint32 magic, n, originals, translations;
  gboolean swapped;

  if (size < 28)
    goto corrupt;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    goto corrupt;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = read_entry (data, size, originals, i, swapped);
      const char *msgstr = read_entry (data, size, translations, i, swapped);

      if (msgid == NULL || msgstr == NULL)
        goto corrupt;
      /* the header (empty msgid) and untranslated entries are skipped */
      if (*msgid != '\0' && *msgstr != '\0')
        g_hash_table_insert (self->messages, (char *) msgid, (char *) msgstr);
      /* a plural entry: its forms one after another, each ending in NUL */
      if (*msgid != '\0' && *msgstr != '\0' && read_u32 (data, translations + i * 8, swapped) > strlen (msgstr))
        {
          guint32 length = read_u32 (data, translations + i * 8, swapped);
          GPtrArray *forms = g_ptr_array_new ();

          for (const char *form = msgstr; form <= msgstr + length; form += strlen (form) + 1)
            g_ptr_array_add (forms, (char *) form);
          g_hash_table_insert (self->plurals, (char *) msgid, forms);
        }
    }
  return TRUE;

corrupt:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               _("“%s” is not a translation catalogue."), path);
  return FALSE;
}

static void
tov_print_catalog_finalize (GObject *object)
{
  TovPrintCatalog *self = (TovPrintCatalog *) object;

  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->plurals, g_hash_table_unref);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (tov_print_catalog_parent_class)->finalize (object);
}

static void
tov_print_catalog_class_init (TovPrintCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tov_print_catalog_finalize;
}

static void
tov_print_catalog_init (TovPrintCatalog *self)
{
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
  self->plurals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tov_print_catalog_new_from_file:
 *
 * Reads the compiled catalogue at @path for @language.
 *
 * Returns: (transfer full): the catalogue, or NULL with @error set when the
 * file cannot be read or is not a .mo file.
 */
TovPrintCatalog *
tov_print_catalog_new_from_file (const char  *language,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(TovPrintCatalog) self = NULL;
  g_autoptr(GMappedFile) file = NULL;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (TOV_TYPE_PRINT_CATALOG, NULL);
  self->language = g_strdup (language);
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  if (g_mapped_file_get_length (file) > MO_MAX_SIZE)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is too large for a translation catalogue."), path);
      return NULL;
    }
  self->data = g_mapped_file_get_bytes (file);
  if (!parse_mo (self, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * tov_print_catalog_new:
 * @language: "da", "ar", "en", …
 *
 * The catalogue of @language from $TOV_LOCALEDIR, else the installed
 * LOCALEDIR. English, or a language without a catalogue, gives an empty
 * catalogue: every lookup returns the English msgid.
 *
 * Returns: (transfer full): the catalogue, never NULL.
 */
TovPrintCatalog *
tov_print_catalog_new (const char *language)
{
  const char *localedir = g_getenv ("TOV_LOCALEDIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  TovPrintCatalog *self;

  g_return_val_if_fail (language != NULL, NULL);

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  path = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_str_equal (language, "en") && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      self = tov_print_catalog_new_from_file (language, path, &error);
      if (self != NULL)
        return self;
      g_warning ("Printouts in “%s” fall back to English: %s", language, error->message);
    }

  self = g_object_new (TOV_TYPE_PRINT_CATALOG, NULL);
  self->language = g_strdup (language);
  return self;
}

const char *
tov_print_catalog_get_language (TovPrintCatalog *self)
{
  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), NULL);

  return self->language;
}

gboolean
tov_print_language_is_rtl (const char *language)
{
  static const char * const rtl[] = { "ar", "fa", "prs", "he", "ur", "ps", "ckb", NULL };

  return language != NULL && g_strv_contains (rtl, language);
}

gboolean
tov_print_catalog_is_rtl (TovPrintCatalog *self)
{
  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), FALSE);

  return tov_print_language_is_rtl (self->language);
}

gboolean
tov_print_catalog_has_messages (TovPrintCatalog *self)
{
  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), FALSE);

  return g_hash_table_size (self->messages) > 0;
}

/**
 * tov_print_catalog_gettext:
 *
 * Returns: (transfer none): the translation of @msgid, or @msgid itself.
 */
const char *
tov_print_catalog_gettext (TovPrintCatalog *self,
                           const char      *msgid)
{
  const char *msgstr;

  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  msgstr = g_hash_table_lookup (self->messages, msgid);
  return msgstr != NULL ? msgstr : msgid;
}

/**
 * tov_print_catalog_pgettext:
 *
 * Returns: (transfer none): the translation of @msgid in @context, or @msgid.
 */
const char *
tov_print_catalog_pgettext (TovPrintCatalog *self,
                            const char      *context,
                            const char      *msgid)
{
  g_autofree char *key = NULL;
  const char *msgstr;

  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), msgid);
  g_return_val_if_fail (context != NULL && msgid != NULL, msgid);

  key = g_strconcat (context, "\004", msgid, NULL);
  msgstr = g_hash_table_lookup (self->messages, key);
  return msgstr != NULL ? msgstr : msgid;
}

/* The plural form @n takes in @language, as the catalogues' Plural-Forms
 * headers say (the printout languages are known: no formula is parsed). */
static guint
plural_form (const char *language,
             gulong      n)
{
  if (g_strcmp0 (language, "ar") == 0)
    return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5;
  return n != 1;
}

/**
 * tov_print_catalog_ngettext:
 *
 * Returns: (transfer none): the translation of @msgid or @msgid_plural for
 * @n in the catalogue's language, or the English text.
 */
const char *
tov_print_catalog_ngettext (TovPrintCatalog *self,
                            const char      *msgid,
                            const char      *msgid_plural,
                            gulong           n)
{
  GPtrArray *forms;
  guint form;

  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), n == 1 ? msgid : msgid_plural);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  forms = g_hash_table_lookup (self->plurals, msgid);
  form = plural_form (self->language, n);
  if (forms == NULL || form >= forms->len || *(const char *) g_ptr_array_index (forms, form) == '\0')
    return n == 1 ? msgid : msgid_plural;
  return g_ptr_array_index (forms, form);
}

const char *
tov_print_catalog_get_month (TovPrintCatalog *self,
                             GDateMonth       month)
{
  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, "");

  return tov_print_catalog_pgettext (self, "month", month_names[month - 1]);
}

const char *
tov_print_catalog_get_weekday (TovPrintCatalog *self,
                               GDateWeekday     weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");

  return tov_print_catalog_pgettext (self, "weekday", weekday_names[weekday - 1]);
}

/**
 * tov_print_catalog_format_number:
 *
 * Writes @number with the printout language's digits: the translation of
 * "0123456789" in the context "digits" (an Arabic catalogue may give
 * Arabic-Indic digits), else ASCII digits.
 */
char *
tov_print_catalog_format_number (TovPrintCatalog *self,
                                 gint64           number)
{
  /* Translators: the ten digits zero to nine as printouts in your language write them */
  const char *digits = tov_print_catalog_pgettext (self, "digits", NC_("digits", "0123456789"));
  g_autofree char *ascii = g_strdup_printf ("%" G_GINT64_FORMAT, number);
  const char *glyphs[10];
  GString *out = g_string_new (NULL);
  const char *p = digits;

  for (guint i = 0; i < 10; i++)
    {
      glyphs[i] = p;
      if (*p != '\0')
        p = g_utf8_next_char (p);
    }
  if (g_utf8_strlen (digits, -1) != 10)
    digits = "0123456789", glyphs[0] = NULL;

  for (const char *c = ascii; *c != '\0'; c++)
    {
      if (*c >= '0' && *c <= '9' && glyphs[0] != NULL)
        {
          const char *g = glyphs[*c - '0'];
          g_string_append_len (out, g, g_utf8_next_char (g) - g);
        }
      else
        g_string_append_c (out, *c);
    }
  return g_string_free (out, FALSE);
}

/**
 * tov_print_catalog_format_date:
 * @iso_date: YYYY-MM-DD
 *
 * Formats a date by the printout language's pattern (context "date
 * format"): %A weekday, %d day, %B month name, %m month number, %Y year.
 *
 * Returns: (transfer full) (nullable): the date, or NULL for an invalid date.
 */
char *
tov_print_catalog_format_date (TovPrintCatalog *self,
                               const char      *iso_date)
{
  /* Translators: how a printout writes a date: %A weekday, %d day, %B month name,
   * %m month number, %Y year */
  const char *pattern = tov_print_catalog_pgettext (self, "date format",
                                                    NC_("date format", "%d %B %Y"));
  g_autoptr(GDate) date = NULL;
  GString *out;
  int y, m, d;

  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (self), NULL);

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  date = g_date_new_dmy (d, m, y);

  out = g_string_new (NULL);
  for (const char *p = pattern; *p != '\0'; p++)
    {
      g_autofree char *number = NULL;

      if (*p != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      switch (*++p)
        {
        case 'A': g_string_append (out, tov_print_catalog_get_weekday (self, g_date_get_weekday (date))); break;
        case 'B': g_string_append (out, tov_print_catalog_get_month (self, m)); break;
        case 'd': number = tov_print_catalog_format_number (self, d); break;
        case 'm': number = tov_print_catalog_format_number (self, m); break;
        case 'Y': number = tov_print_catalog_format_number (self, y); break;
        default: g_string_append_c (out, *p); break;
        }
      if (number != NULL)
        g_string_append (out, number);
    }
  return g_string_free (out, FALSE);
}
