package dev.farmhand.core.protocol;

import dev.farmhand.core.status.Control;

/**
 * The body of {@code POST /api/v1/jobs/{job_id}/actions}: one control on one job. Done answers 200
 * with a {@link JobActionResult}; refused answers 409 {@link ErrorCode#CONTROL_REFUSED}. Immutable.
 *
 * @param control the control
 * @param priority the new priority, with {@link Control#SET_PRIORITY} and only with it
 */
public record JobAction(Control control, @Nullable Integer priority) {
  public JobAction {
    WireChecks.priorityFor(control, priority);
  }
}
