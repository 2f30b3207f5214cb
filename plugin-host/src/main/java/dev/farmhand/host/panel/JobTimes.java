package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import java.time.Duration;
import java.time.Instant;

/** The times a row shows, worked out from the job as read and the clock. Stateless. */
final class JobTimes {
  private JobTimes() {}

  /** Wall time since the first task started: to the end when finished, to now while working. */
  static Duration elapsed(Job job, Instant now) {
    if (job.startedAt() == null) {
      return Duration.ZERO;
    }
    Instant end = job.finishedAt() != null ? job.finishedAt() : now;
    Duration elapsed = Duration.between(job.startedAt(), end);
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /** Worker time spent on the job, all attempts. */
  static Duration renderTime(Job job) {
    return Duration.ofMillis(Math.round(job.stats().renderSeconds() * 1000));
  }

  /** {@code 42s}, {@code 3m 05s}, {@code 2h 01m}. */
  static String text(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m " + twoDigits(seconds % 60) + "s";
    }
    return seconds / 3600 + "h " + twoDigits(seconds % 3600 / 60) + "m";
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
