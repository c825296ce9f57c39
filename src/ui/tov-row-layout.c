/* tov-row-layout.c: children side by side, sized height-for-width without searching
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-row-layout"

#include "tov-row-layout.h"

/*
 * Lays its widget's visible children out in a row, start to end (mirrored
 * right to left), @spacing apart: children that expand horizontally share
 * what is left after the others have their natural width, evenly; every
 * child gets the row's height and places itself by its valign.
 *
 * What a horizontal GtkBox does, for rows of wrapping texts. On GTK 4.8 a
 * horizontal GtkBox asked for its height first asks each child for its
 * width at the row's least height; a vertical box of wrapping texts answers
 * that by searching for the narrowest width at which its texts fit that
 * height, laying the texts out at every width it tries (about a dozen a
 * text). Here a child is only ever asked for its width without a height,
 * and for its height at the width it gets: one layout per text.
 */

struct _TovRowLayout
{
  GtkLayoutManager parent_instance;
  int              spacing;
};

G_DEFINE_FINAL_TYPE (TovRowLayout, tov_row_layout, GTK_TYPE_LAYOUT_MANAGER)

#define MAX_CHILDREN 16

typedef struct
{
  GtkWidget *widget;
  int        minimum;
  int        natural;
  gboolean   expand;
  int        width;   /* given */
} Child;

/* Fills @children with the visible children and their widths; returns how many. */
static guint
collect (GtkWidget *widget,
         Child     *children,
         int       *minimum,
         int       *natural)
{
  guint n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && n < MAX_CHILDREN;
       c = gtk_widget_get_next_sibling (c))
    {
      Child *child = &children[n];

      if (!gtk_widget_should_layout (c))
        continue;
      child->widget = c;
      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &child->minimum, &child->natural, NULL, NULL);
      child->expand = gtk_widget_compute_expand (c, GTK_ORIENTATION_HORIZONTAL);
      *minimum += child->minimum;
      *natural += child->natural;
      n++;
    }
  return n;
}

/* Gives each child its width out of @width. */
static void
distribute (TovRowLayout *self,
            Child        *children,
            guint         n,
            int           width,
            int           minimum,
            int           natural)
{
  int available = width - self->spacing * (int) (n > 0 ? n - 1 : 0);
  int fixed = 0;
  guint n_expand = 0;

  for (guint i = 0; i < n; i++)
    if (children[i].expand)
      n_expand++;
  if (available <= minimum)
    {
      for (guint i = 0; i < n; i++)
        children[i].width = children[i].minimum;
      return;
    }
  /* the others at their natural width as far as it goes */
  for (guint i = 0; i < n; i++)
    if (!children[i].expand || n_expand == 0)
      {
        children[i].width = children[i].minimum;
        fixed += children[i].minimum;
      }
  for (guint i = 0; i < n; i++)
    if (!children[i].expand || n_expand == 0)
      {
        int extra = MIN (children[i].natural - children[i].minimum, available - fixed);

        if (extra <= 0 || (n_expand > 0 && available - fixed - extra < 0))
          continue;
        children[i].width += extra;
        fixed += extra;
      }
  if (n_expand == 0)
    return;
  /* the expanding ones share the rest evenly, none below its minimum */
  {
    int rest = available - fixed;
    guint left = n_expand;

    for (guint i = 0; i < n; i++)
      if (children[i].expand)
        {
          int share = rest / (int) left;

          children[i].width = MAX (share, children[i].minimum);
          rest -= children[i].width;
          left--;
        }
  }
}

static GtkSizeRequestMode
tov_row_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tov_row_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  TovRowLayout *self = TOV_ROW_LAYOUT (manager);
  Child children[MAX_CHILDREN];
  int min_width, nat_width;
  guint n = collect (widget, children, &min_width, &nat_width);
  int spacing = self->spacing * (int) (n > 0 ? n - 1 : 0);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width + spacing;
      *natural = nat_width + spacing;
      return;
    }
  if (for_size >= 0)
    distribute (self, children, n, for_size, min_width, nat_width);
  *minimum = *natural = 0;
  for (guint i = 0; i < n; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (children[i].widget, GTK_ORIENTATION_VERTICAL,
                          for_size >= 0 ? children[i].width : -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
tov_row_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  TovRowLayout *self = TOV_ROW_LAYOUT (manager);
  Child children[MAX_CHILDREN];
  int min_width, nat_width, x = 0;
  guint n = collect (widget, children, &min_width, &nat_width);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  distribute (self, children, n, width, min_width, nat_width);
  for (guint i = 0; i < n; i++)
    {
      GtkAllocation child = { rtl ? width - x - children[i].width : x, 0, children[i].width, height };

      gtk_widget_size_allocate (children[i].widget, &child, -1);
      x += children[i].width + self->spacing;
    }
}

static void
tov_row_layout_class_init (TovRowLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = tov_row_layout_get_request_mode;
  layout_class->measure = tov_row_layout_measure;
  layout_class->allocate = tov_row_layout_allocate;
}

static void
tov_row_layout_init (TovRowLayout *self)
{
}

GtkLayoutManager *
tov_row_layout_new (int spacing)
{
  TovRowLayout *self = g_object_new (TOV_TYPE_ROW_LAYOUT, NULL);

  self->spacing = MAX (spacing, 0);
  return GTK_LAYOUT_MANAGER (self);
}

/**
 * tov_row_layout_new_row:
 *
 * Returns: (transfer floating): a horizontal #GtkBox laid out by a
 *   #TovRowLayout: gtk_box_append() and the like place children in it, but
 *   its GtkBox spacing, orientation and homogeneity are not to be set.
 */
GtkWidget *
tov_row_layout_new_row (int spacing)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_layout_manager (row, tov_row_layout_new (spacing));
  return row;
}
