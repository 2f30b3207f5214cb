package dev.farmhand.core.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one phase of a dependency sync has come. Counts only grow within a phase, and the last
 * snapshot of a phase that finished has them equal to the totals. Immutable.
 *
 * @param phase the step running
 * @param filesDone files finished in this phase
 * @param filesTotal files this phase has to do
 * @param bytesDone bytes hashed or sent in this phase
 * @param bytesTotal bytes this phase has to hash or send (for uploads: what the farm still lacks)
 * @param bytesPerSecond the recent rate, over the last few seconds
 * @param timeLeft the time left at the recent rate; empty when it cannot be told yet
 */
public record SyncProgress(
    SyncPhase phase,
    long filesDone,
    long filesTotal,
    long bytesDone,
    long bytesTotal,
    double bytesPerSecond,
    Optional<Duration> timeLeft) {
  public SyncProgress {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(timeLeft, "timeLeft");
  }

  /** Whether every file of the phase is done. */
  public boolean finished() {
    return filesDone == filesTotal && bytesDone == bytesTotal;
  }
}
