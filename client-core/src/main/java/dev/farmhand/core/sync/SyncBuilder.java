package dev.farmhand.core.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of a {@link DependencySync}, each checked when set. Not thread-safe; the sync it builds
 * is.
 */
public final class SyncBuilder {
  /** Uploads running at once unless told otherwise. */
  public static final int DEFAULT_UPLOAD_THREADS = 4;

  /** The size of an upload part unless told otherwise: 8 MiB. */
  public static final long DEFAULT_PART_SIZE = 8L << 20;

  /** The largest part the protocol allows: 64 MiB. */
  public static final long MAX_PART_SIZE = 64L << 20;

  /** How many times in a row a part is retried unless told otherwise. */
  public static final int DEFAULT_PART_RETRIES = 5;

  final FileTransport transport;
  private final Function<SyncBuilder, DependencySync> factory;
  HashCache cache;
  int hashThreads = Runtime.getRuntime().availableProcessors();
  int uploadThreads = DEFAULT_UPLOAD_THREADS;
  long partSize = DEFAULT_PART_SIZE;
  int partRetries = DEFAULT_PART_RETRIES;
  Duration retryDelay = Duration.ofMillis(250);

  SyncBuilder(FileTransport transport, Function<SyncBuilder, DependencySync> factory) {
    this.transport = transport;
    this.factory = factory;
  }

  /** The hash cache to use; by default the one in the user's cache folder. */
  public SyncBuilder cache(HashCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
    return this;
  }

  /** Files hashed at once; by default one per processor core. */
  public SyncBuilder hashThreads(int threads) {
    this.hashThreads = atLeastOne(threads, "hashThreads");
    return this;
  }

  /** Files uploaded at once; by default {@value #DEFAULT_UPLOAD_THREADS}. */
  public SyncBuilder uploadThreads(int threads) {
    this.uploadThreads = atLeastOne(threads, "uploadThreads");
    return this;
  }

  /** Bytes per upload part, 1 to {@value #MAX_PART_SIZE}; by default 8 MiB. */
  public SyncBuilder partSize(long bytes) {
    if (bytes < 1 || bytes > MAX_PART_SIZE) {
      throw new IllegalArgumentException(
          "partSize is " + bytes + ": use 1 to " + MAX_PART_SIZE + " bytes (64 MiB)");
    }
    this.partSize = bytes;
    return this;
  }

  /**
   * How many times in a row a failed part is resumed from the farm's offset before the file's
   * upload fails; by default {@value #DEFAULT_PART_RETRIES}. A part that gets through resets the
   * count.
   */
  public SyncBuilder partRetries(int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException("partRetries is " + retries + ": use 0 or more");
    }
    this.partRetries = retries;
    return this;
  }

  /** The pause before the first retry of a part, doubled on each next one up to 5 s. */
  public SyncBuilder retryDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("retryDelay is " + delay + ": it cannot be negative");
    }
    this.retryDelay = delay;
    return this;
  }

  /** The sync. */
  public DependencySync build() {
    return factory.apply(this);
  }

  private static int atLeastOne(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + ": use at least 1");
    }
    return value;
  }
}
