package dev.farmhand.core.protocol;

import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One change in an account, as {@code GET /api/v1/events} serves it and MQTT pushes it: the same
 * JSON on both. Sequence numbers count every event of the account, from 1, with no holes, so a
 * client that sees {@code seq} jump knows it missed something and catches up over REST. Immutable.
 *
 * @param seq the account-wide sequence number, from 1
 * @param time when the change happened on the farm
 * @param account the account
 * @param type what changed
 * @param jobId the job it is about
 * @param jobStatus the job's status after the change
 * @param taskId the task it is about, for task and output events
 * @param taskStatus the task's status after the change, for task events
 * @param output the new output, for {@link EventType#OUTPUT_ADDED}
 */
public record Event(
    long seq,
    Instant time,
    String account,
    EventType type,
    @Nullable String jobId,
    @Nullable JobStatus jobStatus,
    @Nullable String taskId,
    @Nullable TaskStatus taskStatus,
    @Nullable Output output) {
  public Event {
    if (seq < 1) {
      throw new IllegalArgumentException("seq is " + seq + ": sequence numbers start at 1");
    }
    Objects.requireNonNull(time, "time");
    WireChecks.id(account, "account");
    Objects.requireNonNull(type, "type");
  }
}
