package dev.farmhand.host.cli;

import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.DownloadProgress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Download progress as plain lines, at most one a second ({@code download: 3/10 files, 12.0 MB of
 * 40.0 MB, 8.1 MB/s, 0:00:04 left}). Calls come one at a time from the download's reporting thread.
 */
final class DownloadProgressLines implements DownloadListener {
  private final ProgressLine lines;

  DownloadProgressLines(PrintWriter err, LongSupplier clock) {
    this.lines = new ProgressLine(err, clock);
  }

  @Override
  public void onProgress(DownloadProgress progress) {
    lines.offer(line(progress));
  }

  static String line(DownloadProgress p) {
    return ProgressLine.format(
        "download:",
        p.filesDone(),
        p.filesTotal(),
        p.bytesDone(),
        p.bytesTotal(),
        p.bytesPerSecond(),
        p.timeLeft());
  }
}
