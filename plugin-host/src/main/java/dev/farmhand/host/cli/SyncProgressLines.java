package dev.farmhand.host.cli;

import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.core.sync.SyncPhase;
import dev.farmhand.core.sync.SyncProgress;
import dev.farmhand.core.sync.SyncSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Sync progress as plain lines, one every second or so ({@code sync: uploading 3/10 files, 12.0 MB
 * of 40.0 MB, 8.1 MB/s, 0:00:04 left}), and a last line with what the sync did. Calls come one at a
 * time from the sync's reporting thread.
 */
final class SyncProgressLines implements SyncListener {
  private final ProgressLine lines;

  SyncProgressLines(PrintWriter err, LongSupplier clock) {
    this.lines = new ProgressLine(err, clock);
  }

  @Override
  public void onProgress(SyncProgress progress) {
    if (progress.phase() != SyncPhase.CHECKING) {
      lines.offer(line(progress));
    }
  }

  static String line(SyncProgress p) {
    return ProgressLine.format(
        "sync: " + p.phase().name().toLowerCase(Locale.ROOT),
        p.filesDone(),
        p.filesTotal(),
        p.bytesDone(),
        p.bytesTotal(),
        p.bytesPerSecond(),
        p.timeLeft());
  }

  static String summary(SyncSummary s) {
    return String.format(
        Locale.ROOT,
        "synced %d %s (%s): %d uploaded (%s), %d hashed, in %.1f s",
        s.files(),
        s.files() == 1 ? "file" : "files",
        bytes(s.bytes()),
        s.filesUploaded(),
        bytes(s.bytesUploaded()),
        s.filesHashed(),
        s.elapsed().toMillis() / 1000.0);
  }

  /** A byte count for people: {@code 840 B}, {@code 4.1 KB}, {@code 12.0 MB}. */
  static String bytes(long bytes) {
    return dev.farmhand.host.submit.JobSummary.bytes(bytes);
  }
}
