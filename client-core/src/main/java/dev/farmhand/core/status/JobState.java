package dev.farmhand.core.status;

import java.util.List;
import java.util.Objects;

/**
 * A job as the status rules see it: its tasks, in order, and its flags. Immutable.
 *
 * @param tasks the job's tasks
 * @param flags the facts the tasks do not tell
 */
public record JobState(List<TaskState> tasks, JobFlags flags) {
  public JobState {
    tasks = List.copyOf(tasks);
    Objects.requireNonNull(flags, "flags");
  }

  /** The job's status, derived by {@link StatusRules#derive}. */
  public JobStatus status() {
    return StatusRules.derive(this);
  }
}
