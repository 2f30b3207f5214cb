package dev.farmhand.host.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.Timer;

/**
 * Moves what waits in {@link PendingChanges} onto the table, on the event thread, every {@value
 * #PERIOD_MS} ms: one batch per tick whatever the rate of events, so the event thread's work grows
 * with the jobs that changed, not with the events. Also shows the link state and, once a second,
 * repaints the rows so running times tick. Used on the event thread only.
 */
final class UpdatePump {
  static final int PERIOD_MS = 100;

  private final PendingChanges changes;
  private final JobsTableModel model;
  private final Supplier<LinkState> link;
  private final Consumer<LinkState> banner;
  private final Runnable tick;
  private final List<Consumer<List<String>>> listeners = new ArrayList<>();
  private Runnable beforeReload = () -> {};
  private Runnable afterReload = () -> {};
  private final Timer timer;
  private int ticks;
  private long batches;
  private long jobsChanged;
  private long longestFlushNanos;

  /**
   * @param link the current link state, read each tick
   * @param banner shows the link state
   * @param tick runs once a second (repaints the visible rows)
   */
  UpdatePump(
      PendingChanges changes,
      JobsTableModel model,
      Supplier<LinkState> link,
      Consumer<LinkState> banner,
      Runnable tick) {
    this.changes = Objects.requireNonNull(changes, "changes");
    this.model = Objects.requireNonNull(model, "model");
    this.link = Objects.requireNonNull(link, "link");
    this.banner = Objects.requireNonNull(banner, "banner");
    this.tick = Objects.requireNonNull(tick, "tick");
    this.timer = new Timer(PERIOD_MS, e -> flush());
    timer.setCoalesce(true);
  }

  /** Told the ids of the jobs whose rows changed, after each batch that changed any. */
  void onChanged(Consumer<List<String>> listener) {
    listeners.add(listener);
  }

  /** Runs around a reload, which replaces every row: to keep the selection by job id. */
  void aroundReload(Runnable before, Runnable after) {
    this.beforeReload = before;
    this.afterReload = after;
  }

  void start() {
    timer.start();
  }

  void stop() {
    timer.stop();
  }

  /** Applies what waits now; the timer calls it, and so may a test. */
  void flush() {
    long start = System.nanoTime();
    PendingChanges.Batch batch = changes.drain();
    if (!batch.isEmpty()) {
      if (batch.reload() != null) {
        beforeReload.run();
      }
      List<String> changed = model.apply(batch);
      if (batch.reload() != null) {
        afterReload.run();
      }
      batches++;
      jobsChanged += changed.size();
      if (!changed.isEmpty() || batch.reload() != null) {
        for (Consumer<List<String>> listener : listeners) {
          listener.accept(changed);
        }
      }
    }
    banner.accept(link.get());
    if (++ticks % (1000 / PERIOD_MS) == 0) {
      tick.run();
    }
    longestFlushNanos = Math.max(longestFlushNanos, System.nanoTime() - start);
  }

  /** The longest a flush took so far (the rows' repaint that follows is not counted). */
  long longestFlushNanos() {
    return longestFlushNanos;
  }

  /** Batches applied so far. */
  long batches() {
    return batches;
  }

  /** Row changes applied so far. */
  long jobsChanged() {
    return jobsChanged;
  }
}
