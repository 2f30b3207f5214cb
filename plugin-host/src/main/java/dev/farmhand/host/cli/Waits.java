package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.JobStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code farmhand wait} and {@code submit --wait} share: the wait and how it is reported. */
final class Waits {
  /** "No limit": ten years, which still fits in {@link System#nanoTime()} arithmetic. */
  private static final Duration NO_LIMIT = Duration.ofDays(3650);

  private Waits() {}

  static Duration timeout(@Nullable Long seconds) {
    if (seconds == null) {
      return NO_LIMIT;
    }
    if (seconds <= 0) {
      throw new IllegalArgumentException(
          "--timeout " + seconds + ": give a number of seconds above 0");
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * Waits for the job to show one of {@code statuses} (null: until it is finished), printing the
   * status reached on {@code out}; on timeout says on {@code err} which status it is in.
   *
   * @return the outcome
   */
  static JobWaiter.Outcome await(
      FarmSettings settings,
      String jobId,
      @Nullable Set<JobStatus> statuses,
      Duration timeout,
      PrintWriter out,
      PrintWriter err)
      throws IOException, InterruptedException {
    JobWaiter.Outcome outcome;
    try (FarmClient client = settings.clientBuilder().build()) {
      JobWaiter waiter = new JobWaiter(client, settings.key());
      outcome =
          statuses == null
              ? waiter.awaitFinished(jobId, timeout)
              : waiter.await(jobId, statuses, timeout);
    }
    if (outcome.reached()) {
      out.println(outcome.status().label());
      out.flush();
    } else {
      Set<JobStatus> wanted = statuses == null ? JobWaiter.FINISHED : statuses;
      err.println(
          "farmhand: job "
              + jobId
              + " is still "
              + outcome.status().label()
              + " after "
              + timeout.toSeconds()
              + " s; it did not reach "
              + wanted.stream().sorted().map(JobStatus::label).collect(Collectors.joining(" or "))
              + ": wait longer with --timeout");
      err.flush();
    }
    return outcome;
  }
}
