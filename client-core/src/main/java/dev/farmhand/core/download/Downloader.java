package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings the successful outputs of jobs home, several files at a time. For each job it picks the
 * folder (the job's output folder when usable here, otherwise {@code <download root>/<job id>}),
 * refuses any output path that would land outside it (absolute, {@code ..}, through a link leading
 * out), skips files already there with the right SHA-256 and keeps a different file already there
 * (reported as a conflict; replaced only with {@link DownloaderBuilder#overwrite}). Before fetching
 * anything it checks that each disk has room for what is still to fetch. Each file is written
 * beside its target as {@code .NAME.part}, resumed from that file's length, verified against its
 * SHA-256 (a mismatch is fetched once more from zero, then reported) and renamed into place.
 *
 * <p>Thread-safe: one instance may run several downloads at once (of different jobs). Build it with
 * {@link #builder}.
 */
public final class Downloader {
  private final FarmClient client;
  private final int threads;
  private final Path root;
  private final Path chosen;
  private final boolean overwrite;
  private final UsableSpace space;

  private Downloader(DownloaderBuilder builder) {
    this.client = builder.client;
    this.threads = builder.threads;
    this.root = builder.root;
    this.chosen = builder.chosen;
    this.overwrite = builder.overwrite;
    this.space = builder.space;
  }

  /** A builder for downloads from this farm, with the defaults of {@link DownloaderBuilder}. */
  public static DownloaderBuilder builder(FarmClient client) {
    return new DownloaderBuilder(Objects.requireNonNull(client, "client"), Downloader::new);
  }

  /** Downloads one job; see {@link #download(List, DownloadListener, Cancellation)}. */
  public JobDownload download(String jobId, DownloadListener listener, Cancellation cancellation)
      throws IOException {
    return download(List.of(jobId), listener, cancellation).get(0);
  }

  /**
   * Downloads the outputs of these jobs. A file that cannot be brought home (an unsafe path, a
   * damaged download, a failed request) is reported in its job's result and the others go on.
   *
   * @return one result per job, in the order given
   * @throws NotEnoughSpaceException before anything is fetched, naming the folder and the bytes
   * @throws DownloadCancelledException if cancelled or interrupted; partial files are kept
   * @throws IOException if a job or its outputs cannot be read from the farm (a {@link
   *     dev.farmhand.core.client.NotFoundException} for an unknown job), or a folder made
   */
  public List<JobDownload> download(
      List<String> jobIds, DownloadListener listener, Cancellation cancellation)
      throws IOException {
    List<JobPlan> plans = new ArrayList<>();
    for (String jobId : new LinkedHashSet<>(jobIds)) {
      plans.add(JobPlan.make(client, jobId, root, chosen, overwrite, cancellation));
    }
    List<JobPlan.Fetch> fetches = new ArrayList<>();
    Set<Path> targets = new HashSet<>();
    for (JobPlan plan : plans) {
      plan.dropClaimed(targets);
      fetches.addAll(plan.fetches);
    }
    checkSpace(plans);
    long bytes = fetches.stream().mapToLong(JobPlan.Fetch::toFetch).sum();
    Map<JobPlan.Fetch, Exception> failed = new IdentityHashMap<>();
    try (Reporter reporter = new Reporter(listener, fetches.size(), bytes)) {
      fetchAll(fetches, reporter, cancellation, failed);
      reporter.publish();
    }
    List<JobDownload> results = new ArrayList<>();
    for (JobPlan plan : plans) {
      results.add(result(plan, failed));
    }
    return results;
  }

  /**
   * Tells the farm the job is downloaded, when the result says every successful output is on disk
   * and verified; the job then shows Downloaded.
   *
   * @return the job as the farm now shows it, or empty when the result is not complete
   * @throws dev.farmhand.core.client.RefusedException if the job does not show Success
   */
  public Optional<Job> markDownloaded(JobDownload result) throws IOException {
    if (!result.complete()) {
      return Optional.empty();
    }
    return Optional.of(client.markDownloaded(result.jobId()));
  }

  private void fetchAll(
      List<JobPlan.Fetch> fetches,
      Reporter reporter,
      Cancellation cancellation,
      Map<JobPlan.Fetch, Exception> failed)
      throws IOException {
    if (fetches.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, fetches.size()));
    boolean cancelled = false;
    try {
      Map<JobPlan.Fetch, Future<?>> running = new LinkedHashMap<>();
      for (JobPlan.Fetch fetch : fetches) {
        running.put(
            fetch,
            pool.submit(
                () -> {
                  FileFetch.fetch(
                      client,
                      fetch.jobId(),
                      fetch.output(),
                      fetch.target(),
                      reporter.bytes,
                      cancellation);
                  return null;
                }));
      }
      for (Map.Entry<JobPlan.Fetch, Future<?>> entry : running.entrySet()) {
        try {
          entry.getValue().get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof DownloadCancelledException) {
            cancelled = true;
          } else if (e.getCause() instanceof Exception cause) {
            failed.put(entry.getKey(), cause);
          } else {
            throw new IllegalStateException("a download thread failed", e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
          throw new DownloadCancelledException();
        }
        reporter.files.incrementAndGet();
      }
    } finally {
      pool.shutdownNow();
    }
    if (cancelled || cancellation.isCancelled()) {
      throw new DownloadCancelledException();
    }
  }

  private void checkSpace(List<JobPlan> plans) throws IOException {
    Map<FileStore, Long> needed = new LinkedHashMap<>();
    Map<FileStore, Path> folders = new LinkedHashMap<>();
    for (JobPlan plan : plans) {
      FileStore store = Files.getFileStore(plan.folder.path());
      needed.merge(store, plan.bytesToFetch(), Long::sum);
      folders.putIfAbsent(store, plan.folder.path());
    }
    for (Map.Entry<FileStore, Long> entry : needed.entrySet()) {
      Path folder = folders.get(entry.getKey());
      long usable = space.of(folder);
      if (entry.getValue() > usable) {
        throw new NotEnoughSpaceException(folder, entry.getValue(), usable);
      }
    }
  }

  private static JobDownload result(JobPlan plan, Map<JobPlan.Fetch, Exception> failed) {
    List<DownloadFailure> failures = new ArrayList<>(plan.failures);
    int downloaded = 0;
    for (JobPlan.Fetch fetch : plan.fetches) {
      Exception e = failed.get(fetch);
      if (e == null) {
        downloaded++;
      } else {
        String path = fetch.output().path();
        String message = String.valueOf(e.getMessage());
        failures.add(
            new DownloadFailure(path, message.contains(path) ? message : path + ": " + message, e));
      }
    }
    return new JobDownload(
        plan.jobId,
        plan.folder.path(),
        plan.folder.choice(),
        plan.folder.note(),
        plan.outputs,
        downloaded,
        plan.skipped,
        plan.conflicts,
        failures);
  }
}
