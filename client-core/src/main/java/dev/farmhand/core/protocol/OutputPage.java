package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GET /api/v1/jobs/{job_id}/outputs}, in the order they were written. Immutable.
 *
 * @param outputs the outputs on this page
 * @param nextCursor pass it as {@code cursor} for the next page; absent on the last page
 */
public record OutputPage(List<Output> outputs, @Nullable String nextCursor) {
  public OutputPage {
    outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
  }
}
