package dev.farmhand.host.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Progress for people as plain lines on stderr, at most one a second: {@code download: 3/10 files,
 * 12.0 MB of 40.0 MB, 8.1 MB/s, 0:00:04 left}. Not thread-safe: reports come one at a time.
 */
final class ProgressLine {
  private static final long EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private final PrintWriter err;
  private final LongSupplier clock;
  private long last;

  ProgressLine(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.last = clock.getAsLong();
  }

  /** Prints the line if a second has passed since the last one. */
  void offer(String line) {
    long now = clock.getAsLong();
    if (now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    err.println(line);
    err.flush();
  }

  /** {@code HEAD 3/10 files, 12.0 MB of 40.0 MB[, 8.1 MB/s][, 0:00:04 left]}. */
  static String format(
      String head,
      long filesDone,
      long filesTotal,
      long bytesDone,
      long bytesTotal,
      double bytesPerSecond,
      Optional<Duration> timeLeft) {
    StringBuilder line =
        new StringBuilder(head)
            .append(' ')
            .append(filesDone)
            .append('/')
            .append(filesTotal)
            .append(" files, ")
            .append(SyncProgressLines.bytes(bytesDone))
            .append(" of ")
            .append(SyncProgressLines.bytes(bytesTotal));
    if (bytesPerSecond > 0) {
      line.append(", ").append(SyncProgressLines.bytes((long) bytesPerSecond)).append("/s");
    }
    timeLeft.ifPresent(
        left ->
            line.append(", ").append(Tables.duration(left.toMillis() / 1000.0)).append(" left"));
    return line.toString();
  }
}
