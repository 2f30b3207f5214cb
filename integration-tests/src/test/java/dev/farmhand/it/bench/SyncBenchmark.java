package dev.farmhand.it.bench;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.FileHash;
import dev.farmhand.core.sync.HashCache;
import dev.farmhand.core.sync.Hasher;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.core.sync.SyncBuilder;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.core.sync.SyncSummary;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Dependency sync against the local farm, in one run: a resubmit of an unchanged project (10,000
 * small files and a few big ones) against its first submit, and upload throughput against {@code
 * curl} uploading the same bytes. Usage: {@code SyncBenchmark [SMALL_FILES] [UPLOAD_FILES]
 * [UPLOAD_MIB] [ROUNDS] [THREADS] [PART_MIB]}, by default 10,000, 8 × 64 MiB, best of 3 rounds, 4
 * uploads at once in 8 MiB parts. UPLOAD_MIB is at most 64, the largest request the farm takes. Run
 * with {@code bench/sync}.
 */
public final class SyncBenchmark {
  private static final int SMALL_BYTES = 4 << 10;
  private static final int BIG_FILES = 4;
  private static final long BIG_BYTES = 16L << 20;

  private SyncBenchmark() {}

  private record Run(long nanos, SyncSummary summary) {}

  public static void main(String[] args) throws Exception {
    int small = arg(args, 0, 10_000);
    int uploadFiles = arg(args, 1, 8);
    int uploadMib = arg(args, 2, 64);
    int rounds = arg(args, 3, 3);
    int threads = arg(args, 4, SyncBuilder.DEFAULT_UPLOAD_THREADS);
    long partSize = (long) arg(args, 5, (int) (SyncBuilder.DEFAULT_PART_SIZE >> 20)) << 20;
    if (small < 1 || uploadFiles < 1 || rounds < 1 || threads < 1) {
      throw new IllegalArgumentException("give SMALL_FILES, UPLOAD_FILES, ROUNDS, THREADS >= 1");
    }
    if (uploadMib < 1 || uploadMib > 64) {
      throw new IllegalArgumentException(
          "UPLOAD_MIB is " + uploadMib + ": give 1 to 64 (curl sends each file in one request)");
    }
    try (Scratch scratch = new Scratch()) {
      resubmit(scratch, small, threads, partSize);
      System.out.println();
      uploads(scratch, uploadFiles, (long) uploadMib << 20, rounds, threads, partSize);
    }
  }

  private static void resubmit(Scratch scratch, int small, int threads, long partSize)
      throws Exception {
    List<LocalDependency> files =
        scratch.project(scratch.folder("project"), small, SMALL_BYTES, BIG_FILES, BIG_BYTES);
    Path cache = scratch.folder("project-cache");
    long bytes = (long) small * SMALL_BYTES + BIG_FILES * BIG_BYTES;
    System.out.printf(
        "resubmit of an unchanged project: %,d files, %s (%,d × 4 KiB in nested folders + %d ×"
            + " 16 MiB), same hash cache folder%n",
        files.size(), megabytes(bytes), small, BIG_FILES);
    Run first;
    Run again;
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(scratch.folder("farm")).withWorkers(1));
        FarmClient client = client(farm)) {
      first = sync(client, cache, files, threads, partSize);
      again = sync(client, cache, files, threads, partSize);
    }
    Scratch.delete(scratch.folder("farm"));
    report("first submit", first);
    report("resubmit", again);
    System.out.printf(
        "ratio          %8.4f     (resubmit / first submit wall time; %.0f× faster)%n",
        (double) again.nanos / first.nanos, (double) first.nanos / again.nanos);
    System.out.printf(
        "targets: resubmit uploads 0 bytes: %s; hashes 0 files: %s%n",
        verdict(again.summary.bytesUploaded() == 0), verdict(again.summary.filesHashed() == 0));
  }

  /** A sync as a new session makes one: the hash cache opened from its folder, then the sync. */
  private static Run sync(
      FarmClient client, Path cache, List<LocalDependency> files, int threads, long partSize)
      throws Exception {
    long start = System.nanoTime();
    DependencySync sync =
        DependencySync.builder(client)
            .cache(HashCache.open(cache, HashCache.DEFAULT_CAPACITY))
            .uploadThreads(threads)
            .partSize(partSize)
            .build();
    SyncSummary summary = sync.sync(files, SyncListener.NONE, new Cancellation()).summary();
    return new Run(System.nanoTime() - start, summary);
  }

  private static void report(String what, Run run) {
    SyncSummary s = run.summary;
    System.out.printf(
        "%-14s %8.3f s   %,6d requests (%d asking, %,d upload parts)   %s uploaded   %,d files"
            + " hashed%n",
        what,
        run.nanos / 1e9,
        s.requests(),
        s.missingRequests(),
        s.uploadRequests(),
        megabytes(s.bytesUploaded()),
        s.filesHashed());
  }

  private static void uploads(
      Scratch scratch, int count, long size, int rounds, int threads, long partSize)
      throws Exception {
    Path content = scratch.folder("uploads");
    List<LocalDependency> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(scratch.random(content, String.format("plates/plate-%02d.bin", i), size));
    }
    long bytes = count * size;
    // Hashed beforehand, as curl is told the hashes: both sides measure the upload alone.
    HashCache cache = HashCache.open(scratch.folder("uploads-cache"), HashCache.DEFAULT_CAPACITY);
    List<Path> paths = files.stream().map(LocalDependency::file).toList();
    List<FileHash> hashes = Hasher.perCore().hash(paths, new Cancellation(), Hasher.Progress.NONE);
    hashes.forEach(h -> cache.put(h.file(), h.size(), h.modifiedNanos(), h.sha256()));
    Optional<Path> curl = SearchPath.ofEnvironment().find("curl");
    System.out.printf(
        "upload throughput: %d × %d MiB random (%s), %d at a time, best of %d rounds, each"
            + " upload to a fresh local farm%n",
        count, size >> 20, megabytes(bytes), threads, rounds);
    // One sync and, with curl, one upload of each kind a round, each to a fresh farm; which goes
    // first turns with the rounds, so none always meets a cold or a busy machine.
    List<CurlUploads.Body> references =
        curl.isPresent() ? List.of(CurlUploads.Body.values()) : List.of();
    long[] best = new long[1 + references.size()];
    Arrays.fill(best, Long.MAX_VALUE);
    SyncSummary last = null;
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < best.length; turn++) {
        int which = (round + turn) % best.length;
        Path data = scratch.folder("farm-" + round + "-" + turn);
        try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
          long nanos;
          if (which == 0) {
            try (FarmClient client = client(farm)) {
              DependencySync sync =
                  DependencySync.builder(client)
                      .cache(cache)
                      .uploadThreads(threads)
                      .partSize(partSize)
                      .build();
              long start = System.nanoTime();
              last = sync.sync(files, SyncListener.NONE, new Cancellation()).summary();
              nanos = System.nanoTime() - start;
              check(last, count, bytes);
            }
          } else {
            String key = farm.credentials().key("studio", "artist");
            CurlUploads upload = new CurlUploads(curl.get(), threads, references.get(which - 1));
            nanos = upload.upload(farm.url(), key, hashes);
          }
          best[which] = Math.min(best[which], nanos);
        }
        Scratch.delete(data);
      }
    }
    System.out.printf(
        "%-26s %7.3f s  %7.1f MB/s   (%d MiB parts, %d requests, hashes cached)%n",
        "DependencySync", best[0] / 1e9, bytes * 1e3 / best[0], partSize >> 20, last.requests());
    if (references.isEmpty()) {
      System.out.println("curl is not on the PATH: no reference, no ratio");
      return;
    }
    double worst = Double.MAX_VALUE;
    for (int i = 0; i < references.size(); i++) {
      long nanos = best[i + 1];
      double ratio = (double) nanos / best[0];
      worst = Math.min(worst, ratio);
      System.out.printf(
          "%-26s %7.3f s  %7.1f MB/s   sync / this: %.2f%n",
          "curl " + references.get(i), nanos / 1e9, bytes * 1e3 / nanos, ratio);
    }
    System.out.printf(
        "(curl: one PUT of each whole file, %d processes at once; the sync sends parts)%n",
        threads);
    System.out.printf(
        "target: >= 0.80 × the faster curl: %s (%.2f)%n", verdict(worst >= 0.8), worst);
  }

  private static void check(SyncSummary summary, int count, long bytes) {
    if (summary.filesHashed() != 0
        || summary.filesUploaded() != count
        || summary.bytesUploaded() != bytes) {
      throw new IllegalStateException("the sync did not upload exactly the files once: " + summary);
    }
  }

  private static FarmClient client(LocalFarm farm) {
    return FarmClient.builder()
        .farm(farm.url())
        .key(farm.credentials().key("studio", "artist"))
        .build();
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static int arg(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }
}
