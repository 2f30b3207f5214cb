package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Output;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Brings the successful outputs of jobs home, several files at a time. For each job it picks the
 * folder (the job's output folder when usable here, otherwise {@code <download root>/<job id>}),
 * refuses any output path that would land outside it (absolute, {@code ..}, through a link leading
 * out), skips files already there with the right SHA-256 and keeps a different file already there
 * (reported as a conflict; replaced only with {@link DownloaderBuilder#overwrite}). Before fetching
 * anything it checks that each disk has room for what is still to fetch. Each file is written
 * beside its target as {@code .NAME.part}, resumed from that file's length, verified against its
 * SHA-256 (a mismatch is fetched once more from zero, then reported) and renamed into place. An
 * optional {@link RateLimit} caps the bandwidth of all its fetches together.
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
  private final RateLimit limit;
  private final AtomicLong received = new AtomicLong();

  private Downloader(DownloaderBuilder builder) {
    this.client = builder.client;
    this.threads = builder.threads;
    this.root = builder.root;
    this.chosen = builder.chosen;
    this.overwrite = builder.overwrite;
    this.space = builder.space;
    this.limit = builder.limit;
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
   * The folder this job's outputs go to, made if needed: the chosen folder's {@code <job id>}, the
   * job's own output folder when usable here, otherwise {@code <download root>/<job id>}.
   *
   * @throws IOException if the folder cannot be made
   */
  public JobFolder folderFor(Job job) throws IOException {
    return Folders.choose(job, root, chosen);
  }

  /**
   * Brings one output home into its job's folder, by the same rules as a whole download: refused
   * when its path would land outside the folder, skipped when the same file is there, kept as a
   * conflict when a different file is there and {@code mayReplace} says no (or the downloader was
   * not told to overwrite); otherwise fetched into its part file (resuming it), verified, renamed
   * into place. Checks first that the disk has room for it.
   *
   * @param mayReplace asked about a different file already at the target, when the downloader is
   *     not set to overwrite: whether this one may be replaced
   * @throws NotEnoughSpaceException naming the folder and the bytes, before anything is fetched
   * @throws dev.farmhand.core.files.HashMismatchException when the farm sent wrong bytes twice
   * @throws DownloadCancelledException if cancelled or interrupted; the part file is kept
   * @throws IOException if the farm cannot be asked, or the file written
   */
  public FileOutcome fetch(
      String jobId,
      JobFolder folder,
      Output output,
      Predicate<Path> mayReplace,
      Cancellation cancellation)
      throws IOException {
    Placement.Decision decision =
        Placement.decide(folder.path(), output, target -> overwrite || mayReplace.test(target));
    if (decision.kind() != FileOutcome.Kind.FETCHED) {
      return decision.outcome(output.path());
    }
    long usable = space.of(folder.path());
    if (decision.toFetch() > usable) {
      throw new NotEnoughSpaceException(folder.path(), decision.toFetch(), usable);
    }
    FileFetch.Fetched fetched =
        FileFetch.fetch(
            client, jobId, output, decision.target(), limit, received::addAndGet, cancellation);
    return new FileOutcome(
        FileOutcome.Kind.FETCHED, output.path(), decision.target(), fetched.resumedFrom(), "");
  }

  /** Bytes this downloader has received so far, over every download and fetch. */
  public long bytesReceived() {
    return received.get();
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
                      limit,
                      n -> {
                        reporter.bytes.addAndGet(n);
                        received.addAndGet(n);
                      },
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
