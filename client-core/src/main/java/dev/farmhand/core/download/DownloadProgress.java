package dev.farmhand.core.download;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a download run has come, over every job it was given. Counts only grow, and the last
 * snapshot of a run that finished has them equal to the totals. Immutable.
 *
 * @param filesDone files finished: downloaded, or failed
 * @param filesTotal files the run has to fetch (skipped files and conflicts are not counted)
 * @param bytesDone bytes received
 * @param bytesTotal bytes still to fetch when the run started (what earlier runs left is not)
 * @param bytesPerSecond the recent rate, over the last few seconds
 * @param timeLeft the time left at the recent rate; empty when it cannot be told yet
 */
public record DownloadProgress(
    long filesDone,
    long filesTotal,
    long bytesDone,
    long bytesTotal,
    double bytesPerSecond,
    Optional<Duration> timeLeft) {
  public DownloadProgress {
    Objects.requireNonNull(timeLeft, "timeLeft");
  }

  /** Whether every file is done. */
  public boolean finished() {
    return filesDone == filesTotal && bytesDone == bytesTotal;
  }
}
