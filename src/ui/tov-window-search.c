/* tov-window-search.c: the family list's families, kept one object each, and search as you type
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-window"

#include "tov-window-private.h"
#include "tov-window-state.h"

/*
 * The list shows one TovFamily object per family, read once and refreshed in
 * place when the store changes, so that GtkListView keeps the rows it built.
 * A search does not make a new list: it marks the families it found (their
 * rank, and the matched text on the objects) and the list's filter and sorter
 * show those. Typing searches in a worker thread on a second connection to
 * the same database; only the answer to the newest text is shown.
 */

/* Search hits shown at most; a project holds a few dozen families. */
#define SEARCH_LIMIT 500

/* A search shows its first HITS_PAGE hits (best first, or first by the
 * sort) and appends the next HITS_PAGE when the list is scrolled or moved
 * near its end: going from every family to a page of hits is a small
 * splice, and GTK 4.8 measures few new rows per keystroke. */
#define HITS_PAGE 60

/* The worker's connection, shared by the window and the running search: the
 * last one to let go closes it, in whichever thread that is. */
struct _TovSearcher
{
  char     *path;
  TovStore *store;  /* opened by the first search, used by one search at a time */
};

static void
searcher_clear (TovSearcher *searcher)
{
  g_clear_object (&searcher->store);
  g_clear_pointer (&searcher->path, g_free);
}

TovSearcher *
tov_searcher_new (const char *path)
{
  TovSearcher *searcher = g_atomic_rc_box_new0 (TovSearcher);

  searcher->path = g_strdup (path);
  return searcher;
}

void
tov_searcher_unref (TovSearcher *searcher)
{
  g_atomic_rc_box_release_full (searcher, (GDestroyNotify) searcher_clear);
}

typedef struct
{
  TovSearcher *searcher;
  char        *query;
} SearchData;

/* A search's answer: the families' ids, best first, and what matched
 * (NULL where it was the family's name). The window has the families. */
typedef struct
{
  GPtrArray *ids;
  GPtrArray *matches;
} SearchAnswer;

static void
search_answer_free (SearchAnswer *answer)
{
  g_ptr_array_unref (answer->ids);
  g_ptr_array_unref (answer->matches);
  g_free (answer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SearchAnswer, search_answer_free)

static SearchAnswer *
search_answer (TovStore   *store,
               const char *query,
               GError    **error)
{
  SearchAnswer *answer = g_new0 (SearchAnswer, 1);

  answer->ids = tov_store_search_ids (store, query, SEARCH_LIMIT, &answer->matches, error);
  if (answer->ids == NULL)
    {
      g_free (answer);
      return NULL;
    }
  return answer;
}

static void
search_data_free (SearchData *data)
{
  tov_searcher_unref (data->searcher);
  g_free (data->query);
  g_free (data);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *data = task_data;
  GError *error = NULL;
  SearchAnswer *hits;

  if (data->searcher->store == NULL)
    data->searcher->store = tov_store_open (data->searcher->path, &error);
  if (data->searcher->store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  hits = search_answer (data->searcher->store, data->query, &error);
  if (hits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hits, (GDestroyNotify) search_answer_free);
}

static gboolean
same_ids (GListModel *a,
          GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovFamily) x = g_list_model_get_item (a, i);
      g_autoptr(TovFamily) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (tov_family_get_id (x), tov_family_get_id (y)) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Reads every family again and keeps the objects of those that are still
 * there under the same name, with their figures brought up to date. */
static void
load_families (TovWindow *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTable *by_id;
  guint n;

  if (self->store != NULL)
    fresh = tov_store_list_families (self->store, &error);
  if (error != NULL)
    tov_window_show_error_toast (self, error);
  if (fresh == NULL)
    fresh = G_LIST_MODEL (g_list_store_new (TOV_TYPE_FAMILY));

  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (fresh);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (fresh, i);
      TovFamily *old = g_hash_table_lookup (self->families_by_id, tov_family_get_id (family));

      if (old != NULL && g_strcmp0 (tov_family_get_name (old), tov_family_get_name (family)) == 0)
        {
          tov_family_set_status (old, tov_family_get_status (family));
          tov_family_set_coordinator (old, tov_family_get_coordinator (family));
          tov_family_set_enrolled_on (old, tov_family_get_enrolled_on (family));
          tov_family_set_member_count (old, tov_family_get_member_count (family));
          tov_family_set_overdue_count (old, tov_family_get_overdue_count (family));
          tov_family_set_consent_problems (old, tov_family_get_consent_problems (family));
          g_ptr_array_add (items, g_object_ref (old));
        }
      else
        g_ptr_array_add (items, g_object_ref (family));
      g_hash_table_insert (by_id, (gpointer) tov_family_get_id (g_ptr_array_index (items, i)),
                           g_ptr_array_index (items, i));
    }

  /* The same families in the same order: the figures changed in place. */
  if (n != g_list_model_get_n_items (G_LIST_MODEL (self->families)) ||
      !same_ids (G_LIST_MODEL (self->families), G_LIST_MODEL (fresh)))
    g_list_store_splice (self->families, 0, g_list_model_get_n_items (G_LIST_MODEL (self->families)),
                         items->pdata, items->len);
  else
    {
      /* A renamed family is a new object in the same place. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TovFamily) shown = g_list_model_get_item (G_LIST_MODEL (self->families), i);

          if (shown != g_ptr_array_index (items, i))
            g_list_store_splice (self->families, i, 1, &items->pdata[i], 1);
        }
    }

  g_hash_table_unref (self->families_by_id);
  self->families_by_id = by_id;
}

/* Shows @hits (a search's answer, or %NULL for every family) through the
 * filter and sorter over the families. */
static void
show_hits (TovWindow    *self,
           const char   *query,
           SearchAnswer *hits)
{
  g_autoptr(GPtrArray) matched = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = hits != NULL ? hits->ids->len : 0;

  /* A new search starts at its first page; the same one read again keeps
   * the pages shown. */
  if (g_strcmp0 (query, self->shown_query) != 0 || self->hits_limit == 0)
    {
      self->hits_limit = HITS_PAGE;
      /* and from the top of the list, its best hits */
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->family_scroll), 0);
    }
  g_free (self->shown_query);
  self->shown_query = g_strdup (query);

  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->hit_families, g_ptr_array_unref);
  if (hits != NULL)
    {
      self->hits = g_hash_table_new (g_str_hash, g_str_equal);
      self->hit_families = g_ptr_array_new_full (n, g_object_unref);
    }

  for (guint i = 0; i < n; i++)
    {
      TovFamily *family = g_hash_table_lookup (self->families_by_id, g_ptr_array_index (hits->ids, i));
      const char *match = g_ptr_array_index (hits->matches, i);

      if (family == NULL)
        continue;  /* added since the list was read: it comes with the store's "changed" */
      if (g_hash_table_contains (self->hits, tov_family_get_id (family)))
        continue;  /* the same family twice: its best rank counts */
      g_ptr_array_add (self->hit_families, g_object_ref (family));
      g_hash_table_insert (self->hits, (gpointer) tov_family_get_id (family), GUINT_TO_POINTER (i + 1));
      if (match != NULL || tov_family_get_match (family) != NULL)
        {
          tov_family_set_match (family, match);
          g_ptr_array_add (matched, g_object_ref (family));
        }
    }

  for (guint i = 0; i < self->matched->len; i++)
    {
      TovFamily *family = g_ptr_array_index (self->matched, i);

      if (self->hits == NULL || !g_hash_table_contains (self->hits, tov_family_get_id (family)))
        tov_family_set_match (family, NULL);
    }
  g_ptr_array_unref (self->matched);
  self->matched = g_steal_pointer (&matched);

  tov_window_update_shown (self);
}

/* The family shown in place @position. */
static TovFamily *
shown_at (TovWindow *self,
          guint      position)
{
  return tov_family_slot_get_family (g_ptr_array_index (self->slot_pool, position));
}

/* A grid that grows from fewer places than a screenful to many builds a row
 * for each new place on the screen (GTK 4.8 destroyed the rows of the places
 * a search took away) and lays them out: ~30 rows in one frame, 8-15 ms at
 * 10,000 families when a search with few or no hits is cleared (about half a
 * millisecond a row). It grows by GRID_FIRST_STEP places in the frame that
 * has the list's own work, then GRID_STEP a frame up to GRID_SCREENFUL,
 * then to its whole length at once: the places beyond the screen build no
 * rows. (The window, not the grid, must be on screen: the "no results"
 * page unmaps the grid.) Selecting a place beyond completes it first. */
#define GRID_STEP 10
#define GRID_FIRST_STEP 5  /* in the frame that has the list's own work */
#define GRID_SCREENFUL 40

static gboolean
grid_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  TovWindow *self = TOV_WINDOW (widget);
  guint n_grid = g_list_model_get_n_items (G_LIST_MODEL (self->grid_slots));
  guint n_slots = g_list_model_get_n_items (G_LIST_MODEL (self->slots));

  /* The first tick is in the frame that shows the first places: the next
   * ones wait for the next frame. */
  if (!self->grid_painted)
    {
      self->grid_painted = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (n_grid + GRID_STEP < n_slots && n_grid + GRID_STEP < GRID_SCREENFUL)
    {
      gtk_slice_list_model_set_size (self->grid_slots, n_grid + GRID_STEP);
      return G_SOURCE_CONTINUE;
    }

  self->grid_tick = 0;
  gtk_slice_list_model_set_size (self->grid_slots, n_slots);
  return G_SOURCE_REMOVE;
}

static void
grid_stop (TovWindow *self)
{
  if (self->grid_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grid_tick);
  self->grid_tick = 0;
}

/* Gives the grid @n places: at once, or a few a frame from a short list
 * shown to a long one. */
static void
grid_show (TovWindow *self,
           guint      n)
{
  guint n_grid = g_list_model_get_n_items (G_LIST_MODEL (self->grid_slots));

  if (n > n_grid + GRID_STEP && n_grid + GRID_STEP < GRID_SCREENFUL &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      gtk_slice_list_model_set_size (self->grid_slots, n_grid + GRID_FIRST_STEP);
      self->grid_painted = FALSE;
      if (self->grid_tick == 0)
        self->grid_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grid_tick_cb, NULL, NULL);
      return;
    }

  grid_stop (self);
  gtk_slice_list_model_set_size (self->grid_slots, n);
}

/**
 * tov_window_grid_complete:
 *
 * Gives the grid every place the list shows now, when it is still growing
 * a few places a frame: before a place beyond those is selected.
 */
void
tov_window_grid_complete (TovWindow *self)
{
  if (self->grid_tick == 0)
    return;

  grid_stop (self);
  gtk_slice_list_model_set_size (self->grid_slots, g_list_model_get_n_items (G_LIST_MODEL (self->slots)));
}

/**
 * tov_window_select_position:
 * @position: a place in the list, or %GTK_INVALID_LIST_POSITION for none
 *
 * Selects the family in place @position, the grid grown to it first.
 */
void
tov_window_select_position (TovWindow *self,
                            guint      position)
{
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->grid_slots)))
    tov_window_grid_complete (self);
  gtk_single_selection_set_selected (self->selection, position);
}

/* Shows @wanted (the list's new families) in the grid's slots: the places
 * from @first to @end that were there already show their new family (the
 * rows bound to them change their texts, GTK 4.8 keeps the rows), places
 * are added or taken away only at the end. */
static void
show_in_slots (TovWindow *self,
               GPtrArray *wanted,
               guint      first,
               guint      end,
               guint      n_before)
{
  GPtrArray *pool = self->slot_pool;

  for (guint i = first; i < end; i++)
    tov_family_slot_set_family (g_ptr_array_index (pool, i), g_ptr_array_index (wanted, i));

  if (wanted->len > n_before)
    {
      guint n_pool = pool->len;

      /* New places go into the store beyond the slice: no one sees them
       * until the slice grows. */
      while (pool->len < wanted->len)
        g_ptr_array_add (pool, tov_family_slot_new ());
      if (pool->len > n_pool)
        g_list_store_splice (self->slot_store, n_pool, 0, &pool->pdata[n_pool], pool->len - n_pool);
      for (guint i = n_before; i < wanted->len; i++)
        tov_family_slot_set_family (g_ptr_array_index (pool, i), g_ptr_array_index (wanted, i));
    }
  /* The places beyond keep their family until used again: clearing
   * thousands costs a notify each. */
  gtk_slice_list_model_set_size (self->slots, wanted->len);
  /* With no family to show, the "no results" page covers the grid: it keeps
   * its places, and GTK 4.8 their rows, for the next search, instead of
   * destroying ~30 rows now and building them again then (8-15 ms in one
   * frame). Nothing reads the grid's places but the grid: the families
   * shown and the selection's position are the slots'. */
  if (wanted->len > 0)
    grid_show (self, wanted->len);
  else
    grid_stop (self);
}

/**
 * tov_window_update_shown:
 *
 * Shows the families the search found and the filters let through, sorted,
 * changing only the part of the list that differs, so that the rows of the
 * families still shown are kept. Keeps the selection when it is still shown.
 */
void
tov_window_update_shown (TovWindow *self)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  GListModel *all = G_LIST_MODEL (self->families);
  TovFamily *selected = tov_window_get_selected (self);
  g_autoptr(TovFamily) keep = selected != NULL ? g_object_ref (selected) : NULL;
  guint n_all = g_list_model_get_n_items (all);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->slots));
  guint first = 0, last_wanted, last_shown;
  gboolean was_refreshing = self->refreshing;

  /* A search walks only its hits (at most SEARCH_LIMIT, best first), not
   * every family: this runs on every keystroke. */
  if (self->hit_families != NULL)
    {
      for (guint i = 0; i < self->hit_families->len; i++)
        {
          TovFamily *family = g_ptr_array_index (self->hit_families, i);

          if (tov_family_filter_match (&self->filter_state, family))
            g_ptr_array_add (wanted, family);
        }
    }
  else
    {
      for (guint i = 0; i < n_all; i++)
        {
          TovFamily *family = g_list_model_get_item (all, i);  /* the store keeps it alive */

          g_object_unref (family);
          if (tov_window_family_visible (self, family))
            g_ptr_array_add (wanted, family);
        }
    }
  /* The hits come best first, the families by name. */
  if (self->sort != TOV_FAMILY_SORT_NAME)
    g_ptr_array_sort_with_data (wanted, tov_window_compare_families, self);
  /* A search shows its first page; the rest comes as the list scrolls. */
  self->n_wanted = wanted->len;
  if (self->hit_families != NULL && wanted->len > self->hits_limit)
    g_ptr_array_set_size (wanted, self->hits_limit);

  /* The same beginning and end stay as they are. */
  while (first < wanted->len && first < n_shown &&
         shown_at (self, first) == g_ptr_array_index (wanted, first))
    first++;
  last_wanted = wanted->len;
  last_shown = n_shown;
  while (last_wanted > first && last_shown > first &&
         shown_at (self, last_shown - 1) == g_ptr_array_index (wanted, last_wanted - 1))
    {
      last_wanted--;
      last_shown--;
    }
  if (first == last_shown && first == last_wanted)
    return;

  self->refreshing = TRUE;
  show_in_slots (self, wanted, first,
                 wanted->len == n_shown ? last_wanted : MIN (wanted->len, n_shown), n_shown);
  if (keep != NULL && tov_window_get_selected (self) != keep)
    {
      guint position = GTK_INVALID_LIST_POSITION;

      /* A slot keeps its place: the selection goes with the family, or
       * goes when the family is no longer shown. */
      for (guint i = 0; i < wanted->len; i++)
        if (g_ptr_array_index (wanted, i) == keep)
          {
            position = i;
            break;
          }
      tov_window_select_position (self, position);
    }
  self->refreshing = was_refreshing;
}

/**
 * tov_window_show_more_hits:
 *
 * Appends the next page of the search's hits to the list.
 *
 * Returns: %TRUE if there were more to show
 */
gboolean
tov_window_show_more_hits (TovWindow *self)
{
  if (self->hit_families == NULL ||
      self->n_wanted <= g_list_model_get_n_items (G_LIST_MODEL (self->shown)))
    return FALSE;

  self->hits_limit = MAX (self->hits_limit, g_list_model_get_n_items (G_LIST_MODEL (self->shown)));
  self->hits_limit = self->hits_limit > G_MAXUINT - HITS_PAGE ? G_MAXUINT : self->hits_limit + HITS_PAGE;
  tov_window_update_shown (self);
  return TRUE;
}

/**
 * tov_window_show_more_near_end:
 *
 * Appends the next page of hits when the list is scrolled to within a
 * screenful of its end, or the selection is among its last rows.
 */
void
tov_window_show_more_near_end (TovWindow *self)
{
  GtkAdjustment *adjustment;
  guint n_shown, selected;
  double value, page, upper;

  /* A grid still growing is not yet as long as the list: asked again
   * when it is (its adjustment changes). */
  if (self->shown == NULL || self->hit_families == NULL || self->grid_tick != 0 ||
      self->n_wanted <= (n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown))))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (self->family_scroll);
  selected = gtk_single_selection_get_selected (self->selection);
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  upper = gtk_adjustment_get_upper (adjustment);

  if ((upper > 0 && value + 1.5 * page >= upper) ||
      (selected != GTK_INVALID_LIST_POSITION && selected + 5 >= n_shown))
    tov_window_show_more_hits (self);
}

/* Keeps the selection across a change of what the list shows. */
static char *
selected_id (TovWindow *self)
{
  TovFamily *selected = tov_window_get_selected (self);

  return selected != NULL ? g_strdup (tov_family_get_id (selected)) : NULL;
}

static void
update_list (TovWindow    *self,
             const char   *query,
             SearchAnswer *hits,
             const char   *selected_id)
{
  self->refreshing = TRUE;
  show_hits (self, query, hits);
  if (selected_id == NULL || !tov_window_select_family (self, selected_id))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->refreshing = FALSE;

  tov_window_update_view (self);
}

/* The rank of @family in the search shown: 1 for the best; 0 when it is
 * not among the hits; G_MAXUINT when no search is shown. */
guint
tov_window_search_rank (TovWindow *self,
                        TovFamily *family)
{
  if (self->hits == NULL)
    return G_MAXUINT;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->hits, tov_family_get_id (family)));
}

static SearchAnswer *
search_now (TovWindow  *self,
            const char *query)
{
  g_autoptr(GError) error = NULL;
  SearchAnswer *hits;

  if (self->store == NULL || tov_query_is_empty (query))
    return NULL;

  hits = search_answer (self->store, query, &error);
  if (hits == NULL)
    {
      tov_window_show_error_toast (self, error);
      hits = g_new0 (SearchAnswer, 1);
      hits->ids = g_ptr_array_new ();
      hits->matches = g_ptr_array_new ();
    }
  return hits;
}

/**
 * tov_window_refresh:
 *
 * Reads the families again and shows the search in the entry, at once.
 */
void
tov_window_refresh (TovWindow *self)
{
  g_autoptr(SearchAnswer) hits = NULL;
  g_autofree char *query = NULL;
  g_autofree char *selected = NULL;

  g_assert (TOV_IS_WINDOW (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  selected = selected_id (self);
  self->refreshing = TRUE;
  load_families (self);
  self->refreshing = FALSE;
  if (self->sort == TOV_FAMILY_SORT_FOLLOW_UP)
    tov_window_load_follow_ups (self);
  tov_window_update_coordinators (self, G_LIST_MODEL (self->families));

  hits = search_now (self, query);
  update_list (self, query, hits, selected);
}

/**
 * tov_window_search_now:
 *
 * Shows the search in the entry at once, searching on the main thread.
 */
void
tov_window_search_now (TovWindow *self)
{
  g_autoptr(SearchAnswer) hits = NULL;
  g_autofree char *selected = selected_id (self);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  hits = search_now (self, query);
  update_list (self, query, hits, selected);
}

static void search_start (TovWindow *self);

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TovWindow *self = TOV_WINDOW (source);
  SearchData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SearchAnswer) hits = NULL;
  g_autoptr(GError) error = NULL;
  const char *wanted;

  hits = g_task_propagate_pointer (G_TASK (result), &error);
  self->search_running = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  wanted = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (g_strcmp0 (wanted, data->query) == 0 && g_strcmp0 (wanted, self->shown_query) != 0)
    {
      if (error != NULL)
        tov_window_show_error_toast (self, error);
      else
        {
          g_autofree char *selected = selected_id (self);

          update_list (self, data->query, hits, selected);
        }
    }

  if (self->search_pending)
    search_start (self);
}

static void
search_start (TovWindow *self)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data;

  self->search_pending = FALSE;
  data = g_new0 (SearchData, 1);
  data->searcher = g_atomic_rc_box_acquire (self->searcher);
  data->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  task = g_task_new (self, self->search_cancellable, search_done_cb, NULL);
  g_task_set_source_tag (task, search_start);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  self->search_running = TRUE;
  g_task_run_in_thread (task, search_thread);
}

/**
 * tov_window_search_typed:
 *
 * Shows the search in the entry when the worker has answered; a clear
 * entry, or a database with no file, is shown at once.
 */
void
tov_window_search_typed (TovWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->searcher == NULL || tov_query_is_empty (query))
    {
      tov_window_search_now (self);
      return;
    }

  if (self->search_running)
    self->search_pending = TRUE;  /* the newest text is searched when this one returns */
  else
    search_start (self);
}

/**
 * tov_window_is_searching:
 * @self: a #TovWindow
 *
 * Returns: %TRUE while the list does not yet show the search in the entry
 */
gboolean
tov_window_is_searching (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), FALSE);

  return self->search_running || self->search_pending ||
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), self->shown_query) != 0;
}
