/* tov-row-layout.c: children side by side, sized height-for-width without searching; wrapping when narrow
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
 *
 * A wrapping layout (tov_row_layout_new_wrapping ()) puts its children one
 * under the other, @row_spacing apart and each as wide as the widget, when
 * they do not all fit side by side at their minimum widths: its least width
 * is its widest child's, so the halves of a toolbar or the columns of a
 * page fit a narrow window instead of being cut off at its edge. One under
 * the other, each is as high as it needs, up to its natural height as far
 * as the widget's height goes; what is left goes to those that expand
 * vertically.
 */

struct _TovRowLayout
{
  GtkLayoutManager parent_instance;
  int              spacing;
  gboolean         wrap;
  int              row_spacing;
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
  /* the expanding ones share the rest evenly, none below its minimum: one
   * whose minimum is more than an even share has its minimum, and the
   * others share what is left */
  {
    int rest = available - fixed;
    guint left = n_expand;
    gboolean settled;

    for (guint i = 0; i < n; i++)
      if (children[i].expand)
        children[i].width = -1;
    do
      {
        settled = TRUE;
        for (guint i = 0; i < n && left > 0; i++)
          if (children[i].expand && children[i].width < 0 && children[i].minimum > rest / (int) left)
            {
              children[i].width = children[i].minimum;
              rest -= children[i].minimum;
              left--;
              settled = FALSE;
            }
      }
    while (!settled && left > 0);
    for (guint i = 0; i < n; i++)
      if (children[i].expand && children[i].width < 0)
        {
          children[i].width = rest / (int) left;
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

/* Where each line of @children starts when @width is shared out: the
 * index of each line's first child in @starts, and the number of lines.
 * All on one line, or, wrapping where they do not all fit at their minimum
 * widths, each on a line of its own: columns side by side or one under the
 * other, never two beside one. */
static guint
break_lines (TovRowLayout *self,
             Child        *children,
             guint         n,
             int           width,
             guint        *starts)
{
  int needed = self->spacing * (int) (n > 0 ? n - 1 : 0);

  for (guint i = 0; i < n; i++)
    needed += children[i].minimum;
  if (n == 0)
    return 0;
  if (!self->wrap || needed <= width)
    {
      starts[0] = 0;
      return 1;
    }
  for (guint i = 0; i < n; i++)
    starts[i] = i;
  return n;
}

/* Gives each child of line @line its width out of @width, and measures the
 * line's height at those widths. */
static void
lay_out_line (TovRowLayout *self,
              Child        *children,
              guint         n,
              const guint  *starts,
              guint         n_lines,
              guint         line,
              int           width,
              int          *minimum_height,
              int          *natural_height)
{
  guint first = starts[line], last = line + 1 < n_lines ? starts[line + 1] : n;
  int line_min = 0, line_nat = 0;

  for (guint i = first; i < last; i++)
    {
      line_min += children[i].minimum;
      line_nat += children[i].natural;
    }
  if (n_lines > 1)   /* a child on a line of its own is as wide as the widget */
    children[first].width = MAX (width, children[first].minimum);
  else
    distribute (self, children + first, last - first, width, line_min, line_nat);
  *minimum_height = *natural_height = 0;
  for (guint i = first; i < last; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (children[i].widget, GTK_ORIENTATION_VERTICAL,
                          width >= 0 ? children[i].width : -1, &child_min, &child_nat, NULL, NULL);
      *minimum_height = MAX (*minimum_height, child_min);
      *natural_height = MAX (*natural_height, child_nat);
    }
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
  guint starts[MAX_CHILDREN];
  int min_width, nat_width;
  guint n = collect (widget, children, &min_width, &nat_width);
  int spacing = self->spacing * (int) (n > 0 ? n - 1 : 0);
  guint n_lines;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width + spacing;
      *natural = nat_width + spacing;
      if (self->wrap)   /* at the least, every child on a line of its own */
        {
          *minimum = 0;
          for (guint i = 0; i < n; i++)
            *minimum = MAX (*minimum, children[i].minimum);
        }
      return;
    }
  /* the least height without a width: at the least width */
  if (for_size < 0 && self->wrap)
    for (guint i = 0; i < n; i++)
      for_size = MAX (for_size, children[i].minimum);
  n_lines = break_lines (self, children, n, for_size, starts);
  *minimum = *natural = self->row_spacing * (int) (n_lines > 0 ? n_lines - 1 : 0);
  for (guint line = 0; line < n_lines; line++)
    {
      int line_min, line_nat;

      lay_out_line (self, children, n, starts, n_lines, line, for_size, &line_min, &line_nat);
      *minimum += line_min;
      *natural += line_nat;
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
  guint starts[MAX_CHILDREN];
  GtkRequestedSize lines[MAX_CHILDREN];
  int min_width, nat_width, y = 0;
  guint n = collect (widget, children, &min_width, &nat_width);
  guint n_lines = break_lines (self, children, n, width, starts);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (n_lines == 1)   /* a single line is as high as the widget */
    {
      distribute (self, children, n, width, min_width, nat_width);
      lines[0].minimum_size = height;
    }
  else
    {
      /* each line its least height, then towards its natural height as far as
       * it goes, and what is left to the lines that expand vertically */
      int extra = height - self->row_spacing * (int) (n_lines - 1);
      guint n_expand = 0;

      for (guint line = 0; line < n_lines; line++)
        {
          lay_out_line (self, children, n, starts, n_lines, line, width,
                        &lines[line].minimum_size, &lines[line].natural_size);
          lines[line].data = NULL;
          extra -= lines[line].minimum_size;
        }
      if (extra > 0)
        extra = gtk_distribute_natural_allocation (extra, n_lines, lines);
      for (guint line = 0; line < n_lines; line++)
        {
          guint last = line + 1 < n_lines ? starts[line + 1] : n;

          for (guint i = starts[line]; i < last; i++)
            if (gtk_widget_compute_expand (children[i].widget, GTK_ORIENTATION_VERTICAL))
              {
                lines[line].data = GINT_TO_POINTER (1);
                n_expand++;
                break;
              }
        }
      for (guint line = 0; line < n_lines && extra > 0 && n_expand > 0; line++)
        if (lines[line].data != NULL)
          {
            int share = extra / (int) n_expand;

            lines[line].minimum_size += share;
            extra -= share;
            n_expand--;
          }
    }

  for (guint line = 0; line < n_lines; line++)
    {
      guint first = starts[line], last = line + 1 < n_lines ? starts[line + 1] : n;
      int x = 0;

      for (guint i = first; i < last; i++)
        {
          GtkAllocation child = { rtl ? width - x - children[i].width : x, y, children[i].width,
                                  lines[line].minimum_size };

          gtk_widget_size_allocate (children[i].widget, &child, -1);
          x += children[i].width + self->spacing;
        }
      y += lines[line].minimum_size + self->row_spacing;
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
 * tov_row_layout_new_wrapping:
 *
 * Returns: (transfer full): a layout that places the children side by side,
 *   @spacing apart, or one under the other, @row_spacing apart, where they
 *   do not all fit side by side at their minimum widths.
 */
GtkLayoutManager *
tov_row_layout_new_wrapping (int spacing,
                             int row_spacing)
{
  TovRowLayout *self = TOV_ROW_LAYOUT (tov_row_layout_new (spacing));

  self->wrap = TRUE;
  self->row_spacing = MAX (row_spacing, 0);
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
