package dev.farmhand.core.download;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the counters download threads bump into snapshots for a {@link DownloadListener}: every 100
 * ms from its own thread, and once at the end. The rate is measured over the last 5 s. Thread-safe;
 * listener calls never overlap.
 */
final class Reporter implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 100;
  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);

  final AtomicLong files = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();
  private final DownloadListener listener;
  private final long filesTotal;
  private final long bytesTotal;
  private final ArrayDeque<long[]> samples = new ArrayDeque<>();
  private final ScheduledExecutorService timer;

  Reporter(DownloadListener listener, long filesTotal, long bytesTotal) {
    this.listener = listener;
    this.filesTotal = filesTotal;
    this.bytesTotal = bytesTotal;
    if (listener == DownloadListener.NONE) {
      timer = null;
    } else {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "farmhand-download-progress");
                thread.setDaemon(true);
                return thread;
              });
      // With a fixed delay, not rate: a stalled timer thread does not send a burst after.
      timer.scheduleWithFixedDelay(
          this::publish, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  synchronized void publish() {
    if (timer == null) {
      return;
    }
    long now = System.nanoTime();
    long doneFiles = Math.min(files.get(), filesTotal);
    long done = Math.min(bytes.get(), bytesTotal);
    if (doneFiles == filesTotal) {
      done = bytesTotal;
    }
    samples.addLast(new long[] {now, done});
    while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
      samples.removeFirst();
    }
    long[] oldest = samples.peekFirst();
    double seconds = (now - oldest[0]) / 1e9;
    double rate = seconds > 0 ? (done - oldest[1]) / seconds : 0;
    Optional<Duration> left = Optional.empty();
    if (done == bytesTotal) {
      left = Optional.of(Duration.ZERO);
    } else if (rate > 0) {
      left = Optional.of(Duration.ofMillis((long) ((bytesTotal - done) / rate * 1000)));
    }
    try {
      listener.onProgress(
          new DownloadProgress(doneFiles, filesTotal, done, bytesTotal, rate, left));
    } catch (RuntimeException e) {
      LOG.warn("A download progress listener failed; it is called again next time", e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
