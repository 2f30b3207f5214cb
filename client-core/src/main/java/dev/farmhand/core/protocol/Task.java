package dev.farmhand.core.protocol;

import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One task of a job: a chunk of its frames rendered together. Immutable.
 *
 * @param id the task id, unique within its job
 * @param index the task's place in the job, from 0
 * @param frames the frames it renders, in order
 * @param status the task's status
 * @param scout whether it renders scout frames (runs first; the others start Holding)
 * @param attempts how many times it has started
 * @param retriesLeft whether a preempted or failed task will run again under the job's policy
 * @param worker the worker running it or that ran it last
 * @param startedAt when its current or last attempt started
 * @param finishedAt when its last attempt ended
 * @param failure why its last attempt failed, in words
 * @param logUrl where its log is: {@code GET} this path (relative to the farm) as text
 */
public record Task(
    String id,
    int index,
    List<Integer> frames,
    TaskStatus status,
    boolean scout,
    int attempts,
    boolean retriesLeft,
    @Nullable String worker,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String failure,
    String logUrl) {
  public Task {
    WireChecks.id(id, "id");
    WireChecks.notNegative(index, "index");
    frames = List.copyOf(Objects.requireNonNull(frames, "frames"));
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("frames is empty: a task renders at least one frame");
    }
    Objects.requireNonNull(status, "status");
    WireChecks.notNegative(attempts, "attempts");
    Objects.requireNonNull(logUrl, "log_url");
  }
}
