package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A job as the farm keeps it. Its status is derived from its tasks and flags by the status rules
 * and kept here only so jobs can be listed by status. Immutable.
 *
 * @param id the job's id, {@code j-42}
 * @param number the farm-wide number the id is made of
 * @param account the account it belongs to
 * @param user the user who submitted it
 * @param title its title
 * @param scene the scene's path in the workspace
 * @param renderer the renderer that renders it
 * @param frames its frame spec
 * @param chunk frames per task
 * @param scouts its scout spec, or null
 * @param priority 0 to 100, higher first
 * @param preemptible whether it runs on instances that may be taken away
 * @param retries how often a task runs again after preemption or failure
 * @param outputDir where the outputs go on the submitter's machine, or null
 * @param outputPattern the frames' names relative to the output folder, or null
 * @param metadata what the submitter attached
 * @param submittedAt when it was made
 * @param startedAt when its first task started, or null
 * @param finishedAt when it last stopped having work under way, or null
 * @param flags the facts besides its tasks
 * @param status its status when last derived
 */
public record StoredJob(
    String id,
    long number,
    String account,
    String user,
    String title,
    String scene,
    String renderer,
    String frames,
    int chunk,
    String scouts,
    int priority,
    boolean preemptible,
    RetryPolicy retries,
    String outputDir,
    String outputPattern,
    Map<String, String> metadata,
    Instant submittedAt,
    Instant startedAt,
    Instant finishedAt,
    JobFlags flags,
    JobStatus status) {
  public StoredJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(retries, "retries");
    metadata = Map.copyOf(metadata);
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(status, "status");
  }

  /** The same job with other flags and the status derived from them. */
  public StoredJob with(JobFlags newFlags, JobStatus newStatus) {
    return new StoredJob(
        id,
        number,
        account,
        user,
        title,
        scene,
        renderer,
        frames,
        chunk,
        scouts,
        priority,
        preemptible,
        retries,
        outputDir,
        outputPattern,
        metadata,
        submittedAt,
        startedAt,
        finishedAt,
        newFlags,
        newStatus);
  }

  /** The same job with another priority. */
  public StoredJob withPriority(int newPriority) {
    return new StoredJob(
        id,
        number,
        account,
        user,
        title,
        scene,
        renderer,
        frames,
        chunk,
        scouts,
        newPriority,
        preemptible,
        retries,
        outputDir,
        outputPattern,
        metadata,
        submittedAt,
        startedAt,
        finishedAt,
        flags,
        status);
  }

  /** The same job with other start and finish times. */
  public StoredJob withTimes(Instant newStartedAt, Instant newFinishedAt) {
    return new StoredJob(
        id,
        number,
        account,
        user,
        title,
        scene,
        renderer,
        frames,
        chunk,
        scouts,
        priority,
        preemptible,
        retries,
        outputDir,
        outputPattern,
        metadata,
        submittedAt,
        newStartedAt,
        newFinishedAt,
        flags,
        status);
  }
}
