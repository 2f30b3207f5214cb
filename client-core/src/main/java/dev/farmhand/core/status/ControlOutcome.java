package dev.farmhand.core.status;

import java.util.List;
import java.util.Objects;

/** What {@link ControlTable#apply} made of a control on one job: the new state, or a refusal. */
public sealed interface ControlOutcome {

  /** The control whose outcome this is. */
  Control control();

  /**
   * The control applied.
   *
   * @param control the control
   * @param before the job before
   * @param after the job after; its tasks are in the same order as before
   * @param changedTasks the indexes of the tasks whose status changed, ascending
   */
  record Applied(Control control, JobState before, JobState after, List<Integer> changedTasks)
      implements ControlOutcome {
    public Applied {
      Objects.requireNonNull(control, "control");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      changedTasks = List.copyOf(changedTasks);
    }
  }

  /**
   * The control was refused; nothing changed.
   *
   * @param control the control
   * @param status the job's status when it was refused
   * @param message what a person reads: the control, the status, why, and what to do instead
   */
  record Refused(Control control, JobStatus status, String message) implements ControlOutcome {
    public Refused {
      Objects.requireNonNull(control, "control");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(message, "message");
    }
  }
}
