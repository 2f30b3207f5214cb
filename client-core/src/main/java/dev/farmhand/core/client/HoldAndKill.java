package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ActionOutcome;
import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.JobStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What "Hold and Kill" did to one job: the Hold's result and the Kill's. The job is stopped when
 * the Kill was done; a Hold refused because the job was holding already does not matter. Immutable.
 *
 * @param jobId the job
 * @param hold what Hold did
 * @param kill what Kill did; absent when Kill was not sent (the job was not found)
 */
public record HoldAndKill(String jobId, JobActionResult hold, @Nullable JobActionResult kill) {
  public HoldAndKill {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(hold, "hold");
  }

  /** True when the job is killed now, with nothing left to run. */
  public boolean done() {
    return kill != null && kill.outcome() == ActionOutcome.DONE;
  }

  /** The job's status after both, when the farm said. */
  public Optional<JobStatus> status() {
    JobActionResult last = kill != null ? kill : hold;
    return Optional.ofNullable(last.status());
  }

  /** Why the job is not killed: the Kill's refusal, or the Hold's when Kill was not sent. */
  public Optional<ApiError> refusal() {
    if (done()) {
      return Optional.empty();
    }
    return Optional.ofNullable(kill != null ? kill.error() : hold.error());
  }
}
