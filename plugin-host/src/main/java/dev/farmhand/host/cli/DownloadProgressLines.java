package dev.farmhand.host.cli;

import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.DownloadProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Download progress as plain lines, at most one a second ({@code download: 3/10 files, 12.0 MB of
 * 40.0 MB, 8.1 MB/s, 0:00:04 left}). Calls come one at a time from the download's reporting thread.
 */
final class DownloadProgressLines implements DownloadListener {
  private static final long EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private final PrintWriter err;
  private final LongSupplier clock;
  private long last;

  DownloadProgressLines(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.last = clock.getAsLong();
  }

  @Override
  public void onProgress(DownloadProgress progress) {
    long now = clock.getAsLong();
    if (now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    err.println(line(progress));
    err.flush();
  }

  static String line(DownloadProgress p) {
    StringBuilder line =
        new StringBuilder("download: ")
            .append(p.filesDone())
            .append('/')
            .append(p.filesTotal())
            .append(" files, ")
            .append(SyncProgressLines.bytes(p.bytesDone()))
            .append(" of ")
            .append(SyncProgressLines.bytes(p.bytesTotal()));
    if (p.bytesPerSecond() > 0) {
      line.append(", ").append(SyncProgressLines.bytes((long) p.bytesPerSecond())).append("/s");
    }
    p.timeLeft()
        .ifPresent(
            left ->
                line.append(", ")
                    .append(Tables.duration(left.toMillis() / 1000.0))
                    .append(" left"));
    return line.toString();
  }
}
