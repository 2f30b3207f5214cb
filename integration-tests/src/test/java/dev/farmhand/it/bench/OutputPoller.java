package dev.farmhand.it.bench;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.FileOutcome;
import dev.farmhand.core.download.JobFolder;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reference for the auto-downloader: asks the farm for a job's outputs every second and fetches
 * each one it has not seen, one after another, with {@link Downloader#fetch}, noting when each
 * fetch returned (the file then verified on disk). A failed fetch is tried at the next poll.
 * Thread-safe; polls on a thread of its own until closed.
 */
final class OutputPoller implements AutoCloseable {
  private final FarmClient client;
  private final Downloader downloader;
  private final String jobId;
  private final JobFolder folder;
  private final ScheduledExecutorService timer;
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final List<Long> fetchNanos = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch all;
  private final AtomicReference<String> lastProblem = new AtomicReference<>("none");

  /** Polls {@code every} so often, fetching into the downloader's folder for the job. */
  OutputPoller(FarmClient client, Downloader downloader, String jobId, int outputs, Duration every)
      throws IOException {
    this.client = client;
    this.downloader = downloader;
    this.jobId = jobId;
    this.folder = downloader.folderFor(client.job(jobId));
    this.all = new CountDownLatch(outputs);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "bench-output-poller");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    List<Output> outputs;
    try {
      outputs = client.outputs(jobId);
    } catch (IOException e) {
      lastProblem.set("listing outputs: " + e.getMessage());
      return;
    }
    for (Output output : outputs) {
      if (verified.containsKey(output.taskId())) {
        continue;
      }
      try {
        long start = System.nanoTime();
        FileOutcome outcome =
            downloader.fetch(jobId, folder, output, target -> false, new Cancellation());
        Instant at = Instant.now();
        fetchNanos.add(System.nanoTime() - start);
        if (!outcome.onDisk()) {
          lastProblem.set(output.path() + ": " + outcome.kind() + " " + outcome.detail());
        } else if (verified.putIfAbsent(output.taskId(), at) == null) {
          all.countDown();
        }
      } catch (IOException | RuntimeException e) {
        lastProblem.set(output.path() + ": " + e);
      }
    }
  }

  /** When the output of this task was verified on disk, or null if not (yet). */
  Instant verified(String taskId) {
    return verified.get(taskId);
  }

  /** Counts down once per output verified. */
  CountDownLatch all() {
    return all;
  }

  int count() {
    return verified.size();
  }

  /** How long each fetch took, in nanoseconds. */
  List<Long> fetchNanos() {
    synchronized (fetchNanos) {
      return List.copyOf(fetchNanos);
    }
  }

  /** The last thing that went wrong, or "none". */
  String lastProblem() {
    return lastProblem.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
