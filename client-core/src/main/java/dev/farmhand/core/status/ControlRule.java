package dev.farmhand.core.status;

import java.util.Objects;

/**
 * One cell of {@link ControlTable}: whether a control applies to a job in one status, and if not,
 * why. Immutable.
 *
 * @param control the control
 * @param status the job's status
 * @param reason {@code null} when the control applies; otherwise why not and what to do instead
 */
public record ControlRule(Control control, JobStatus status, String reason) {
  public ControlRule {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(status, "status");
  }

  /** True when the control applies to a job in this status. */
  public boolean applies() {
    return reason == null;
  }

  /**
   * The sentence a person reads when the control is refused, e.g. {@code "Retry does not apply to a
   * Running job: its tasks are still rendering; Hold and Kill it, then Retry"}.
   *
   * @throws IllegalStateException if the control applies
   */
  public String refusal() {
    if (reason == null) {
      throw new IllegalStateException(control.label() + " applies to a " + status.label() + " job");
    }
    return control.label() + " does not apply to a " + status.label() + " job: " + reason;
  }
}
