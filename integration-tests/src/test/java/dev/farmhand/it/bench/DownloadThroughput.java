package dev.farmhand.it.bench;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.download.JobDownload;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Download throughput of the {@link Downloader} (its default {@value
 * DownloaderBuilder#DEFAULT_THREADS} files at a time) against one {@code curl --parallel} process
 * fetching the same outputs as many at a time: {@value #FRAMES} frames of the sample scene rendered
 * once at {@value #WIDTH}x{@value #HEIGHT}, then the whole job downloaded into a fresh folder once
 * a turn by each side, Farmhand and curl taking turns (who goes first alternates) until each has
 * moved about {@value #TARGET_MB} MB. A turn is one call of each: one {@code download} of the job,
 * one curl process for its files (its start is a small part of it). One turn each before the timed
 * ones warms both up (the JIT, the page cache, the farm's connections) and is not counted.
 */
final class DownloadThroughput {
  private static final int WIDTH = 1920;
  private static final int HEIGHT = 1080;
  private static final int FRAMES = 24;
  private static final long TARGET_MB = 300;
  private static final int MIN_TURNS = 2;
  private static final double TARGET_RATIO = 0.8;

  private final Scratch scratch;
  private final LocalFarm farm;
  private final FarmClient client;
  private final String key;

  /** The frames rendered once, and how long that took. */
  private record Rendered(String jobId, List<Output> outputs, long bytes, long nanos) {}

  DownloadThroughput(Scratch scratch, LocalFarm farm, FarmClient client, String key) {
    this.scratch = scratch;
    this.farm = farm;
    this.client = client;
    this.key = key;
  }

  void run() throws Exception {
    Rendered job = render();
    int turns = (int) Math.max(MIN_TURNS, Math.ceil(TARGET_MB * 1e6 / job.bytes));
    int threads = DownloaderBuilder.DEFAULT_THREADS;
    System.out.printf(
        "download throughput: %d frames of %dx%d (%.1f MB, rendered once in %.1f s), each side"
            + " %d timed turns of the whole job into a fresh folder after one to warm up,"
            + " %d files at a time%n",
        job.outputs.size(), WIDTH, HEIGHT, job.bytes / 1e6, job.nanos / 1e9, turns, threads);
    Optional<Path> curlPath = SearchPath.ofEnvironment().find("curl");
    Optional<CurlDownloads> curl =
        curlPath.map(path -> new CurlDownloads(path, threads)).filter(c -> c.supportsParallel());
    long[] nanos = new long[2];
    int sides = curl.isPresent() ? 2 : 1;
    for (int turn = -1; turn < turns; turn++) {
      for (int side = 0; side < sides; side++) {
        int which = Math.floorMod(turn + side, sides);
        Path folder = scratch.folder("turn-" + turn + "-" + which);
        long took;
        if (which == 0) {
          took = farmhand(job, folder);
        } else {
          took = curl.get().download(farm.url(), key, job.jobId, job.outputs, List.of(folder));
          if (turn < 0) {
            verify(job.outputs, folder);
          }
        }
        if (turn >= 0) {
          nanos[which] += took;
        }
        Scratch.delete(folder);
      }
    }
    long moved = job.bytes * turns;
    System.out.printf(
        "%-28s %7.1f MB in %6.3f s   %7.1f MB/s%n",
        "Farmhand Downloader", moved / 1e6, nanos[0] / 1e9, moved * 1e3 / nanos[0]);
    if (curl.isEmpty()) {
      System.out.println(
          curlPath.isEmpty()
              ? "curl is not on the PATH: no reference, no ratio"
              : "this curl has no --parallel (7.66 or later has): no reference, no ratio");
      return;
    }
    System.out.printf(
        "%-28s %7.1f MB in %6.3f s   %7.1f MB/s%n",
        "curl --parallel", moved / 1e6, nanos[1] / 1e9, moved * 1e3 / nanos[1]);
    System.out.println(
        "(Farmhand checks each file's SHA-256 before renaming it into place; curl does not)");
    double ratio = (double) nanos[1] / nanos[0];
    System.out.printf(
        "%-28s %.2f   target >= %.2f: %s%n",
        "ratio farmhand / curl",
        ratio,
        TARGET_RATIO,
        AutoDownloadBenchmark.verdict(ratio >= TARGET_RATIO));
  }

  /** Renders the frames at the large resolution, once. */
  private Rendered render() throws Exception {
    Path scene = TurntableJobs.resized(scratch.folder("big-scene"), WIDTH, HEIGHT);
    long start = System.nanoTime();
    String id =
        client
            .createJob(
                TurntableJobs.request(TurntableJobs.upload(client, scene), "1-" + FRAMES),
                UUID.randomUUID().toString())
            .job()
            .id();
    JobWaiter.Outcome done = new JobWaiter(client, key).awaitFinished(id, Duration.ofMinutes(5));
    if (done.status() != JobStatus.SUCCESS) {
      throw new IllegalStateException(
          String.format(
              "the %dx%d job %s ended as %s: its task logs under %s say why",
              WIDTH, HEIGHT, id, done.status(), farm.data()));
    }
    long nanos = System.nanoTime() - start;
    List<Output> outputs = client.outputs(id);
    return new Rendered(id, outputs, outputs.stream().mapToLong(Output::size).sum(), nanos);
  }

  /** Downloads the job into the folder; the wall time in nanoseconds. */
  private long farmhand(Rendered job, Path folder) throws Exception {
    long start = System.nanoTime();
    Downloader downloader = Downloader.builder(client).into(folder).build();
    JobDownload result = downloader.download(job.jobId, DownloadListener.NONE, new Cancellation());
    long nanos = System.nanoTime() - start;
    if (!result.complete() || result.downloaded() != job.outputs.size()) {
      throw new IllegalStateException("the Downloader did not fetch every output once: " + result);
    }
    return nanos;
  }

  /** Checks that curl wrote the bytes the farm describes, so both sides move the same files. */
  private static void verify(List<Output> outputs, Path folder) throws Exception {
    for (Output output : outputs) {
      String actual = Sha256.of(folder.resolve(output.sha256()));
      if (!actual.equals(output.sha256())) {
        throw new IllegalStateException(
            "curl's copy of "
                + output.path()
                + " has SHA-256 "
                + actual
                + ", not "
                + output.sha256());
      }
    }
  }
}
