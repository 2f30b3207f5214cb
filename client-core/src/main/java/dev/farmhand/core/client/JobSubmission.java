package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Job;
import java.util.Objects;

/**
 * What {@link FarmClient#createJob} got: the job, and whether the farm made it now or replayed the
 * job an earlier request with the same idempotency key made. Immutable.
 *
 * @param job the job
 * @param replayed true when the farm answered with the job an earlier try made (200 and {@code
 *     Idempotent-Replayed: true}); false when it made it now (201)
 */
public record JobSubmission(Job job, boolean replayed) {
  public JobSubmission {
    Objects.requireNonNull(job, "job");
  }
}
