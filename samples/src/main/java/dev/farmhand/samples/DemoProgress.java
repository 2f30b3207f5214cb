package dev.farmhand.samples;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The demo's live lines: the job's status and frames as its notices arrive (a line when the status
 * changes, otherwise at most one a second), and each scout frame as it comes home. Thread-safe:
 * notices and downloads report from their own threads.
 */
final class DemoProgress {
  private static final long EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private final FarmClient client;
  private final String jobId;
  private final BiConsumer<String, String> step;
  private final AtomicInteger home = new AtomicInteger();
  private JobStatus lastStatus;
  private int lastDone = -1;
  private long lastNanos;

  DemoProgress(FarmClient client, String jobId, BiConsumer<String, String> step) {
    this.client = client;
    this.jobId = jobId;
    this.step = step;
  }

  /** Frames of the job on disk and verified so far. */
  int home() {
    return home.get();
  }

  /** A notice about the job. */
  void on(Event event) {
    if (event.type() != EventType.TASK_STATUS && event.type() != EventType.JOB_STATUS) {
      return;
    }
    Job job;
    try {
      job = client.job(jobId);
    } catch (IOException e) {
      return;
    }
    report(job);
  }

  private synchronized void report(Job job) {
    long now = System.nanoTime();
    int done = job.stats().framesDone();
    boolean changed = job.status() != lastStatus;
    if (!changed && (done == lastDone || now - lastNanos < EVERY_NANOS)) {
      return;
    }
    lastStatus = job.status();
    lastDone = done;
    lastNanos = now;
    step.accept(
        job.status() == JobStatus.RUNNING ? "rendering" : job.status().label().toLowerCase(),
        String.format(
            "%-11s %d/%d frames rendered, %d home",
            job.status().label(), done, job.stats().framesTotal(), home.get()));
  }

  /** What the auto-downloader did. */
  void on(Activity activity) {
    if (activity instanceof Activity.FileVerified file) {
      int count = home.incrementAndGet();
      if (lastStatus != JobStatus.RUNNING || count <= 3) {
        step.accept("home", file.path() + ", verified");
      }
    } else if (activity instanceof Activity.FileFailed failed) {
      step.accept("failed", failed.reason());
    } else if (activity instanceof Activity.FileConflict conflict) {
      step.accept("conflict", conflict.file() + " is a different file; kept");
    }
  }
}
