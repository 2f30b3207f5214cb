package dev.farmhand.core.protocol;

/**
 * How many times the farm runs a task again after it ends badly. Immutable.
 *
 * @param preempted retries after the task lost its preemptible instance
 * @param failed retries after the task failed
 */
public record RetryPolicy(int preempted, int failed) {
  public RetryPolicy {
    WireChecks.notNegative(preempted, "retries.preempted");
    WireChecks.notNegative(failed, "retries.failed");
  }

  /** No retries at all. */
  public static final RetryPolicy NONE = new RetryPolicy(0, 0);
}
