package dev.farmhand.farm.jobs;

import dev.farmhand.core.status.JobState;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.StatusRules;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A job and its tasks at one moment, as read in one transaction. Immutable.
 *
 * @param job the job
 * @param tasks its tasks, in order
 */
public record Snapshot(StoredJob job, List<StoredTask> tasks) {
  public Snapshot {
    Objects.requireNonNull(job, "job");
    tasks = List.copyOf(tasks);
  }

  /** What the status rules see of it. */
  public JobState state() {
    return new JobState(tasks.stream().map(t -> t.state(job.retries())).toList(), job.flags());
  }

  /** The status the rules derive for it now (which may differ from the one stored). */
  public JobStatus derivedStatus() {
    return StatusRules.derive(state());
  }

  /** The same job with the task at {@code index} changed. */
  public Snapshot withTask(int index, UnaryOperator<StoredTask> change) {
    List<StoredTask> changed = new ArrayList<>(tasks);
    changed.set(index, change.apply(changed.get(index)));
    return new Snapshot(job, changed);
  }

  /** The same tasks with another job record. */
  public Snapshot withJob(StoredJob newJob) {
    return new Snapshot(newJob, tasks);
  }

  /** The index of the task with this id. */
  public int indexOf(String taskId) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).id().equals(taskId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("job " + job.id() + " has no task " + taskId);
  }
}
