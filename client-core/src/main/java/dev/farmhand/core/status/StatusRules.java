package dev.farmhand.core.status;

import java.util.List;

/**
 * Derives a job's status from its tasks and flags. This is the only place that does: the farm
 * reports what it derives here, and the client derives the same from the same facts.
 *
 * <p>In order, the first that holds wins:
 *
 * <ol>
 *   <li>labels set by hand: Reviewed, then Downloaded, then Complete (shows Success);
 *   <li>the files: still uploading is Pending, being copied is Sync Pending, failed to copy is
 *       Failed;
 *   <li>work under way: a task rendering is Running; a preempted task waiting to run again is
 *       Preempted; a task queued is Pending;
 *   <li>nothing left that runs by itself: Killed if it was killed, else Failed if a task failed,
 *       else Preempted if a task ran out of preempted-retries, else Holding if a task waits for
 *       Un-Hold, else Success.
 * </ol>
 *
 * <p>So a job killed without Hold keeps running its queued tasks and shows Killed once they end,
 * while a job held first shows Killed at once; a failed scout outranks the held rest, so nobody
 * approves frames behind a broken one.
 */
public final class StatusRules {
  private StatusRules() {}

  /** The status of a job with these tasks and flags. Pure; thread-safe. */
  public static JobStatus derive(JobState job) {
    return derive(job.tasks(), job.flags());
  }

  /** The status of a job with these tasks and flags. Pure; thread-safe. */
  public static JobStatus derive(List<TaskState> tasks, JobFlags flags) {
    if (flags.reviewed()) {
      return JobStatus.REVIEWED;
    }
    if (flags.downloaded()) {
      return JobStatus.DOWNLOADED;
    }
    if (flags.completed()) {
      return JobStatus.SUCCESS;
    }
    switch (flags.sync()) {
      case UPLOADING:
        return JobStatus.PENDING;
      case SYNCING:
        return JobStatus.SYNC_PENDING;
      case FAILED:
        return JobStatus.FAILED;
      case SYNCED:
        break;
    }
    if (any(tasks, TaskStatus.RUNNING)) {
      return JobStatus.RUNNING;
    }
    if (tasks.stream().anyMatch(t -> t.status() == TaskStatus.PREEMPTED && t.retriesLeft())) {
      return JobStatus.PREEMPTED;
    }
    if (tasks.isEmpty() || any(tasks, TaskStatus.PENDING)) {
      return JobStatus.PENDING;
    }
    if (flags.killed() || any(tasks, TaskStatus.KILLED)) {
      return JobStatus.KILLED;
    }
    if (any(tasks, TaskStatus.FAILED)) {
      return JobStatus.FAILED;
    }
    if (any(tasks, TaskStatus.PREEMPTED)) {
      return JobStatus.PREEMPTED;
    }
    if (any(tasks, TaskStatus.HOLDING)) {
      return JobStatus.HOLDING;
    }
    return JobStatus.SUCCESS;
  }

  private static boolean any(List<TaskState> tasks, TaskStatus status) {
    return tasks.stream().anyMatch(t -> t.status() == status);
  }
}
