package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;

/** Events as the farm makes them, for tests. */
final class TestEvents {
  private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

  private TestEvents() {}

  static Event jobStatus(long seq, String account, String jobId, JobStatus status) {
    return new Event(
        seq, START.plusMillis(seq), account, EventType.JOB_STATUS, jobId, status, null, null, null);
  }

  static Event taskStatus(long seq, String account, String jobId, String taskId, TaskStatus s) {
    return new Event(
        seq,
        START.plusMillis(seq),
        account,
        EventType.TASK_STATUS,
        jobId,
        JobStatus.RUNNING,
        taskId,
        s,
        null);
  }

  /** An event of the account that names no job. */
  static Event accountOnly(long seq, String account) {
    return new Event(
        seq, START.plusMillis(seq), account, EventType.UNKNOWN, null, null, null, null, null);
  }
}
