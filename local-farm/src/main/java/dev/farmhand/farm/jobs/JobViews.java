package dev.farmhand.farm.jobs;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import dev.farmhand.farm.store.TaskCounts;
import java.time.Duration;
import java.time.Instant;

/** Turns what the farm keeps into what the protocol serves. Pure; thread-safe. */
public final class JobViews {
  private JobViews() {}

  /** The job as {@code GET /jobs/{id}} serves it, with its statistics as of {@code now}. */
  public static Job job(Snapshot snapshot, Instant now) {
    return job(snapshot.job(), TaskCounts.of(snapshot.tasks(), snapshot.job().retries()), now);
  }

  /**
   * The job as the job list serves it: the same as {@link #job(Snapshot, Instant)}, from its task
   * counts summed by the database rather than from its tasks.
   */
  public static Job job(StoredJob j, TaskCounts counts, Instant now) {
    return new Job(
        j.id(),
        j.title(),
        j.status(),
        j.priority(),
        j.preemptible(),
        j.retries(),
        j.flags(),
        j.scene(),
        j.renderer(),
        j.frames(),
        j.chunk(),
        j.scouts(),
        j.outputDir(),
        j.outputPattern(),
        j.user(),
        j.submittedAt(),
        j.startedAt(),
        j.finishedAt(),
        stats(j, counts, now),
        j.metadata());
  }

  /** A task as {@code GET /jobs/{id}/tasks} serves it. */
  public static Task task(StoredJob job, StoredTask t) {
    return new Task(
        t.id(),
        t.index(),
        t.frames(),
        t.status(),
        t.scout(),
        t.attempts(),
        t.retriesLeft(job.retries()),
        t.worker(),
        t.startedAt(),
        t.finishedAt(),
        t.failure(),
        "/api/v1/jobs/" + job.id() + "/tasks/" + t.id() + "/log");
  }

  /**
   * Frames done, failed, running and holding; worker time; wall time since the first task started;
   * and, while frames remain and some are done, the time left at the pace so far.
   */
  public static JobStats stats(Snapshot snapshot, Instant now) {
    return stats(snapshot.job(), TaskCounts.of(snapshot.tasks(), snapshot.job().retries()), now);
  }

  /** The same figures from the job's task counts. */
  public static JobStats stats(StoredJob job, TaskCounts counts, Instant now) {
    Instant end = job.finishedAt() != null ? job.finishedAt() : now;
    double elapsed =
        job.startedAt() == null
            ? 0
            : Math.max(0, Duration.between(job.startedAt(), end).toMillis() / 1000.0);
    boolean working = job.status() == JobStatus.RUNNING || job.status() == JobStatus.PENDING;
    int done = counts.done();
    int total = counts.total();
    Double eta = working && done > 0 && done < total ? elapsed / done * (total - done) : null;
    return new JobStats(
        total,
        done,
        counts.failed(),
        counts.running(),
        counts.holding(),
        counts.renderSeconds(),
        elapsed,
        eta);
  }
}
