package dev.farmhand.core.status;

import java.util.Objects;

/**
 * What the status rules need to know of one task.
 *
 * @param status the task's status
 * @param scout whether the task renders scout frames (it runs first; the others start Holding)
 * @param retriesLeft whether a {@link TaskStatus#PREEMPTED} task will run again under the job's
 *     retry policy; ignored for other statuses
 */
public record TaskState(TaskStatus status, boolean scout, boolean retriesLeft) {
  public TaskState {
    Objects.requireNonNull(status, "status");
  }

  /** A non-scout task in the given status, with no retries left. */
  public static TaskState of(TaskStatus status) {
    return new TaskState(status, false, false);
  }

  /** A scout task in the given status. */
  public static TaskState scout(TaskStatus status) {
    return new TaskState(status, true, false);
  }

  /** A preempted task that will run again. */
  public static TaskState preemptedWithRetriesLeft() {
    return new TaskState(TaskStatus.PREEMPTED, false, true);
  }

  /** The same task in another status. */
  public TaskState withStatus(TaskStatus newStatus) {
    return new TaskState(newStatus, scout, retriesLeft);
  }

  /**
   * True while the task still has work ahead without anyone's action: queued, running, requeued.
   */
  public boolean active() {
    return status == TaskStatus.PENDING
        || status == TaskStatus.RUNNING
        || (status == TaskStatus.PREEMPTED && retriesLeft);
  }
}
