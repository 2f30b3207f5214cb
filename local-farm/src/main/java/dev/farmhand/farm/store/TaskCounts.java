package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.RetryPolicy;
import java.util.List;

/**
 * A job's frames counted by their task's status, and its worker time: what the job list needs of
 * its tasks, summed by the database ({@link TaskRepository#counts}) instead of reading every task.
 * Frames of failed and killed tasks, and of preempted ones with no retry left, count as failed.
 * Immutable.
 *
 * @param total every frame of the job
 * @param done frames of successful tasks
 * @param failed frames of failed, killed and preempted-out tasks
 * @param running frames of running tasks
 * @param holding frames of holding tasks
 * @param renderSeconds worker time over all the tasks' attempts
 */
public record TaskCounts(
    int total, int done, int failed, int running, int holding, double renderSeconds) {
  /** A job with no tasks. */
  public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0, 0);

  /** The same counts made from the tasks themselves (a single job's view reads them anyway). */
  public static TaskCounts of(List<StoredTask> tasks, RetryPolicy retries) {
    int total = 0;
    int done = 0;
    int failed = 0;
    int running = 0;
    int holding = 0;
    double render = 0;
    for (StoredTask task : tasks) {
      int frames = task.frames().size();
      total += frames;
      render += task.renderSeconds();
      switch (task.status()) {
        case SUCCESS -> done += frames;
        case FAILED, KILLED -> failed += frames;
        case PREEMPTED -> failed += task.retriesLeft(retries) ? 0 : frames;
        case RUNNING -> running += frames;
        case HOLDING -> holding += frames;
        case PENDING -> {}
      }
    }
    return new TaskCounts(total, done, failed, running, holding, render);
  }
}
