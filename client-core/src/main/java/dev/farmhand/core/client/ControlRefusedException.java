package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import java.net.URI;
import java.util.Optional;

/**
 * A control that does not apply to the job in its status (409 {@code control_refused}), with the
 * status table's reason, e.g. "Retry does not apply to a Running job: its tasks are still
 * rendering; Hold and Kill it, then Retry".
 */
public final class ControlRefusedException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final Control control;
  private final @Nullable JobStatus jobStatus;

  public ControlRefusedException(
      URI farm, String jobId, Control control, @Nullable JobStatus jobStatus, ApiError error) {
    super(farm, 409, error);
    this.jobId = jobId;
    this.control = control;
    this.jobStatus = jobStatus;
  }

  /** The job the control was refused on. */
  public String jobId() {
    return jobId;
  }

  /** The refused control. */
  public Control control() {
    return control;
  }

  /** The job's status when it was refused, when the farm said. */
  public Optional<JobStatus> jobStatus() {
    return Optional.ofNullable(jobStatus);
  }
}
