package dev.farmhand.core.notices;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a job to reach a status, driven by the account's notices rather than a poll loop: it
 * starts a {@link NoticeSubscriber} (from the farm's latest event), reads the job's status once
 * over REST, then follows the job's events until one shows a wanted status or the time runs out.
 * Thread-safe: each wait has its own subscriber, closed when it returns.
 */
public final class JobWaiter {
  /**
   * The statuses a job ends in: Success, Downloaded, Reviewed, Failed, Killed, and Preempted once
   * no preempted task has a retry left ({@link #awaitFinished} checks the tasks).
   */
  public static final Set<JobStatus> FINISHED =
      Set.copyOf(
          EnumSet.of(
              JobStatus.SUCCESS,
              JobStatus.DOWNLOADED,
              JobStatus.REVIEWED,
              JobStatus.FAILED,
              JobStatus.KILLED,
              JobStatus.PREEMPTED));

  /**
   * How a wait ended. Immutable.
   *
   * @param jobId the job
   * @param status its status when the wait ended
   * @param reached whether that is one of the statuses waited for (false: the time ran out)
   */
  public record Outcome(String jobId, JobStatus status, boolean reached) {}

  private final FarmClient client;
  private final String key;

  /**
   * @param key the client's API key, the MQTT password
   */
  public JobWaiter(FarmClient client, String key) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Waits until the job shows one of these statuses, or the timeout passes.
   *
   * @throws dev.farmhand.core.client.NotFoundException if the account has no such job
   * @throws IOException as {@link FarmClient} does, when the farm cannot be asked at all
   * @throws InterruptedException if interrupted while waiting
   */
  public Outcome await(String jobId, Set<JobStatus> statuses, Duration timeout)
      throws IOException, InterruptedException {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("no status to wait for: name at least one");
    }
    return follow(jobId, Set.copyOf(statuses), timeout, false);
  }

  /** Waits until the job is finished ({@link #FINISHED}), or the timeout passes. */
  public Outcome awaitFinished(String jobId, Duration timeout)
      throws IOException, InterruptedException {
    return follow(jobId, FINISHED, timeout, true);
  }

  private Outcome follow(String jobId, Set<JobStatus> wanted, Duration timeout, boolean finished)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    BlockingQueue<JobStatus> changes = new LinkedBlockingQueue<>();
    NoticeSubscriber notices =
        NoticeSubscriber.builder(client, key)
            .name("wait-" + Long.toHexString(ThreadLocalRandom.current().nextLong()))
            .job(jobId)
            .backoff(Duration.ofMillis(100), Duration.ofSeconds(5))
            .start(
                event -> {
                  if (event.jobStatus() != null) {
                    changes.add(event.jobStatus());
                  }
                });
    try {
      // Read after the subscriber fixed its starting point, so no change falls in between.
      Job job = client.job(jobId);
      JobStatus current = job.status();
      while (true) {
        if (wanted.contains(current) && (!finished || ended(jobId, current))) {
          return new Outcome(jobId, current, true);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return new Outcome(jobId, current, false);
        }
        JobStatus next = changes.poll(left, TimeUnit.NANOSECONDS);
        if (next != null) {
          current = next;
        }
      }
    } finally {
      notices.close();
    }
  }

  /** Preempted is an end only when no preempted task may run again. */
  private boolean ended(String jobId, JobStatus status) throws IOException {
    if (status != JobStatus.PREEMPTED) {
      return true;
    }
    for (Task task : client.tasks(jobId)) {
      if (task.status() == TaskStatus.PREEMPTED && task.retriesLeft()) {
        return false;
      }
    }
    return true;
  }
}
