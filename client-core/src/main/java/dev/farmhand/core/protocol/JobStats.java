package dev.farmhand.core.protocol;

/**
 * A job's figures as the "My Jobs" page shows them. Frames are counted by their task's status.
 * Immutable.
 *
 * @param framesTotal every frame of the job
 * @param framesDone frames rendered successfully
 * @param framesFailed frames of failed, killed or preempted-out tasks
 * @param framesRunning frames of tasks rendering now
 * @param framesHolding frames of tasks waiting for Un-Hold
 * @param renderSeconds worker time spent on the job's tasks so far, all attempts
 * @param elapsedSeconds wall time since the first task started (0 before)
 * @param etaSeconds the farm's estimate of the time left; absent when it has none
 */
public record JobStats(
    int framesTotal,
    int framesDone,
    int framesFailed,
    int framesRunning,
    int framesHolding,
    double renderSeconds,
    double elapsedSeconds,
    @Nullable Double etaSeconds) {
  public JobStats {
    WireChecks.notNegative(framesTotal, "frames_total");
    WireChecks.notNegative(framesDone, "frames_done");
    WireChecks.notNegative(framesFailed, "frames_failed");
    WireChecks.notNegative(framesRunning, "frames_running");
    WireChecks.notNegative(framesHolding, "frames_holding");
    if (framesDone + framesFailed + framesRunning + framesHolding > framesTotal) {
      throw new IllegalArgumentException(
          "frames_done, frames_failed, frames_running and frames_holding add up to more than"
              + " frames_total ("
              + framesTotal
              + ")");
    }
    if (renderSeconds < 0 || elapsedSeconds < 0 || (etaSeconds != null && etaSeconds < 0)) {
      throw new IllegalArgumentException(
          "render_seconds, elapsed_seconds and eta_seconds cannot be negative");
    }
  }

  /** A job none of whose frames has started. */
  public static JobStats notStarted(int framesTotal) {
    return new JobStats(framesTotal, 0, 0, 0, 0, 0, 0, null);
  }

  /** Frames neither done, failed, running nor holding: queued or not yet synced. */
  public int framesPending() {
    return framesTotal - framesDone - framesFailed - framesRunning - framesHolding;
  }
}
