package dev.farmhand.core.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The status of a job as the "My Jobs" page shows it. A job's status is never stored: it is derived
 * from its tasks and flags by {@link StatusRules#derive}.
 */
public enum JobStatus {
  /** Being submitted: dependencies uploading, instances starting, tasks queued. */
  PENDING("Pending"),
  /** Files being (re)copied to the farm's shared disk, after submit or after Retry Sync. */
  SYNC_PENDING("Sync Pending"),
  /** At least one task rendering. */
  RUNNING("Running"),
  /** Scout frames finished and the rest waits for approval, or put on hold by hand. */
  HOLDING("Holding"),
  /** Every task finished successfully, or the job was marked Complete. */
  SUCCESS("Success"),
  /** Every successful frame is on the user's disk, verified. */
  DOWNLOADED("Downloaded"),
  /** Some or all tasks did not complete. */
  FAILED("Failed"),
  /** Tasks lost their preemptible instances and have retries left to run, or ran out. */
  PREEMPTED("Preempted"),
  /** A label the user sets on a finished job. */
  REVIEWED("Reviewed"),
  /** Ended by Kill. */
  KILLED("Killed");

  private final String label;

  JobStatus(String label) {
    this.label = label;
  }

  /** The name a person reads, as the page shows it: {@code "Sync Pending"}. */
  public String label() {
    return label;
  }

  /** The name on the wire and in {@code --json} output: {@code "sync_pending"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name ({@code sync_pending}) or a label ({@code Sync Pending}), ignoring case.
   *
   * @throws IllegalArgumentException naming the text and listing the statuses there are
   */
  @JsonCreator
  public static JobStatus parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (JobStatus status : values()) {
      if (status.wireName().equals(key)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "unknown job status '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(JobStatus::wireName).collect(Collectors.joining(", ")));
  }
}
