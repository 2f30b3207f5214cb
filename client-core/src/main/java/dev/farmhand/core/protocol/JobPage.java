package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GET /api/v1/jobs}, newest submission first. Immutable.
 *
 * @param jobs the jobs on this page
 * @param nextCursor pass it as {@code cursor} for the next page; absent on the last page
 */
public record JobPage(List<Job> jobs, @Nullable String nextCursor) {
  public JobPage {
    jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
  }
}
