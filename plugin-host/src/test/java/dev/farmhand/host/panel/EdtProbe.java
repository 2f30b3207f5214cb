package dev.farmhand.host.panel;

import java.awt.EventQueue;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the event thread keeps others waiting: every {@value #PERIOD_MS} ms it posts a
 * runnable to the event queue and records how late it ran. The longest lateness is the longest
 * block of the event thread (to within the period). Thread-safe.
 */
final class EdtProbe implements AutoCloseable {
  static final int PERIOD_MS = 5;

  private final ScheduledExecutorService poster =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "edt-probe");
            thread.setDaemon(true);
            return thread;
          });
  private long[] lateness = new long[1 << 16];
  private int count;

  /** Latenesses recorded so far, sorted, in nanoseconds. */
  synchronized long[] sorted() {
    long[] copy = Arrays.copyOf(lateness, count);
    Arrays.sort(copy);
    return copy;
  }

  EdtProbe start() {
    poster.scheduleAtFixedRate(
        () -> {
          long posted = System.nanoTime();
          EventQueue.invokeLater(() -> record(System.nanoTime() - posted));
        },
        0,
        PERIOD_MS,
        TimeUnit.MILLISECONDS);
    return this;
  }

  private synchronized void record(long nanos) {
    if (count == lateness.length) {
      lateness = Arrays.copyOf(lateness, count * 2);
    }
    lateness[count++] = nanos;
  }

  /** The longest lateness, in milliseconds. */
  double maxMs() {
    long[] all = sorted();
    return all.length == 0 ? 0 : all[all.length - 1] / 1e6;
  }

  /** The 99th percentile lateness, in milliseconds. */
  double p99Ms() {
    long[] all = sorted();
    return all.length == 0
        ? 0
        : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
  }

  /** How many probes ran later than this many milliseconds. */
  long laterThan(double ms) {
    long limit = (long) (ms * 1e6);
    long later = 0;
    for (long nanos : sorted()) {
      if (nanos > limit) {
        later++;
      }
    }
    return later;
  }

  synchronized int samples() {
    return count;
  }

  @Override
  public void close() {
    poster.shutdownNow();
  }
}
