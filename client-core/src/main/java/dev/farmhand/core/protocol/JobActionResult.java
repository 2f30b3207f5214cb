package dev.farmhand.core.protocol;

import dev.farmhand.core.status.JobStatus;
import java.util.Objects;

/**
 * What a control did to one job. Immutable.
 *
 * @param jobId the job, as it was named in the request
 * @param outcome done or refused
 * @param status the job's status after the control, or when it was refused; absent when the job was
 *     not found
 * @param error why it was refused ({@link ErrorCode#CONTROL_REFUSED}, {@link ErrorCode#NOT_FOUND});
 *     present exactly when refused
 */
public record JobActionResult(
    String jobId, ActionOutcome outcome, @Nullable JobStatus status, @Nullable ApiError error) {
  public JobActionResult {
    Objects.requireNonNull(jobId, "job_id");
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == ActionOutcome.REFUSED) != (error != null)) {
      throw new IllegalArgumentException(
          "job "
              + jobId
              + " is "
              + outcome.wireName()
              + (error == null ? " without an error: say why it was refused" : " with an error"));
    }
  }

  /** The control applied; the job is now in {@code status}. */
  public static JobActionResult done(String jobId, JobStatus status) {
    return new JobActionResult(jobId, ActionOutcome.DONE, status, null);
  }

  /** The control was refused, for the reason in {@code error}. */
  public static JobActionResult refused(String jobId, @Nullable JobStatus status, ApiError error) {
    return new JobActionResult(jobId, ActionOutcome.REFUSED, status, error);
  }
}
