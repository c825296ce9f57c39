/* tov-bench-startup.c: time from exec to a program's first window on screen
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tovholder-bench-startup [--runs N] [--quit-after-us N] -- COMMAND [ARG...]
 *
 * Runs COMMAND N times (default 7) on the X display in $DISPLAY and measures
 * from just before exec to:
 *
 *   mapped:      the first top-level window is mapped (MapNotify on the root);
 *   first frame: the time T the program prints as "first-frame-us T" on its
 *                standard output (CLOCK_MONOTONIC, µs). Any GTK 4 program
 *                does under LD_PRELOAD=tovholder-bench-first-frame.so
 *                (bench/tov-bench-first-frame.c, the same way for all);
 *                Tovholder also with TOV_BENCH_FIRST_FRAME=1 (its frame
 *                clock's first "after-paint").
 *
 * The program is then ended (SIGTERM) and waited for. Prints one line a run
 * and the medians.
 */

#include "config.h"

#include <glib.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xlib.h>

#define TIMEOUT_US (20 * G_USEC_PER_SEC)

typedef struct
{
  gint64 mapped;      /* µs after exec, or -1 */
  gint64 first_frame;
} Run;

static gint64
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (GArray *values)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_gint64);
  if (values->len % 2 == 1)
    return g_array_index (values, gint64, values->len / 2) / 1000.0;
  return (g_array_index (values, gint64, values->len / 2 - 1) +
          g_array_index (values, gint64, values->len / 2)) / 2000.0;
}

/* Reads "first-frame-us T" from the child's stdout, if it says it. */
static void
read_child_output (int      fd,
                   GString *out)
{
  char buf[512];
  ssize_t n;

  while ((n = read (fd, buf, sizeof buf)) > 0)
    g_string_append_len (out, buf, n);
}

static gboolean
run_once (Display *dpy,
          char   **argv,
          Run     *run)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *line;
  int pipefd[2];
  gint64 start, deadline;
  pid_t pid;
  int status;

  run->mapped = run->first_frame = -1;

  if (pipe2 (pipefd, O_CLOEXEC) != 0)
    return FALSE;

  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);
  XSync (dpy, True);

  start = now_us ();
  pid = fork ();
  if (pid == 0)
    {
      dup2 (pipefd[1], STDOUT_FILENO);
      execvp (argv[0], argv);
      _exit (127);
    }
  close (pipefd[1]);
  fcntl (pipefd[0], F_SETFL, O_NONBLOCK);

  deadline = start + TIMEOUT_US;
  while (now_us () < deadline && (run->mapped < 0 || strstr (out->str, "first-frame-us") == NULL))
    {
      struct pollfd fds[2] = { { ConnectionNumber (dpy), POLLIN, 0 }, { pipefd[0], POLLIN, 0 } };

      while (XPending (dpy) > 0)
        {
          XEvent ev;

          XNextEvent (dpy, &ev);
          if (ev.type == MapNotify && !ev.xmap.override_redirect && run->mapped < 0)
            run->mapped = now_us () - start;
        }

      read_child_output (pipefd[0], out);
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          pid = -1;
          break;
        }
      poll (fds, 2, 2);
    }

  if (pid > 0)
    {
      kill (pid, SIGTERM);
      waitpid (pid, &status, 0);
    }
  read_child_output (pipefd[0], out);
  close (pipefd[0]);

  line = strstr (out->str, "first-frame-us ");
  if (line != NULL)
    run->first_frame = g_ascii_strtoll (line + strlen ("first-frame-us "), NULL, 10) - start;

  XSelectInput (dpy, DefaultRootWindow (dpy), NoEventMask);
  XSync (dpy, True);

  return run->mapped >= 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) mapped = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  int runs = 7, i = 1;
  Display *dpy;

  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        runs = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--"))
        {
          i++;
          break;
        }
      else
        {
          fprintf (stderr, "usage: %s [--runs N] -- COMMAND [ARG...]\n", argv[0]);
          return 2;
        }
    }
  if (i >= argc || runs < 1)
    {
      fprintf (stderr, "usage: %s [--runs N] -- COMMAND [ARG...]\n", argv[0]);
      return 2;
    }

  dpy = XOpenDisplay (NULL);
  if (dpy == NULL)
    {
      fprintf (stderr, "%s: cannot open the X display (run it under Xvfb)\n", argv[0]);
      return 2;
    }

  for (int r = 0; r < runs; r++)
    {
      Run run;

      if (!run_once (dpy, argv + i, &run))
        {
          fprintf (stderr, "%s: run %d: no window within %d s\n", argv[0], r + 1,
                   (int) (TIMEOUT_US / G_USEC_PER_SEC));
          return 1;
        }
      printf ("run %d: mapped %.1f ms", r + 1, run.mapped / 1000.0);
      if (run.first_frame >= 0)
        printf (", first frame %.1f ms", run.first_frame / 1000.0);
      printf ("\n");
      g_array_append_val (mapped, run.mapped);
      if (run.first_frame >= 0)
        g_array_append_val (frames, run.first_frame);
      g_usleep (200000);  /* let the previous instance's name leave the bus */
    }

  printf ("median of %d: mapped %.1f ms", runs, median_ms (mapped));
  if (frames->len > 0)
    printf (", first frame %.1f ms", median_ms (frames));
  printf ("\n");

  XCloseDisplay (dpy);
  return 0;
}
