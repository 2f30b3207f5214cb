package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GET /api/v1/jobs/{job_id}/tasks}, by task index. Immutable.
 *
 * @param tasks the tasks on this page
 * @param nextCursor pass it as {@code cursor} for the next page; absent on the last page
 */
public record TaskPage(List<Task> tasks, @Nullable String nextCursor) {
  public TaskPage {
    tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
  }
}
