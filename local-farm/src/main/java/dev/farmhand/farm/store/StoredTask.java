package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.TaskState;
import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A task as the farm keeps it. Immutable.
 *
 * @param id the task's id
 * @param jobId its job
 * @param index its place in the job, from 0
 * @param frames the frames it renders
 * @param scout whether it renders scout frames
 * @param status its status
 * @param attempts how often it started
 * @param failedCount how often it failed
 * @param preemptedCount how often it lost its instance
 * @param worker the worker that runs or ran it last, or null
 * @param startedAt when its last attempt started, or null
 * @param finishedAt when its last attempt ended, or null
 * @param renderSeconds worker time over all its attempts
 * @param failure why its last attempt failed, or null
 */
public record StoredTask(
    String id,
    String jobId,
    int index,
    List<Integer> frames,
    boolean scout,
    TaskStatus status,
    int attempts,
    int failedCount,
    int preemptedCount,
    String worker,
    Instant startedAt,
    Instant finishedAt,
    double renderSeconds,
    String failure) {
  public StoredTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jobId, "jobId");
    frames = List.copyOf(frames);
    Objects.requireNonNull(status, "status");
  }

  /** A task not yet run. */
  public static StoredTask fresh(
      String id, String jobId, int index, List<Integer> frames, boolean scout, TaskStatus status) {
    return new StoredTask(
        id, jobId, index, frames, scout, status, 0, 0, 0, null, null, null, 0, null);
  }

  /** Whether a preempted task runs again under this retry policy. */
  public boolean retriesLeft(RetryPolicy retries) {
    return status == TaskStatus.PREEMPTED && preemptedCount <= retries.preempted();
  }

  /** What the status rules need of it. */
  public TaskState state(RetryPolicy retries) {
    return new TaskState(status, scout, retriesLeft(retries));
  }

  /** The same task in another status. */
  public StoredTask withStatus(TaskStatus newStatus) {
    return new StoredTask(
        id,
        jobId,
        index,
        frames,
        scout,
        newStatus,
        attempts,
        failedCount,
        preemptedCount,
        worker,
        startedAt,
        finishedAt,
        renderSeconds,
        failure);
  }

  /** The task as it starts an attempt on a worker. */
  public StoredTask started(String onWorker, Instant at) {
    return new StoredTask(
        id,
        jobId,
        index,
        frames,
        scout,
        TaskStatus.RUNNING,
        attempts + 1,
        failedCount,
        preemptedCount,
        onWorker,
        at,
        null,
        renderSeconds,
        null);
  }

  /**
   * The task as an attempt ends.
   *
   * @param newStatus its status after the attempt
   * @param failed whether the attempt counts as a failure
   * @param preempted whether the attempt lost its instance
   * @param seconds how long the attempt ran
   * @param why why it failed, or null
   */
  public StoredTask ended(
      TaskStatus newStatus,
      boolean failed,
      boolean preempted,
      Instant at,
      double seconds,
      String why) {
    return new StoredTask(
        id,
        jobId,
        index,
        frames,
        scout,
        newStatus,
        attempts,
        failedCount + (failed ? 1 : 0),
        preemptedCount + (preempted ? 1 : 0),
        worker,
        startedAt,
        at,
        renderSeconds + seconds,
        why);
  }

  /** The task with its retries given back, as Retry and Retry All Fails do. */
  public StoredTask withRetriesReset(TaskStatus newStatus) {
    return new StoredTask(
        id,
        jobId,
        index,
        frames,
        scout,
        newStatus,
        attempts,
        0,
        0,
        worker,
        startedAt,
        finishedAt,
        renderSeconds,
        null);
  }
}
