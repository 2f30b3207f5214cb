package dev.farmhand.core.sync;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns counters that worker threads bump into snapshots for a {@link SyncListener}: every {@link
 * #INTERVAL_MILLIS} ms from its own thread, and once at each phase end. The rate is measured over
 * the last {@link #WINDOW_NANOS} ns. Thread-safe; listener calls never overlap.
 */
final class ProgressReporter implements AutoCloseable {
  static final long INTERVAL_MILLIS = 100;
  static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

  private final SyncListener listener;
  private final LongSupplier clock;
  private final ScheduledExecutorService timer;
  private final ArrayDeque<long[]> samples = new ArrayDeque<>();
  private volatile Counter current;

  /** Counts of one phase: files and bytes done, only growing. */
  static final class Counter {
    final SyncPhase phase;
    final long filesTotal;
    final long bytesTotal;
    final AtomicLong files = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    Counter(SyncPhase phase, long filesTotal, long bytesTotal) {
      this.phase = phase;
      this.filesTotal = filesTotal;
      this.bytesTotal = bytesTotal;
    }
  }

  ProgressReporter(SyncListener listener, LongSupplier clock) {
    this.listener = listener;
    this.clock = clock;
    if (listener == SyncListener.NONE) {
      this.timer = null;
    } else {
      this.timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "farmhand-sync-progress");
                thread.setDaemon(true);
                return thread;
              });
      // With a fixed delay, not rate: a stalled timer thread does not send a burst after.
      timer.scheduleWithFixedDelay(
          this::tick, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Starts a phase; its counters are reported from now on. */
  synchronized Counter begin(SyncPhase phase, long filesTotal, long bytesTotal) {
    samples.clear();
    Counter counter = new Counter(phase, filesTotal, bytesTotal);
    current = counter;
    return counter;
  }

  /** Reports the phase's last snapshot, from the calling thread. */
  synchronized void end(Counter counter) {
    if (current == counter) {
      publish(counter);
      current = null;
    }
  }

  private synchronized void tick() {
    Counter counter = current;
    if (counter != null) {
      publish(counter);
    }
  }

  private void publish(Counter counter) {
    if (timer == null) {
      return;
    }
    long now = clock.getAsLong();
    long files = Math.min(counter.files.get(), counter.filesTotal);
    long bytes = Math.min(counter.bytes.get(), counter.bytesTotal);
    samples.addLast(new long[] {now, bytes});
    while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
      samples.removeFirst();
    }
    long[] oldest = samples.peekFirst();
    double seconds = (now - oldest[0]) / 1e9;
    double rate = seconds > 0 ? (bytes - oldest[1]) / seconds : 0;
    Optional<Duration> left = Optional.empty();
    if (bytes == counter.bytesTotal) {
      left = Optional.of(Duration.ZERO);
    } else if (rate > 0) {
      left = Optional.of(Duration.ofMillis((long) ((counter.bytesTotal - bytes) / rate * 1000)));
    }
    SyncProgress progress =
        new SyncProgress(
            counter.phase, files, counter.filesTotal, bytes, counter.bytesTotal, rate, left);
    try {
      listener.onProgress(progress);
    } catch (RuntimeException e) {
      LOG.warn("A sync progress listener failed; it is called again next time", e);
    }
  }

  @Override
  public synchronized void close() {
    current = null;
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
