package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code POST /api/v1/jobs/actions}: one result per job, in the order the request
 * named them. Immutable.
 *
 * @param results one per job
 */
public record ActionResult(List<JobActionResult> results) {
  public ActionResult {
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /** True when the control applied to every job. */
  public boolean allDone() {
    return results.stream().allMatch(r -> r.outcome() == ActionOutcome.DONE);
  }
}
