package dev.farmhand.core.download;

import dev.farmhand.core.sync.Cancellation;
import java.util.concurrent.TimeUnit;

/**
 * A cap on download bandwidth, shared by every file a downloader fetches at once: a token bucket
 * refilled at the cap, holding at most a quarter second of it, so a burst stays short. A fetch asks
 * before each buffer it reads and sleeps off any debt (in short slices, so cancelling stays quick).
 * Thread-safe.
 */
public final class RateLimit {
  /** No cap. */
  public static final RateLimit NONE = new RateLimit(0);

  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final long bytesPerSecond;
  private final double burst;
  private double tokens;
  private long lastNanos = System.nanoTime();

  private RateLimit(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
    this.burst = Math.max(bytesPerSecond / 4.0, 1);
    this.tokens = burst;
  }

  /**
   * A cap of this many bytes a second.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public static RateLimit of(long bytesPerSecond) {
    if (bytesPerSecond < 1) {
      throw new IllegalArgumentException(
          "a bandwidth cap of " + bytesPerSecond + " bytes/s: give at least 1");
    }
    return new RateLimit(bytesPerSecond);
  }

  /**
   * Reads a cap written as a number of bytes a second with an optional unit: {@code 500K}, {@code
   * 20M}, {@code 1.5G} (powers of 1024, {@code B} and {@code /s} optional).
   *
   * @throws IllegalArgumentException naming the text and the form expected
   */
  public static RateLimit parse(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.endsWith("/S")) {
      t = t.substring(0, t.length() - 2);
    }
    if (t.endsWith("IB")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'K' -> unit = 1L << 10;
        case 'M' -> unit = 1L << 20;
        case 'G' -> unit = 1L << 30;
        default -> unit = 1;
      }
      if (unit > 1) {
        t = t.substring(0, t.length() - 1);
      }
    }
    try {
      double value = Double.parseDouble(t.trim());
      if (value * unit >= 1 && value * unit < Long.MAX_VALUE) {
        return of((long) (value * unit));
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "the bandwidth cap '" + text + "' is not a rate: write bytes a second, like 500K or 20M");
  }

  /** Whether this caps anything. */
  public boolean limited() {
    return bytesPerSecond > 0;
  }

  /** The cap in bytes a second; 0 for none. */
  public long bytesPerSecond() {
    return bytesPerSecond;
  }

  /** The most a fetch should read at once, so the bucket is asked often enough to stay smooth. */
  int chunk(int buffer) {
    if (!limited()) {
      return buffer;
    }
    return (int) Math.max(1, Math.min(buffer, bytesPerSecond / 20));
  }

  /**
   * Takes {@code bytes} from the bucket, sleeping until they are earned.
   *
   * @throws DownloadCancelledException if cancelled or interrupted while waiting
   */
  void take(int bytes, Cancellation cancellation) throws DownloadCancelledException {
    if (!limited()) {
      return;
    }
    long waitNanos;
    synchronized (this) {
      long now = System.nanoTime();
      tokens = Math.min(burst, tokens + (now - lastNanos) * bytesPerSecond / 1e9);
      lastNanos = now;
      tokens -= bytes;
      waitNanos = tokens < 0 ? (long) (-tokens * 1e9 / bytesPerSecond) : 0;
    }
    long until = System.nanoTime() + waitNanos;
    for (long left = waitNanos; left > 0; left = until - System.nanoTime()) {
      FileFetch.checkCancelled(cancellation);
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE_NANOS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownloadCancelledException();
      }
    }
  }

  @Override
  public String toString() {
    return limited() ? bytesPerSecond + " bytes/s" : "no cap";
  }
}
