package dev.farmhand.core.submit;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.JobSubmission;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.MissingDependenciesException;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.core.sync.SyncPlan;
import dev.farmhand.core.sync.SyncResult;
import dev.farmhand.core.sync.SyncSummary;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends a job: its files first (only those the farm lacks, resumably), then the job itself, once
 * per idempotency key, so a submit retried after any failure never makes two jobs. Thread-safe.
 */
public final class Submitter {
  private final FarmClient client;
  private final DependencySync sync;

  public Submitter(FarmClient client, DependencySync sync) {
    this.client = Objects.requireNonNull(client, "client");
    this.sync = Objects.requireNonNull(sync, "sync");
  }

  /** What a submit did. */
  public record Submitted(
      JobSubmission submission, SyncSummary sync, List<MissingDependency> leftOut) {
    public Submitted {
      Objects.requireNonNull(submission, "submission");
      Objects.requireNonNull(sync, "sync");
      leftOut = List.copyOf(leftOut);
    }
  }

  /** A new idempotency key, for one job; a retry of the same submit passes the same key. */
  public static String newIdempotencyKey() {
    return UUID.randomUUID().toString();
  }

  /** Checks the job's files without sending anything: which are missing on this machine. */
  public SyncPlan check(JobSpec spec) {
    return sync.check(spec.files());
  }

  /**
   * Sends the job.
   *
   * @param withoutMissing submit even when files are missing on this machine, leaving them out (but
   *     never the scene)
   * @throws MissingDependenciesException listing every missing file, before anything is sent,
   *     unless {@code withoutMissing}
   */
  public Submitted submit(
      JobSpec spec,
      boolean withoutMissing,
      String idempotencyKey,
      SyncListener listener,
      Cancellation cancellation)
      throws IOException {
    SyncPlan plan = sync.check(spec.files(), listener);
    List<MissingDependency> missing = plan.missing();
    boolean sceneMissing =
        missing.stream().anyMatch(m -> m.dependency().path().equals(spec.scene()));
    if (!missing.isEmpty() && (!withoutMissing || sceneMissing)) {
      plan.orThrow();
    }
    SyncResult synced = sync.sync(plan.withoutMissing(), listener, cancellation);
    JobCreateRequest request = spec.toRequest(synced.dependencies());
    JobSubmission submission = client.createJob(request, idempotencyKey);
    return new Submitted(submission, synced.summary(), missing);
  }
}
