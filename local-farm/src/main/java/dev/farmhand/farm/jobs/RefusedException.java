package dev.farmhand.farm.jobs;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import java.util.Map;

/**
 * A request the farm refuses, with the protocol's error: the code says what kind of refusal (and so
 * the HTTP status), the message what is wrong and how to fix it.
 */
public final class RefusedException extends RuntimeException {
  private final transient ApiError error;

  public RefusedException(ErrorCode code, String message) {
    this(new ApiError(code, message, null));
  }

  public RefusedException(ErrorCode code, String message, Map<String, Object> details) {
    this(new ApiError(code, message, details));
  }

  public RefusedException(ApiError error) {
    super(error.message());
    this.error = error;
  }

  /** The error as the protocol carries it. */
  public ApiError error() {
    return error;
  }

  /** The job was not found in the caller's account (whether or not another account has it). */
  public static RefusedException noJob(String jobId) {
    return new RefusedException(
        ErrorCode.NOT_FOUND,
        "no job '" + jobId + "' in this account: list the jobs to see their ids",
        Map.of("job_id", jobId));
  }
}
