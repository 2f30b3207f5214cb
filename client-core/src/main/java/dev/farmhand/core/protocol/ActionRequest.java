package dev.farmhand.core.protocol;

import dev.farmhand.core.status.Control;
import java.util.List;

/**
 * The body of {@code POST /api/v1/jobs/actions}: one control on one or more jobs. The answer is an
 * {@link ActionResult} with a result per job. Immutable.
 *
 * @param control the control
 * @param jobIds the jobs, 1 to {@value #MAX_JOBS}, each once
 * @param priority the new priority, with {@link Control#SET_PRIORITY} and only with it
 */
public record ActionRequest(Control control, List<String> jobIds, @Nullable Integer priority) {
  /** The most jobs one request may name. */
  public static final int MAX_JOBS = 1000;

  public ActionRequest {
    WireChecks.priorityFor(control, priority);
    jobIds = WireChecks.ids(jobIds, "job_ids", MAX_JOBS);
  }
}
